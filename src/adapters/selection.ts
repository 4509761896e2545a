// The rows a person selected on Nhiệm vụ (one row, several, non-contiguous), for the menu items that
// act on a selection; anywhere else is a UserError with the caller's words.
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import { requireSheet } from './tracker';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function selectedTaskRows(ss: Spreadsheet, notTaskSheet: string): number[] {
  const tasksSheet = requireSheet(ss, SHEETS.tasks);
  const active = ss.getActiveSheet();
  if (active.getSheetId() !== tasksSheet.getSheetId()) throw new UserError(notTaskSheet);
  const ranges = ss.getActiveRangeList()?.getRanges() ?? [];
  const rows = new Set<number>();
  for (const range of ranges) {
    const first = range.getRow();
    const last = first + range.getNumRows() - 1;
    for (let r = Math.max(first, 2); r <= last; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}
