// Reads a tracker sheet in one call and finds columns by header (folded, aliases allowed), the way
// the mail-merge sample does; converts cells to core values. Rows are identified by task code.
import type { ColumnDef, SheetDef } from '../core/schema';
import { fold } from '../core/text';
import { isoDateInZone, parseDateText } from '../core/dates';
import type { IsoDate } from '../core/domain';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Cell = string | number | boolean | Date;

/** The sheet by its name or a known alias, compared without diacritics or case. */
export function findSheet(ss: Spreadsheet, def: SheetDef): Sheet | null {
  const wanted = new Set([def.name, ...def.aliases].map(fold));
  return ss.getSheets().find((s) => wanted.has(fold(s.getName()))) ?? null;
}

/** header key → 0-based column index, for the columns whose header (or alias) is found. */
export function mapHeaders<K extends string>(
  headerRow: readonly unknown[],
  columns: readonly ColumnDef<K>[],
): Map<K, number> {
  const byFolded = new Map<string, K>();
  for (const c of columns) for (const h of [c.header, ...(c.aliases ?? [])]) byFolded.set(fold(h), c.key);
  const found = new Map<K, number>();
  headerRow.forEach((h, i) => {
    const key = byFolded.get(fold(String(h)));
    if (key !== undefined && !found.has(key)) found.set(key, i);
  });
  return found;
}

export interface TableRow {
  /** 1-based sheet row number at read time. */
  row: number;
  cells: Cell[];
}

export interface Table<K extends string> {
  sheet: Sheet;
  header: string[];
  columns: Map<K, number>;
  rows: TableRow[];
  get(row: TableRow, key: K): Cell;
}

/** One getValues of the whole data range; row 1 is the header. */
export function readTable<K extends string>(sheet: Sheet, def: SheetDef<K>): Table<K> {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const header = (values[0] ?? []).map((h) => String(h));
  const columns = mapHeaders(header, def.columns);
  const rows = values.slice(1).map((cells, i) => ({ row: i + 2, cells }));
  return {
    sheet,
    header,
    columns,
    rows,
    get(row, key) {
      const i = columns.get(key);
      return i === undefined ? '' : (row.cells[i] ?? '');
    },
  };
}

export function cellText(value: Cell): string {
  if (value instanceof Date) return value.toISOString();
  return String(value ?? '').trim();
}

/** A date cell (Date) or a date typed as text; null when empty or not a date. */
export function cellDate(value: Cell, timeZone: string): IsoDate | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : isoDateInZone(value, timeZone);
  if (typeof value === 'string' && value.trim()) return parseDateText(value);
  return null;
}

export function cellNumber(value: Cell): number | null {
  if (typeof value === 'number') return value;
  return null;
}
