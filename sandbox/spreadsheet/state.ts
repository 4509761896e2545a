// One spreadsheet's state and the operations every API class shares: reading a cell the way
// getValues does, writing the way setValues (script) or a person typing (userEdit) does, the
// protection check, and row/column moves that carry formulas, validations, rules and protections.
// The API objects over it are built by SpreadsheetModel (model.ts), whose classes import this one.
import type { SandboxEnv, SandboxObject } from '../env';
import { parseA1, rectToA1, shiftRect, splitSheet, type Rect } from './a1';
import { displayText, isDateFormat, localeSymbols, parseTyped, type LocaleSymbols, type Stored } from './format';
import { FormulaEngine } from './formulas';
import { canEditRect, Protection, PROTECTED_EDIT_ERROR, type ProtectionData, type ProtectionHost } from './protection';
import { mapRefs, restructureFormula, shiftFormula } from './refs';
import { SheetModel, type Cell } from './sheetModel';
import { dateFromSerial, serialFromDate } from './time';
import { satisfies, type ValidationContext } from './validation';
import { isDate, type SheetRect } from './base';
import { notSupported } from '../env';
import { RichTextValue, tidyLinks, type LinkSpan } from './richText';

export const GENERAL_FORMAT = '0.###############';

const AUTO_FORMATS: Record<string, string> = {
  NUMBER_DATE: 'dd/MM/yyyy',
  NUMBER_DATETIME: 'dd/MM/yyyy HH:mm:ss',
  NUMBER_TIME: 'HH:mm:ss',
  NUMBER_PERCENT: '0.00%',
};

export interface UserEditResult {
  /** The edited range (raw; the runtime wraps it with instrument() for the event object). */
  range: SandboxObject;
  /** Single-cell edits only, as the event object carries them (strings); undefined when empty. */
  oldValue?: string;
  value?: string;
}

export interface Selection {
  sheet: SheetModel;
  rects: Rect[];
}

export abstract class SpreadsheetState implements ProtectionHost {
  readonly id: string;
  name: string;
  owner: string;
  editorList: string[];
  timeZone: string;
  locale: string;
  readonly sheets: SheetModel[] = [];
  protections: ProtectionData[] = [];
  readonly engine: FormulaEngine;
  readonly selections = new Map<string, Selection>();
  readonly toasts: { message: string; title: string; timeoutSeconds: number; at: Date; user: string }[] = [];
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(
    readonly env: SandboxEnv,
    serial: number,
    opts: { name: string; owner: string; editors: string[]; timeZone?: string; locale?: string; id?: string },
  ) {
    this.id = opts.id ?? `sandbox-spreadsheet-${serial}-${opts.name.length}${serial * 7919}`;
    this.name = opts.name;
    this.owner = opts.owner.toLowerCase();
    this.editorList = opts.editors.map((e) => e.toLowerCase()).filter((e) => e !== this.owner);
    this.timeZone = opts.timeZone ?? env.timeZone;
    this.locale = opts.locale ?? 'vi_VN';
    this.engine = new FormulaEngine(
      () => this.env.clock.now(),
      () => this.env.clock.nowMillis(),
      () => this.timeZone,
      () => this.sheets,
    );
    this.addSheet('Trang tính1');
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  get sym(): LocaleSymbols {
    return localeSymbols(this.locale);
  }

  editors(): string[] {
    return [this.owner, ...this.editorList];
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  // ---- API objects (built by SpreadsheetModel, model.ts) -------------------------------------

  /** The Spreadsheet object (the same one each time). */
  abstract spreadsheetApi(): SandboxObject;

  /** The Sheet object of a sheet (the same one each time). */
  abstract sheetOf(sheet: SheetModel): SandboxObject;

  abstract rangeOf(sheet: SheetModel, rect: Rect): SandboxObject;

  /** A Range from a stored (sheet name, rect) pair — used by rules, validations, charts. */
  rangeByName = (r: SheetRect): SandboxObject => this.rangeOf(this.requireSheet(r.sheetName), r.rect);

  /** A Protection object over kept data; it acts as the current execution's effective user. */
  protectionApi(data: ProtectionData): Protection {
    return new Protection(data, this, () => this.effectiveUser());
  }

  /** Range.protect (rect) and Sheet.protect (null): protecting what is already protected returns that protection. */
  protect(sheet: SheetModel, rect: Rect | null): Protection {
    const type = rect ? 'RANGE' : 'SHEET';
    const existing = this.protections.find(
      (p) => p.type === type && p.sheet === sheet && (!rect || (p.rect && rectToA1(p.rect) === rectToA1(rect))),
    );
    const data: ProtectionData = existing ?? {
      id: this.newObjectId(),
      type,
      sheet,
      rect: rect && { ...rect },
      description: '',
      editors: null,
      warningOnly: false,
      domainEdit: false,
      unprotected: [],
      name: '',
    };
    if (!existing) this.protections.push(data);
    return this.protectionApi(data);
  }

  // ---- sheets ------------------------------------------------------------------------------

  addSheet(name: string, index?: number): SheetModel {
    const sheet = new SheetModel(this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7_919, name);
    this.nextSheetId++;
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.engine.sheetsChanged();
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.protections = this.protections.filter((p) => p.sheet !== sheet);
    this.engine.sheetsChanged();
  }

  /** Renames a sheet; formulas and rules that name it follow (as in Sheets). */
  renameSheet(sheet: SheetModel, name: string): void {
    const old = sheet.name;
    const rename = (f: string): string =>
      mapRefs(f, (ref) => (ref.sheetName === old ? { ...ref, sheetName: name } : null));
    for (const s of this.sheets) {
      for (const row of s.rows)
        for (const c of row ?? []) if (c?.f !== undefined && c.f.includes(old)) c.f = rename(c.f);
      for (const rule of s.conditionalRules) {
        for (const r of rule.ranges) if (r.sheetName === old) r.sheetName = name;
        if (rule.criteria === 'CUSTOM_FORMULA') rule.values = [rename(String(rule.values[0]))];
      }
      for (const chart of s.charts) for (const r of chart.ranges) if (r.sheetName === old) r.sheetName = name;
    }
    sheet.name = name;
    this.rewatch();
    this.engine.sheetsChanged();
  }

  /**
   * Replaces this spreadsheet's sheets and protections with copies of `source`'s (another
   * sandbox's spreadsheet, e.g. a school's tracker its own bundle filled): values, formulas,
   * formats, validations, rules, charts, sizes; the sheet ids are kept. Protections keep their
   * editors. Selections, toasts and sharing are not copied.
   */
  copyContentFrom(source: SpreadsheetState): void {
    const copies = new Map<SheetModel, SheetModel>();
    this.sheets.splice(0, this.sheets.length);
    for (const from of source.sheets) {
      const to = new SheetModel(from.sheetId, from.name);
      for (const [key, value] of Object.entries(from) as [keyof SheetModel, unknown][]) {
        if (key === 'sheetId' || key === 'name') continue;
        (to as unknown as Record<string, unknown>)[key] = structuredClone(value);
      }
      copies.set(from, to);
      this.sheets.push(to);
    }
    this.protections = source.protections.map((p) => ({
      ...structuredClone({ ...p, sheet: null }),
      sheet: copies.get(p.sheet) as SheetModel,
    }));
    this.nextSheetId = Math.max(this.nextSheetId, source.nextSheetId);
    this.nextObjectId = Math.max(this.nextObjectId, source.nextObjectId);
    this.timeZone = source.timeZone;
    this.locale = source.locale;
    this.engine.sheetsChanged();
    // The engine learns the copied formulas (rewatch() alone skips an engine that saw none yet).
    if (this.engine.isActive()) this.engine.reset();
    for (const s of this.sheets)
      for (const row of s.rows) for (const c of row ?? []) if (c?.f !== undefined) this.engine.watch(c.f, s.name);
  }

  getSheetModel(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  requireSheet(name: string): SheetModel {
    const s = this.getSheetModel(name);
    if (!s) throw new Error(`sandbox: no sheet named "${name}"`);
    return s;
  }

  /** "'Sheet'!A1:B2" or "A1" (on `fallback`) → sheet and rect; null when invalid. */
  resolveA1(a1: string, fallback: SheetModel): { sheet: SheetModel; rect: Rect } | null {
    const { sheetName, ref } = splitSheet(a1);
    const sheet = sheetName === null ? fallback : this.getSheetModel(sheetName);
    if (!sheet) return null;
    const rect = parseA1(ref, sheet.maxRows, sheet.maxCols);
    return rect ? { sheet, rect } : null;
  }

  // ---- users ---------------------------------------------------------------------------------

  /** Who the current execution acts as, for protections (scripts run as the effective user). */
  effectiveUser(): string {
    return (this.env.current?.effectiveUserEmail ?? this.owner).toLowerCase();
  }

  /** Who is looking at the sheet (selection, active sheet). */
  activeUser(): string {
    const ex = this.env.current;
    return (ex?.activeUserEmail || ex?.effectiveUserEmail || this.owner).toLowerCase();
  }

  /**
   * Whose selection and active sheet a read follows. A web app execution has nobody looking at the
   * spreadsheet, and what getActiveSheet()/getActiveRange() give there is not documented.
   */
  viewer(): string {
    if (this.env.current?.kind === 'webApp') notSupported('the active sheet or range in a web app');
    return this.activeUser();
  }

  isEditor(user: string): boolean {
    return this.editors().includes(user.toLowerCase());
  }

  canEdit(user: string, sheet: SheetModel, rect: Rect): boolean {
    return canEditRect(this.protections, this, user, sheet, rect);
  }

  /** Script writes are subject to protection too: they run as the effective user. */
  assertScriptCanEdit(sheet: SheetModel, rect: Rect): void {
    if (!this.env.current) return;
    if (!this.canEdit(this.effectiveUser(), sheet, rect)) throw new Error(PROTECTED_EDIT_ERROR);
  }

  removeProtection(p: ProtectionData): void {
    this.protections = this.protections.filter((x) => x !== p);
  }

  activeSheetFor(user: string): SheetModel {
    return this.selections.get(user)?.sheet ?? this.sheets.find((s) => !s.hidden) ?? (this.sheets[0] as SheetModel);
  }

  // ---- values --------------------------------------------------------------------------------

  /** The cell's value and effective number format (formula results computed). */
  evaluated(
    sheet: SheetModel,
    row: number,
    col: number,
    c: Cell | undefined = sheet.cell(row, col),
  ): { value: Stored | null; fmt: string | undefined } {
    if (c?.f !== undefined) {
      const ev = this.engine.valueAt(sheet, row, col, c.f);
      return { value: ev.value, fmt: c.fmt ?? AUTO_FORMATS[ev.type] };
    }
    return { value: c?.v ?? null, fmt: c?.fmt };
  }

  /** What Range.getValues() returns for a cell: Date, number, boolean, string, '' for empty. */
  readValue(sheet: SheetModel, row: number, col: number): unknown {
    const c = sheet.cell(row, col);
    if (!c || (c.f === undefined && c.v === undefined)) return '';
    const { value, fmt } = this.evaluated(sheet, row, col, c);
    if (value === null) return '';
    if (typeof value === 'number' && isDateFormat(fmt)) return dateFromSerial(value, this.timeZone);
    return value;
  }

  readDisplay(sheet: SheetModel, row: number, col: number): string {
    const c = sheet.cell(row, col);
    if (!c || (c.f === undefined && c.v === undefined)) return '';
    const { value, fmt } = this.evaluated(sheet, row, col, c);
    return displayText(value, fmt, this.sym);
  }

  numberFormatOf(sheet: SheetModel, row: number, col: number): string {
    const c = sheet.cell(row, col);
    if (c?.fmt) return c.fmt;
    if (c?.f !== undefined) return this.evaluated(sheet, row, col, c).fmt ?? GENERAL_FORMAT;
    return GENERAL_FORMAT;
  }

  /** Stores a value as Range.setValue does (strings parsed like typed input; '=' → formula). */
  writeCell(sheet: SheetModel, row: number, col: number, v: unknown): void {
    if (v === null || v === undefined || v === '') {
      const c = sheet.cell(row, col);
      if (c) {
        delete c.v;
        delete c.f;
        delete c.links;
      }
      return;
    }
    const c = sheet.ensure(row, col);
    delete c.links;
    if (typeof v === 'number' || typeof v === 'boolean') {
      delete c.f;
      c.v = v;
    } else if (isDate(v)) {
      delete c.f;
      const serial = serialFromDate(v, this.timeZone);
      c.v = serial;
      if (!isDateFormat(c.fmt)) c.fmt = Number.isInteger(serial) ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss';
    } else {
      const typed = parseTyped(String(v), this.sym, c.fmt);
      if (typed.kind === 'formula') this.setFormulaCell(sheet, c, typed.formula as string);
      else if (typed.kind === 'empty') {
        delete c.v;
        delete c.f;
      } else {
        delete c.f;
        c.v = typed.value as Stored;
        if (typed.format && (!c.fmt || (isDateFormat(typed.format) && !isDateFormat(c.fmt)))) c.fmt = typed.format;
      }
    }
  }

  /**
   * What Range.getRichTextValue(s) gives for a cell: null when its value is not text (Range
   * reference: "or null if the cell value is not text"), its text and links otherwise. An empty cell
   * reads as text '' (gas-fakes' model: getValues reads it as ''). A formula's text result: the
   * reference does not say whether its runs are read, so the sandbox refuses it.
   */
  richTextAt(sheet: SheetModel, row: number, col: number): RichTextValue | null {
    const c = sheet.cell(row, col);
    if (!c || (c.f === undefined && (c.v === undefined || c.v === ''))) return new RichTextValue('', []);
    if (c.f !== undefined) {
      const { value } = this.evaluated(sheet, row, col, c);
      if (typeof value === 'string' && value !== '')
        notSupported('getRichTextValue of a formula cell with a text result (live result unknown)');
      if (value === null || value === '') notSupported('getRichTextValue of a formula cell with an empty result');
      return null;
    }
    return typeof c.v === 'string' ? new RichTextValue(c.v, c.links ?? []) : null;
  }

  /**
   * Stores a rich text as Range.setRichTextValue does: the text as text, its links kept. Text that
   * Sheets might read as a formula, number or date, or no text at all: the reference does not say
   * what becomes of it, so the sandbox refuses.
   */
  writeRichText(sheet: SheetModel, row: number, col: number, content: { text: string; links: LinkSpan[] }): void {
    const c = sheet.ensure(row, col);
    const typed = parseTyped(content.text, this.sym, undefined);
    if (content.text === '') notSupported('setRichTextValue of an empty text (live behaviour unknown)');
    if (typed.kind !== 'value' || typed.value !== content.text)
      notSupported(`setRichTextValue of "${content.text}", which Sheets may not keep as text (live behaviour unknown)`);
    delete c.f;
    c.v = content.text;
    const links = tidyLinks(content.links, content.text.length);
    if (links.length) c.links = links;
    else delete c.links;
  }

  setFormulaCell(sheet: SheetModel, c: Cell, formula: string): void {
    delete c.v;
    delete c.links;
    c.f = formula.startsWith('=') ? formula : `=${formula}`;
    sheet.hasFormulas = true;
    this.engine.watch(c.f, sheet.name);
  }

  // ---- harness access (uncounted) ------------------------------------------------------------

  /** getValues of the sheet's data range, without counting a call. */
  valuesOf(sheetName: string): unknown[][] {
    const sheet = this.requireSheet(sheetName);
    const rows = sheet.lastRow();
    const cols = sheet.lastColumn();
    const out: unknown[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= cols; c++) row.push(this.readValue(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  displayValuesOf(sheetName: string): string[][] {
    const sheet = this.requireSheet(sheetName);
    const out: string[][] = [];
    for (let r = 1; r <= sheet.lastRow(); r++) {
      const row: string[] = [];
      for (let c = 1; c <= sheet.lastColumn(); c++) row.push(this.readDisplay(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  /**
   * A person typing or pasting `values` at `a1` (its top-left cell): protections checked for that
   * user (Sheets' own error text), strings parsed as Sheets does in the locale, rejecting data
   * validation honoured. Returns what the onEdit event object needs.
   */
  userEdit(user: string, sheetName: string, a1: string, values: unknown[][] | unknown): UserEditResult {
    const sheet = this.requireSheet(sheetName);
    const at = this.resolveA1(a1, sheet);
    if (!at) throw new Error(`sandbox: bad cell reference "${a1}"`);
    const grid = Array.isArray(values) ? (values as unknown[][]) : [[values]];
    const rect: Rect = { row: at.rect.row, col: at.rect.col, numRows: grid.length, numCols: grid[0]?.length ?? 1 };
    const who = user.toLowerCase();
    if (!this.isEditor(who)) throw new Error(`sandbox: ${user} has no edit access to "${this.name}"`);
    if (!this.canEdit(who, sheet, rect)) throw new Error(PROTECTED_EDIT_ERROR);
    const single = rect.numRows === 1 && rect.numCols === 1;
    const oldValue = single ? this.eventValue(sheet, rect.row, rect.col) : undefined;
    // Validate everything first: a rejected paste changes nothing.
    const ctx = this.validationContext();
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const dv = sheet.cell(rect.row + i, rect.col + j)?.dv;
        if (!dv || dv.allowInvalid) return;
        const probe = new SheetModel(-1, sheet.name);
        const pc = probe.ensure(1, 1);
        pc.fmt = sheet.cell(rect.row + i, rect.col + j)?.fmt;
        this.writeCell(probe, 1, 1, v);
        if (pc.f === undefined && !satisfies(dv, pc.v ?? '', isDateFormat(pc.fmt), ctx)) {
          const cellA1 = rectToA1({ row: rect.row + i, col: rect.col + j, numRows: 1, numCols: 1 });
          throw new Error(
            dv.helpText ??
              `There was a problem\nThe data you entered in cell ${cellA1} violates the data validation rules set on this cell.`,
          );
        }
      }),
    );
    grid.forEach((row, i) => row.forEach((v, j) => this.writeCell(sheet, rect.row + i, rect.col + j, v)));
    this.engine.touch(sheet, rect);
    return {
      range: this.rangeOf(sheet, rect),
      oldValue,
      value: single ? this.eventValue(sheet, rect.row, rect.col) : undefined,
    };
  }

  /**
   * A person entering text with links in one cell (typing it and inserting links, or pasting text
   * that carries them): the same checks as userEdit; the text must be one Sheets keeps as text.
   */
  userEditRichText(user: string, sheetName: string, a1: string, text: string, links: LinkSpan[]): UserEditResult {
    const sheet = this.requireSheet(sheetName);
    const at = this.resolveA1(a1, sheet);
    if (!at || at.rect.numRows !== 1 || at.rect.numCols !== 1) throw new Error(`sandbox: not one cell "${a1}"`);
    const { row, col } = at.rect;
    const who = user.toLowerCase();
    if (!this.isEditor(who)) throw new Error(`sandbox: ${user} has no edit access to "${this.name}"`);
    if (!this.canEdit(who, sheet, at.rect)) throw new Error(PROTECTED_EDIT_ERROR);
    const dv = sheet.cell(row, col)?.dv;
    if (dv && !dv.allowInvalid) notSupported('a rich text edit of a cell with a rejecting validation rule');
    const oldValue = this.eventValue(sheet, row, col);
    this.writeRichText(sheet, row, col, { text, links });
    this.engine.touch(sheet, at.rect);
    return { range: this.rangeOf(sheet, at.rect), oldValue, value: this.eventValue(sheet, row, col) };
  }

  /** e.value / e.oldValue: the stored value as a string ('TRUE'/'FALSE', date serials). */
  private eventValue(sheet: SheetModel, row: number, col: number): string | undefined {
    const c = sheet.cell(row, col);
    if (!c || (c.f === undefined && (c.v === undefined || c.v === ''))) return undefined;
    const { value } = this.evaluated(sheet, row, col, c);
    if (value === null || value === '') return undefined;
    return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
  }

  validationContext(): ValidationContext {
    return {
      listOf: (source) => {
        const s = this.requireSheet(source.sheetName);
        const out: unknown[] = [];
        for (let r = source.rect.row; r < source.rect.row + source.rect.numRows; r++)
          for (let c = source.rect.col; c < source.rect.col + source.rect.numCols; c++)
            out.push(this.readValue(s, r, c));
        return out.filter((v) => v !== '');
      },
      dateSerial: (d) => serialFromDate(d, this.timeZone),
    };
  }

  /** The user's selection: the active sheet and active range list (first rect is current). */
  select(user: string, sheetName: string, a1s: string[]): void {
    const sheet = this.requireSheet(sheetName);
    const rects = a1s.map((a1) => {
      const r = this.resolveA1(a1, sheet);
      if (!r) throw new Error(`sandbox: bad range "${a1}"`);
      return r.rect;
    });
    this.selections.set(user.toLowerCase(), { sheet, rects });
  }

  /** Re-evaluates TODAY()/NOW() at the sandbox clock. */
  recalculate(): void {
    this.engine.flush();
  }

  /**
   * A formula evaluated by the formula engine as if written in (row, col). `anchor` is the cell the
   * formula is written for (conditional-format rules: the top-left of the rule's range); relative
   * references move by the distance from anchor to (row, col).
   */
  evaluateFormulaAt(sheetName: string, formula: string, row: number, col: number, anchor = { row, col }): unknown {
    const sheet = this.requireSheet(sheetName);
    const shifted = shiftFormula(formula.startsWith('=') ? formula : `=${formula}`, row - anchor.row, col - anchor.col);
    return this.engine.evaluate(sheet, shifted).value ?? '';
  }

  /** The conditional-format rules of the sheet that apply to the cell at `a1` (their condition is TRUE there). */
  conditionalFormatsAt(
    sheetName: string,
    a1: string,
  ): { index: number; formula: string | null; style: SheetModel['conditionalRules'][number]['style'] }[] {
    const sheet = this.requireSheet(sheetName);
    const at = this.resolveA1(a1, sheet);
    if (!at) throw new Error(`sandbox: bad cell reference "${a1}"`);
    const { row, col } = at.rect;
    const out: { index: number; formula: string | null; style: SheetModel['conditionalRules'][number]['style'] }[] = [];
    sheet.conditionalRules.forEach((rule, index) => {
      const home = rule.ranges.find(
        (r) =>
          r.sheetName === sheet.name &&
          row >= r.rect.row &&
          row < r.rect.row + r.rect.numRows &&
          col >= r.rect.col &&
          col < r.rect.col + r.rect.numCols,
      );
      if (!home) return;
      const value = this.readValue(sheet, row, col);
      let hit: boolean;
      switch (rule.criteria) {
        case 'CUSTOM_FORMULA': {
          const v = this.evaluateFormulaAt(sheet.name, String(rule.values[0]), row, col, {
            row: home.rect.row,
            col: home.rect.col,
          });
          hit = v === true || (typeof v === 'number' && v !== 0);
          break;
        }
        case 'TEXT_EQUAL_TO':
          hit = String(value) === String(rule.values[0]);
          break;
        case 'TEXT_CONTAINS':
          hit = String(value).toLowerCase().includes(String(rule.values[0]).toLowerCase());
          break;
        case 'NUMBER_LESS_THAN':
          hit = typeof value === 'number' && value < Number(rule.values[0]);
          break;
        case 'NUMBER_GREATER_THAN':
          hit = typeof value === 'number' && value > Number(rule.values[0]);
          break;
        case 'NUMBER_BETWEEN':
          hit = typeof value === 'number' && value >= Number(rule.values[0]) && value <= Number(rule.values[1]);
          break;
        case 'CELL_EMPTY':
          hit = value === '';
          break;
        case 'CELL_NOT_EMPTY':
          hit = value !== '';
          break;
        default:
          hit = false;
      }
      if (hit)
        out.push({
          index,
          formula: rule.criteria === 'CUSTOM_FORMULA' ? String(rule.values[0]) : null,
          style: rule.style,
        });
    });
    return out;
  }

  // ---- rows and columns ----------------------------------------------------------------------

  /** Inserts (count > 0) or deletes (count < 0) rows/columns at `at`, carrying every reference. */
  restructure(sheet: SheetModel, dim: 'row' | 'col', at: number, count: number): void {
    if (dim === 'row') sheet.spliceRows(at, count);
    else sheet.spliceColumns(at, count);
    const moveRect = (r: Rect): Rect | null => shiftRect(r, dim, at, count);
    for (const s of this.sheets) {
      for (const row of s.rows) {
        if (!row) continue;
        for (const c of row) {
          if (c?.f !== undefined) c.f = restructureFormula(c.f, s.name, sheet.name, dim, at, count);
          if (c?.dv?.source?.sheetName === sheet.name) {
            const moved = moveRect(c.dv.source.rect);
            if (moved) c.dv = { ...c.dv, source: { sheetName: sheet.name, rect: moved } };
          }
        }
      }
      for (const rule of s.conditionalRules) {
        rule.ranges = rule.ranges.flatMap((r) => {
          if (r.sheetName !== sheet.name) return [r];
          const moved = moveRect(r.rect);
          return moved ? [{ sheetName: r.sheetName, rect: moved }] : [];
        });
        if (rule.criteria === 'CUSTOM_FORMULA')
          rule.values = [restructureFormula(String(rule.values[0]), s.name, sheet.name, dim, at, count)];
      }
      for (const chart of s.charts) {
        chart.ranges = chart.ranges.flatMap((r) => {
          if (r.sheetName !== sheet.name) return [r];
          const moved = moveRect(r.rect);
          return moved ? [{ sheetName: r.sheetName, rect: moved }] : [];
        });
      }
    }
    this.protections = this.protections.filter((p) => {
      if (p.sheet !== sheet) return true;
      p.unprotected = p.unprotected.map(moveRect).filter((r): r is Rect => r !== null);
      if (!p.rect) return true;
      const moved = moveRect(p.rect);
      if (moved) p.rect = moved;
      return moved !== null;
    });
    for (const sel of this.selections.values()) {
      if (sel.sheet === sheet)
        sel.rects = sel.rects.map((r) => moveRect(r) ?? { row: 1, col: 1, numRows: 1, numCols: 1 });
    }
    this.rewatch();
  }

  /** After formulas changed wholesale: the engine re-learns what to mirror. */
  rewatch(): void {
    if (!this.engine.isActive()) return;
    this.engine.reset();
    for (const s of this.sheets) {
      for (const row of s.rows) for (const c of row ?? []) if (c?.f !== undefined) this.engine.watch(c.f, s.name);
    }
  }
}
