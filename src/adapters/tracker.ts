// Reads the tracker's sheets into core records (one getValues each; Nhiệm vụ's Minh chứng links in
// one getRichTextValues more) and appends to Nhật ký in one write. Everything else that touches
// the workbook builds on these.
// Nhật ký is protected (managers and the owner): a run that cannot write it (the simple trigger as a
// staff member) queues its lines in document properties, one per line and at most LOG_QUEUE_MAX,
// and the next run that can write them writes them first, with their own time.
import { UserError } from '../core/errors';
import { SHEETS, type SheetDef, type StaffColumnKey, type TaskColumnKey } from '../core/schema';
import {
  SCHOOL_TIME_ZONE,
  type EvidenceLink,
  type StaffMember,
  type Task,
  LogAction,
  type LogLine,
} from '../core/domain';
import { cellEvidence } from '../core/evidence';
import { asPlainText, fold, nfc } from '../core/text';
import { cellDate, cellNumber, findSheet, readTable, type Cell, type Table, type TableRow } from './table';
import { ensureColumns } from './workbook';
import { linksOf } from './richText';
import { DocumentQueue } from './propertyQueue';
import { commonMsg, logActionLabel } from '../messages';
import * as z from '../core/zod';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The spreadsheet the script is bound to: the tracker. */
export function activeTracker(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function requireSheet(ss: Spreadsheet, def: SheetDef): Sheet {
  const sheet = findSheet(ss, def);
  if (!sheet) throw new UserError(commonMsg.missingSheet(def.name));
  return sheet;
}

const text = (v: Cell): string => (v instanceof Date ? '' : nfc(String(v ?? '')).trim());

/** A task row; `links` are its Minh chứng cell's rich-text links, as that cell's text has them. */
export function taskFromRow(
  table: Table<TaskColumnKey>,
  row: TableRow,
  timeZone: string,
  links: readonly EvidenceLink[] = [],
): Task {
  const get = (k: TaskColumnKey) => table.get(row, k);
  const progress = get('progress');
  const rawEvidence = get('evidence');
  const evidence =
    typeof rawEvidence === 'string' ? cellEvidence(rawEvidence, links) : { text: text(rawEvidence), links: [] };
  return {
    code: text(get('code')),
    area: text(get('area')),
    content: text(get('content')),
    shortName: text(get('shortName')),
    source: text(get('source')),
    owner: text(get('owner')),
    coOwners: text(get('coOwners')),
    startDate: cellDate(get('startDate'), timeZone),
    dueDate: cellDate(get('dueDate'), timeZone),
    planNote: text(get('planNote')),
    progressStatus: text(get('progressStatus')),
    progress: cellNumber(progress),
    completedDate: cellDate(get('completedDate'), timeZone),
    result: text(get('result')),
    difficulties: text(get('difficulties')),
    proposal: text(get('proposal')),
    evidence: evidence.text,
    evidenceLinks: evidence.links,
    row: row.row,
  };
}

export interface TaskSheet {
  table: Table<TaskColumnKey>;
  tasks: Task[];
}

/**
 * All task rows with a code or content (blank rows skipped), with the links inside their Minh chứng
 * cells: one getValues of the sheet, and one getRichTextValues of the Minh chứng column when any of
 * its cells holds text.
 */
export function readTasks(ss: Spreadsheet, timeZone = SCHOOL_TIME_ZONE): TaskSheet {
  const table = readTable(requireSheet(ss, SHEETS.tasks), SHEETS.tasks);
  const links = evidenceLinksByRow(table);
  const tasks = table.rows
    .filter((r) => text(table.get(r, 'code')) !== '' || text(table.get(r, 'content')) !== '')
    .map((r) => taskFromRow(table, r, timeZone, links.get(r.row)));
  return { table, tasks };
}

/** Sheet row → the links of its Minh chứng cell, for the rows whose cell holds text. */
function evidenceLinksByRow(table: Table<TaskColumnKey>): Map<number, EvidenceLink[]> {
  const out = new Map<number, EvidenceLink[]>();
  const col = table.columns.get('evidence');
  const hasText = (r: TableRow) => col !== undefined && typeof r.cells[col] === 'string' && r.cells[col] !== '';
  if (col === undefined || !table.rows.some(hasText)) return out;
  const rich = table.sheet.getRange(2, col + 1, table.rows.length, 1).getRichTextValues();
  table.rows.forEach((r, i) => {
    if (!hasText(r)) return;
    const links = linksOf(rich[i]?.[0] ?? null);
    if (links.length) out.set(r.row, links);
  });
  return out;
}

export function readStaff(ss: Spreadsheet): StaffMember[] {
  const table = readTable(requireSheet(ss, SHEETS.staff), SHEETS.staff);
  return table.rows
    .map((r) => {
      const active = table.get(r, 'active');
      return {
        name: text(table.get(r, 'name')),
        email: text(table.get(r, 'email')).toLowerCase(),
        position: text(table.get(r, 'position')),
        team: text(table.get(r, 'team')),
        role: text(table.get(r, 'role')),
        active: active === true || active === '' || fold(String(active)) === 'co',
      };
    })
    .filter((s) => s.name !== '' || s.email !== '');
}

/** Typed by id: an action without its words in messages/log.ts does not compile. */
const LOG_LABELS: Readonly<Record<LogAction, string>> = logActionLabel;

const LOG_QUEUE_PREFIX = 'CCHC_LOG_QUEUE_';
const LOG_QUEUE_MAX = 300;
/** A queued line's detail is cut here, so that one line always fits a property value (9 KB). */
const QUEUED_DETAIL_MAX = 2_000;
const queuedLine = z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]);

/**
 * Appends entries to Nhật ký in one write, lines queued earlier first; the sheet is found by name,
 * never read row by row. When the write fails (a protected Nhật ký) the entries are queued instead.
 */
export function appendLog(ss: Spreadsheet, user: string, entries: readonly LogLine[], now = new Date()): void {
  if (entries.length === 0) return;
  const queue = new DocumentQueue(LOG_QUEUE_PREFIX);
  const queued = queue.items();
  const fresh: Cell[][] = entries.map((e) => [now, user, LOG_LABELS[e.action], e.code ?? '', e.detail ?? '']);
  const earlier = queued.flatMap(([, raw]): Cell[][] => {
    const line = queuedLine.safeParse(JSON.parse(raw));
    return line.success ? [[new Date(line.data[0]), ...line.data.slice(1)]] : [];
  });
  try {
    writeLogRows(ss, [...earlier, ...fresh]);
  } catch {
    // Kept for the next run that may write Nhật ký (the person typing sees no error); beyond the bound, lost.
    const lines = fresh
      .slice(0, Math.max(LOG_QUEUE_MAX - queued.length, 0))
      .map(
        ([, , action, code, detail], i) =>
          [
            `${now.getTime()}_${String(i).padStart(3, '0')}_${Math.random().toString(36).slice(2, 8)}`,
            JSON.stringify([
              now.toISOString(),
              user,
              String(action),
              String(code),
              String(detail).slice(0, QUEUED_DETAIL_MAX),
            ]),
          ] as const,
      );
    queue.put(lines);
    return;
  }
  queue.drop(queued.map(([key]) => key));
}

/**
 * [time, user, action, code, detail] rows at the end of Nhật ký. A deleted Nhật ký is recreated (its
 * first line says so): the audit trail never drops a line. The next setup or "Giao nhiệm vụ…"
 * protects it again.
 */
function writeLogRows(ss: Spreadsheet, lines: readonly Cell[][]): void {
  let sheet = findSheet(ss, SHEETS.log);
  let rows = lines;
  if (!sheet) {
    sheet = ensureColumns(ss, SHEETS.log, { created: [], repaired: [] }).sheet;
    const [time, user] = lines[lines.length - 1]!;
    rows = [[time ?? '', user ?? '', LOG_LABELS[LogAction.LogRecreated], '', ''], ...lines];
  }
  const values = rows.map((r) => r.map((v) => (typeof v === 'string' ? asPlainText(v) : v)));
  const start = sheet.getLastRow() + 1;
  // A sheet has a fixed number of rows; writing past it throws, so grow it first.
  const maxRows = sheet.getMaxRows();
  if (start + values.length - 1 > maxRows) sheet.insertRowsAfter(maxRows, start + values.length - 1 - maxRows);
  sheet.getRange(start, 1, values.length, values[0]!.length).setValues(values);
}

export type { StaffColumnKey };
