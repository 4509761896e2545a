// The sandbox's Drive: folders and files with owner, editors, viewers, parents and the trash, one
// "My Drive" root per user, and access checks the way Drive applies them (sharing a folder shares
// what is inside). Each item also records for whom the script itself made it: what the drive.file
// scope reaches (sandbox/drive/advanced.ts). Content of Google-type files (Docs) lives with their own
// service, reached through a content handler registered per MIME type.
import type { SandboxBlob } from '../services/blob';
import { MimeType } from '../services/mimeType';

export const FOLDER_MIME = MimeType.FOLDER;
export const DOC_MIME = MimeType.GOOGLE_DOCS;
export const SHEET_MIME = MimeType.GOOGLE_SHEETS;

/** Apps Script's own texts (DriveApp errors as scripts see them). */
export const DRIVE_ERRORS = {
  noItem: 'No item with the given ID could be found, or you do not have permission to access it.',
  accessDenied: 'Access denied: DriveApp.',
} as const;

export type Role = 'owner' | 'editor' | 'viewer' | null;

/** The address Drive gives an item (DriveApp getUrl, the API's webViewLink). */
export function urlOf(item: { id: string; mimeType: string }): string {
  if (item.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === DOC_MIME) return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  if (item.mimeType === SHEET_MIME) return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  editors: Set<string>;
  viewers: Set<string>;
  /** Folder ids; a root folder has none. */
  parents: string[];
  trashed: boolean;
  created: Date;
  updated: Date;
  /** Content of an ordinary (non-Google-type) file. */
  blob: SandboxBlob | null;
  /** Root folder of `owner`'s My Drive. */
  isRoot: boolean;
  /**
   * Users for whom the script created this item (DriveApp, DocumentApp.create, the Drive advanced
   * service): under drive.file the script reaches an item only for them. Items that exist before
   * the script runs (the harness's) have none.
   */
  byScriptFor: Set<string>;
}

/** How Drive reaches the content of a Google-type file owned by another service. */
export interface ContentHandler {
  /** Copies the content of `fromId` to the new file `toId`. */
  copy(fromId: string, toId: string): void;
  /** The file as another type (File.getAs / getBlob). */
  export(id: string, contentType: string, name: string): SandboxBlob;
  rename?(id: string, name: string): void;
  /** Fills the new file `id` from an uploaded file converted to this type (files.create import). */
  importFrom?(id: string, media: SandboxBlob): void;
}

const norm = (email: string): string => email.trim().toLowerCase();

/** Drive ids are unique across all of Drive: each model in the process numbers its own series. */
let modelsMade = 0;

export class DriveModel {
  readonly items = new Map<string, DriveItem>();
  private readonly roots = new Map<string, string>();
  readonly handlers = new Map<string, ContentHandler>();
  private nextId = 1;
  private readonly series = String(++modelsMade).padStart(4, '0');

  constructor(private readonly now: () => Date) {}

  newId(kind: string): string {
    // Shaped like Drive ids (letters/digits, 33+ chars) so URL and ID parsers accept them.
    return `1Sbx${kind}${this.series}${String(this.nextId++).padStart(25 - kind.length, '0')}`;
  }

  rootOf(user: string): DriveItem {
    const email = norm(user);
    let id = this.roots.get(email);
    if (!id) {
      id = this.newId('Root');
      this.roots.set(email, id);
      this.insert({ id, name: 'My Drive', mimeType: FOLDER_MIME, owner: email, parents: [], isRoot: true });
    }
    return this.items.get(id) as DriveItem;
  }

  /** Adds an item as it would exist in Drive (harness and services; no access check). */
  insert(spec: {
    id?: string;
    name: string;
    mimeType: string;
    owner: string;
    parents?: string[];
    blob?: SandboxBlob | null;
    isRoot?: boolean;
    /** The script makes it, for its owner (see DriveItem.byScriptFor). */
    byScript?: boolean;
  }): DriveItem {
    const owner = norm(spec.owner);
    const item: DriveItem = {
      id: spec.id ?? this.newId(spec.mimeType === FOLDER_MIME ? 'Fold' : 'File'),
      name: spec.name,
      mimeType: spec.mimeType,
      owner,
      editors: new Set(),
      viewers: new Set(),
      parents: spec.parents ?? (spec.isRoot ? [] : [this.rootOf(owner).id]),
      trashed: false,
      created: this.now(),
      updated: this.now(),
      blob: spec.blob ?? null,
      isRoot: spec.isRoot ?? false,
      byScriptFor: new Set(spec.byScript ? [owner] : []),
    };
    this.items.set(item.id, item);
    return item;
  }

  /** Shares an item (and so everything inside it) with a user. */
  share(id: string, email: string, role: 'editor' | 'viewer' = 'editor'): void {
    const item = this.require(id);
    (role === 'editor' ? item.editors : item.viewers).add(norm(email));
  }

  require(id: string): DriveItem {
    const item = this.items.get(id);
    if (!item) throw new Error(`sandbox: no Drive item ${id}`);
    return item;
  }

  /** The user's strongest role on the item, inherited from the folders above it. */
  roleOf(item: DriveItem, user: string): Role {
    const email = norm(user);
    let best: Role = null;
    const seen = new Set<string>();
    const visit = (it: DriveItem): void => {
      if (seen.has(it.id)) return;
      seen.add(it.id);
      if (it.owner === email) best = 'owner';
      else if (it.editors.has(email) && best !== 'owner') best = 'editor';
      else if (it.viewers.has(email) && best === null) best = 'viewer';
      for (const p of it.parents) {
        const parent = this.items.get(p);
        if (parent) visit(parent);
      }
    };
    visit(item);
    return best;
  }

  canRead(item: DriveItem, user: string): boolean {
    return this.roleOf(item, user) !== null;
  }

  canEdit(item: DriveItem, user: string): boolean {
    const role = this.roleOf(item, user);
    return role === 'owner' || role === 'editor';
  }

  /** The item if `user` may see it, else Apps Script's "No item with the given ID" error. */
  readable(id: string, user: string): DriveItem {
    const item = this.items.get(id);
    if (!item || !this.canRead(item, user)) throw new Error(DRIVE_ERRORS.noItem);
    return item;
  }

  children(folderId: string): DriveItem[] {
    return [...this.items.values()].filter((it) => it.parents.includes(folderId));
  }

  touch(item: DriveItem): void {
    item.updated = this.now();
  }
}
