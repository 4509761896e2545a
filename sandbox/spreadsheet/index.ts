// The sandbox's SpreadsheetApp: one SpreadsheetService per sandbox, owning the spreadsheets it
// creates and the SpreadsheetApp global handed to the bundle (already wrapped by instrument()).
// The runtime constructs it; tests reach the raw models (uncounted) through `active` / models.
import { instrument, type SandboxEnv } from '../env';
import { SpreadsheetModel } from './model';
import { SpreadsheetAppImpl } from './app';
import { guardSpreadsheetCall, spreadsheetOfCall, type SpreadsheetRole } from './open';

export { SpreadsheetModel } from './model';
export type { SheetModel } from './sheetModel';
export type { UserEditResult } from './state';
export { PROTECTED_EDIT_ERROR } from './protection';
export {
  OPEN_ERRORS,
  SPREADSHEETS_SCOPE,
  SPREADSHEETS_READONLY_SCOPE,
  spreadsheetIdFromUrl,
  type SpreadsheetRole,
} from './open';

export class SpreadsheetService {
  /** The SpreadsheetApp global for the bundle's vm context (calls counted). */
  readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** The bound (container) spreadsheet; getActiveSpreadsheet() returns it. */
  active: SpreadsheetModel | null = null;
  readonly spreadsheets: SpreadsheetModel[] = [];

  /**
   * Who may open a spreadsheet with openById/openByUrl, and how: the runtime asks Drive (owner,
   * editors, viewers, shared folders); without Drive, the spreadsheet's owner and editors.
   */
  roleOf: (ss: SpreadsheetModel, user: string) => SpreadsheetRole = (ss, user) =>
    ss.owner === user.toLowerCase() ? 'owner' : ss.isEditor(user) ? 'editor' : null;

  /** Set by the runtime from Drive (see OpenHost.unsupportedFile). */
  unsupportedFile: ((id: string) => string | null) | undefined = undefined;

  constructor(readonly env: SandboxEnv) {
    this.app = instrument(env, new SpreadsheetAppImpl(this)) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    env.spreadsheetOf = (target, method, args) => spreadsheetOfCall(this, target, method, args);
    env.spreadsheetGuard = (id, target, method) => guardSpreadsheetCall(this, id, target, method);
  }

  /** The spreadsheet with that id, or null. */
  byId(id: string): SpreadsheetModel | null {
    return this.spreadsheets.find((s) => s.id === id) ?? null;
  }

  /** A new spreadsheet with one empty sheet (named like Sheets' default in vi_VN: "Trang tính1"). */
  createSpreadsheet(opts: {
    name: string;
    owner: string;
    editors: string[];
    timeZone?: string;
    locale?: string;
    id?: string;
  }): SpreadsheetModel {
    if (opts.id !== undefined && this.byId(opts.id))
      throw new Error(`sandbox: a spreadsheet with id ${opts.id} exists`);
    const ss = new SpreadsheetModel(this.env, this.spreadsheets.length + 1, opts);
    this.spreadsheets.push(ss);
    if (!this.active) this.active = ss;
    return ss;
  }

  setActive(ss: SpreadsheetModel | null): void {
    this.active = ss;
  }

  /**
   * Re-evaluates volatile formulas (TODAY/NOW) of the bound spreadsheet after the clock moved. The
   * others (sb.addSpreadsheet) catch up when a value of theirs is read: a ward with 100 trackers
   * would otherwise rebuild 100 formula engines at the start of every execution.
   */
  recalculate(): void {
    this.active?.recalculate();
  }
}
