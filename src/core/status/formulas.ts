// The status engine's sheet face: the Tình trạng and Số ngày quá hạn formulas of a task row, built
// from the columns found by header (never fixed positions). They use TODAY() and only functions
// that Google Sheets documents and HyperFormula implements (IF, AND, TRIM, N, INT, TODAY), so the
// sheet stays live with no script running. status.ts is the same rule in TypeScript; the agreement
// test keeps the two in step.
import { ProgressStatus, REMOVED_FROM_PLAN, TaskCondition } from '../domain';
import type { TaskColumnKey } from '../schema';

/** The columns the formulas read or write. */
export const STATUS_FORMULA_COLUMNS = [
  'code',
  'content',
  'owner',
  'dueDate',
  'planNote',
  'progressStatus',
  'completedDate',
  'condition',
  'daysOverdue',
] as const satisfies readonly TaskColumnKey[];
export type StatusFormulaColumn = (typeof STATUS_FORMULA_COLUMNS)[number];

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as formulas write it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to one cell of another sheet: 'Cấu hình'!$B$9. */
export function absoluteCellRef(sheetName: string, row: number, col: number): string {
  return `${quotedSheet(sheetName)}!$${columnLetter(col)}$${row}`;
}

/** A whole column of another sheet: 'Nhiệm vụ'!$Q:$Q. */
export function wholeColumnRef(sheetName: string, col: number): string {
  const c = columnLetter(col);
  return `${quotedSheet(sheetName)}!$${c}:$${c}`;
}

/** A formula string literal. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export type ColumnLetters = Record<StatusFormulaColumn, string>;

/** Column letters from a header map (key → 0-based index); the keys it lacks. */
export function statusColumnLetters(
  headerMap: ReadonlyMap<TaskColumnKey, number>,
): { ok: true; letters: ColumnLetters } | { ok: false; missing: StatusFormulaColumn[] } {
  const missing = STATUS_FORMULA_COLUMNS.filter((k) => !headerMap.has(k));
  if (missing.length) return { ok: false, missing };
  const letters = Object.fromEntries(STATUS_FORMULA_COLUMNS.map((k) => [k, columnLetter(headerMap.get(k)! + 1)]));
  return { ok: true, letters: letters as ColumnLetters };
}

/**
 * Tình trạng of row `row`. `dueSoonRef` points at the Cấu hình cell holding N, so changing N is
 * live. Blank rows (no code, no content) stay blank, as readTasks skips them.
 */
export function conditionFormula(c: ColumnLetters, row: number, dueSoonRef: string): string {
  const cell = (k: StatusFormulaColumn) => `${c[k]}${row}`;
  const is = (k: StatusFormulaColumn, word: string) => `TRIM(${cell(k)})=${str(word)}`;
  const due = `INT(N(${cell('dueDate')}))`;
  const done = `INT(N(${cell('completedDate')}))`;
  const C = TaskCondition;
  return (
    `=IF(AND(TRIM(${cell('code')})="",TRIM(${cell('content')})=""),"",` +
    `IF(${is('planNote', REMOVED_FROM_PLAN)},${str(C.RemovedFromPlan)},` +
    `IF(${is('progressStatus', ProgressStatus.Paused)},${str(C.Paused)},` +
    `IF(AND(${is('progressStatus', ProgressStatus.Done)},${done}<=TODAY()),` +
    `IF(AND(${due}>0,${done}>${due}),${str(C.DoneLate)},${str(C.DoneOnTime)}),` +
    `IF(${is('progressStatus', ProgressStatus.AwaitingConfirmation)},${str(C.AwaitingConfirmation)},` +
    `IF(TRIM(${cell('owner')})="",${str(C.Unassigned)},` +
    `IF(${due}=0,${str(C.NoDueDate)},` +
    `IF(${due}<TODAY(),${str(C.OverdueNotDone)},` +
    `IF(${due}-TODAY()<=N(${dueSoonRef}),${str(C.DueSoon)},${str(C.OnTrack)})))))))))`
  );
}

/** Số ngày quá hạn of row `row`, from its Tình trạng cell: to today when open, to completion when late. */
export function daysOverdueFormula(c: ColumnLetters, row: number): string {
  const cond = `${c.condition}${row}`;
  const due = `INT(N(${c.dueDate}${row}))`;
  return (
    `=IF(${cond}=${str(TaskCondition.OverdueNotDone)},TODAY()-${due},` +
    `IF(${cond}=${str(TaskCondition.DoneLate)},INT(N(${c.completedDate}${row}))-${due},` +
    `IF(${cond}="","",0)))`
  );
}

/** The two columns' formulas for rows first..last, as setFormulas grids (one call per column). */
export function statusColumnFormulas(
  c: ColumnLetters,
  first: number,
  last: number,
  dueSoonRef: string,
): { condition: string[][]; daysOverdue: string[][] } {
  const condition: string[][] = [];
  const daysOverdue: string[][] = [];
  for (let row = first; row <= last; row++) {
    condition.push([conditionFormula(c, row, dueSoonRef)]);
    daysOverdue.push([daysOverdueFormula(c, row)]);
  }
  return { condition, daysOverdue };
}
