// What setup would do to the headers of sheets already in use, read before anything is written so the
// manager can confirm (issue 10: a renamed "Trạng thái" made setup append an empty column without a
// word, and finished tasks were then emailed as overdue). One header read per sheet.
import { SHEETS, type SheetDef } from '../core/schema';
import { findSheet, mapHeaders } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ColumnChange {
  sheet: string;
  /** Headers setup cannot find and would add, empty, at the end. */
  missing: string[];
  /** Header cells that are no column of the sheet's schema (one of them may be a renamed one). */
  unknown: string[];
}

const WITH_COLUMNS: readonly SheetDef[] = Object.values(SHEETS).filter((def) => def.columns.length > 0);

/** Sheets that exist and lack schema columns; a sheet setup creates anew needs no confirmation. */
export function plannedColumnChanges(ss: Spreadsheet): ColumnChange[] {
  const changes: ColumnChange[] = [];
  for (const def of WITH_COLUMNS) {
    const sheet = findSheet(ss, def);
    if (!sheet) continue;
    const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
    const found = mapHeaders(header, def.columns);
    const missing = def.columns.filter((c) => !found.has(c.key)).map((c) => c.header);
    if (missing.length === 0) continue;
    const known = new Set(found.values());
    const unknown = header
      .map((h, i) => ({ h: String(h).trim(), i }))
      .filter(({ h, i }) => h !== '' && !known.has(i))
      .map(({ h }) => h);
    changes.push({ sheet: def.name, missing, unknown });
  }
  return changes;
}

/** Whether two plans name the same changes (the headers did not move while the manager read the question). */
export function sameColumnChanges(a: readonly ColumnChange[], b: readonly ColumnChange[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
