// One value written into one Nhiệm vụ column on several rows (non-contiguous too), in one call
// whatever the number of rows: the column found by header in the table just read.
import { UserError } from '../core/errors';
import { columnLetter } from '../core/status/formulas';
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { commonMsg } from '../messages';
import type { Cell, Table } from './table';

export function setColumnCells(
  table: Table<TaskColumnKey>,
  key: TaskColumnKey,
  rows: readonly number[],
  value: Cell,
): void {
  if (rows.length === 0) return;
  const col = table.columns.get(key);
  if (col === undefined)
    throw new UserError(commonMsg.missingColumn(SHEETS.tasks.columns.find((c) => c.key === key)!.header));
  table.sheet.getRangeList(rows.map((row) => `${columnLetter(col + 1)}${row}`)).setValue(value);
}
