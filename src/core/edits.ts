// What an edit by a person means for the row: progress typed as "50", "50%" or "0,5" becomes 50%;
// dates typed as text become dates; Hoàn thành fills today's completion date; 100% sets Hoàn
// thành; Minh chứng gets one item a line with its spacing normalised (its links kept) and a note
// naming the items that are neither a document reference nor a link; anything not understood is
// kept as typed with a Vietnamese note; and the row's "Cập nhật lần cuối" stamp. Pure: the
// adapter reads the edited rows, applies the outcome, writes the log.
import { PROGRESS_STATUSES, ProgressStatus, type EvidenceLink, type IsoDate, type StaffMember } from './domain';
import { normalizeEvidenceText, parseEvidence, unrecognisedEvidence } from './evidence';
import { directoryOf, matchOwnerText, splitNames, teamKey } from './assign/people';
import { parseDateText } from './dates';
import { formatVn } from '../messages/format';
import { SHEETS, type TaskColumnKey } from './schema';
import { sameWord } from './status/engine';
import { flagsMsg } from '../messages/flags';

/** A cell as the adapter hands it over: a date cell as { date }, empty as ''. */
export type EditCell = string | number | boolean | { date: IsoDate };

export interface EditedRow {
  row: number;
  code: string;
  /** The row's current cells (read after the edit), by column key. */
  cells: Partial<Record<TaskColumnKey, EditCell>>;
  /** The links inside the Minh chứng cell, offsets into its text as read; none when absent. */
  evidenceLinks?: readonly EvidenceLink[];
}

export interface CellChange {
  key: TaskColumnKey;
  value: number | string | { date: IsoDate };
  numberFormat?: string;
  /** The text is written back as rich text with these links (a Minh chứng cell that had links). */
  links?: EvidenceLink[];
}

export interface CellProblem {
  key: TaskColumnKey;
  /** The whole note text (prefixed with the tracker's marker). */
  note: string;
  /** For Nhật ký. */
  message: string;
}

export interface RowOutcome {
  row: number;
  code: string;
  changes: CellChange[];
  problems: CellProblem[];
  /** Edited cells that are fine now: a note the tracker left there earlier is cleared. */
  fine: TaskColumnKey[];
  /** Notes that tell the person what the tracker did with a value it kept (no red border, no log). */
  notices: { key: TaskColumnKey; note: string }[];
  /** "Cập nhật lần cuối" text, when a progress column was edited. */
  stamp: string | null;
}

const PROGRESS_COLUMNS: ReadonlySet<TaskColumnKey> = new Set(
  SHEETS.tasks.columns.filter((c) => c.owner === 'progress').map((c) => c.key),
);
const DATE_COLUMNS: ReadonlySet<TaskColumnKey> = new Set(['startDate', 'dueDate', 'completedDate']);
const PERCENT = '0%';

export type ProgressParse = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * "50", "50%", "0,5", 0.5, 50 → 0.5; "" → null; "năm mươi", 150%, -5 → not understood. A bare
 * number up to 1 is a ratio, from 2 to 100 percent points; in between it is a ratio over 100%
 * (how Sheets stores "150%" typed in a 0% cell), so it is out of range.
 */
export function parseProgress(cell: EditCell): ProgressParse {
  if (typeof cell === 'boolean' || typeof cell === 'object')
    return { ok: false, message: flagsMsg.progressNotUnderstood(shown(cell)) };
  let ratio: number;
  if (typeof cell === 'number') {
    ratio = bareNumberRatio(cell);
  } else {
    const s = cell.trim().replace(/\s+/g, '');
    if (s === '') return { ok: true, value: null };
    const m = /^(\d+(?:[.,]\d+)?)(%?)$/.exec(s);
    if (!m) return { ok: false, message: flagsMsg.progressNotUnderstood(cell.trim()) };
    const n = Number(m[1]!.replace(',', '.'));
    ratio = m[2] === '%' ? n / 100 : bareNumberRatio(n);
  }
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1)
    return { ok: false, message: flagsMsg.progressOutOfRange(shown(cell)) };
  return { ok: true, value: Math.round(ratio * 10_000) / 10_000 };
}

const bareNumberRatio = (n: number): number => (n >= 2 ? n / 100 : n);

/**
 * What the person typed, as near as the stored value tells: -5 and 150 are bare numbers (quoted as
 * such); a fraction such as 1.5 or -0.05 is what Sheets stores for "150%" or "-5%".
 */
function shown(cell: EditCell): string {
  if (typeof cell === 'object') return formatVn(cell.date);
  if (typeof cell === 'number')
    return Math.abs(cell) < 2 && !Number.isInteger(cell) ? `${Math.round(cell * 10_000) / 100}%` : String(cell);
  return String(cell).trim();
}

/** Text Sheets keeps as text when written as rich text: not a formula, a number, a date or a boolean. */
const staysText = (text: string): boolean =>
  !/^[=+]/.test(text) && !/^[-+\d\s.,/:%]*$/.test(text) && !/^(true|false)$/i.test(text);

const dateOf = (cell: EditCell | undefined): IsoDate | null => (cell && typeof cell === 'object' ? cell.date : null);
const isEmpty = (cell: EditCell | undefined): boolean =>
  cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/**
 * "dd/MM/yyyy HH:mm – email" (the time already formatted in the school's zone). Never the bare time:
 * Sheets would turn that text into a date-time value.
 */
export function stampText(localDateTime: string, email: string): string {
  return `${localDateTime} – ${email || flagsMsg.unknownEditor}`;
}

/**
 * The outcome of an edit of `editedKeys` on each row. Only computed cells and the edited cells
 * themselves (normalised) are changed; a cell the person typed that cannot be understood is kept.
 */
export function normaliseEdit(
  rows: readonly EditedRow[],
  editedKeys: ReadonlySet<TaskColumnKey>,
  today: IsoDate,
  stamp: string,
): RowOutcome[] {
  const touchesProgress = [...editedKeys].some((k) => PROGRESS_COLUMNS.has(k));
  return rows.map((input) => {
    const out: RowOutcome = {
      row: input.row,
      code: input.code,
      changes: [],
      problems: [],
      fine: [],
      notices: [],
      stamp: touchesProgress ? stamp : null,
    };
    const cells = { ...input.cells };
    // A column missing from the sheet (deleted Ngày hoàn thành, Trạng thái…) is never written.
    const present = (key: TaskColumnKey) => key in input.cells;
    const problem = (key: TaskColumnKey, message: string) =>
      out.problems.push({ key, message, note: flagsMsg.notePrefix + message });
    const change = (key: TaskColumnKey, value: CellChange['value'], numberFormat?: string) => {
      if (!present(key)) return;
      out.changes.push(numberFormat ? { key, value, numberFormat } : { key, value });
      cells[key] = value;
    };
    let evidenceNoted = false;

    for (const key of DATE_COLUMNS) {
      const cell = cells[key];
      if (!editedKeys.has(key) || cell === undefined || isEmpty(cell) || typeof cell === 'object') continue;
      const date = typeof cell === 'string' ? parseDateText(cell) : null;
      if (date) change(key, { date });
      else problem(key, flagsMsg.dateNotUnderstood(shown(cell)));
    }

    if (editedKeys.has('progress') && cells.progress !== undefined) {
      const parsed = parseProgress(cells.progress);
      if (!parsed.ok) problem('progress', parsed.message);
      else if (parsed.value !== null) {
        if (parsed.value !== cells.progress) change('progress', parsed.value, PERCENT);
        const status = String(cells.progressStatus ?? '');
        if (parsed.value === 1 && present('progressStatus') && !sameWord(status, ProgressStatus.Done)) {
          change('progressStatus', ProgressStatus.Done);
          // Sheets stores "1" and "100%" alike: whoever meant 1% sees at once what happened.
          out.notices.push({ key: 'progress', note: flagsMsg.notePrefix + flagsMsg.completedByProgress });
        }
      }
    }

    if (
      editedKeys.has('progressStatus') &&
      typeof cells.progressStatus === 'string' &&
      !isEmpty(cells.progressStatus)
    ) {
      const typed = cells.progressStatus;
      const canonical = PROGRESS_STATUSES.find((s) => sameWord(typed, s));
      if (!canonical) problem('progressStatus', flagsMsg.statusNotUnderstood(typed.trim(), PROGRESS_STATUSES));
      else if (canonical !== typed) change('progressStatus', canonical);
    }

    if (
      sameWord(String(cells.progressStatus ?? ''), ProgressStatus.Done) &&
      isEmpty(cells.completedDate) &&
      (editedKeys.has('progressStatus') || editedKeys.has('progress') || editedKeys.has('completedDate'))
    ) {
      change('completedDate', { date: today });
    }

    const completed = dateOf(cells.completedDate);
    const start = dateOf(cells.startDate);
    if (completed && start && completed < start && (editedKeys.has('completedDate') || editedKeys.has('startDate'))) {
      problem(
        editedKeys.has('completedDate') ? 'completedDate' : 'startDate',
        flagsMsg.completedBeforeStart(formatVn(completed), formatVn(start)),
      );
    }

    if (editedKeys.has('evidence') && cells.evidence !== undefined) {
      const cell = cells.evidence;
      const links = input.evidenceLinks ?? [];
      if (typeof cell === 'string') {
        const normal = normalizeEvidenceText(cell, links);
        // The links are written back with the text; one Sheets might not keep as text stays as typed.
        if (normal.text !== cell && (normal.links.length === 0 || staysText(normal.text))) {
          out.changes.push(
            normal.links.length
              ? { key: 'evidence', value: normal.text, links: normal.links }
              : { key: 'evidence', value: normal.text },
          );
          cells.evidence = normal.text;
        }
      }
      const unclear = unrecognisedEvidence(parseEvidence(typeof cell === 'string' ? cell : shown(cell), links));
      if (unclear.length) {
        out.notices.push({ key: 'evidence', note: flagsMsg.notePrefix + flagsMsg.evidenceNotUnderstood(unclear) });
        evidenceNoted = true;
      }
    }

    const flagged = new Set(out.problems.map((p) => p.key));
    out.fine = [...editedKeys].filter(
      (k) =>
        !flagged.has(k) &&
        (DATE_COLUMNS.has(k) || k === 'progress' || k === 'progressStatus' || (k === 'evidence' && !evidenceNoted)),
    );
    return out;
  });
}

/**
 * Whether `editor` (an email) is among the people a row's Người chủ trì / Phối hợp cells name: a
 * person by email (or a same-named one among them), a tổ by any of its members. Matching is
 * assignPeople's, the same as the sidebar and the alerts use.
 */
export function isOwnTask(editor: string, owner: string, coOwners: string, staff: readonly StaffMember[]): boolean {
  if (!editor) return false;
  const directory = directoryOf(staff);
  const me = staff.find((s) => s.email === editor);
  return [...splitNames(owner), ...splitNames(coOwners)].some((name) => {
    const m = matchOwnerText(name, directory);
    if (m.status === 'ambiguous') return m.candidates.some((c) => c.email === editor);
    if (m.status !== 'matched') return false;
    return m.assignee.kind === 'person'
      ? m.assignee.email === editor
      : !!me && teamKey(me.team) === teamKey(m.assignee.label);
  });
}

/** The rows this edit marks Hoàn thành: set by the tracker (100%) or typed in Trạng thái. */
export function completedRows(
  rows: readonly EditedRow[],
  outcomes: readonly RowOutcome[],
  editedKeys: ReadonlySet<TaskColumnKey>,
): RowOutcome[] {
  const cellsOf = (row: number) => rows.find((r) => r.row === row)?.cells ?? {};
  return outcomes.filter(
    (o) =>
      o.changes.some((c) => c.key === 'progressStatus' && c.value === ProgressStatus.Done) ||
      (editedKeys.has('progressStatus') && sameWord(String(cellsOf(o.row).progressStatus ?? ''), ProgressStatus.Done)),
  );
}

/**
 * With "Hiệu trưởng xác nhận hoàn thành" on, a completion by someone who is not a manager waits
 * for a manager: its Trạng thái becomes Chờ xác nhận (the completion date stays the person's).
 */
export function awaitingConfirmation(outcome: RowOutcome): RowOutcome {
  const changes = outcome.changes.filter((c) => c.key !== 'progressStatus');
  return { ...outcome, changes: [...changes, { key: 'progressStatus', value: ProgressStatus.AwaitingConfirmation }] };
}
