// Utilities: formatDate / parseDate (Java SimpleDateFormat over real time zones), blobs, base64,
// digests, UUIDs, and sleep, which advances the sandbox clock instead of waiting.
import { createHash, randomUUID } from 'node:crypto';
import { SandboxObject, type SandboxEnv } from '../env';
import { declareUnsupported, enumOf, methodSignatureError } from './support';
import { SandboxBlob, signedBytes, toBuffer, type BlobData } from './blob';
import { formatJavaDate, parseJavaDate } from './dates';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;

export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const Charset = enumOf('US_ASCII', 'UTF_8');
const HASH: Record<keyof typeof DigestAlgorithm, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

function bytesOf(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === 'US_ASCII' ? 'latin1' : 'utf8');
  if (Array.isArray(data)) return toBuffer(data as number[]);
  throw new Error('Invalid argument: data');
}

/** Java's US-ASCII encoding: each code point outside ASCII becomes one '?'. */
function asciiBytes(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch.charCodeAt(0) < 128 && ch.length === 1 ? ch : '?')).join(''), 'latin1');
}

export class UtilitiesImpl
  extends SandboxObject
  implements
    Pick<
      GasUtilities,
      | 'formatDate'
      | 'parseDate'
      | 'newBlob'
      | 'base64Encode'
      | 'base64Decode'
      | 'base64EncodeWebSafe'
      | 'base64DecodeWebSafe'
      | 'computeDigest'
      | 'sleep'
      | 'getUuid'
      | 'jsonParse'
      | 'jsonStringify'
    >
{
  readonly serviceName = 'Utilities';
  readonly className = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  constructor(private readonly env: SandboxEnv) {
    super();
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatJavaDate(date as unknown as Date, String(timeZone), String(format));
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseJavaDate(date, String(timeZone), String(format), this.env.clock.now());
  }
  newBlob(data: unknown, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return new SandboxBlob(
      data as BlobData,
      contentType ?? null,
      name ?? null,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }
  base64Encode(data: unknown, charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return signedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return signedBytes(Buffer.from(String(encoded), 'base64url'));
  }
  /**
   * A string is hashed as US-ASCII unless UTF_8 is named; bytes take no charset; anything else fails
   * the signature (gas-fakes test/testutilities.js, "utilities digest").
   */
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: unknown, ...rest: unknown[]): number[] {
    const name = HASH[algorithm as unknown as keyof typeof DigestAlgorithm];
    const [charset] = rest;
    const charsetOk =
      rest.length === 0 ||
      (rest.length === 1 && (charset === 'US_ASCII' || charset === 'UTF_8') && typeof value === 'string');
    if (!name || !charsetOk || (typeof value !== 'string' && !Array.isArray(value))) {
      throw methodSignatureError('Utilities.computeDigest', [algorithm, value, ...rest]);
    }
    const bytes =
      typeof value === 'string'
        ? charset === 'UTF_8'
          ? Buffer.from(value, 'utf8')
          : asciiBytes(value)
        : bytesOf(value);
    return signedBytes(createHash(name).update(bytes).digest());
  }
  /** No real waiting: the sandbox clock moves on. */
  sleep(milliseconds: number): void {
    this.env.clock.advance(Math.max(0, Number(milliseconds) || 0));
  }
  getUuid(): string {
    return randomUUID();
  }
  jsonParse(jsonString: string): unknown {
    return JSON.parse(jsonString);
  }
  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }
}
declareUnsupported<GasUtilities, UtilitiesImpl>(UtilitiesImpl, 'Utilities', [
  'computeHmacSha256Signature',
  'computeHmacSignature',
  'computeRsaSha1Signature',
  'computeRsaSha256Signature',
  'computeRsaSignature',
  'formatString',
  'gzip',
  'parseCsv',
  'ungzip',
  'unzip',
  'zip',
]);
