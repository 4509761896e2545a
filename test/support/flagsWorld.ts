// Helpers for the flags/edits/dashboard end-to-end tests: script-style writes into the sandbox
// spreadsheet (no triggers fire, as for an API edit) and reads by header.
import type { Sandbox } from '../../sandbox/runtime';
import { PRINCIPAL } from '../../samples';
import { midnightInZone } from '../../src/core/dates';
import { SHEETS, type TaskColumnKey } from '../../src/core/schema';
import type { MatrixRow } from './statusMatrix';

const TZ = 'Asia/Ho_Chi_Minh';

export function headerOf(sb: Sandbox, sheetName: string): string[] {
  return (sb.spreadsheet.valuesOf(sheetName)[0] ?? []).map(String);
}

export function colOf(sb: Sandbox, key: TaskColumnKey): number {
  const header = SHEETS.tasks.columns.find((c) => c.key === key)!.header;
  const i = headerOf(sb, SHEETS.tasks.name).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i + 1;
}

/** Writes a grid as a script would (Range.setValues), outside any trigger. */
export function scriptWrite(sb: Sandbox, sheetName: string, row: number, col: number, grid: unknown[][]): void {
  sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () => {
    const sheet = sb.spreadsheet.spreadsheetApi().getSheetByName(sheetName)!;
    sheet.getRange(row, col, grid.length, grid[0]!.length).setValues(grid as never);
  });
}

/** Task rows in Nhiệm vụ's header order up to the computed columns, dates as midnight Dates. */
export function taskGrid(sb: Sandbox, rows: readonly MatrixRow[]): unknown[][] {
  const header = headerOf(sb, SHEETS.tasks.name).slice(0, colOf(sb, 'condition') - 1);
  const keyOf = new Map<string, TaskColumnKey>(SHEETS.tasks.columns.map((c) => [c.header, c.key]));
  return rows.map((r) =>
    header.map((h) => {
      const k = keyOf.get(h);
      const v = k ? (r as unknown as Record<string, unknown>)[k] : '';
      if ((k === 'dueDate' || k === 'completedDate') && typeof v === 'string') return midnightInZone(v, TZ);
      if (k === 'code') return `'${String(v)}`;
      return typeof v === 'string' || typeof v === 'number' ? v : '';
    }),
  );
}

/** Cell value by task column from the model (uncounted). */
export function taskCell(sb: Sandbox, row: number, key: TaskColumnKey): unknown {
  return sb.spreadsheet.valuesOf(SHEETS.tasks.name)[row - 1]?.[colOf(sb, key) - 1];
}
