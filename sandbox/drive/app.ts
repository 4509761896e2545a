// The DriveApp global and its File, Folder, iterators and User, over the sandbox DriveModel.
// Each acts as the current execution's effective user: items they cannot see do not exist for them.
// Scopes (Apps Script reference, developers.google.com/apps-script/reference/drive/drive-app): every
// DriveApp method asks for https://www.googleapis.com/auth/drive (getters also accept drive.readonly).
// DriveApp does not take the narrower drive.file: under a manifest that lists its scopes without
// drive, DriveApp throws "Specified permissions are not sufficient to call …" (env.requireAuthorization);
// drive.file is reached through the Drive advanced service (./advanced.ts).
import { notSupported, SandboxObject, type SandboxEnv } from '../env';
import { SandboxBlob } from '../services/blob';
import { declareUnsupported } from '../services/support';
import { DRIVE_ERRORS, FOLDER_MIME, urlOf, type DriveItem, type DriveModel } from './model';

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';
export const DRIVE_READONLY_SCOPE = 'https://www.googleapis.com/auth/drive.readonly';

abstract class DriveObject extends SandboxObject {
  readonly serviceName = 'DriveApp';
  constructor(
    protected readonly env: SandboxEnv,
    protected readonly model: DriveModel,
  ) {
    super();
  }
  protected user(): string {
    return this.env.current?.effectiveUserEmail ?? this.env.scriptOwner;
  }
  /** The method's scope: drive, or for a getter drive.readonly too. */
  protected authorize(method: string, getter = false): void {
    this.env.requireAuthorization(DRIVE_SCOPE, method, getter ? [DRIVE_READONLY_SCOPE] : []);
  }
}

export class DriveUser extends SandboxObject {
  readonly serviceName = 'DriveApp';
  readonly className = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
  getName(): string {
    return this.email.split('@')[0] ?? '';
  }
}

/**
 * The queries a folder and DriveApp share (getFolders, getFilesByName…), over the items each lists:
 * a folder's children, or everything in the user's Drive.
 */
// A mixin's base must be typed `new (...args: any[])`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withListing<B extends abstract new (...args: any[]) => DriveObject>(Base: B) {
  abstract class Listing extends Base {
    /** The items the user can see here (not trashed) that match; `method` names the call for its scope. */
    protected abstract listed(method: string, match: (it: DriveItem) => boolean): DriveItem[];
    getFolders(): FolderIterator {
      return new FolderIterator(this.env, this.model, this.listed(`${this.className}.getFolders`, isFolder));
    }
    getFoldersByName(name: string): FolderIterator {
      return new FolderIterator(
        this.env,
        this.model,
        this.listed(`${this.className}.getFoldersByName`, (it) => isFolder(it) && it.name === name),
      );
    }
    getFiles(): FileIterator {
      return new FileIterator(this.env, this.model, this.listed(`${this.className}.getFiles`, isFile));
    }
    getFilesByName(name: string): FileIterator {
      return new FileIterator(
        this.env,
        this.model,
        this.listed(`${this.className}.getFilesByName`, (it) => isFile(it) && it.name === name),
      );
    }
    getFilesByType(mimeType: string): FileIterator {
      return new FileIterator(
        this.env,
        this.model,
        this.listed(`${this.className}.getFilesByType`, (it) => it.mimeType === mimeType),
      );
    }
  }
  return Listing;
}

/** A root ("My Drive") is never listed as a folder: it has no parent, and DriveApp.getFolders leaves it out. */
const isFolder = (it: DriveItem): boolean => it.mimeType === FOLDER_MIME && !it.isRoot;
const isFile = (it: DriveItem): boolean => it.mimeType !== FOLDER_MIME;

abstract class ItemImpl extends DriveObject {
  constructor(
    env: SandboxEnv,
    model: DriveModel,
    readonly item: DriveItem,
  ) {
    super(env, model);
  }
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): this {
    this.requireEdit();
    this.item.name = String(name);
    this.model.handlers.get(this.item.mimeType)?.rename?.(this.item.id, this.item.name);
    this.model.touch(this.item);
    return this;
  }
  getDateCreated(): Date {
    return new Date(this.item.created.getTime());
  }
  getLastUpdated(): Date {
    return new Date(this.item.updated.getTime());
  }
  getOwner(): DriveUser {
    return new DriveUser(this.item.owner);
  }
  getEditors(): DriveUser[] {
    return [...this.item.editors].map((e) => new DriveUser(e));
  }
  getViewers(): DriveUser[] {
    return [...this.item.viewers].map((e) => new DriveUser(e));
  }
  addEditor(email: string): this {
    this.requireEdit();
    this.model.share(this.item.id, email, 'editor');
    return this;
  }
  addViewer(email: string): this {
    this.requireEdit();
    this.model.share(this.item.id, email, 'viewer');
    return this;
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
  setTrashed(trashed: boolean): this {
    // Only the owner may trash an item in My Drive.
    if (this.model.roleOf(this.item, this.user()) !== 'owner') throw new Error(DRIVE_ERRORS.accessDenied);
    this.item.trashed = Boolean(trashed);
    this.model.touch(this.item);
    return this;
  }
  getParents(): FolderIterator {
    const parents = this.item.parents
      .map((id) => this.model.items.get(id))
      .filter((p): p is DriveItem => !!p && this.model.canRead(p, this.user()));
    return new FolderIterator(this.env, this.model, parents);
  }
  /** File.moveTo / Folder.moveTo: edit rights on the item and on the destination folder. */
  moveTo(destination: FolderImpl): this {
    this.authorize(`${this.className}.moveTo`);
    const user = this.user();
    if (!this.model.canEdit(this.item, user) || !this.model.canEdit(destination.item, user)) {
      throw new Error(DRIVE_ERRORS.accessDenied);
    }
    this.item.parents = [destination.item.id];
    this.model.touch(this.item);
    return this;
  }
  protected requireEdit(): void {
    if (!this.model.canEdit(this.item, this.user())) throw new Error(DRIVE_ERRORS.accessDenied);
  }
}

export class FileImpl extends ItemImpl {
  readonly className = 'File';
  getMimeType(): string {
    return this.item.mimeType;
  }
  getUrl(): string {
    return urlOf(this.item);
  }
  getSize(): number {
    return this.item.blob ? this.item.blob.buffer().length : 0;
  }
  getBlob(): SandboxBlob {
    // A Google-type file's blob is its PDF export, as in Apps Script.
    if (!this.item.blob) return this.getAs('application/pdf');
    const blob = this.item.blob.copyBlob();
    blob.setName(this.item.name);
    return blob;
  }
  getAs(contentType: string): SandboxBlob {
    const handler = this.model.handlers.get(this.item.mimeType);
    if (handler) return handler.export(this.item.id, contentType, this.item.name);
    if (!this.item.blob) throw new Error(`Converting from ${this.item.mimeType} to ${contentType} is not supported.`);
    const blob = this.item.blob.getAs(contentType) as unknown as SandboxBlob;
    blob.setName(this.item.name);
    return blob;
  }
  makeCopy(nameOrFolder?: string | FolderImpl, folder?: FolderImpl): FileImpl {
    const user = this.user();
    this.authorize('File.makeCopy');
    const name = typeof nameOrFolder === 'string' ? nameOrFolder : `Copy of ${this.item.name}`;
    const destination = typeof nameOrFolder === 'object' ? nameOrFolder : folder;
    if (destination && !this.model.canEdit(destination.item, user)) throw new Error(DRIVE_ERRORS.accessDenied);
    const parents = destination
      ? [destination.item.id]
      : this.item.parents.filter((p) => {
          const parent = this.model.items.get(p);
          return !!parent && this.model.canEdit(parent, user);
        });
    const copy = this.model.insert({
      name,
      mimeType: this.item.mimeType,
      owner: user,
      parents: parents.length ? parents : undefined,
      blob: this.item.blob?.copyBlob() ?? null,
      byScript: true,
    });
    this.model.handlers.get(this.item.mimeType)?.copy(this.item.id, copy.id);
    return new FileImpl(this.env, this.model, copy);
  }
}

export class FolderImpl extends withListing(ItemImpl) {
  readonly className = 'Folder';
  getUrl(): string {
    return urlOf(this.item);
  }
  createFolder(name: string): FolderImpl {
    this.authorize('Folder.createFolder');
    this.requireEdit();
    const folder = this.model.insert({
      name: String(name),
      mimeType: FOLDER_MIME,
      owner: this.user(),
      parents: [this.item.id],
      byScript: true,
    });
    return new FolderImpl(this.env, this.model, folder);
  }
  createFile(blobOrName: SandboxBlob | string, content?: string, mimeType = 'text/plain'): FileImpl {
    this.authorize('Folder.createFile');
    this.requireEdit();
    const blob =
      typeof blobOrName === 'string' ? new SandboxBlob(content ?? '', mimeType, blobOrName) : blobOrName.copyBlob();
    if (blob.isGoogleType()) throw new Error('Invalid argument: blob');
    const file = this.model.insert({
      name: blob.getName() ?? 'Untitled',
      mimeType: blob.getContentType() ?? 'application/octet-stream',
      owner: this.user(),
      parents: [this.item.id],
      blob,
      byScript: true,
    });
    return new FileImpl(this.env, this.model, file);
  }
  protected listed(_method: string, match: (it: DriveItem) => boolean): DriveItem[] {
    const user = this.user();
    return this.model.children(this.item.id).filter((it) => !it.trashed && match(it) && this.model.canRead(it, user));
  }
}

abstract class IteratorImpl<T> extends DriveObject {
  private index = 0;
  constructor(
    env: SandboxEnv,
    model: DriveModel,
    private readonly entries: DriveItem[],
  ) {
    super(env, model);
  }
  hasNext(): boolean {
    return this.index < this.entries.length;
  }
  next(): T {
    const item = this.entries[this.index++];
    if (!item) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this.wrap(item);
  }
  getContinuationToken(): string {
    return notSupported(`${this.className}.getContinuationToken`);
  }
  protected abstract wrap(item: DriveItem): T;
}

export class FolderIterator extends IteratorImpl<FolderImpl> {
  readonly className = 'FolderIterator';
  protected wrap(item: DriveItem): FolderImpl {
    return new FolderImpl(this.env, this.model, item);
  }
}

export class FileIterator extends IteratorImpl<FileImpl> {
  readonly className = 'FileIterator';
  protected wrap(item: DriveItem): FileImpl {
    return new FileImpl(this.env, this.model, item);
  }
}

export class DriveAppImpl extends withListing(DriveObject) {
  readonly className = 'DriveApp';
  getRootFolder(): FolderImpl {
    this.authorize('DriveApp.getRootFolder', true);
    return new FolderImpl(this.env, this.model, this.model.rootOf(this.user()));
  }
  getFileById(id: string): FileImpl {
    this.authorize('DriveApp.getFileById', true);
    const item = this.model.readable(String(id), this.user());
    if (item.mimeType === FOLDER_MIME) throw new Error(DRIVE_ERRORS.noItem);
    return new FileImpl(this.env, this.model, item);
  }
  getFolderById(id: string): FolderImpl {
    this.authorize('DriveApp.getFolderById', true);
    const item = this.model.readable(String(id), this.user());
    if (item.mimeType !== FOLDER_MIME) throw new Error(DRIVE_ERRORS.noItem);
    return new FolderImpl(this.env, this.model, item);
  }
  createFolder(name: string): FolderImpl {
    this.authorize('DriveApp.createFolder');
    return this.getRootFolder().createFolder(name);
  }
  createFile(blobOrName: SandboxBlob | string, content?: string, mimeType?: string): FileImpl {
    this.authorize('DriveApp.createFile');
    return this.getRootFolder().createFile(blobOrName, content, mimeType);
  }
  getTrashedFiles(): FileIterator {
    this.authorize('DriveApp.getTrashedFiles', true);
    const user = this.user();
    return new FileIterator(
      this.env,
      this.model,
      [...this.model.items.values()].filter(
        (it) => it.trashed && it.mimeType !== FOLDER_MIME && this.model.roleOf(it, user) === 'owner',
      ),
    );
  }
  protected listed(method: string, match: (it: DriveItem) => boolean): DriveItem[] {
    this.authorize(method, true);
    const user = this.user();
    return [...this.model.items.values()].filter((it) => !it.trashed && match(it) && this.model.canRead(it, user));
  }
}

declareUnsupported<GoogleAppsScript.Drive.DriveApp, DriveAppImpl>(DriveAppImpl, 'DriveApp', [
  'addFile',
  'addFolder',
  'continueFileIterator',
  'continueFolderIterator',
  'createShortcut',
  'createShortcutForTargetIdAndResourceKey',
  'getFileByIdAndResourceKey',
  'getFolderByIdAndResourceKey',
  'getStorageLimit',
  'getStorageUsed',
  'getTrashedFolders',
  'removeFile',
  'removeFolder',
  'searchFiles',
  'searchFolders',
]);
declareUnsupported<GoogleAppsScript.Drive.File, FileImpl>(FileImpl, 'File', [
  'addCommenter',
  'addCommenters',
  'addEditors',
  'addViewers',
  'getAccess',
  'getDescription',
  'getDownloadUrl',
  'getSharingAccess',
  'getSharingPermission',
  'getThumbnail',
  'isShareableByEditors',
  'isStarred',
  'removeEditor',
  'removeViewer',
  'revokePermissions',
  'setContent',
  'setDescription',
  'setOwner',
  'setSharing',
  'setShareableByEditors',
  'setStarred',
  'getTargetId',
  'getTargetMimeType',
  'getResourceKey',
  'getSecurityUpdateEligible',
  'getSecurityUpdateEnabled',
  'getTargetResourceKey',
  'setSecurityUpdateEnabled',
]);
declareUnsupported<GoogleAppsScript.Drive.Folder, FolderImpl>(FolderImpl, 'Folder', [
  'addEditors',
  'addFile',
  'addFolder',
  'addViewers',
  'createShortcut',
  'getAccess',
  'getDescription',
  'getSharingAccess',
  'getSharingPermission',
  'getSize',
  'isShareableByEditors',
  'isStarred',
  'removeEditor',
  'removeFile',
  'removeFolder',
  'removeViewer',
  'revokePermissions',
  'searchFiles',
  'searchFolders',
  'setDescription',
  'setOwner',
  'setSharing',
  'setShareableByEditors',
  'setStarred',
  'createShortcutForTargetIdAndResourceKey',
  'getResourceKey',
  'getSecurityUpdateEligible',
  'getSecurityUpdateEnabled',
  'setSecurityUpdateEnabled',
]);
