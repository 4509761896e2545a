// Blob: bytes with a content type and a name (Utilities.newBlob, mail attachments, Drive files).
// Apps Script byte arrays are Java bytes: getBytes() returns signed values (-128..127).
import { SandboxObject } from '../env';
import { declareUnsupported } from './support';

type GasBlob = GoogleAppsScript.Base.Blob;
export type BlobData = string | Uint8Array | readonly number[];

export function toBuffer(data: BlobData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return Buffer.from(Array.from(data, (b) => b & 0xff));
}

/** Java-style signed bytes, as Apps Script returns them. */
export function signedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export class SandboxBlob
  extends SandboxObject
  implements
    Pick<
      GasBlob,
      | 'getBytes'
      | 'getDataAsString'
      | 'getContentType'
      | 'setContentType'
      | 'getName'
      | 'setName'
      | 'setBytes'
      | 'setDataFromString'
      | 'isGoogleType'
      | 'getAs'
    >
{
  readonly serviceName = 'Utilities';
  readonly className = 'Blob';
  private bytes: Buffer;
  private contentType: string | null;
  private name: string | null;
  constructor(data: BlobData, contentType?: string | null, name?: string | null) {
    super();
    this.bytes = toBuffer(data);
    this.contentType = contentType ?? null;
    this.name = name ?? null;
  }
  private self(): GasBlob {
    return this as unknown as GasBlob;
  }
  /** The raw bytes, for the harness (uncounted, unsigned). */
  buffer(): Buffer {
    return Buffer.from(this.bytes);
  }
  getBytes(): number[] {
    return signedBytes(this.bytes);
  }
  setBytes(data: number[]): GasBlob {
    this.bytes = toBuffer(data);
    return this.self();
  }
  getDataAsString(charset?: string): string {
    if (charset && !/^utf-?8$/i.test(charset)) return this.bytes.toString('latin1');
    return this.bytes.toString('utf8');
  }
  setDataFromString(string: string, charset?: string): GasBlob {
    this.bytes =
      charset && !/^utf-?8$/i.test(charset)
        ? Buffer.from(String(string), 'latin1')
        : Buffer.from(String(string), 'utf8');
    return this.self();
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): GasBlob {
    this.contentType = contentType;
    return this.self();
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): GasBlob {
    this.name = String(name);
    return this.self();
  }
  /** Typed as the sandbox class so Drive can store the copy (Apps Script returns a Blob). */
  copyBlob(): SandboxBlob {
    return new SandboxBlob(this.bytes, this.contentType, this.name);
  }
  getBlob(): GasBlob {
    return this.self();
  }
  isGoogleType(): boolean {
    return false;
  }
  /** Only the identity conversion is faithful here; real conversions (e.g. to PDF) belong to their service. */
  getAs(contentType: string): GasBlob {
    if (contentType === this.contentType) return this.copyBlob() as unknown as GasBlob;
    throw new Error(`not supported in the sandbox: Blob.getAs(${contentType}) from ${String(this.contentType)}`);
  }
}
declareUnsupported<GasBlob, SandboxBlob>(SandboxBlob, 'Blob', ['setContentTypeFromExtension']);
