// What an edit writes back on Nhiệm vụ: the normalised cells (one setValues per contiguous run of a
// column, setRichTextValues for a Minh chứng text that keeps its links), the "Cập nhật lần cuối"
// stamps (kept pending by task code in Document Properties when the simple trigger, running as
// staff, may not write them), and the notes and red borders on input kept as typed. A fixed number
// of calls per edit, whatever its size.
import type { RowOutcome } from '../core/edits';
import { midnightInZone } from '../core/dates';
import type { TaskColumnKey } from '../core/schema';
import { columnLetter } from '../core/status/formulas';
import { flagsMsg } from '../messages';
import { DocumentQueue } from './propertyQueue';
import { richTextOf } from './richText';
import { asPlainText } from '../core/text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Document property prefix, then a task code: a stamp the simple trigger could not write (see writeStamps). */
const PENDING_STAMP = 'CCHC_PENDING_STAMP|';

/** The rectangle a person edited, as the event's range gives it. */
export interface EditedRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  range: GoogleAppsScript.Spreadsheet.Range;
}

/** Contiguous runs of rows that change `key` the same way: as values, or as rich text with links. */
function runs(
  outcomes: readonly RowOutcome[],
  key: TaskColumnKey,
): { start: number; rich: boolean; items: RowOutcome[] }[] {
  const out: { start: number; rich: boolean; items: RowOutcome[] }[] = [];
  for (const o of outcomes) {
    const last = out[out.length - 1];
    const change = o.changes.find((c) => c.key === key);
    if (!change) continue;
    const rich = (change.links?.length ?? 0) > 0;
    if (last && last.rich === rich && last.start + last.items.length === o.row) last.items.push(o);
    else out.push({ start: o.row, rich, items: [o] });
  }
  return out;
}

/**
 * Changed cells, one setValues per contiguous run of a column (the edited range itself when it is
 * that run); a text with links (Minh chứng) one setRichTextValues per run instead, built from the
 * cell's rich text as read (`richAt`), so its links are not lost.
 */
export function writeOutcomes(
  sheet: Sheet,
  columns: Map<TaskColumnKey, number>,
  outcomes: readonly RowOutcome[],
  timeZone: string,
  edited: EditedRange,
  richAt: (row: number) => GoogleAppsScript.Spreadsheet.RichTextValue | null = () => null,
): void {
  const keys = new Set(outcomes.flatMap((o) => o.changes.map((c) => c.key)));
  for (const key of keys) {
    const index = columns.get(key);
    if (index === undefined) continue; // the core changes only columns it was given; this says so here too
    const col = index + 1;
    for (const run of runs(outcomes, key)) {
      const changes = run.items.map((o) => o.changes.find((c) => c.key === key)!);
      const isEdited =
        edited.numCols === 1 && edited.col === col && edited.row === run.start && edited.numRows === changes.length;
      const range = isEdited ? edited.range : sheet.getRange(run.start, col, changes.length, 1);
      if (run.rich) {
        range.setRichTextValues(
          changes.map((c, i) => {
            const read = richAt(run.start + i) ?? SpreadsheetApp.newRichTextValue().build();
            return [richTextOf(read, String(c.value), c.links ?? [])];
          }),
        );
        continue;
      }
      range.setValues(
        changes.map((c) => [
          typeof c.value === 'object'
            ? midnightInZone(c.value.date, timeZone)
            : typeof c.value === 'string'
              ? asPlainText(c.value)
              : c.value,
        ]),
      );
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
export function writeStamps(
  sheet: Sheet,
  columns: Map<TaskColumnKey, number>,
  outcomes: readonly RowOutcome[],
  asEditor: boolean,
): void {
  const stampCol = columns.get('lastUpdated');
  const stamped = outcomes.filter((o) => o.stamp !== null);
  if (stampCol === undefined || stamped.length === 0) return;
  const stamp = stamped[0]!.stamp!;
  try {
    sheet.getRangeList(stamped.map((o) => `${columnLetter(stampCol + 1)}${o.row}`)).setValue(stamp);
  } catch (err) {
    if (!asEditor) throw err;
    try {
      new DocumentQueue(PENDING_STAMP).put(stamped.filter((o) => o.code !== '').map((o) => [o.code, stamp]));
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
  const queue = new DocumentQueue(PENDING_STAMP);
  const pending = queue.items();
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
  queue.drop(pending.map(([key]) => key));
}

/**
 * Notes and red borders on cells kept as typed; the tracker's earlier marks cleared where now fine
 * (a note is the tracker's when it starts with its marker). One RangeList per distinct note, so a
 * paste of many bad cells costs a fixed number of calls.
 */
export function markProblems(
  sheet: Sheet,
  columns: Map<TaskColumnKey, number>,
  outcomes: readonly RowOutcome[],
  noteAt: (row: number, key: TaskColumnKey) => string,
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
  if (marked.length)
    sheet
      .getRangeList(marked)
      .setBorder(true, true, true, true, null, null, '#d93025', SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
}
