// Range: values (typed like Apps Script), display values, formulas, formats, notes, styles,
// data validation, checkboxes and protection of a rectangle of one sheet.
import { notSupported, unwrap } from '../env';
import { SpreadsheetObject, invalidArgument, signatureError, type Implements } from './base';
import { rectToA1, type Rect } from './a1';
import type { SpreadsheetState } from './state';
import type { SheetModel, Cell, BorderData } from './sheetModel';
import { shiftFormula } from './refs';
import { normalizeColor } from './color';
import { DataValidation, type DataValidationData } from './validation';
import type { Protection } from './protection';
import { RichTextValue, type LinkSpan } from './richText';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Style =
  | 'bg'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontColor'
  | 'fontLine'
  | 'fontSize'
  | 'fontFamily'
  | 'hAlign'
  | 'vAlign'
  | 'note'
  | 'fmt';

const STYLE_DEFAULTS: Record<Style, unknown> = {
  bg: '#ffffff',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontLine: 'none',
  fontSize: 10,
  fontFamily: 'Arial',
  hAlign: 'general',
  vAlign: 'bottom',
  note: '',
  fmt: '',
};

/** Sheets' limit of 50,000 characters a cell; the whole write fails, nothing is written. (The limit is documented; the exact error text is not confirmed against a Google page.) */
export const CELL_CHARACTER_LIMIT = 50_000;
export const CELL_TOO_LONG_ERROR = `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`;
function assertCellSize(value: unknown): void {
  if (typeof value === 'string' && value.length > CELL_CHARACTER_LIMIT) throw new Error(CELL_TOO_LONG_ERROR);
}

export const OUT_OF_BOUNDS_ERROR = 'The coordinates of the range are outside the dimensions of the sheet.';

/** A range inside the sheet's grid, or Apps Script's out-of-bounds error. */
export function rangeInGrid(model: SpreadsheetState, sheet: SheetModel, r: Rect): Range {
  // Apps Script refuses NaN coordinates, with a text not pinned anywhere we can read: never pass silently.
  if (![r.row, r.col, r.numRows, r.numCols].every(Number.isFinite))
    notSupported('a range coordinate that is not a number (live error text unknown)');
  if (r.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (r.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (r.row < 1 || r.col < 1 || r.row + r.numRows - 1 > sheet.maxRows || r.col + r.numCols - 1 > sheet.maxCols)
    throw new Error(OUT_OF_BOUNDS_ERROR);
  return new Range(model, sheet, r);
}

export function dimensionError(kind: 'rows' | 'columns', data: number, range: number): Error {
  return new Error(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

type RangeMethods =
  | 'getValue'
  | 'getValues'
  | 'setValue'
  | 'setValues'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getRichTextValue'
  | 'getRichTextValues'
  | 'setRichTextValue'
  | 'setRichTextValues'
  | 'getFormula'
  | 'getFormulas'
  | 'setFormula'
  | 'setFormulas'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNote'
  | 'getNotes'
  | 'setNote'
  | 'setNotes'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontStyle'
  | 'setFontStyle'
  | 'getFontColor'
  | 'setFontColor'
  | 'setFontColors'
  | 'getFontLine'
  | 'setFontLine'
  | 'getFontSize'
  | 'setFontSize'
  | 'getFontFamily'
  | 'setFontFamily'
  | 'getHorizontalAlignment'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'getVerticalAlignment'
  | 'setVerticalAlignment'
  | 'setBorder'
  | 'getWrap'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'getWrapStrategy'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'clearDataValidations'
  | 'protect'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'offset'
  | 'getCell'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'clearNote'
  | 'insertCheckboxes'
  | 'removeCheckboxes'
  | 'check'
  | 'uncheck'
  | 'isChecked'
  | 'activate'
  | 'isBlank'
  | 'getHeight'
  | 'getWidth'
  | 'getRowIndex'
  | 'getMergedRanges'
  | 'getGridId';

export class Range extends SpreadsheetObject implements Implements<GasRange, RangeMethods> {
  readonly className = 'Range';
  constructor(
    readonly model: SpreadsheetState,
    readonly sheetModel: SheetModel,
    private readonly r: Rect,
  ) {
    super();
  }

  // ---- internals (used by builders after unwrapping) ----
  sheetName(): string {
    return this.sheetModel.name;
  }
  rect(): Rect {
    return { ...this.r };
  }

  private each(fn: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.r.numRows; i++)
      for (let j = 0; j < this.r.numCols; j++) fn(this.r.row + i, this.r.col + j, i, j);
  }
  private grid<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.r.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.r.numCols; j++) line.push(fn(this.r.row + i, this.r.col + j));
      out.push(line);
    }
    return out;
  }
  private edit(fn: () => void, touchesValues = false): this {
    this.model.assertScriptCanEdit(this.sheetModel, this.r);
    fn();
    if (touchesValues) this.model.engine.touch(this.sheetModel, this.r);
    return this;
  }
  /** A 2-D argument of `method`: a wrong shape fails the signature before any size check. */
  private checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row)))
      throw signatureError(`Range.${method}`, [values]);
    if (values.length !== this.r.numRows) throw dimensionError('rows', values.length, this.r.numRows);
    for (const row of values as unknown[][]) {
      if (row.length !== this.r.numCols) throw dimensionError('columns', row.length, this.r.numCols);
    }
    return values as unknown[][];
  }
  private getStyle(key: Style, row = this.r.row, col = this.r.col): unknown {
    return this.sheetModel.cell(row, col)?.[key] ?? STYLE_DEFAULTS[key];
  }
  private setStyle(key: Style, value: unknown): this {
    return this.edit(() =>
      this.each((row, col) => {
        const c = this.sheetModel.ensure(row, col);
        if (value === null || value === undefined || value === '') delete c[key];
        else (c as Record<string, unknown>)[key] = value;
      }),
    );
  }
  private setStyles(key: Style, values: unknown, method: string, map: (v: unknown) => unknown = (v) => v): this {
    const grid = this.checkGrid(values, method);
    return this.edit(() =>
      this.each((row, col, i, j) => {
        const v = map(grid[i]?.[j]);
        const c = this.sheetModel.ensure(row, col);
        if (v === null || v === undefined || v === '') delete c[key];
        else (c as Record<string, unknown>)[key] = v;
      }),
    );
  }

  // ---- values ----
  getValue(): unknown {
    return this.model.readValue(this.sheetModel, this.r.row, this.r.col);
  }
  getValues(): unknown[][] {
    return this.grid((row, col) => this.model.readValue(this.sheetModel, row, col));
  }
  setValue(value: unknown): this {
    assertCellSize(value);
    return this.edit(() => this.each((row, col) => this.model.writeCell(this.sheetModel, row, col, value)), true);
  }
  setValues(values: unknown[][]): this {
    const grid = this.checkGrid(values, 'setValues');
    for (const row of grid) row.forEach(assertCellSize);
    return this.edit(
      () => this.each((row, col, i, j) => this.model.writeCell(this.sheetModel, row, col, grid[i]?.[j])),
      true,
    );
  }
  getDisplayValue(): string {
    return this.model.readDisplay(this.sheetModel, this.r.row, this.r.col);
  }
  getDisplayValues(): string[][] {
    return this.grid((row, col) => this.model.readDisplay(this.sheetModel, row, col));
  }

  // ---- rich text ----
  /** The top-left cell's rich text; null when its value is not text (Range reference). */
  getRichTextValue(): RichTextValue | null {
    return this.model.richTextAt(this.sheetModel, this.r.row, this.r.col);
  }
  getRichTextValues(): (RichTextValue | null)[][] {
    return this.grid((row, col) => this.model.richTextAt(this.sheetModel, row, col));
  }
  private richContent(value: unknown, method: string): { text: string; links: LinkSpan[] } {
    if (value === null || value === undefined) notSupported(`Range.${method} with null (live behaviour unknown)`);
    // A grid's values arrive as the bundle holds them (boundary proxies): read them uncounted.
    const raw = unwrap(value as object);
    if (!(raw instanceof RichTextValue)) throw signatureError(`Range.${method}`, [value]);
    const content = raw.content();
    assertCellSize(content.text);
    return content;
  }
  /** Every cell of the range gets the value: its text as text, its links kept (Range reference). */
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue): this {
    const content = this.richContent(value, 'setRichTextValue');
    return this.edit(() => this.each((row, col) => this.model.writeRichText(this.sheetModel, row, col, content)), true);
  }
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): this {
    const grid = this.checkGrid(values, 'setRichTextValues');
    const contents = grid.map((line) => line.map((v) => this.richContent(v, 'setRichTextValues')));
    return this.edit(
      () => this.each((row, col, i, j) => this.model.writeRichText(this.sheetModel, row, col, contents[i]![j]!)),
      true,
    );
  }

  isBlank(): boolean {
    let blank = true;
    this.each((row, col) => {
      if (this.sheetModel.hasContent(this.sheetModel.cell(row, col))) blank = false;
    });
    return blank;
  }

  // ---- formulas ----
  getFormula(): string {
    return this.sheetModel.cell(this.r.row, this.r.col)?.f ?? '';
  }
  getFormulas(): string[][] {
    return this.grid((row, col) => this.sheetModel.cell(row, col)?.f ?? '');
  }
  /** Every cell gets the formula, its relative references moved as when filling (Sheets' behaviour). */
  setFormula(formula: string): this {
    const f = String(formula);
    return this.edit(
      () =>
        this.each((row, col, i, j) => {
          if (f === '') return this.model.writeCell(this.sheetModel, row, col, '');
          this.model.setFormulaCell(
            this.sheetModel,
            this.sheetModel.ensure(row, col),
            shiftFormula(f.startsWith('=') ? f : `=${f}`, i, j),
          );
        }),
      true,
    );
  }
  setFormulas(formulas: string[][]): this {
    const grid = this.checkGrid(formulas, 'setFormulas');
    return this.edit(
      () =>
        this.each((row, col, i, j) => {
          const f = String(grid[i]?.[j] ?? '');
          if (f === '') this.model.writeCell(this.sheetModel, row, col, '');
          else this.model.setFormulaCell(this.sheetModel, this.sheetModel.ensure(row, col), f);
        }),
      true,
    );
  }

  // ---- formats and styles ----
  getNumberFormat(): string {
    return this.model.numberFormatOf(this.sheetModel, this.r.row, this.r.col);
  }
  getNumberFormats(): string[][] {
    return this.grid((row, col) => this.model.numberFormatOf(this.sheetModel, row, col));
  }
  setNumberFormat(numberFormat: string): this {
    return this.setStyle('fmt', storedNumberFormat(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this.setStyles('fmt', numberFormats, 'setNumberFormats', storedNumberFormat);
  }
  getNote(): string {
    return String(this.getStyle('note'));
  }
  getNotes(): string[][] {
    return this.grid((row, col) => String(this.getStyle('note', row, col)));
  }
  setNote(note: string | null): this {
    return this.setStyle('note', note === null ? null : String(note));
  }
  /** A whole number reads back as "25.0" after setNotes, "25" after setNote (gas-fakes notes/oddities.md, "sheets notes"). */
  setNotes(notes: (string | null)[][]): this {
    return this.setStyles('note', notes, 'setNotes', (v) => {
      if (v === null || v === undefined) return null;
      return typeof v === 'number' && Number.isInteger(v) ? `${v}.0` : String(v);
    });
  }
  getBackground(): string {
    return String(this.getStyle('bg'));
  }
  getBackgrounds(): string[][] {
    return this.grid((row, col) => String(this.getStyle('bg', row, col)));
  }
  /** Apps Script accepts an invalid colour without a word (gas-fakes notes/oddities.md); the cell keeps its background. */
  setBackground(color: string | null): this {
    let normalised: string | null;
    try {
      normalised = normalizeColor(color);
    } catch {
      return this;
    }
    return this.setStyle('bg', normalised);
  }
  setBackgrounds(color: (string | null)[][]): this {
    return this.setStyles('bg', color, 'setBackgrounds', (v) => normalizeColor(v as string | null));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getStyle('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.grid((row, col) => this.getStyle('fontWeight', row, col) as GoogleAppsScript.Spreadsheet.FontWeight);
  }
  setFontWeight(fontWeight: string | null): this {
    return this.setStyle('fontWeight', fontWeight === 'normal' ? null : fontWeight);
  }
  setFontWeights(fontWeights: (string | null)[][]): this {
    return this.setStyles('fontWeight', fontWeights, 'setFontWeights', (v) => (v === 'normal' ? null : v));
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getStyle('fontStyle') as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  setFontStyle(fontStyle: string | null): this {
    return this.setStyle('fontStyle', fontStyle === 'normal' ? null : fontStyle);
  }
  getFontColor(): string {
    return String(this.getStyle('fontColor'));
  }
  setFontColor(color: string | null): this {
    return this.setStyle('fontColor', normalizeColor(color as string | null));
  }
  setFontColors(colors: unknown[][]): this {
    return this.setStyles('fontColor', colors, 'setFontColors', (v) => normalizeColor(v as string | null));
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.getStyle('fontLine') as GoogleAppsScript.Spreadsheet.FontLine;
  }
  setFontLine(fontLine: string | null): this {
    return this.setStyle('fontLine', fontLine === 'none' ? null : fontLine);
  }
  getFontSize(): number {
    return Number(this.getStyle('fontSize'));
  }
  setFontSize(size: number): this {
    return this.setStyle('fontSize', size === 10 ? null : size);
  }
  getFontFamily(): string {
    return String(this.getStyle('fontFamily'));
  }
  setFontFamily(fontFamily: string | null): this {
    return this.setStyle('fontFamily', fontFamily);
  }
  getHorizontalAlignment(): string {
    return String(this.getStyle('hAlign'));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setStyle('hAlign', storedAlignment(alignment));
  }
  setHorizontalAlignments(alignments: unknown[][]): this {
    return this.setStyles('hAlign', alignments, 'setHorizontalAlignments', storedAlignment);
  }
  getVerticalAlignment(): string {
    return String(this.getStyle('vAlign'));
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setStyle('vAlign', alignment);
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): this {
    const border: BorderData = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: normalizeColor(color ?? null),
      style: style ? String(style) : null,
    };
    return this.edit(() =>
      this.each((row, col) => {
        const c = this.sheetModel.ensure(row, col);
        const prev = c.border;
        const merged = { ...border };
        if (prev)
          for (const k of ['top', 'left', 'bottom', 'right', 'vertical', 'horizontal'] as const)
            if (merged[k] === null) merged[k] = prev[k];
        c.border = merged;
      }),
    );
  }
  /** true on a cell never formatted, although its strategy reads OVERFLOW (gas-fakes test/testsheets.js). */
  getWrap(): boolean {
    return this.sheetModel.cell(this.r.row, this.r.col)?.wrap ?? true;
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.edit(() =>
      this.each((row, col) => {
        const c = this.sheetModel.ensure(row, col);
        c.wrap = !!isWrapEnabled;
        c.wrapStrategy = isWrapEnabled ? 'WRAP' : 'OVERFLOW';
      }),
    );
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return (this.sheetModel.cell(this.r.row, this.r.col)?.wrapStrategy ??
      'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    const s = String(strategy);
    return this.edit(() =>
      this.each((row, col) => {
        const c = this.sheetModel.ensure(row, col);
        c.wrapStrategy = s;
        c.wrap = s === 'WRAP';
      }),
    );
  }

  // ---- data validation and checkboxes ----
  private setRule(data: DataValidationData | null): this {
    return this.edit(() =>
      this.each((row, col) => {
        const c = this.sheetModel.ensure(row, col);
        if (data) c.dv = data;
        else delete c.dv;
      }),
    );
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    if (rule !== null && !(rule instanceof DataValidation)) throw invalidArgument('rule');
    return this.setRule(rule ? { ...(rule as unknown as DataValidation).data } : null);
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    const grid = this.checkGrid(rules, 'setDataValidations');
    return this.edit(() =>
      this.each((row, col, i, j) => {
        const rule = grid[i]?.[j] ? unwrap(grid[i]?.[j] as object) : null;
        const c = this.sheetModel.ensure(row, col);
        if (rule instanceof DataValidation) c.dv = { ...rule.data };
        else delete c.dv;
      }),
    );
  }
  private ruleAt(row: number, col: number): DataValidation | null {
    const dv = this.sheetModel.cell(row, col)?.dv;
    return dv ? new DataValidation(dv, this.model.rangeByName) : null;
  }
  getDataValidation(): DataValidation | null {
    return this.ruleAt(this.r.row, this.r.col);
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.grid((row, col) => this.ruleAt(row, col));
  }
  clearDataValidations(): this {
    return this.setRule(null);
  }
  /**
   * Apps Script: with no argument the cells become false; with a custom checked value the cells
   * become "" (the unchecked value), or the custom unchecked value when one is given.
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values =
      checkedValue === undefined ? [] : [checkedValue, ...(uncheckedValue === undefined ? [] : [uncheckedValue])];
    return this.edit(
      () =>
        this.each((row, col) => {
          const c = this.sheetModel.ensure(row, col);
          c.dv = { type: 'CHECKBOX', values: [...values], allowInvalid: false, helpText: null };
          delete c.f;
          delete c.links;
          c.v = checkboxValue(values, false) as Cell['v'];
        }),
      true,
    );
  }
  removeCheckboxes(): this {
    return this.edit(
      () =>
        this.each((row, col) => {
          const c = this.sheetModel.cell(row, col);
          if (c?.dv?.type !== 'CHECKBOX') return;
          delete c.dv;
          if (typeof c.v === 'boolean') delete c.v;
        }),
      true,
    );
  }
  private setChecked(checked: boolean): this {
    return this.edit(
      () =>
        this.each((row, col) => {
          const c = this.sheetModel.cell(row, col);
          if (c?.dv?.type === 'CHECKBOX') {
            delete c.f;
            c.v = checkboxValue(c.dv.values, checked) as Cell['v'];
          }
        }),
      true,
    );
  }
  check(): this {
    return this.setChecked(true);
  }
  uncheck(): this {
    return this.setChecked(false);
  }
  /** true/false when every checkbox cell agrees, null when mixed or no checkbox. */
  isChecked(): boolean | null {
    const states = new Set<unknown>();
    let boxes = 0;
    this.each((row, col) => {
      const c = this.sheetModel.cell(row, col);
      if (c?.dv?.type === 'CHECKBOX') {
        boxes++;
        states.add(this.model.readValue(this.sheetModel, row, col) === checkboxValue(c.dv.values, true));
      }
    });
    if (boxes === 0 || states.size !== 1) return null;
    return states.has(true);
  }

  // ---- protection ----
  /** Protecting an already protected range returns the existing protection. */
  protect(): Protection {
    return this.model.protect(this.sheetModel, this.r);
  }

  // ---- geometry ----
  getRow(): number {
    return this.r.row;
  }
  getRowIndex(): number {
    return this.r.row;
  }
  getColumn(): number {
    return this.r.col;
  }
  getNumRows(): number {
    return this.r.numRows;
  }
  getNumColumns(): number {
    return this.r.numCols;
  }
  getHeight(): number {
    return this.r.numRows;
  }
  getWidth(): number {
    return this.r.numCols;
  }
  getLastRow(): number {
    return this.r.row + this.r.numRows - 1;
  }
  getLastColumn(): number {
    return this.r.col + this.r.numCols - 1;
  }
  getA1Notation(): string {
    return rectToA1(this.r);
  }
  getGridId(): number {
    return this.sheetModel.sheetId;
  }
  getSheet(): unknown {
    return this.model.sheetOf(this.sheetModel);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const r: Rect = {
      row: this.r.row + rowOffset,
      col: this.r.col + columnOffset,
      numRows: numRows ?? this.r.numRows,
      numCols: numColumns ?? this.r.numCols,
    };
    return rangeInGrid(this.model, this.sheetModel, r);
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.r.numRows || column > this.r.numCols)
      throw new Error('Cell reference out of range');
    return new Range(this.model, this.sheetModel, {
      row: this.r.row + row - 1,
      col: this.r.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  getMergedRanges(): Range[] {
    return []; // the sandbox has no merged cells: mergeAcross/merge throw "not supported".
  }

  // ---- clearing ----
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const contents = !any || !!o.contentsOnly;
    const format = !any || !!o.formatOnly;
    // Whether clearing formats alone takes a cell's links away is not documented.
    if (format && !contents)
      this.each((row, col) => {
        if (this.sheetModel.cell(row, col)?.links)
          notSupported('clearing the formats of a cell with links (live behaviour unknown)');
      });
    return this.edit(
      () =>
        this.each((row, col) => {
          const c = this.sheetModel.cell(row, col);
          if (!c) return;
          if (contents) {
            delete c.v;
            delete c.f;
            delete c.links;
          }
          if (format) clearFormat(c);
          if (o.commentsOnly) delete c.note;
          if (o.validationsOnly) delete c.dv;
        }),
      true,
    );
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }
  clearNote(): this {
    return this.setStyle('note', null);
  }

  activate(): this {
    this.model.selections.set(this.model.activeUser(), { sheet: this.sheetModel, rects: [{ ...this.r }] });
    return this;
  }
}

/** 'general' or null resets the format: the cell shows its value, not the word (gas-fakes notes/oddities.md). */
function storedNumberFormat(format: unknown): string | null {
  if (format === null || format === undefined) return null;
  const f = String(format);
  return f.toLowerCase() === 'general' ? null : f;
}

/** 'normal' reads back as 'general-left', null as the default 'general' (gas-fakes notes/oddities.md). */
function storedAlignment(alignment: unknown): unknown {
  return alignment === 'normal' ? 'general-left' : alignment;
}

/** A checkbox cell's value when (un)checked: true/false, or the rule's custom values ("" unchecked by default). */
function checkboxValue(values: readonly unknown[], checked: boolean): unknown {
  if (values.length === 0) return checked;
  return checked ? values[0] : (values[1] ?? '');
}

function clearFormat(c: Cell): void {
  for (const k of [
    'fmt',
    'bg',
    'fontWeight',
    'fontStyle',
    'fontColor',
    'fontLine',
    'fontSize',
    'fontFamily',
    'hAlign',
    'vAlign',
    'wrap',
    'wrapStrategy',
    'border',
  ] as const)
    delete c[k];
}
