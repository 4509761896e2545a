// Edits by people on Nhiệm vụ: the installable on-edit handler normalises what was typed in the
// edited rows (core/edits.ts), fills computed cells, stamps "Cập nhật lần cuối", and marks input it
// cannot understand (note + red border + Nhật ký) without changing it. Reads the header and the
// edited rows only; writes only the cells it changes, under the script lock.
//
// The simple onEdit runs the same handler only while no installable trigger is installed (a
// document property records it): then edits are still normalised, with no authorization needed
// (it touches only this spreadsheet). Once the installable trigger exists, the simple one returns
// at once, so nothing is applied twice and the stamp carries the editor's email.
// The computed columns are protected (managers and the owner). The installable trigger runs as the
// manager who installed it, so it writes them; the simple trigger runs as the editor, so for staff
// it writes what they may (their own cells) and keeps the stamp pending, written by the next
// privileged run (the installable trigger, Làm mới định dạng, setup).
import { columnLetter, statusColumnLetters } from '../core/statusFormulas';
import * as z from '../core/zod';
import { isOwnTask, normaliseEdit, stampText, type EditCell, type EditedRow, type RowOutcome } from '../core/edits';
import { ProgressStatus } from '../core/domain';
import { sameWord } from '../core/status';
import { SHEETS, DATETIME_FORMAT, type TaskColumnKey } from '../core/schema';
import { fold } from '../core/text';
import { isoDateInZone, midnightInZone } from '../core/dates';
import { withScriptLock } from '../adapters/lock';
import { activeUserEmail, currentUser } from '../adapters/session';
import { mapHeaders, type Cell } from '../adapters/table';
import { appendLog, readSettings, readStaff, UserError, type LogEntry } from '../adapters/tracker';
import { dropQueued, queuedItems } from '../adapters/propertyQueue';
import { commonMsg, flagsMsg } from '../messages';
import { writeStatusFormulaRows } from './flags';
import { isManager } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** Document property: the email of whoever installed the on-edit trigger (empty: none). */
export const EDIT_TRIGGER_PROPERTY = 'CCHC_EDIT_TRIGGER_OWNER';
/** Document property prefix, then a task code: a stamp the simple trigger could not write (see writeStamps). */
const PENDING_STAMP = 'CCHC_PENDING_STAMP|';
export const EDIT_HANDLER = 'onEditInstalled';
/** How long an edit waits for the script lock: well inside a simple trigger's 30 s. */
const EDIT_LOCK_WAIT_MS = 20_000;
/** Document properties, one per edit the busy lock kept from being processed; at most PENDING_MAX. */
const PENDING_PREFIX = 'CCHC_PENDING_EDIT_';
const PENDING_MAX = 50;
const pendingEntry = z.object({ a1: z.string(), user: z.string(), at: z.string(), sheet: z.string() });

const TASK_SHEET_NAMES = new Set([SHEETS.tasks.name, ...SHEETS.tasks.aliases].map(fold));
const HANDLED: ReadonlySet<TaskColumnKey> = new Set(
  SHEETS.tasks.columns.filter((c) => c.owner === 'progress' || c.key === 'startDate' || c.key === 'dueDate').map((c) => c.key),
);

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

/** What one edit touched on Nhiệm vụ, from the header (read outside the lock: it costs no write). */
interface EditScope {
  sheet: Sheet;
  columns: Map<TaskColumnKey, number>;
  edited: EditedRange;
  firstRow: number;
  lastRow: number;
  editedKeys: Set<TaskColumnKey>;
}

function scopeOf(range: GoogleAppsScript.Spreadsheet.Range): EditScope | null {
  const sheet = range.getSheet();
  if (!TASK_SHEET_NAMES.has(fold(sheet.getName()))) return null;
  // The rectangle from the range itself: a whole row or column reads back as "5:7" / "D:F" in A1.
  const edited = { row: range.getRow(), col: range.getColumn(), numRows: range.getNumRows(), numCols: range.getNumColumns() };
  const firstRow = Math.max(edited.row, 2);
  const lastRow = edited.row + edited.numRows - 1;
  if (lastRow < firstRow) return null;
  const header = sheet.getRange('1:1').getValues()[0]!;
  const columns = mapHeaders(header, SHEETS.tasks.columns);
  const editedKeys = new Set([...columns].filter(([k, i]) => HANDLED.has(k) && i + 1 >= edited.col && i + 1 < edited.col + edited.numCols).map(([k]) => k));
  if (editedKeys.size === 0) return null;
  return { sheet, columns, edited: { ...edited, range }, firstRow, lastRow, editedKeys };
}

/**
 * Normalises, stamps and flags the edited rows; the caller holds the script lock. `asEditor`: the
 * simple trigger, running as the person who typed (see writeStamps).
 */
function applyEdit(scope: EditScope, user: string, now: Date, asEditor: boolean, log: LogEntry[] = []): void {
  const { sheet, columns, firstRow, lastRow, editedKeys } = scope;
  const timeZone = Session.getScriptTimeZone();
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
  if (!asEditor) finishPendingStamps(sheet, columns);
  writeOutcomes(sheet, columns, outcomes, timeZone, scope.edited);
  writeStamps(sheet, columns, outcomes, asEditor);
  markProblems(sheet, columns, outcomes, (row, key) => notes[row - firstRow]?.[columns.get(key)!] ?? '');
  const problems = outcomes.flatMap((o) => o.problems.map((p) => ({
    action: flagsMsg.logInvalidInput,
    code: o.code,
    detail: flagsMsg.logInvalidDetail(SHEETS.tasks.columns.find((c) => c.key === p.key)!.header, o.row, p.message),
  })));
  const onBehalf = onBehalfLines(sheet, user, rows, outcomes, editedKeys);
  if (log.length || problems.length || onBehalf.length) appendLog(sheet.getParent(), user, [...log, ...problems, ...onBehalf], new Date());
  fillNewRowFormulas(scope, rows, asEditor);
}

/**
 * Anyone may update any row's progress (a colleague often types it in for the owner), but a task
 * this edit marks Hoàn thành for someone who is neither its owner, a co-owner nor a manager is
 * logged as "Sửa hộ" with both names: Nhật ký always says who completed whose task, so a report's
 * completion never rests on an unlogged one. Cán bộ and Cấu hình are read only in that case.
 */
function onBehalfLines(
  sheet: Sheet, user: string, rows: readonly EditedRow[], outcomes: readonly RowOutcome[], editedKeys: ReadonlySet<TaskColumnKey>,
): LogEntry[] {
  const cellsOf = (row: number) => rows.find((r) => r.row === row)?.cells ?? {};
  const completed = outcomes.filter((o) => o.changes.some((c) => c.key === 'progressStatus' && c.value === ProgressStatus.Done)
    || (editedKeys.has('progressStatus') && sameWord(String(cellsOf(o.row).progressStatus ?? ''), ProgressStatus.Done)));
  if (completed.length === 0) return [];
  const ss = sheet.getParent();
  let staff: ReturnType<typeof readStaff> = [];
  try {
    staff = readStaff(ss);
    const settings = readSettings(ss);
    if (settings.ok && isManager(user, settings.settings, staff)) return [];
  } catch (err) {
    if (!(err instanceof UserError)) throw err; // Cán bộ or Cấu hình missing: the completion is logged
  }
  const editor = staff.find((s) => s.email === user)?.name ?? '';
  return completed.flatMap((o) => {
    const owner = String(cellsOf(o.row).owner ?? '').trim();
    if (isOwnTask(user, owner, String(cellsOf(o.row).coOwners ?? ''), staff)) return [];
    return [{ action: flagsMsg.logOnBehalf, code: o.code, detail: flagsMsg.logOnBehalfDetail(editor, user || flagsMsg.unknownEditor, owner) }];
  });
}

/**
 * A task typed by hand or in an inserted row has no Tình trạng formula: fill it (rows first..last
 * of those seen, rewriting the same formula elsewhere is harmless) so its flag is live at once.
 */
function fillNewRowFormulas(scope: EditScope, rows: readonly EditedRow[], asEditor: boolean): void {
  const found = statusColumnLetters(scope.columns);
  const bare = rows.filter((r) => r.code !== '' && r.cells.condition === '' && r.cells.daysOverdue === '').map((r) => r.row);
  if (!found.ok || bare.length === 0) return;
  try {
    writeStatusFormulaRows(scope.sheet.getParent(), { sheet: scope.sheet, columns: scope.columns, letters: found.letters }, Math.min(...bare), Math.max(...bare));
  } catch (err) {
    // Cấu hình lacks its N row (Làm mới định dạng says so), or the simple trigger runs as staff, who
    // may not write the protected computed columns: the next privileged run fills them.
    if (!(err instanceof UserError) && !asEditor) throw err;
  }
}

export function handleEdit(e: EditEvent, user: string, asEditor = false): void {
  const scope = scopeOf(e.range);
  if (!scope) return;
  try {
    withScriptLock(() => {
      applyEdit(scope, user, new Date(), asEditor);
      finishPendingEdits(() => scope.sheet.getParent(), asEditor);
    }, EDIT_LOCK_WAIT_MS);
  } catch (err) {
    if (!(err instanceof UserError) || err.message !== commonMsg.busy) throw err;
    leavePending(scope, user);
  }
}

/**
 * The lock stayed busy past the wait: the cell says it was not processed (a note the person sees
 * at once) and a bounded queue of document properties, one per edit, keeps it for the next edit
 * or Làm mới định dạng, which process it and log it. Beyond the bound the note alone remains.
 */
function leavePending(scope: EditScope, user: string): void {
  const { edited, sheet } = scope;
  edited.range.setNote(flagsMsg.notePrefix + flagsMsg.editNotProcessed);
  const props = PropertiesService.getDocumentProperties();
  const queued = queuedItems(PENDING_PREFIX, props).length;
  if (queued >= PENDING_MAX) return;
  const a1 = edited.range.getA1Notation();
  const at = new Date();
  try {
    props.setProperty(`${PENDING_PREFIX}${at.getTime()}_${a1}`, JSON.stringify({ a1, user, at: at.toISOString(), sheet: sheet.getName() }));
  } catch {
    // A full property store: the note on the cell still tells the person, and Làm mới định dạng can be run.
  }
}

/**
 * Edits left while the lock was busy, oldest first; the caller holds the script lock. The
 * spreadsheet is asked for only when there is one, so an ordinary edit costs no extra call.
 */
export function finishPendingEdits(spreadsheet: () => Spreadsheet, asEditor = false): void {
  const props = PropertiesService.getDocumentProperties();
  const pending = queuedItems(PENDING_PREFIX, props);
  const ss = pending.length ? spreadsheet() : null;
  for (const [key, raw] of pending) {
    dropQueued([key], props);
    const entry = pendingEntry.safeParse(JSON.parse(raw));
    const sheet = entry.success ? ss!.getSheetByName(entry.data.sheet) : null;
    if (!entry.success || !sheet) continue;
    const scope = scopeOf(sheet.getRange(entry.data.a1));
    const at = new Date(entry.data.at);
    const shownAt = Utilities.formatDate(at, Session.getScriptTimeZone(), DATETIME_FORMAT);
    if (scope) applyEdit(scope, entry.data.user, at, asEditor, [{ action: flagsMsg.logEditLate, detail: flagsMsg.logEditLateDetail(entry.data.a1, shownAt) }]);
  }
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
}

/**
 * "Cập nhật lần cuối" of the edited rows. Every stamp of one edit is the same text (time and editor):
 * one RangeList, gaps or not. The column is protected (managers and the owner): the simple trigger,
 * running as a staff member, cannot write it, so it keeps the stamp as pending for the next
 * privileged run instead (the person typing sees nothing of it).
 */
function writeStamps(sheet: Sheet, columns: Map<TaskColumnKey, number>, outcomes: readonly RowOutcome[], asEditor: boolean): void {
  const stampCol = columns.get('lastUpdated');
  const stamped = outcomes.filter((o) => o.stamp !== null);
  if (stampCol === undefined || stamped.length === 0) return;
  const stamp = stamped[0]!.stamp!;
  try {
    sheet.getRangeList(stamped.map((o) => `${columnLetter(stampCol + 1)}${o.row}`)).setValue(stamp);
  } catch (err) {
    if (!asEditor) throw err;
    try {
      PropertiesService.getDocumentProperties().setProperties(Object.fromEntries(stamped.filter((o) => o.code !== '').map((o) => [PENDING_STAMP + o.code, stamp])));
    } catch {
      // A full property store: this stamp is lost; the edit itself, its notes and its log line stand.
    }
  }
}

/**
 * Writes the stamps the simple trigger kept pending (by task code) and forgets them: one read of the
 * codes and the stamp column, one write. Run by a privileged run (the installable trigger, Làm mới
 * định dạng, setup) under the script lock; nothing to do costs one properties read.
 */
export function finishPendingStamps(sheet: Sheet, columns: ReadonlyMap<TaskColumnKey, number>): void {
  const props = PropertiesService.getDocumentProperties();
  const pending = queuedItems(PENDING_STAMP, props);
  const codeCol = columns.get('code');
  const stampCol = columns.get('lastUpdated');
  if (pending.length === 0 || codeCol === undefined || stampCol === undefined) return;
  const last = sheet.getLastRow();
  if (last < 2) return;
  const byCode = new Map(pending.map(([k, v]) => [k.slice(PENDING_STAMP.length), v]));
  const codes = sheet.getRange(2, codeCol + 1, last - 1, 1).getValues();
  const stampRange = sheet.getRange(2, stampCol + 1, last - 1, 1);
  const stamps = stampRange.getValues();
  codes.forEach(([code], i) => {
    const stamp = byCode.get(String(code ?? '').trim());
    if (stamp !== undefined) stamps[i] = [stamp];
  });
  stampRange.setValues(stamps);
  dropQueued(pending.map(([key]) => key), props);
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
  runEditHandler(e, false);
}

function runEditHandler(e: EditEvent, asEditor: boolean): void {
  try {
    handleEdit(e, editorEmail(e), asEditor);
  } catch (err) {
    // A busy lock or a broken sheet must not raise an error dialog on a person's typing.
    if (!(err instanceof UserError)) throw err;
  }
}

/** Simple trigger: only while no installable on-edit trigger exists (see the module comment). */
export function onEdit(e: EditEvent): void {
  if (PropertiesService.getDocumentProperties().getProperty(EDIT_TRIGGER_PROPERTY)) return;
  runEditHandler(e, true);
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
