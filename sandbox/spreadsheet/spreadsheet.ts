// Spreadsheet: its sheets, time zone and locale, editors and owner, protections, A1 ranges with
// a sheet name, the active sheet/range of the user looking at it, and toasts.
import { notSupported } from '../env';
import { SpreadsheetObject, invalidArgument, type Implements } from './base';
import { splitSheet } from './a1';
import type { SpreadsheetState } from './state';
import type { SheetModel } from './sheetModel';
import type { Sheet } from './sheet';
import { Range } from './range';
import { RangeList } from './rangeList';
import type { Protection } from './protection';

/** Session-like User (only getEmail is meaningful in the sandbox). */
export class User extends SpreadsheetObject implements Implements<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly className = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class Selection
  extends SpreadsheetObject
  implements
    Implements<
      GoogleAppsScript.Spreadsheet.Selection,
      'getActiveRange' | 'getActiveRangeList' | 'getActiveSheet' | 'getCurrentCell'
    >
{
  readonly className = 'Selection';
  constructor(private readonly ss: Spreadsheet) {
    super();
  }
  getActiveRange(): Range | null {
    return this.ss.getActiveRange();
  }
  getActiveRangeList(): RangeList | null {
    return this.ss.getActiveRangeList();
  }
  getActiveSheet(): Sheet {
    return this.ss.getActiveSheet();
  }
  getCurrentCell(): Range | null {
    return this.ss.getCurrentCell();
  }
}

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetMethods =
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getRange'
  | 'getRangeList'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'getSelection'
  | 'getCurrentCell'
  | 'toast'
  | 'getOwner'
  | 'getEditors'
  | 'getViewers'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'getProtections'
  | 'moveActiveSheet'
  | 'getSheetName'
  | 'getSheetValues';

export class Spreadsheet extends SpreadsheetObject implements Implements<GasSpreadsheet, SpreadsheetMethods> {
  readonly className = 'Spreadsheet';
  constructor(
    readonly model: SpreadsheetState,
    /** The Sheet object of a sheet, kept by SpreadsheetModel (model.ts). */
    private readonly sheetOf: (sheet: SheetModel) => Sheet,
  ) {
    super();
  }
  private get m(): SpreadsheetState {
    return this.model;
  }
  getId(): string {
    return this.m.id;
  }
  getName(): string {
    return this.m.name;
  }
  rename(newName: string): void {
    this.m.name = String(newName);
  }
  getUrl(): string {
    return this.m.url;
  }
  getSheets(): Sheet[] {
    return this.m.sheets.map((s) => this.sheetOf(s));
  }
  getNumSheets(): number {
    return this.m.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const s = this.m.getSheetModel(String(name));
    return s ? this.sheetOf(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this.m.sheets.find((x) => x.sheetId === id);
    return s ? this.sheetOf(s) : null;
  }
  /** insertSheet(), (index), (name), (name, index); the new sheet becomes the active sheet. */
  insertSheet(a?: string | number | { template?: unknown }, b?: number | { template?: unknown }): Sheet {
    if (typeof a === 'object' || typeof b === 'object') notSupported('Spreadsheet.insertSheet with a template');
    let name: string;
    let index: number | undefined;
    if (typeof a === 'number') index = a;
    else if (typeof a === 'string') {
      name = a;
      index = b as number | undefined;
    } else if (a !== undefined) throw invalidArgument('sheetName');
    name ??= this.nextSheetName();
    if (this.m.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (index !== undefined && (index < 0 || index > this.m.sheets.length)) throw invalidArgument('sheetIndex');
    const sheet = this.m.addSheet(name, index);
    this.m.selections.set(this.m.activeUser(), { sheet, rects: [{ row: 1, col: 1, numRows: 1, numCols: 1 }] });
    return this.sheetOf(sheet);
  }
  private nextSheetName(): string {
    for (let i = this.m.sheets.length + 1; ; i++) {
      const n = `Trang tính${i}`;
      if (!this.m.getSheetModel(n)) return n;
    }
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const s = (sheet as unknown as Sheet).sheetModel;
    if (!s || !this.m.sheets.includes(s)) throw invalidArgument('sheet');
    if (this.m.sheets.length === 1) throw new Error('Sorry, it is not possible to delete all sheets in a document.');
    this.m.removeSheet(s);
    for (const [user, sel] of this.m.selections) if (sel.sheet === s) this.m.selections.delete(user);
  }
  getSpreadsheetTimeZone(): string {
    return this.m.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.m.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.m.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.m.locale = String(locale);
  }
  /** 'Sheet!A1:B2'; without a sheet name, the active sheet. */
  getRange(a1Notation: string): Range {
    const { sheetName, ref } = splitSheet(String(a1Notation));
    const sheet = sheetName === null ? this.m.activeSheetFor(this.m.viewer()) : this.m.getSheetModel(sheetName);
    if (!sheet) throw new Error('Range not found');
    return this.sheetOf(sheet).getRange(ref);
  }
  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(a1Notations.map((a) => this.getRange(a)));
  }
  getSheetName(): string {
    return this.getActiveSheet().getName();
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getActiveSheet().getRange(startRow, startColumn, numRows, numColumns).getValues();
  }
  getActiveSheet(): Sheet {
    return this.sheetOf(this.m.activeSheetFor(this.m.viewer()));
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Sheet {
    const s = (sheet as unknown as Sheet).sheetModel;
    if (!s) throw invalidArgument('sheet');
    this.m.selections.set(this.m.activeUser(), { sheet: s, rects: [{ row: 1, col: 1, numRows: 1, numCols: 1 }] });
    return this.sheetOf(s);
  }
  getActiveRange(): Range | null {
    return this.getActiveSheet().getActiveRange();
  }
  getCurrentCell(): Range | null {
    const r = this.getActiveRange();
    return r ? r.getCell(1, 1) : null;
  }
  getActiveRangeList(): RangeList | null {
    const sel = this.m.selections.get(this.m.viewer());
    const sheet = this.m.activeSheetFor(this.m.viewer());
    const rects = sel?.sheet === sheet ? sel.rects : [{ row: 1, col: 1, numRows: 1, numCols: 1 }];
    return new RangeList(rects.map((r) => new Range(this.m, sheet, r)));
  }
  getSelection(): Selection {
    return new Selection(this);
  }
  /** Recorded on the model (model.toasts) for the harness and tests to inspect. */
  toast(msg: string, title?: string, timeoutSeconds?: unknown): void {
    this.m.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : Number(timeoutSeconds),
      at: this.m.env.clock.now(),
      user: this.m.activeUser(),
    });
  }
  getOwner(): User {
    return new User(this.m.owner);
  }
  getEditors(): User[] {
    return this.m.editors().map((e) => new User(e));
  }
  getViewers(): User[] {
    return [];
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = (typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()).toLowerCase();
    if (!this.m.editors().includes(email)) this.m.editorList.push(email);
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = (typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()).toLowerCase();
    this.m.editorList = this.m.editorList.filter((e) => e !== email);
    return this;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    const t = String(type);
    return this.m.protections.filter((p) => p.type === t).map((p) => this.m.protectionApi(p));
  }
  moveActiveSheet(pos: number): void {
    const sheet = this.m.activeSheetFor(this.m.activeUser());
    if (!Number.isInteger(pos) || pos < 1 || pos > this.m.sheets.length) throw invalidArgument('pos');
    this.m.sheets.splice(this.m.sheets.indexOf(sheet), 1);
    this.m.sheets.splice(pos - 1, 0, sheet);
  }
}
