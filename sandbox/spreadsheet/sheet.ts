// Sheet: ranges by coordinates or A1, sizes, rows/columns inserted and deleted (formulas,
// validations, rules and protections move along), frozen rows, widths, hidden columns,
// conditional format rules, sheet protection, images and charts.
import { unwrap } from '../env';
import { SpreadsheetObject, invalidArgument, type Implements } from './base';
import { splitSheet, type Rect } from './a1';
import type { SpreadsheetState } from './state';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from './sheetModel';
import { Range, rangeInGrid } from './range';
import { RangeList } from './rangeList';
import { ConditionalFormatRule, cloneRule } from './conditional';
import type { Protection } from './protection';
import { EmbeddedChart, EmbeddedChartBuilder, OverGridImage, type ImageData } from './drawings';

/** Not found among Google's published texts (searched): kept short and explicit. */
export const RULE_WITHOUT_RANGE_ERROR = 'Conditional format rule must have at least one range.';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'getRange'
  | 'getRangeList'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRows'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'insertRowBefore'
  | 'insertRowAfter'
  | 'insertColumns'
  | 'insertColumnsBefore'
  | 'insertColumnsAfter'
  | 'insertColumnBefore'
  | 'insertColumnAfter'
  | 'deleteRow'
  | 'deleteRows'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'protect'
  | 'getProtections'
  | 'insertImage'
  | 'getImages'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'removeChart'
  | 'updateChart'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'setTabColor'
  | 'getTabColor'
  | 'activate'
  | 'getActiveRange'
  | 'showRows'
  | 'getType';

export class Sheet extends SpreadsheetObject implements Implements<GasSheet, SheetMethods> {
  readonly className = 'Sheet';
  constructor(
    readonly model: SpreadsheetState,
    readonly sheetModel: SheetModel,
  ) {
    super();
  }

  private get s(): SheetModel {
    return this.sheetModel;
  }

  /** A range inside the grid, or Apps Script's out-of-bounds error. */
  private rangeAt(r: Rect): Range {
    return rangeInGrid(this.model, this.s, r);
  }

  private a1(a1: string): Range {
    const { sheetName, ref } = splitSheet(String(a1));
    if (sheetName !== null && sheetName !== this.s.name) throw new Error('Range not found');
    const resolved = this.model.resolveA1(ref, this.s);
    if (!resolved) throw new Error('Range not found');
    return this.rangeAt(resolved.rect);
  }

  getName(): string {
    return this.s.name;
  }
  setName(name: string): this {
    const n = String(name);
    if (this.model.sheets.some((x) => x !== this.s && x.name.toLowerCase() === n.toLowerCase())) {
      throw new Error(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this.model.renameSheet(this.s, n);
    return this;
  }
  getSheetId(): number {
    return this.s.sheetId;
  }
  getIndex(): number {
    return this.model.sheets.indexOf(this.s) + 1;
  }
  getParent(): unknown {
    return this.model.spreadsheetApi();
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return this.a1(a);
    if (typeof a !== 'number' || typeof column !== 'number') throw invalidArgument('row');
    return this.rangeAt({ row: a, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }
  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(a1Notations.map((a) => this.a1(a)));
  }
  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    return this.rangeAt({
      row: 1,
      col: 1,
      numRows: Math.max(1, this.s.lastRow()),
      numCols: Math.max(1, this.s.lastColumn()),
    });
  }
  getLastRow(): number {
    return this.s.lastRow();
  }
  getLastColumn(): number {
    return this.s.lastColumn();
  }
  getMaxRows(): number {
    return this.s.maxRows;
  }
  getMaxColumns(): number {
    return this.s.maxCols;
  }

  // ---- rows and columns ----
  private insert(dim: 'row' | 'col', before: number, howMany: number): this {
    const max = dim === 'row' ? this.s.maxRows : this.s.maxCols;
    if (!Number.isInteger(before) || before < 1 || before > max + 1)
      throw new Error(dim === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    if (!Number.isInteger(howMany) || howMany < 1) throw invalidArgument('howMany');
    this.model.assertScriptCanEdit(this.s, { row: 1, col: 1, numRows: 1, numCols: 1 });
    this.model.restructure(this.s, dim, before, howMany);
    return this;
  }
  private remove(dim: 'row' | 'col', at: number, howMany: number): this {
    const max = dim === 'row' ? this.s.maxRows : this.s.maxCols;
    if (!Number.isInteger(at) || at < 1 || at + howMany - 1 > max || howMany < 1)
      throw new Error(dim === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    if (dim === 'row' && howMany >= max - this.s.frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    if (dim === 'col' && howMany >= max - this.s.frozenColumns)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    const rect: Rect =
      dim === 'row'
        ? { row: at, col: 1, numRows: howMany, numCols: this.s.maxCols }
        : { row: 1, col: at, numRows: this.s.maxRows, numCols: howMany };
    this.model.assertScriptCanEdit(this.s, rect);
    this.model.restructure(this.s, dim, at, -howMany);
    return this;
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.insert('row', rowIndex, numRows ?? 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insert('row', beforePosition, howMany);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insert('row', afterPosition + 1, howMany);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insert('row', beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insert('row', afterPosition + 1, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insert('col', columnIndex, numColumns ?? 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insert('col', beforePosition, howMany);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insert('col', afterPosition + 1, howMany);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insert('col', beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insert('col', afterPosition + 1, 1);
  }
  deleteRow(rowPosition: number): this {
    return this.remove('row', rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.remove('row', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    return this.remove('col', columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.remove('col', columnPosition, howMany);
  }
  /** Writes after the last row with content; the sheet grows when full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) throw invalidArgument('rowContents');
    const row = this.s.lastRow() + 1;
    if (row > this.s.maxRows) this.s.maxRows = row;
    if (rowContents.length > this.s.maxCols) this.s.maxCols = rowContents.length;
    if (rowContents.length === 0) return this;
    new Range(this.model, this.s, { row, col: 1, numRows: 1, numCols: rowContents.length }).setValues([rowContents]);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.s.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.s.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.s.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.s.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.s.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.s.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.s.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this.s.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this.s.hiddenColumns.delete(c);
  }
  showRows(_rowIndex: number, _numRows?: number): void {
    // Rows are never hidden in the sandbox (hideRows throws "not supported"), so there is nothing to show.
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.s.hiddenColumns.has(columnPosition);
  }
  hideSheet(): this {
    if (this.model.sheets.filter((x) => !x.hidden && x !== this.s).length === 0)
      throw new Error("Sorry, it's not possible to hide all sheets in a document.");
    this.s.hidden = true;
    return this;
  }
  showSheet(): this {
    this.s.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.s.hidden;
  }
  setTabColor(color: string | null): this {
    this.s.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.s.tabColor;
  }
  activate(): this {
    this.model.selections.set(this.model.activeUser(), {
      sheet: this.s,
      rects: [{ row: 1, col: 1, numRows: 1, numCols: 1 }],
    });
    return this;
  }
  getActiveRange(): Range | null {
    const sel = this.model.selections.get(this.model.viewer());
    const rect = sel?.sheet === this.s ? sel.rects[0] : undefined;
    return new Range(this.model, this.s, rect ?? { row: 1, col: 1, numRows: 1, numCols: 1 });
  }

  // ---- conditional formats ----
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.s.conditionalRules.map((d) => new ConditionalFormatRule(cloneRule(d), this.model.rangeByName));
  }
  /** REPLACES every rule of the sheet (Apps Script semantics); each rule needs a range. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw invalidArgument('rules');
    const data = rules.map((r) => {
      const rule = unwrap(r as object);
      if (!(rule instanceof ConditionalFormatRule)) throw invalidArgument('rules');
      if (rule.data.ranges.length === 0) throw new Error(RULE_WITHOUT_RANGE_ERROR);
      return cloneRule(rule.data);
    });
    this.s.conditionalRules = data;
  }
  clearConditionalFormatRules(): void {
    this.s.conditionalRules = [];
  }

  // ---- protection ----
  /** The sheet's protection (an existing one is returned). */
  protect(): Protection {
    return this.model.protect(this.s, null);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    const t = String(type);
    return this.model.protections
      .filter((p) => p.sheet === this.s && p.type === t)
      .map((p) => this.model.protectionApi(p));
  }

  // ---- images and charts ----
  insertImage(source: unknown, column: number, row: number, offsetX?: number, offsetY?: number): OverGridImage {
    let src: ImageData['source'];
    if (typeof source === 'string') src = { kind: 'url', url: source };
    else {
      const blob = source as { getBlob?: () => unknown } | null;
      const b = (blob?.getBlob ? unwrap(blob.getBlob() as object) : blob) as {
        getContentType?: () => string;
        getName?: () => string;
        getBytes?: () => number[];
      } | null;
      if (!b?.getBytes) throw invalidArgument('blobSource');
      src = {
        kind: 'blob',
        contentType: b.getContentType?.() ?? 'image/png',
        name: b.getName?.() ?? '',
        bytes: [...b.getBytes()],
      };
    }
    const data: ImageData = {
      id: this.model.newObjectId(),
      source: src,
      anchorRow: row,
      anchorCol: column,
      offsetX: offsetX ?? 0,
      offsetY: offsetY ?? 0,
      width: 100,
      height: 100,
      script: '',
      altTitle: '',
      altDescription: '',
    };
    this.s.images.push(data);
    return this.imageOf(data);
  }
  private imageOf(data: ImageData): OverGridImage {
    return new OverGridImage(data, (d) => {
      this.s.images = this.s.images.filter((x) => x !== d);
    });
  }
  getImages(): OverGridImage[] {
    return this.s.images.map((d) => this.imageOf(d));
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(
      {
        id: this.model.newObjectId(),
        chartType: 'COLUMN',
        ranges: [],
        options: {},
        anchorRow: 1,
        anchorCol: 1,
        offsetX: 0,
        offsetY: 0,
      },
      this.model.rangeByName,
    );
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart as object);
    if (!(c instanceof EmbeddedChart)) throw invalidArgument('chart');
    this.s.charts.push(c.data);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart as object);
    if (!(c instanceof EmbeddedChart)) throw invalidArgument('chart');
    const i = this.s.charts.findIndex((x) => x.id === c.data.id);
    if (i < 0) throw invalidArgument('chart');
    this.s.charts[i] = c.data;
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart as object);
    if (c instanceof EmbeddedChart) this.s.charts = this.s.charts.filter((x) => x.id !== c.data.id);
  }
  getCharts(): EmbeddedChart[] {
    return this.s.charts.map((d) => new EmbeddedChart(d, this.model.rangeByName));
  }

  // ---- clearing ----
  private whole(): Range {
    return new Range(this.model, this.s, { row: 1, col: 1, numRows: this.s.maxRows, numCols: this.s.maxCols });
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.whole().clear(options);
    return this;
  }
  clearContents(): this {
    this.whole().clearContent();
    return this;
  }
  clearFormats(): this {
    this.whole().clearFormat();
    return this;
  }
  clearNotes(): this {
    this.whole().clearNote();
    return this;
  }
}
