// BlockContainer (what Body, header/footer sections and table cells share: paragraphs, list items,
// tables, rules and page breaks appended or inserted) and the tables: Table, TableRow, TableCell.
// One module, because a table cell is a block container and a block container makes tables.
import { declareUnsupported } from '../../services/support';
import { CELL_ATTRIBUTES, PARAGRAPH_ATTRIBUTES, ROW_ATTRIBUTES, TABLE_ATTRIBUTES, type AttributeName } from '../enums';
import { DOC_ERRORS, isAttributeName, withoutMethods, type DocContext, type DocElement } from './element';
import { DocContainer } from './container';
import { TextEl } from './text';
import type { HorizontalRuleEl, PageBreakEl } from './inline';
import { ParagraphEl } from './paragraph';
import { ListItemEl } from './listItem';

declare module './element' {
  interface ElementClasses {
    TABLE: TableEl;
    TABLE_ROW: TableRowEl;
    TABLE_CELL: TableCellEl;
  }
}

/** What Body, Header/Footer sections and table cells hold: paragraphs, list items, tables. */
export abstract class BlockContainer extends DocContainer {
  override getText(): string {
    return this.children.map((c) => c.getText()).join('\n');
  }
  appendParagraph(content: string | ParagraphEl): ParagraphEl {
    return this.insertParagraph(this.children.length, content);
  }
  insertParagraph(index: number, content: string | ParagraphEl): ParagraphEl {
    this.ctx.assertWritable();
    const p = typeof content === 'object' && content ? content : new ParagraphEl(this.ctx, String(content ?? ''));
    if (p.elementType !== 'PARAGRAPH') throw new Error('Invalid argument: paragraph');
    return this.attach(index, p);
  }
  appendListItem(content: string | ListItemEl): ListItemEl {
    return this.insertListItem(this.children.length, content);
  }
  /** A new item joins the list of the list item just before it, as consecutive items do in Docs. */
  insertListItem(index: number, content: string | ListItemEl): ListItemEl {
    this.ctx.assertWritable();
    if (typeof content === 'object' && content) return this.attach(index, content);
    const previous = this.children[index - 1];
    const item = new ListItemEl(
      this.ctx,
      String(content ?? ''),
      previous instanceof ListItemEl ? previous.getListId() : undefined,
    );
    if (previous instanceof ListItemEl && previous.own.GLYPH_TYPE !== undefined)
      item.own.GLYPH_TYPE = previous.own.GLYPH_TYPE;
    return this.attach(index, item);
  }
  appendTable(content?: string[][] | TableEl): TableEl {
    return this.insertTable(this.children.length, content);
  }
  /**
   * A document section cannot end with a table: Docs keeps an empty paragraph after a table that
   * becomes the last element (so appending after a table leaves that empty paragraph in between).
   */
  insertTable(index: number, content?: string[][] | TableEl): TableEl {
    this.ctx.assertWritable();
    const table = content instanceof TableEl ? content : TableEl.fromCells(this.ctx, content);
    this.attach(index, table);
    if (index === this.children.length - 1) this.attach(this.children.length, new ParagraphEl(this.ctx));
    return table;
  }
  /** Body.appendHorizontalRule: a new paragraph holding the rule; returns the rule. */
  appendHorizontalRule(): HorizontalRuleEl {
    return this.insertHorizontalRule(this.children.length);
  }
  insertHorizontalRule(index: number): HorizontalRuleEl {
    this.ctx.assertWritable();
    return this.attach(index, new ParagraphEl(this.ctx)).appendHorizontalRule();
  }
  appendPageBreak(): PageBreakEl {
    return this.insertPageBreak(this.children.length);
  }
  insertPageBreak(index: number): PageBreakEl {
    this.ctx.assertWritable();
    return this.attach(index, new ParagraphEl(this.ctx)).appendPageBreak();
  }
  getParagraphs(): ParagraphEl[] {
    return this.descendants((el): el is ParagraphEl => el instanceof ParagraphEl);
  }
  getTables(): TableEl[] {
    return this.descendants((el): el is TableEl => el instanceof TableEl);
  }
  getListItems(): ListItemEl[] {
    return this.descendants((el): el is ListItemEl => el instanceof ListItemEl);
  }
  /** Keeps one empty paragraph, as Docs does. */
  clear(): this {
    this.ctx.assertWritable();
    for (const child of this.children) child.parent = null;
    this.children = [];
    this.attach(0, new ParagraphEl(this.ctx));
    return this;
  }
  /** One paragraph with the text, keeping the first paragraph's format and first character's style. */
  setText(text: string): this {
    const first = this.children.find((c): c is ParagraphEl => c instanceof ParagraphEl);
    const style = this.textLeaves()[0]?.styles[0] ?? first?.defaultTextStyle() ?? {};
    this.clear();
    const p = this.children[0] as ParagraphEl;
    if (first)
      p.own = Object.fromEntries(Object.entries(first.own).filter(([k]) => isAttributeName(k, PARAGRAPH_ATTRIBUTES)));
    if (String(text) !== '') p.attach(0, new TextEl(this.ctx, String(text), style));
    return this;
  }
  override detachChild(child: DocElement): void {
    const paragraphs = this.children.filter((c) => c instanceof ParagraphEl);
    if (
      child instanceof ParagraphEl &&
      paragraphs.length === 1 &&
      paragraphs[0] === child &&
      this.elementType !== 'TABLE_CELL'
    ) {
      throw new Error(DOC_ERRORS.lastParagraph);
    }
    super.detachChild(child);
  }
  private descendants<T extends DocElement>(match: (el: DocElement) => el is T): T[] {
    const out: T[] = [];
    const visit = (el: DocElement): void => {
      if (match(el)) out.push(el);
      if (el instanceof DocContainer && !(el instanceof ParagraphEl)) el.children.forEach(visit);
    };
    this.children.forEach(visit);
    return out;
  }
}

export class TableEl extends DocContainer {
  readonly className = 'Table';
  readonly elementType = 'TABLE' as const;
  columnWidths: (number | null)[] = [];

  static fromCells(ctx: DocContext, cells?: string[][]): TableEl {
    const table = new TableEl(ctx);
    if (cells === undefined) return table;
    if (!Array.isArray(cells) || cells.some((row) => !Array.isArray(row))) throw new Error('Invalid argument: cells');
    const width = cells[0]?.length ?? 0;
    // Docs needs a rectangular grid; how Apps Script answers ragged rows is not reproduced.
    if (cells.some((row) => row.length !== width)) return notRectangular();
    for (const row of cells) {
      const r = table.attach(table.children.length, new TableRowEl(ctx));
      for (const text of row) r.attach(r.children.length, TableCellEl.withText(ctx, String(text ?? '')));
    }
    return table;
  }
  ownAttributes(): readonly AttributeName[] {
    return TABLE_ATTRIBUTES;
  }
  clone(): TableEl {
    const copy = this.cloneChildrenInto(new TableEl(this.ctx));
    copy.columnWidths = this.columnWidths.slice();
    return copy;
  }
  override getText(): string {
    return this.children.map((r) => r.getText()).join('\n');
  }
  getNumRows(): number {
    return this.children.length;
  }
  getRow(index: number): TableRowEl {
    return this.getChild(index) as TableRowEl;
  }
  getCell(row: number, cell: number): TableCellEl {
    return this.getRow(row).getCell(cell);
  }
  appendTableRow(row?: TableRowEl): TableRowEl {
    return this.insertTableRow(this.children.length, row);
  }
  insertTableRow(index: number, row?: TableRowEl): TableRowEl {
    this.ctx.assertWritable();
    return this.attach(index, row ?? new TableRowEl(this.ctx));
  }
  removeRow(index: number): TableRowEl {
    this.ctx.assertWritable();
    const row = this.getRow(index);
    this.detachChild(row);
    return row;
  }
  clear(): this {
    this.ctx.assertWritable();
    for (const leaf of this.textLeaves()) leaf.removeRange(0, leaf.chars.length);
    return this;
  }
  getBorderWidth(): number | null {
    return (this.own.BORDER_WIDTH as number | undefined) ?? null;
  }
  setBorderWidth(points: number): this {
    return this.setAttributes({ BORDER_WIDTH: points });
  }
  getBorderColor(): string | null {
    return (this.own.BORDER_COLOR as string | undefined) ?? null;
  }
  setBorderColor(color: string): this {
    return this.setAttributes({ BORDER_COLOR: color });
  }
  getColumnWidth(columnIndex: number): number | null {
    return this.columnWidths[columnIndex] ?? null;
  }
  setColumnWidth(columnIndex: number, points: number): this {
    this.ctx.assertWritable();
    this.columnWidths[columnIndex] = points;
    return this;
  }
}

function notRectangular(): never {
  throw new Error('not supported in the sandbox: Body.appendTable with rows of different lengths');
}

export class TableRowEl extends DocContainer {
  readonly className = 'TableRow';
  readonly elementType = 'TABLE_ROW' as const;
  ownAttributes(): readonly AttributeName[] {
    return ROW_ATTRIBUTES;
  }
  clone(): TableRowEl {
    return this.cloneChildrenInto(new TableRowEl(this.ctx));
  }
  override getText(): string {
    return this.children.map((c) => c.getText()).join('\t');
  }
  getNumCells(): number {
    return this.children.length;
  }
  getCell(index: number): TableCellEl {
    return this.getChild(index) as TableCellEl;
  }
  getParentTable(): TableEl | null {
    return this.parent instanceof TableEl ? this.parent : null;
  }
  appendTableCell(content?: string | TableCellEl): TableCellEl {
    return this.insertTableCell(this.children.length, content);
  }
  insertTableCell(index: number, content?: string | TableCellEl): TableCellEl {
    this.ctx.assertWritable();
    const cell = content instanceof TableCellEl ? content : TableCellEl.withText(this.ctx, String(content ?? ''));
    return this.attach(index, cell);
  }
  removeCell(index: number): TableCellEl {
    this.ctx.assertWritable();
    const cell = this.getCell(index);
    this.detachChild(cell);
    return cell;
  }
  clear(): this {
    this.ctx.assertWritable();
    for (const leaf of this.textLeaves()) leaf.removeRange(0, leaf.chars.length);
    return this;
  }
  getMinimumHeight(): number | null {
    return (this.own.MINIMUM_HEIGHT as number | undefined) ?? null;
  }
  setMinimumHeight(points: number): this {
    return this.setAttributes({ MINIMUM_HEIGHT: points });
  }
}

export class TableCellEl extends BlockContainer {
  readonly className = 'TableCell';
  readonly elementType = 'TABLE_CELL' as const;

  static withText(ctx: DocContext, text: string): TableCellEl {
    const cell = new TableCellEl(ctx);
    cell.attach(0, new ParagraphEl(ctx, text));
    return cell;
  }
  ownAttributes(): readonly AttributeName[] {
    return CELL_ATTRIBUTES;
  }
  clone(): TableCellEl {
    return this.cloneChildrenInto(new TableCellEl(this.ctx));
  }
  getParentRow(): TableRowEl | null {
    return this.parent instanceof TableRowEl ? this.parent : null;
  }
  getParentTable(): TableEl | null {
    return this.getParentRow()?.getParentTable() ?? null;
  }
  getRowSpan(): number {
    return 1;
  }
  getColSpan(): number {
    return 1;
  }
  getWidth(): number | null {
    return this.num('WIDTH');
  }
  setWidth(points: number): this {
    return this.setAttributes({ WIDTH: points });
  }
  getBackgroundColor(): string | null {
    return (this.own.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setBackgroundColor(color: string | null): this {
    return this.setAttributes({ BACKGROUND_COLOR: color });
  }
  getVerticalAlignment(): string | null {
    return (this.own.VERTICAL_ALIGNMENT as string | undefined) ?? null;
  }
  setVerticalAlignment(alignment: string): this {
    return this.setAttributes({ VERTICAL_ALIGNMENT: alignment });
  }
  getPaddingTop(): number | null {
    return this.num('PADDING_TOP');
  }
  setPaddingTop(points: number): this {
    return this.setAttributes({ PADDING_TOP: points });
  }
  getPaddingBottom(): number | null {
    return this.num('PADDING_BOTTOM');
  }
  setPaddingBottom(points: number): this {
    return this.setAttributes({ PADDING_BOTTOM: points });
  }
  getPaddingLeft(): number | null {
    return this.num('PADDING_LEFT');
  }
  setPaddingLeft(points: number): this {
    return this.setAttributes({ PADDING_LEFT: points });
  }
  getPaddingRight(): number | null {
    return this.num('PADDING_RIGHT');
  }
  setPaddingRight(points: number): this {
    return this.setAttributes({ PADDING_RIGHT: points });
  }
  private num(key: AttributeName): number | null {
    return (this.own[key] as number | undefined) ?? null;
  }
}
// A cell has no page breaks and no section-wide finders in Apps Script.
withoutMethods(TableCellEl, ['appendPageBreak', 'insertPageBreak', 'getParagraphs', 'getTables', 'getListItems']);

// Methods of the real classes the sandbox does not reproduce: they throw "not supported in the sandbox".
declareUnsupported<GoogleAppsScript.Document.Table, TableEl>(TableEl, 'Table', [
  'findElement',
  'findText',
  'isAtDocumentEnd',
]);
declareUnsupported<GoogleAppsScript.Document.TableCell, TableCellEl>(TableCellEl, 'TableCell', [
  'appendImage',
  'insertImage',
  'findElement',
  'findText',
  'merge',
  'isAtDocumentEnd',
]);
