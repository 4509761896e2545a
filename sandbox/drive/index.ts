// The sandbox's Drive: one DriveService per sandbox, owning the Drive model (folders, files,
// sharing), the DriveApp global and the Drive advanced service's global (./advanced.ts) handed to
// the bundle (already wrapped by instrument()); the runtime hands over the latter only where the
// manifest enables it.
// Other services register their Google-type files here (DocumentService does for Docs; the runtime
// may register the bound spreadsheet with addFile) so DriveApp sees them.
import { instrument, type SandboxEnv } from '../env';
import { DriveAppImpl } from './app';
import { DriveAdvancedImpl, FilesImpl } from './advanced';
import { DriveModel, FOLDER_MIME, type DriveItem } from './model';

export { DriveModel, DOC_MIME, FOLDER_MIME, SHEET_MIME, DRIVE_ERRORS } from './model';
export type { DriveItem, ContentHandler } from './model';
export { DRIVE_SCOPE, DRIVE_READONLY_SCOPE } from './app';
export { DRIVE_FILE_SCOPE, GoogleJsonResponseException, fileNotFound } from './advanced';

export class DriveService {
  /** The DriveApp global for the bundle's vm context (calls counted). */
  readonly app: GoogleAppsScript.Drive.DriveApp;
  /** The Drive advanced service (Drive API v3), for the manifest's userSymbol (calls counted). */
  readonly advanced: GoogleAppsScript.Drive;
  readonly model: DriveModel;

  constructor(readonly env: SandboxEnv) {
    this.model = new DriveModel(() => env.clock.now());
    this.app = instrument(env, new DriveAppImpl(env, this.model)) as unknown as GoogleAppsScript.Drive.DriveApp;
    const files = instrument(env, new FilesImpl(env, this.model));
    this.advanced = instrument(env, new DriveAdvancedImpl(files)) as unknown as GoogleAppsScript.Drive;
  }

  /** A file as it exists in Drive before the script runs (e.g. the bound spreadsheet), in owner's root. */
  addFile(spec: { id?: string; name: string; mimeType: string; owner: string; parentId?: string }): DriveItem {
    return this.model.insert({ ...spec, parents: spec.parentId ? [spec.parentId] : undefined });
  }

  /** A folder owned by `owner`, in their root or in `parentId`. */
  addFolder(owner: string, name: string, parentId?: string): DriveItem {
    return this.model.insert({ name, mimeType: FOLDER_MIME, owner, parents: parentId ? [parentId] : undefined });
  }

  /** Shares an item (a folder shares its contents) with a user. */
  share(id: string, email: string, role: 'editor' | 'viewer' = 'editor'): void {
    this.model.share(id, email, role);
  }

  /** Harness view: a Drive item by id, or undefined. */
  item(id: string): DriveItem | undefined {
    return this.model.items.get(id);
  }

  /** Harness view: the items directly inside a folder (trashed included). */
  childrenOf(folderId: string): DriveItem[] {
    return this.model.children(folderId);
  }

  /** Harness view: the root folder of a user's My Drive. */
  rootOf(email: string): DriveItem {
    return this.model.rootOf(email);
  }
}
