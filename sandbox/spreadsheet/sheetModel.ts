// One sheet's raw state: cells in row arrays (fast bulk reads and writes), sizes, frozen rows,
// column widths, hidden columns, conditional format rules, images and charts. No counting here.
import { shiftRect, type Rect } from './a1';
import type { Stored } from './format';
import type { DataValidationData } from './validation';
import type { ConditionalRuleData } from './conditional';
import type { ImageData, ChartData } from './drawings';
import type { LinkSpan } from './richText';

export interface BorderData {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

export interface Cell {
  /** The stored value when there is no formula ('' never stored: absent means empty). */
  v?: Stored;
  /** The formula text, "=..." (A1 notation). */
  f?: string;
  /**
   * Links over parts of a text value (setRichTextValue, a person's inserted link). Any other write
   * of the value drops them, as Sheets erases a cell's text runs when a new value is entered.
   */
  links?: LinkSpan[];
  fmt?: string;
  note?: string;
  bg?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string;
  fontLine?: string;
  fontSize?: number;
  fontFamily?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  dv?: DataValidationData;
  border?: BorderData;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetModel {
  rows: (Cell | undefined)[][] = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLS;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hidden = false;
  tabColor: string | null = null;
  conditionalRules: ConditionalRuleData[] = [];
  images: ImageData[] = [];
  charts: ChartData[] = [];
  /** Sticky: set once any formula was written (lets value reads skip the engine otherwise). */
  hasFormulas = false;

  constructor(
    readonly sheetId: number,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created when absent (grows the sheet like Sheets does on setValues beyond it). */
  ensure(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = {};
      r[col - 1] = c;
    }
    return c;
  }

  hasContent(c: Cell | undefined): boolean {
    return !!c && (c.f !== undefined || (c.v !== undefined && c.v !== ''));
  }

  /** Last row with content (value or formula), 0 for an empty sheet. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row && row.some((c) => this.hasContent(c))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (this.hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Inserts (count > 0) or deletes (count < 0) rows at 1-based `at`. */
  spliceRows(at: number, count: number): void {
    if (count > 0) {
      if (this.rows.length >= at) this.rows.splice(at - 1, 0, ...Array.from({ length: count }, () => []));
      this.maxRows += count;
    } else {
      this.rows.splice(at - 1, -count);
      this.maxRows += count;
    }
    this.shiftDrawings('row', at, count);
  }

  spliceColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (!row || row.length < at) continue;
      if (count > 0) row.splice(at - 1, 0, ...new Array<Cell | undefined>(count));
      else row.splice(at - 1, -count);
    }
    this.maxCols += count;
    const shiftKeys = <T>(m: Map<number, T> | Set<number>): void => {
      const entries = m instanceof Map ? [...m.entries()] : [...m].map((k) => [k, true] as const);
      m.clear();
      for (const [k, v] of entries) {
        if (count < 0 && k >= at && k < at - count) continue;
        const nk = k >= at ? k + count : k;
        if (m instanceof Map) m.set(nk, v as T);
        else m.add(nk);
      }
    };
    shiftKeys(this.columnWidths);
    shiftKeys(this.hiddenColumns);
    this.shiftDrawings('col', at, count);
  }

  private shiftDrawings(dim: 'row' | 'col', at: number, count: number): void {
    for (const d of [...this.images, ...this.charts]) {
      const r = shiftRect({ row: d.anchorRow, col: d.anchorCol, numRows: 1, numCols: 1 } as Rect, dim, at, count);
      if (r) {
        d.anchorRow = r.row;
        d.anchorCol = r.col;
      }
    }
  }
}
