// Edits by people on Nhiệm vụ: the installable on-edit handler normalises what was typed in the
// edited rows (core/edits.ts), fills computed cells, stamps "Cập nhật lần cuối", and marks input it
// cannot understand (note + red border + Nhật ký) without changing it. Reads the header and the
// edited rows only; writes only the cells it changes, under the script lock.
//
// The simple onEdit runs the same handler only while no installable trigger is installed (a
// document property records it): then edits are still normalised, with no authorization needed
// (it touches only this spreadsheet). Once the installable trigger exists, the simple one returns
// at once, so nothing is applied twice and the stamp carries the editor's email.
import { columnLetter } from '../core/statusFormulas';
import { normaliseEdit, stampText, type EditCell, type EditedRow, type RowOutcome } from '../core/edits';
import { SHEETS, DATETIME_FORMAT, type TaskColumnKey } from '../core/schema';
import { fold } from '../core/text';
import { isoDateInZone, midnightInZone } from '../core/dates';
import { withScriptLock } from '../adapters/lock';
import { activeUserEmail, currentUser } from '../adapters/session';
import { mapHeaders, type Cell } from '../adapters/table';
import { appendLog, UserError } from '../adapters/tracker';
import { flagsMsg } from '../messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** Document property: the email of whoever installed the on-edit trigger (empty: none). */
export const EDIT_TRIGGER_PROPERTY = 'CCHC_EDIT_TRIGGER_OWNER';
export const EDIT_HANDLER = 'onEditInstalled';

const TASK_SHEET_NAMES = new Set([SHEETS.tasks.name, ...SHEETS.tasks.aliases].map(fold));
const HANDLED: ReadonlySet<TaskColumnKey> = new Set(
  SHEETS.tasks.columns.filter((c) => c.owner === 'progress' || c.key === 'startDate' || c.key === 'dueDate').map((c) => c.key),
);

function parseA1(a1: string): { row: number; col: number; numRows: number; numCols: number } {
  const [from, to = from] = a1.split(':') as [string, string?];
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s.replace(/\$/g, ''))!;
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), col };
  };
  const a = cell(from);
  const b = cell(to);
  return { row: a.row, col: a.col, numRows: b.row - a.row + 1, numCols: b.col - a.col + 1 };
}

const toEditCell = (v: Cell, timeZone: string): EditCell => (v instanceof Date ? { date: isoDateInZone(v, timeZone) } : v);

/** Contiguous runs of rows (by index into outcomes) that change `key`. */
function runs(outcomes: readonly RowOutcome[], key: TaskColumnKey): { start: number; items: RowOutcome[] }[] {
  const out: { start: number; items: RowOutcome[] }[] = [];
  for (const o of outcomes) {
    const last = out[out.length - 1];
    const has = o.changes.some((c) => c.key === key);
    if (!has) continue;
    if (last && last.start + last.items.length === o.row) last.items.push(o);
    else out.push({ start: o.row, items: [o] });
  }
  return out;
}

export function handleEdit(e: EditEvent, user: string): void {
  const sheet = e.range.getSheet();
  if (!TASK_SHEET_NAMES.has(fold(sheet.getName()))) return;
  const edited = parseA1(e.range.getA1Notation());
  const firstRow = Math.max(edited.row, 2);
  const lastRow = edited.row + edited.numRows - 1;
  if (lastRow < firstRow) return;
  const header = sheet.getRange('1:1').getValues()[0]!;
  const columns = mapHeaders(header, SHEETS.tasks.columns);
  const editedKeys = new Set([...columns].filter(([k, i]) => HANDLED.has(k) && i + 1 >= edited.col && i + 1 < edited.col + edited.numCols).map(([k]) => k));
  if (editedKeys.size === 0) return;

  withScriptLock(() => {
    const timeZone = Session.getScriptTimeZone();
    const now = new Date();
    const rowsRange = sheet.getRange(`${firstRow}:${lastRow}`);
    const values = rowsRange.getValues() as Cell[][];
    // The cell's own note says whether the tracker flagged it: no list kept elsewhere to grow or go stale.
    const notes = rowsRange.getNotes();
    const rows: EditedRow[] = values.map((cells, i) => {
      const byKey: Partial<Record<TaskColumnKey, EditCell>> = {};
      for (const [k, c] of columns) byKey[k] = toEditCell(cells[c] ?? '', timeZone);
      return { row: firstRow + i, code: String(byKey.code ?? '').trim(), cells: byKey };
    });
    const outcomes = normaliseEdit(rows, editedKeys, isoDateInZone(now, timeZone), stampText(Utilities.formatDate(now, timeZone, DATETIME_FORMAT), user))
      .filter((o) => o.code !== '' || String(rows.find((r) => r.row === o.row)?.cells.content ?? '').trim() !== '');
    writeOutcomes(sheet, columns, outcomes, timeZone, { ...edited, range: e.range });
    markProblems(sheet, columns, outcomes, (row, key) => notes[row - firstRow]?.[columns.get(key)!] ?? '');
    const problems = outcomes.flatMap((o) => o.problems.map((p) => ({
      action: flagsMsg.logInvalidInput,
      code: o.code,
      detail: flagsMsg.logInvalidDetail(SHEETS.tasks.columns.find((c) => c.key === p.key)!.header, o.row, p.message),
    })));
    if (problems.length) appendLog(sheet.getParent(), user, problems, now);
  });
}

interface EditedRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  range: GoogleAppsScript.Spreadsheet.Range;
}

/** Changed cells, one setValues per contiguous run of a column (the edited range itself when it is that run); stamps likewise. */
function writeOutcomes(sheet: Sheet, columns: Map<TaskColumnKey, number>, outcomes: readonly RowOutcome[], timeZone: string, edited: EditedRange): void {
  const keys = new Set(outcomes.flatMap((o) => o.changes.map((c) => c.key)));
  for (const key of keys) {
    const index = columns.get(key);
    if (index === undefined) continue; // the core changes only columns it was given; this says so here too
    const col = index + 1;
    for (const run of runs(outcomes, key)) {
      const changes = run.items.map((o) => o.changes.find((c) => c.key === key)!);
      const isEdited = edited.numCols === 1 && edited.col === col && edited.row === run.start && edited.numRows === changes.length;
      const range = isEdited ? edited.range : sheet.getRange(run.start, col, changes.length, 1);
      range.setValues(changes.map((c) => [typeof c.value === 'object' ? midnightInZone(c.value.date, timeZone) : c.value]));
      const format = changes[0]!.numberFormat;
      if (format) range.setNumberFormat(format);
    }
  }
  const stampCol = columns.get('lastUpdated');
  const stamped = outcomes.filter((o) => o.stamp !== null);
  if (stampCol === undefined || stamped.length === 0) return;
  // Every stamp of one edit is the same text (time and editor): one RangeList, gaps or not.
  sheet.getRangeList(stamped.map((o) => `${columnLetter(stampCol + 1)}${o.row}`)).setValue(stamped[0]!.stamp!);
}

/**
 * Notes and red borders on cells kept as typed; the tracker's earlier marks cleared where now fine
 * (a note is the tracker's when it starts with its marker). One RangeList per distinct note, so a
 * paste of many bad cells costs a fixed number of calls.
 */
function markProblems(
  sheet: Sheet, columns: Map<TaskColumnKey, number>, outcomes: readonly RowOutcome[], noteAt: (row: number, key: TaskColumnKey) => string,
): void {
  const a1 = (row: number, key: TaskColumnKey) => `${columnLetter(columns.get(key)! + 1)}${row}`;
  const byNote = new Map<string, string[]>();
  const noticed = new Map<string, string[]>();
  const cleared: string[] = [];
  for (const o of outcomes) {
    for (const p of o.problems) byNote.set(p.note, [...(byNote.get(p.note) ?? []), a1(o.row, p.key)]);
    for (const n of o.notices) noticed.set(n.note, [...(noticed.get(n.note) ?? []), a1(o.row, n.key)]);
    for (const key of o.fine) if (noteAt(o.row, key).startsWith(flagsMsg.notePrefix)) cleared.push(a1(o.row, key));
  }
  // Cleared first: a cell that was flagged and now gets a notice keeps the notice.
  if (cleared.length) sheet.getRangeList(cleared).clearNote().setBorder(false, false, false, false, null, null);
  for (const [note, cells] of [...byNote, ...noticed]) sheet.getRangeList(cells).setNote(note);
  const marked = [...byNote.values()].flat();
  if (marked.length) sheet.getRangeList(marked).setBorder(true, true, true, true, null, null, '#d93025', SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
}

/** The person who edited: the event's user (an installable trigger runs as its installer, not them). */
function editorEmail(e: EditEvent): string {
  return (e.user?.getEmail() || activeUserEmail()).toLowerCase();
}

/** Installable on-edit trigger. */
export function onEditInstalled(e: EditEvent): void {
  try {
    handleEdit(e, editorEmail(e));
  } catch (err) {
    // A busy lock or a broken sheet must not raise an error dialog on a person's typing.
    if (!(err instanceof UserError)) throw err;
  }
}

/** Simple trigger: only while no installable on-edit trigger exists (see the module comment). */
export function onEdit(e: EditEvent): void {
  if (PropertiesService.getDocumentProperties().getProperty(EDIT_TRIGGER_PROPERTY)) return;
  onEditInstalled(e);
}

/** Installs the on-edit trigger once per spreadsheet (by whoever runs setup first) and records it. */
export function ensureEditTrigger(ss: Spreadsheet): void {
  const props = PropertiesService.getDocumentProperties();
  const mine = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === EDIT_HANDLER);
  const owner = props.getProperty(EDIT_TRIGGER_PROPERTY);
  const me = currentUser();
  if (mine) {
    if (!owner) props.setProperty(EDIT_TRIGGER_PROPERTY, me);
    return;
  }
  if (owner && owner !== me) return;
  ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  props.setProperty(EDIT_TRIGGER_PROPERTY, me || 'installed');
}
