// Writes a plan merge (core/planMerge.ts) into Nhiệm vụ: changed plan cells one column at a time
// (only the columns the merge touches, progress columns never), new rows in one block at the end.
// The number of calls depends on the columns touched, never on the number of rows.
import { midnightInZone } from '../core/dates';
import type { IsoDate, ParsedTask } from '../core/domain';
import { newTask, type MergeResult, type PlanCells } from '../core/plan/merge';
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { asPlainText } from '../core/text';
import type { Cell, Table } from './table';
import { importMsg } from '../messages';
import { UserError } from '../core/errors';

const DATE_KEYS = new Set<TaskColumnKey>(['startDate', 'dueDate', 'completedDate']);

function cellValue(key: TaskColumnKey, value: string | number | IsoDate | null, timeZone: string): Cell {
  if (value === null || value === '') return '';
  if (DATE_KEYS.has(key)) return midnightInZone(value as IsoDate, timeZone);
  return typeof value === 'string' ? asPlainText(value) : value;
}

/** The new row's cells by column key. */
function newRowCells(parsed: ParsedTask): Partial<Record<TaskColumnKey, string | number | null>> {
  const t = newTask(parsed, 0);
  return {
    code: t.code,
    area: t.area,
    content: t.content,
    source: t.source,
    owner: t.owner,
    coOwners: t.coOwners,
    startDate: t.startDate,
    dueDate: t.dueDate,
    planNote: t.planNote,
    progressStatus: t.progressStatus,
    progress: t.progress,
  };
}

/** Writes the merge; `grew`: rows were inserted (from `firstNewRow`), the caller extends the column rules to them. */
export function writeMerge(
  table: Table<TaskColumnKey>,
  merge: MergeResult,
  timeZone: string,
): { grew: boolean; firstNewRow: number } {
  const { sheet } = table;
  const need = (key: TaskColumnKey): number => {
    const i = table.columns.get(key);
    if (i === undefined)
      throw new UserError(importMsg.missingColumn(SHEETS.tasks.columns.find((c) => c.key === key)?.header ?? key));
    return i;
  };

  const touched = new Set<keyof PlanCells>();
  for (const u of merge.updates) for (const k of Object.keys(u.set) as (keyof PlanCells)[]) touched.add(k);
  const firstRow = 2;
  const rowCount = table.rows.length;
  const firstNewRow = firstRow + rowCount;
  for (const key of touched) {
    const col = need(key);
    const column = table.rows.map((r) => {
      const v = r.cells[col] ?? '';
      return [typeof v === 'string' ? asPlainText(v) : v];
    });
    for (const u of merge.updates) {
      if (key in u.set) column[u.row - firstRow] = [cellValue(key, u.set[key] ?? null, timeZone)];
    }
    if (rowCount > 0) sheet.getRange(firstRow, col + 1, rowCount, 1).setValues(column);
  }

  if (merge.additions.length === 0) return { grew: false, firstNewRow };
  const width = Math.max(table.header.length, ...[...table.columns.values()].map((i) => i + 1));
  const rows = merge.additions.map((task) => {
    const row: Cell[] = new Array<Cell>(width).fill('');
    for (const [key, value] of Object.entries(newRowCells(task)) as [TaskColumnKey, string | number | null][]) {
      row[need(key)] = cellValue(key, value, timeZone);
    }
    return row;
  });
  const start = firstNewRow;
  const maxRows = sheet.getMaxRows();
  // Always insert (at least one spare row) so that adding 40 or 4,000 tasks costs the same calls.
  sheet.insertRowsAfter(maxRows, Math.max(start + rows.length - 1 - maxRows, 1));
  sheet.getRange(start, 1, rows.length, width).setValues(rows);
  return { grew: true, firstNewRow };
}
