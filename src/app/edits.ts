// Edits by people on Nhiệm vụ: the installable on-edit handler normalises what was typed in the
// edited rows (core/edits.ts), fills computed cells, stamps "Cập nhật lần cuối", and marks input it
// cannot understand (note + red border + Nhật ký) without changing it; a Minh chứng edit also reads
// that column's links (one getRichTextValues), writes the text back with them, and notes the items
// that are neither a reference nor a link. Reads the header and the edited rows only; writes only
// the cells it changes, under the script lock.
//
// The simple onEdit runs the same handler only while no installable trigger is installed (a
// document property records it): then edits are still normalised, with no authorization needed
// (it touches only this spreadsheet). Once the installable trigger exists, the simple one returns
// at once, so nothing is applied twice and the stamp carries the editor's email.
// The computed columns are protected (managers and the owner). The installable trigger runs as the
// manager who installed it, so it writes them; the simple trigger runs as the editor, so for staff
// it writes what they may (their own cells) and keeps the stamp pending, written by the next
// privileged run (the installable trigger, Làm mới định dạng, setup).
import { statusColumnLetters } from '../core/status/formulas';
import * as z from '../core/zod';
import {
  awaitingConfirmation,
  completedRows,
  isOwnTask,
  normaliseEdit,
  stampText,
  type CellChange,
  type EditCell,
  type EditedRow,
  type RowOutcome,
} from '../core/edits';
import { SCHOOL_TIME_ZONE, LogAction, type LogLine } from '../core/domain';
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { fold } from '../core/text';
import { formatDateTimeVn, isoDateInZone } from '../core/dates';
import { withScriptLock } from '../adapters/lock';
import { activeUserEmail } from '../adapters/session';
import { mapHeaders, type Cell } from '../adapters/table';
import { appendLog, readStaff } from '../adapters/tracker';
import { UserError } from '../core/errors';
import { readSettings } from '../adapters/settingsSheet';
import { DocumentQueue } from '../adapters/propertyQueue';
import { editTriggerInstalled } from '../adapters/triggers';
import { finishPendingStamps, markProblems, writeOutcomes, writeStamps, type EditedRange } from '../adapters/editSheet';
import { layoutOf, writeStatusFormulaRows } from '../adapters/taskSheet';
import { linksOf } from '../adapters/richText';
import { readSettingsSheet } from '../adapters/settingsSheet';
import { commonMsg, flagsMsg } from '../messages';
import { isManager } from '../core/roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** How long an edit waits for the script lock: well inside a simple trigger's 30 s. */
const EDIT_LOCK_WAIT_MS = 20_000;
/** Document properties, one per edit the busy lock kept from being processed; at most PENDING_MAX. */
const PENDING_PREFIX = 'CCHC_PENDING_EDIT_';
const PENDING_MAX = 50;
const pendingEntry = z.object({ a1: z.string(), user: z.string(), at: z.string(), sheet: z.string() });

const TASK_SHEET_NAMES = new Set([SHEETS.tasks.name, ...SHEETS.tasks.aliases].map(fold));
const HANDLED: ReadonlySet<TaskColumnKey> = new Set(
  SHEETS.tasks.columns
    .filter((c) => c.owner === 'progress' || c.key === 'startDate' || c.key === 'dueDate')
    .map((c) => c.key),
);

const toEditCell = (v: Cell, timeZone: string): EditCell =>
  v instanceof Date ? { date: isoDateInZone(v, timeZone) } : v;

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
  const edited = {
    row: range.getRow(),
    col: range.getColumn(),
    numRows: range.getNumRows(),
    numCols: range.getNumColumns(),
  };
  const firstRow = Math.max(edited.row, 2);
  const lastRow = edited.row + edited.numRows - 1;
  if (lastRow < firstRow) return null;
  const header = sheet.getRange('1:1').getValues()[0]!;
  const columns = mapHeaders(header, SHEETS.tasks.columns);
  const editedKeys = new Set(
    [...columns]
      .filter(([k, i]) => HANDLED.has(k) && i + 1 >= edited.col && i + 1 < edited.col + edited.numCols)
      .map(([k]) => k),
  );
  if (editedKeys.size === 0) return null;
  return { sheet, columns, edited: { ...edited, range }, firstRow, lastRow, editedKeys };
}

/**
 * Values a person entered for one row outside the sheet (the web page), applied as if typed into
 * its cells. `refuseProblems`: nothing is written when any of them cannot be understood.
 */
interface TypedValues {
  values: Partial<Record<TaskColumnKey, EditCell>>;
  /** A line added to the end of Minh chứng: the cell's text and links as read stay as they are. */
  appendEvidence: string;
  refuseProblems: boolean;
}

/**
 * Normalises, stamps and flags the edited rows; the caller holds the script lock. `asEditor`: the
 * simple trigger, running as the person who typed (see writeStamps). Returns the rows' outcomes.
 */
function applyEdit(
  scope: EditScope,
  user: string,
  now: Date,
  asEditor: boolean,
  log: LogLine[] = [],
  typed?: TypedValues,
): RowOutcome[] {
  const { sheet, columns, firstRow, lastRow, editedKeys } = scope;
  const timeZone = SCHOOL_TIME_ZONE;
  const rowsRange = sheet.getRange(`${firstRow}:${lastRow}`);
  const values = rowsRange.getValues() as Cell[][];
  // The cell's own note says whether the tracker flagged it: no list kept elsewhere to grow or go stale.
  const notes = rowsRange.getNotes();
  const rich = editedKeys.has('evidence') ? evidenceRichText(sheet, columns, firstRow, values) : null;
  const rows: EditedRow[] = values.map((cells, i) => {
    const byKey: Partial<Record<TaskColumnKey, EditCell>> = {};
    for (const [k, c] of columns) byKey[k] = toEditCell(cells[c] ?? '', timeZone);
    const row: EditedRow = { row: firstRow + i, code: String(byKey.code ?? '').trim(), cells: byKey };
    const value = rich?.[i]?.[0];
    if (value && typeof byKey.evidence === 'string' && byKey.evidence !== '') row.evidenceLinks = linksOf(value);
    if (typed)
      for (const [key, v] of Object.entries(typed.values)) if (key in byKey) row.cells[key as TaskColumnKey] = v;
    if (typed?.appendEvidence && 'evidence' in byKey) {
      const read = typeof byKey.evidence === 'string' ? byKey.evidence.replace(/\s+$/, '') : '';
      row.cells.evidence = read ? `${read}\n${typed.appendEvidence}` : typed.appendEvidence;
    }
    return row;
  });
  const normalised = normaliseEdit(
    rows,
    editedKeys,
    isoDateInZone(now, timeZone),
    stampText(formatDateTimeVn(now, timeZone), user),
  ).filter((o) => o.code !== '' || String(rows.find((r) => r.row === o.row)?.cells.content ?? '').trim() !== '');
  if (typed?.refuseProblems && normalised.some((o) => o.problems.length)) return normalised;
  const completion = completionOf(sheet, user, rows, normalised, editedKeys);
  const outcomes = normalised
    .map((o) => (typed ? withTypedValues(o, rows, typed) : o))
    .map((o) => (completion.waiting.has(o.row) ? awaitingConfirmation(o) : o));
  if (!asEditor) finishPendingStamps(sheet, columns);
  writeOutcomes(sheet, columns, outcomes, timeZone, scope.edited, (row) => rich?.[row - firstRow]?.[0] ?? null);
  writeStamps(sheet, columns, outcomes, asEditor);
  markProblems(sheet, columns, outcomes, (row, key) => notes[row - firstRow]?.[columns.get(key)!] ?? '');
  const problems = outcomes.flatMap((o) =>
    o.problems.map((p) => ({
      action: LogAction.InvalidInput,
      code: o.code,
      detail: flagsMsg.logInvalidDetail(SHEETS.tasks.columns.find((c) => c.key === p.key)!.header, o.row, p.message),
    })),
  );
  fillNewRowFormulas(scope, rows, asEditor);
  // Nhật ký last: appendLog queues what it cannot write, so no write after it can fail and be
  // retried into a second line.
  const lines = [...log, ...problems, ...completion.log];
  if (lines.length) appendLog(sheet.getParent(), user, lines, new Date());
  return outcomes;
}

/**
 * What typing leaves in the cells: a typed value normalisation did not change is still written
 * (the page's values are not in the sheet yet); Minh chứng keeps the links its cell had.
 */
function withTypedValues(outcome: RowOutcome, rows: readonly EditedRow[], typed: TypedValues): RowOutcome {
  const row = rows.find((r) => r.row === outcome.row)!;
  const entered = { ...typed.values, ...(typed.appendEvidence ? { evidence: row.cells.evidence } : {}) };
  const kept: CellChange[] = Object.entries(entered)
    .filter(([key]) => key in row.cells && !outcome.changes.some((c) => c.key === key))
    .map(([key, value]) => {
      const links = key === 'evidence' ? row.evidenceLinks : undefined;
      return {
        key: key as TaskColumnKey,
        value: value as CellChange['value'],
        ...(links?.length ? { links: [...links] } : {}),
      };
    });
  return { ...outcome, changes: [...kept, ...outcome.changes] };
}

/**
 * The Minh chứng cells of the edited rows as rich text (their links), in one read; none when no
 * such cell holds text (a cleared cell costs nothing).
 */
function evidenceRichText(
  sheet: Sheet,
  columns: Map<TaskColumnKey, number>,
  firstRow: number,
  values: readonly Cell[][],
): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] | null {
  const col = columns.get('evidence');
  if (col === undefined || !values.some((cells) => typeof cells[col] === 'string' && cells[col] !== '')) return null;
  return sheet.getRange(firstRow, col + 1, values.length, 1).getRichTextValues();
}

/**
 * What this edit's completions need, read only when it marks a task Hoàn thành. Anyone may update
 * any row's progress (a colleague often types it in for the owner), but a completion by someone who
 * is neither its owner, a co-owner nor a manager is logged as "Sửa hộ" with both names: Nhật ký
 * always says who completed whose task. With "Hiệu trưởng xác nhận hoàn thành" on, a completion by
 * a non-manager waits (Chờ xác nhận) and is logged so. Cán bộ and Cấu hình are read only then.
 */
function completionOf(
  sheet: Sheet,
  user: string,
  rows: readonly EditedRow[],
  outcomes: readonly RowOutcome[],
  editedKeys: ReadonlySet<TaskColumnKey>,
): { waiting: Set<number>; log: LogLine[] } {
  const completed = completedRows(rows, outcomes, editedKeys);
  if (completed.length === 0) return { waiting: new Set(), log: [] };
  const cellsOf = (row: number) => rows.find((r) => r.row === row)?.cells ?? {};
  const ss = sheet.getParent();
  let staff: ReturnType<typeof readStaff> = [];
  let confirm = false;
  try {
    staff = readStaff(ss);
    const settings = readSettings(ss);
    if (settings.ok && isManager(user, settings.settings, staff)) return { waiting: new Set(), log: [] };
    confirm = settings.ok && settings.settings.confirmCompletion;
  } catch (err) {
    if (!(err instanceof UserError)) throw err; // Cán bộ or Cấu hình missing: the completion is logged
  }
  const editor = staff.find((s) => s.email === user)?.name ?? '';
  const log = completed.flatMap((o): LogLine[] => {
    const owner = String(cellsOf(o.row).owner ?? '').trim();
    const lines: LogLine[] = [];
    if (!isOwnTask(user, owner, String(cellsOf(o.row).coOwners ?? ''), staff))
      lines.push({
        action: LogAction.EditOnBehalf,
        code: o.code,
        detail: flagsMsg.logOnBehalfDetail(editor, user || flagsMsg.unknownEditor, owner),
      });
    if (confirm) lines.push({ action: LogAction.AwaitingConfirmation, code: o.code, detail: editor || user });
    return lines;
  });
  return { waiting: new Set(confirm ? completed.map((o) => o.row) : []), log };
}

/**
 * A task typed by hand or in an inserted row has no Tình trạng formula: fill it (rows first..last
 * of those seen, rewriting the same formula elsewhere is harmless) so its flag is live at once. A
 * row missing either formula counts: a run that failed between the two writes is finished.
 */
function fillNewRowFormulas(scope: EditScope, rows: readonly EditedRow[], asEditor: boolean): void {
  const found = statusColumnLetters(scope.columns);
  const bare = rows
    .filter((r) => r.code !== '' && (r.cells.condition === '' || r.cells.daysOverdue === ''))
    .map((r) => r.row);
  if (!found.ok || bare.length === 0) return;
  try {
    const ss = scope.sheet.getParent();
    writeStatusFormulaRows(
      layoutOf(scope.sheet, scope.columns),
      readSettingsSheet(ss),
      Math.min(...bare),
      Math.max(...bare),
    );
  } catch (err) {
    // Cấu hình lacks its N row (Làm mới định dạng says so), or the simple trigger runs as staff, who
    // may not write the protected computed columns: the next privileged run fills them.
    if (!(err instanceof UserError) && !asEditor) throw err;
  }
}

/**
 * A person's values for one task row entered outside the sheet (the web page), through the same
 * rules as typing them: normalised, validated, completion date and Chờ xác nhận, stamp, Nhật ký.
 * Edits by a script fire no onEdit, so this is the handler's own path. The caller holds the script
 * lock and has found `row` by task code. Nothing is written when a value cannot be understood: the
 * outcome's problems say why.
 */
export function applyTypedEdit(
  sheet: Sheet,
  columns: Map<TaskColumnKey, number>,
  row: number,
  values: Partial<Record<TaskColumnKey, EditCell>>,
  appendEvidence: string,
  user: string,
  now: Date,
): RowOutcome {
  const keys = [...Object.keys(values), ...(appendEvidence ? ['evidence'] : [])] as TaskColumnKey[];
  const editedKeys = new Set(keys.filter((k) => HANDLED.has(k) && columns.has(k)));
  const edited = { row, col: 0, numRows: 1, numCols: 0, range: sheet.getRange(row, 1) };
  const scope: EditScope = { sheet, columns, edited, firstRow: row, lastRow: row, editedKeys };
  return applyEdit(scope, user, now, false, [], { values, appendEvidence, refuseProblems: true })[0]!;
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
  const queue = new DocumentQueue(PENDING_PREFIX);
  const queued = queue.items().length;
  if (queued >= PENDING_MAX) return;
  const a1 = edited.range.getA1Notation();
  const at = new Date();
  try {
    queue.put([[`${at.getTime()}_${a1}`, JSON.stringify({ a1, user, at: at.toISOString(), sheet: sheet.getName() })]]);
  } catch {
    // A full property store: the note on the cell still tells the person, and Làm mới định dạng can be run.
  }
}

/**
 * Edits left while the lock was busy, oldest first; the caller holds the script lock. The
 * spreadsheet is asked for only when there is one, so an ordinary edit costs no extra call.
 */
export function finishPendingEdits(spreadsheet: () => Spreadsheet, asEditor = false): void {
  const queue = new DocumentQueue(PENDING_PREFIX);
  const pending = queue.items();
  const ss = pending.length ? spreadsheet() : null;
  for (const [key, raw] of pending) {
    queue.drop([key]);
    const entry = pendingEntry.safeParse(JSON.parse(raw));
    const sheet = entry.success ? ss!.getSheetByName(entry.data.sheet) : null;
    if (!entry.success || !sheet) continue;
    const scope = scopeOf(sheet.getRange(entry.data.a1));
    const at = new Date(entry.data.at);
    const shownAt = formatDateTimeVn(at, SCHOOL_TIME_ZONE);
    if (scope)
      applyEdit(scope, entry.data.user, at, asEditor, [
        { action: LogAction.EditLate, detail: flagsMsg.logEditLateDetail(entry.data.a1, shownAt) },
      ]);
  }
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
  if (editTriggerInstalled()) return;
  runEditHandler(e, true);
}
