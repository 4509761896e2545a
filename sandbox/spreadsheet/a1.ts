// A1 notation: column letters, cell and range references (open-ended A:A, 2:2, A2:Z), R1C1 helpers.

export interface Rect {
  /** 1-based. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** Ends an A1 reference left open ("5:7", "D:F", "A2:Z"): its A1 notation keeps them open. */
  open?: OpenEnds;
}

export interface OpenEnds {
  /** Whole rows: no column letters ("5:7"). */
  cols?: boolean;
  /** Whole columns: no row numbers ("D:F"). */
  rows?: boolean;
  /** Only the end row is open ("A2:Z"). */
  endRow?: boolean;
  /** The whole sheet, as a sheet protection's range: no A1 notation at all. */
  sheet?: boolean;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rectToA1(r: Rect): string {
  const lastRow = r.row + r.numRows - 1;
  const lastCol = columnLetter(r.col + r.numCols - 1);
  if (r.open?.sheet) return '';
  if (r.open?.cols) return `${r.row}:${lastRow}`;
  if (r.open?.rows) return `${columnLetter(r.col)}:${lastCol}`;
  if (r.open?.endRow) return `${columnLetter(r.col)}${r.row}:${lastCol}`;
  const start = `${columnLetter(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnLetter(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** Splits "'Nhiệm vụ'!A1:B2" into sheet name and reference. */
export function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!'\s]+))!(.+)$/.exec(a1.trim());
  if (!m) return { sheetName: null, ref: a1.trim() };
  return { sheetName: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), ref: m[3] ?? '' };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** A1 reference → rect, open ends filled from the sheet's size; null when invalid. */
export function parseA1(ref: string, maxRows: number, maxCols: number): Rect | null {
  const [a, b, extra] = ref.trim().split(':');
  if (extra !== undefined || !a) return null;
  const p = PART.exec(a);
  const q = PART.exec(b ?? a);
  if (!p || !q) return null;
  const [, c1 = '', r1 = ''] = p;
  const [, c2 = '', r2 = ''] = q;
  if (!c1 && !r1) return null;
  if (b === undefined && (!c1 || !r1)) return null;
  const col1 = c1 ? columnNumber(c1) : 1;
  const col2 = c2 ? columnNumber(c2) : maxCols;
  const row1 = r1 ? Number(r1) : 1;
  const row2 = r2 ? Number(r2) : maxRows;
  if (row1 < 1 || row2 < 1 || col1 < 1 || col2 < 1) return null;
  const row = Math.min(row1, row2);
  const col = Math.min(col1, col2);
  const rect: Rect = { row, col, numRows: Math.abs(row2 - row1) + 1, numCols: Math.abs(col2 - col1) + 1 };
  if (b === undefined) return rect;
  if (!c1 && !c2) rect.open = { cols: true };
  else if (!r1 && !r2) rect.open = { rows: true };
  else if (r1 && !r2) rect.open = { endRow: true };
  return rect;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

/**
 * A rect after `count` rows (or columns) are inserted before index `at` (count > 0) or deleted
 * from `at` (count < 0), the way Sheets moves ranges; null when the rect was deleted entirely.
 */
export function shiftRect(r: Rect, dim: 'row' | 'col', at: number, count: number): Rect | null {
  const startKey = dim === 'row' ? 'row' : 'col';
  const sizeKey = dim === 'row' ? 'numRows' : 'numCols';
  const start = r[startKey];
  const size = r[sizeKey];
  let newStart = start;
  let newSize = size;
  if (count > 0) {
    if (at <= start) newStart = start + count;
    else if (at < start + size) newSize = size + count;
  } else {
    const delStart = at;
    const delEnd = at - count; // exclusive
    const end = start + size; // exclusive
    const keptBefore = Math.max(0, Math.min(end, delStart) - start);
    const keptAfter = Math.max(0, end - Math.max(start, delEnd));
    newSize = keptBefore + keptAfter;
    if (newSize === 0) return null;
    newStart = start < delStart ? start : Math.max(delStart, start + count);
  }
  return { ...r, [startKey]: newStart, [sizeKey]: newSize };
}
