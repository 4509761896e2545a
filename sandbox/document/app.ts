// The DocumentApp global and the Document it opens. A Doc is a Drive file (DOC_MIME) whose content
// (a DocModel) lives here; DocumentApp acts as the execution's effective user, with Drive's access.
// Scopes (Apps Script reference): DocumentApp.create/openById/openByUrl need
// https://www.googleapis.com/auth/documents; simple triggers may not use them (no authorization).
import { SandboxObject, notSupported, type SandboxEnv } from '../env';
import { SandboxBlob } from '../services/blob';
import { declareUnsupported } from '../services/support';
import { DOC_MIME, type DriveItem, type DriveModel } from '../drive/model';
import { BodyEl, SectionEl, type DocContext } from './elements';
import {
  Attribute,
  ElementType,
  FontFamily,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from './enums';

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

/** Apps Script's own texts. */
export const DOCUMENT_ERRORS = {
  missing: "Document is missing (perhaps it was deleted, or you don't have read access?)",
  notADoc: 'Requested entity was not found.',
  badUrl: 'Invalid argument: url',
  closed: 'Document is closed, its contents cannot be updated.',
  accessDenied: 'Access denied: DocumentApp.',
  noUi: 'Cannot call DocumentApp.getUi() from this context.',
} as const;

export const PDF_NOT_RENDERED = 'PDF rendering not supported in the sandbox';

/**
 * Google Docs holds up to 1.02 million characters a document (Drive help, "Files you can store in
 * Google Drive"). Where and with what text Apps Script fails past it is not known, so the sandbox
 * refuses such a Doc as not supported rather than pretend it saved.
 */
export const DOC_CHARACTER_LIMIT = 1_020_000;

/** A blob whose real content the sandbox cannot produce: it carries a marker text and says so. */
export class UnrenderedBlob extends SandboxBlob {
  constructor(
    data: string,
    contentType: string,
    name: string,
    readonly sandboxNotRendered: string,
  ) {
    super(data, contentType, name);
  }
  override copyBlob(): UnrenderedBlob {
    return new UnrenderedBlob(
      this.buffer().toString('utf8'),
      this.getContentType() ?? '',
      this.getName() ?? '',
      this.sandboxNotRendered,
    );
  }
}

/** One Doc's content. */
export class DocModel implements DocContext {
  body: BodyEl;
  header: SectionEl | null = null;
  footer: SectionEl | null = null;
  closed = false;
  /** Written in the current execution: its size is checked when the execution ends. */
  written = false;
  private nextList = 1;

  constructor(
    readonly id: string,
    private readonly mayWrite: () => boolean,
  ) {
    this.body = new BodyEl(this);
  }
  assertWritable(): void {
    if (this.closed) throw new Error(DOCUMENT_ERRORS.closed);
    if (!this.mayWrite()) throw new Error(DOCUMENT_ERRORS.accessDenied);
    this.written = true;
  }
  /** Characters in the body, header and footer (paragraph breaks count as one each). */
  characterCount(): number {
    return [this.body, this.header, this.footer].reduce((n, section) => n + (section?.getText().length ?? 0), 0);
  }
  /** Refuses, as not supported, a Doc past Google Docs' size limit: on saveAndClose and at the end of each execution that wrote it. */
  assertWithinSizeLimit(): void {
    this.written = false;
    const count = this.characterCount();
    if (count > DOC_CHARACTER_LIMIT) {
      notSupported(
        `a Doc of ${count} characters, over Google Docs' limit of ${DOC_CHARACTER_LIMIT} (Apps Script's error for it is not known)`,
      );
    }
  }
  newListId(): string {
    return `kix.sbx${this.id.slice(-6)}l${this.nextList++}`;
  }
  /** A copy of the content for another Doc (File.makeCopy). */
  copyTo(target: DocModel): void {
    target.body = this.body.clone();
    target.header = this.header?.clone() ?? null;
    target.footer = this.footer?.clone() ?? null;
    for (const section of [target.body, target.header, target.footer]) rebind(section, target);
  }
}

function rebind(el: { ctx: DocContext; children?: unknown[] } | null, ctx: DocContext): void {
  if (!el) return;
  (el as { ctx: DocContext }).ctx = ctx;
  for (const child of el.children ?? []) rebind(child as { ctx: DocContext }, ctx);
}

/** Where DocumentApp finds Docs and the Drive they live in. */
export interface DocStore {
  readonly env: SandboxEnv;
  readonly drive: DriveModel;
  model(id: string): DocModel | undefined;
  create(name: string, owner: string): DocModel;
}

export class DocumentImpl extends SandboxObject {
  readonly serviceName = 'DocumentApp';
  readonly className = 'Document';
  constructor(
    private readonly store: DocStore,
    readonly model: DocModel,
  ) {
    super();
  }
  private item(): DriveItem {
    return this.store.drive.require(this.model.id);
  }
  getId(): string {
    return this.model.id;
  }
  getName(): string {
    return this.item().name;
  }
  setName(name: string): DocumentImpl {
    this.model.assertWritable();
    this.item().name = String(name);
    this.store.drive.touch(this.item());
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/open?id=${this.model.id}`;
  }
  getBody(): BodyEl {
    return this.model.body;
  }
  getHeader(): SectionEl | null {
    return this.model.header;
  }
  addHeader(): SectionEl {
    this.model.assertWritable();
    if (this.model.header) throw new Error('Document tab already contains a header.');
    this.model.header = new SectionEl(this.model, 'HEADER_SECTION');
    return this.model.header;
  }
  getFooter(): SectionEl | null {
    return this.model.footer;
  }
  addFooter(): SectionEl {
    this.model.assertWritable();
    if (this.model.footer) throw new Error('Document tab already contains a footer.');
    this.model.footer = new SectionEl(this.model, 'FOOTER_SECTION');
    return this.model.footer;
  }
  /** Later edits through this Document (or its elements) fail until the Doc is opened again. */
  saveAndClose(): void {
    this.model.assertWithinSizeLimit();
    this.model.closed = true;
    this.store.drive.touch(this.item());
  }
  getAs(contentType: string): SandboxBlob {
    return exportDoc(this.store, this.model.id, contentType, this.getName());
  }
  getBlob(): SandboxBlob {
    return this.getAs('application/pdf');
  }
  addEditor(email: string): DocumentImpl {
    this.model.assertWritable();
    this.store.drive.share(this.model.id, email, 'editor');
    return this;
  }
  addViewer(email: string): DocumentImpl {
    this.model.assertWritable();
    this.store.drive.share(this.model.id, email, 'viewer');
    return this;
  }
}

/** File.getAs / Document.getAs: the sandbox cannot render a PDF, and says so in the blob. */
export function exportDoc(store: DocStore, id: string, contentType: string, name: string): SandboxBlob {
  if (contentType !== 'application/pdf') return notSupported(`Document.getAs(${contentType})`);
  const text = store.model(id)?.body.getText() ?? '';
  return new UnrenderedBlob(`${PDF_NOT_RENDERED}\n\n${text}`, 'application/pdf', `${name}.pdf`, PDF_NOT_RENDERED);
}

export class DocumentAppImpl extends SandboxObject {
  readonly serviceName = 'DocumentApp';
  readonly className = 'DocumentApp';
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly FontFamily = FontFamily;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(private readonly store: DocStore) {
    super();
  }
  private user(): string {
    return this.store.env.current?.effectiveUserEmail ?? this.store.env.scriptOwner;
  }
  /** A new Doc in the root of the effective user's My Drive (one empty paragraph, US Letter). */
  create(name: string): DocumentImpl {
    this.store.env.requireAuthorization(DOCUMENTS_SCOPE, 'DocumentApp.create');
    if (typeof name !== 'string' || name === '') throw new Error('Invalid argument: name');
    return new DocumentImpl(this.store, this.store.create(name, this.user()));
  }
  openById(id: string): DocumentImpl {
    this.store.env.requireAuthorization(DOCUMENTS_SCOPE, 'DocumentApp.openById');
    const item = this.store.drive.items.get(String(id));
    if (!item || !this.store.drive.canRead(item, this.user())) throw new Error(DOCUMENT_ERRORS.missing);
    const model = this.store.model(item.id);
    if (item.mimeType !== DOC_MIME || !model) throw new Error(DOCUMENT_ERRORS.notADoc);
    model.closed = false;
    return new DocumentImpl(this.store, model);
  }
  openByUrl(url: string): DocumentImpl {
    this.store.env.requireAuthorization(DOCUMENTS_SCOPE, 'DocumentApp.openByUrl');
    const id = /^https:\/\/[^/]*google\.com\/.*?(?:\/d\/|[?&]id=)([-\w]+)/.exec(String(url))?.[1];
    if (!id) throw new Error(DOCUMENT_ERRORS.badUrl);
    return this.openById(id);
  }
  /** The script is bound to a spreadsheet, not a Doc: there is no active document. */
  getActiveDocument(): null {
    return null;
  }
  getUi(): never {
    throw new Error(DOCUMENT_ERRORS.noUi);
  }
}

declareUnsupported<GoogleAppsScript.Document.DocumentApp, DocumentAppImpl>(DocumentAppImpl, 'DocumentApp', []);
declareUnsupported<GoogleAppsScript.Document.Document, DocumentImpl>(DocumentImpl, 'Document', [
  'addBookmark',
  'addEditors',
  'addNamedRange',
  'addViewers',
  'getBookmark',
  'getBookmarks',
  'getCursor',
  'getEditors',
  'getFootnotes',
  'getLanguage',
  'getNamedRangeById',
  'getNamedRanges',
  'getSelection',
  'getSupportedLanguageCodes',
  'getViewers',
  'newPosition',
  'newRange',
  'removeEditor',
  'removeViewer',
  'setCursor',
  'setLanguage',
  'setSelection',
  'getActiveTab',
  'getTab',
  'getTabs',
  'setActiveTab',
]);
