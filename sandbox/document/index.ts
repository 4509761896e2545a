// The sandbox's DocumentApp: one DocumentService per sandbox, owning every Doc's content and the
// DocumentApp global handed to the bundle (already wrapped by instrument()). Docs are Drive files,
// so it needs the sandbox's DriveService. Harness helpers (uncounted): createAs, share, body, walk.
import { instrument, type SandboxEnv } from '../env';
import { DOC_MIME, type DriveItem } from '../drive/model';
import type { DriveService } from '../drive';
import { DocModel, DocumentAppImpl, DocumentImpl, exportDoc, type DocStore } from './app';
import { walkElements, type WalkedElement } from './effective';
import { importDocx } from './docxImport';
import type { BodyEl } from './elements';

export {
  DOC_CHARACTER_LIMIT,
  DOCUMENT_ERRORS,
  DOCUMENTS_SCOPE,
  PDF_NOT_RENDERED,
  UnrenderedBlob,
  DocModel,
} from './app';
export { walkElements, effectiveParagraph, effectiveTable, effectiveCell, inlinesOf, DOC_DEFAULTS } from './effective';
export type {
  WalkedElement,
  EffectiveParagraph,
  EffectiveRun,
  EffectiveInline,
  EffectiveTable,
  EffectiveCell,
} from './effective';
export * from './elements';

/** A Doc as a test reads it: page setup and every element with its effective formatting. */
export interface DocumentWalk {
  id: string;
  name: string;
  page: {
    width: number;
    height: number;
    marginTop: number;
    marginBottom: number;
    marginLeft: number;
    marginRight: number;
  };
  elements: WalkedElement[];
  header: WalkedElement[];
  footer: WalkedElement[];
}

export class DocumentService implements DocStore {
  /** The DocumentApp global for the bundle's vm context (calls counted). */
  readonly app: GoogleAppsScript.Document.DocumentApp;
  readonly drive;
  private readonly models = new Map<string, DocModel>();

  constructor(
    readonly env: SandboxEnv,
    driveService: DriveService,
  ) {
    this.drive = driveService.model;
    this.drive.handlers.set(DOC_MIME, {
      copy: (fromId, toId) => this.require(fromId).copyTo(this.register(toId)),
      export: (id, contentType, name) => exportDoc(this, id, contentType, name),
      importFrom: (id, media) => {
        // Converted in a draft first: a file the conversion refuses leaves no Doc behind.
        const draft = new DocModel(id, () => true);
        importDocx(draft.body, media.buffer());
        draft.copyTo(this.register(id));
      },
    });
    this.app = instrument(env, new DocumentAppImpl(this)) as unknown as GoogleAppsScript.Document.DocumentApp;
  }

  model(id: string): DocModel | undefined {
    return this.models.get(id);
  }

  /** At the end of an execution: every Doc it wrote is within Google Docs' size limit. */
  checkWrittenSizes(): void {
    for (const model of this.models.values()) if (model.written) model.assertWithinSizeLimit();
  }

  /** DocumentApp.create: a Drive file of Doc type in the owner's root, with its content, made by the script. */
  create(name: string, owner: string): DocModel {
    const item = this.drive.insert({ name, mimeType: DOC_MIME, owner, byScript: true });
    return this.register(item.id);
  }

  /**
   * A Doc owned by `owner` that exists before the script runs (a plan to import, a link the user
   * cannot open, …). `build` fills it through the same element API (typed as Apps Script's), uncounted.
   */
  createAs(
    owner: string,
    name: string,
    build?: (body: GoogleAppsScript.Document.Body, doc: GoogleAppsScript.Document.Document) => void,
    parentId?: string,
  ): DriveItem {
    const item = this.drive.insert({ name, mimeType: DOC_MIME, owner, parents: parentId ? [parentId] : undefined });
    const model = this.register(item.id);
    build?.(
      model.body as unknown as GoogleAppsScript.Document.Body,
      new DocumentImpl(this, model) as unknown as GoogleAppsScript.Document.Document,
    );
    return item;
  }

  /** Shares a Doc (or a folder) with a user. */
  share(id: string, email: string, role: 'editor' | 'viewer' = 'viewer'): void {
    this.drive.share(id, email, role);
  }

  /** Every Doc, newest last (harness view). */
  all(): { id: string; name: string; trashed: boolean; owner: string; parents: string[] }[] {
    return [...this.models.keys()].map((id) => {
      const item = this.drive.require(id);
      return { id, name: item.name, trashed: item.trashed, owner: item.owner, parents: item.parents };
    });
  }

  /** The Doc's body (raw, uncounted: for assertions and for the .docx export). */
  body(id: string): BodyEl {
    return this.require(id).body;
  }

  /** Page setup and every element with its effective formatting, in document order. */
  walk(id: string): DocumentWalk {
    const model = this.require(id);
    const body = model.body;
    return {
      id,
      name: this.drive.require(id).name,
      page: {
        width: body.getPageWidth(),
        height: body.getPageHeight(),
        marginTop: body.getMarginTop(),
        marginBottom: body.getMarginBottom(),
        marginLeft: body.getMarginLeft(),
        marginRight: body.getMarginRight(),
      },
      elements: walkElements(body, 'body'),
      header: model.header ? walkElements(model.header, 'header') : [],
      footer: model.footer ? walkElements(model.footer, 'footer') : [],
    };
  }

  require(id: string): DocModel {
    const model = this.models.get(id);
    if (!model) throw new Error(`sandbox: no document ${id}`);
    return model;
  }

  private register(id: string): DocModel {
    const model = new DocModel(id, () => this.mayWrite(id));
    this.models.set(id, model);
    return model;
  }

  /** Harness code (no execution) may always write; a script needs edit access to the file. */
  private mayWrite(id: string): boolean {
    const execution = this.env.current;
    if (!execution) return true;
    const item = this.drive.items.get(id);
    return !!item && this.drive.canEdit(item, execution.effectiveUserEmail);
  }
}
