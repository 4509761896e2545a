// Where the alerts keep their state: the sent record in the hidden sheet "Nhắc việc đã gửi" (one
// read, one rewrite a run), the trigger state and last run in Script Properties (one JSON value,
// far under 9 KB), the send journal in Script Properties (each email's entries before and after
// its send, until the record is written), and the status line written into Cấu hình.
import { SHEETS } from '../core/schema';
import {
  RECORD_HEADER,
  entryToRow,
  packRows,
  rowsToEntries,
  unpackRows,
  type PackedRows,
  type SentEntry,
} from '../core/alerts/record';
import { asPlainText } from '../core/text';
import { writeSettingIfPresent } from './settingsSheet';
import { findSheet } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const STATE_KEY = 'cchc.alerts';

export interface AlertState {
  on: boolean;
  /** The account whose triggers run the alerts (and whose mailbox sends). */
  owner: string;
  hour: number;
  dailyTriggerId: string;
  /** Where to write when the workbook cannot be read. */
  principalEmail: string;
  lastRun: { at: string; result: string } | null;
  /** `${date}|${problem}` of the last broken-workbook email: one a day per problem. */
  brokenNotice: string;
}

const EMPTY: AlertState = {
  on: false,
  owner: '',
  hour: 7,
  dailyTriggerId: '',
  principalEmail: '',
  lastRun: null,
  brokenNotice: '',
};

export function loadAlertState(): AlertState {
  const raw = PropertiesService.getScriptProperties().getProperty(STATE_KEY);
  if (!raw) return { ...EMPTY };
  try {
    return { ...EMPTY, ...(JSON.parse(raw) as Partial<AlertState>) };
  } catch {
    return { ...EMPTY };
  }
}

export function saveAlertState(state: AlertState): void {
  PropertiesService.getScriptProperties().setProperty(STATE_KEY, JSON.stringify(state));
}

/** The record sheet, created (hidden) on first use. */
function recordSheet(ss: Spreadsheet) {
  const existing = findSheet(ss, SHEETS.sentAlerts);
  if (existing) return existing;
  const sheet = ss.insertSheet(SHEETS.sentAlerts.name);
  sheet
    .getRange(1, 1, 1, RECORD_HEADER.length)
    .setValues([[...RECORD_HEADER]])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  return sheet;
}

export function readSentRecord(ss: Spreadsheet): SentEntry[] {
  return rowsToEntries(recordSheet(ss).getDataRange().getValues());
}

/** Rewrites the record in one write (and clears rows left over when it shrank). */
export function writeSentRecord(ss: Spreadsheet, entries: readonly SentEntry[], previousCount: number): void {
  const sheet = recordSheet(ss);
  const rows = [[...RECORD_HEADER], ...entries.map((e) => entryToRow(e).map(asPlainText))];
  // A range past the sheet's last row or column throws: grow the grid first.
  const [maxRows, maxCols] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  if (RECORD_HEADER.length > maxCols) sheet.insertColumnsAfter(maxCols, RECORD_HEADER.length - maxCols);
  sheet.getRange(1, 1, rows.length, RECORD_HEADER.length).setNumberFormat('@').setValues(rows);
  const stale = previousCount + 1 - rows.length;
  if (stale > 0) sheet.getRange(rows.length + 1, 1, stale, RECORD_HEADER.length).clearContent();
}

const JOURNAL_PREFIX = 'cchc.alerts.journal.';
/** Characters per property value: 3 UTF-8 bytes each at most keeps a part under the 9 KB value limit. */
const JOURNAL_PART_CHARS = 3000;

export interface AlertJournal {
  intend(id: number, entries: readonly SentEntry[]): void;
  settle(id: number, entries: readonly SentEntry[]): void;
  /** Every journal key read at the start or written since: cleared once the record holds them. */
  readonly keys: string[];
  /** Entries left by runs whose record write did not happen, oldest first. */
  readonly pending: SentEntry[];
}

/**
 * The journal of this run (`runId`: its start in ms) over what earlier runs left. An email's
 * entries go under `<prefix><run>.<id>.i` before the send and `.o` after, split into parts
 * (`#0`, `#1`, …) written in one call; one read (getProperties) finds them all.
 */
export function openJournal(runId: number): AlertJournal {
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const keys = Object.keys(all).filter((k) => k.startsWith(JOURNAL_PREFIX));
  const pos = (k: string) => {
    const [run = '', id = '', step = ''] = k.slice(JOURNAL_PREFIX.length).split('#')[0]!.split('.');
    return [Number(run), Number(id), step === 'i' ? 0 : 1] as const;
  };
  const messages = new Map<string, string[]>();
  for (const k of keys) {
    const [base, part] = k.split('#');
    const parts = messages.get(base!) ?? [];
    parts[Number(part)] = all[k]!;
    messages.set(base!, parts);
  }
  const pending: SentEntry[] = [];
  const order = [...messages.keys()].sort((a, b) => {
    const [x, y] = [pos(a), pos(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  // An outcome is packed against its intent (packRows): unpack each intent first.
  const intents = new Map<string, string[][]>();
  for (const base of order) {
    try {
      const packed = JSON.parse(messages.get(base)!.join('')) as PackedRows | string[][];
      const intent = base.endsWith('.o') ? intents.get(`${base.slice(0, -2)}.i`) : undefined;
      if (!Array.isArray(packed) && packed.how.includes('i') && !intent)
        throw new Error('the intent this outcome builds on is lost');
      const rows = Array.isArray(packed) ? packed : unpackRows(packed, intent);
      if (base.endsWith('.i')) intents.set(base, rows);
      pending.push(...rowsToEntries([[...RECORD_HEADER], ...rows]));
    } catch {
      // A part lost (written by another version, or truncated): the sheet's record stands for it.
    }
  }
  const written = new Map<number, string[][]>();
  const write = (id: number, step: 'i' | 'o', entries: readonly SentEntry[]) => {
    const rows = entries.map(entryToRow);
    const text = JSON.stringify(packRows(rows, step === 'o' ? written.get(id) : undefined));
    if (step === 'i') written.set(id, rows);
    const parts: Record<string, string> = {};
    for (let i = 0; i * JOURNAL_PART_CHARS < text.length; i++) {
      parts[`${JOURNAL_PREFIX}${runId}.${id}.${step}#${i}`] = text.slice(
        i * JOURNAL_PART_CHARS,
        (i + 1) * JOURNAL_PART_CHARS,
      );
    }
    props.setProperties(parts);
    keys.push(...Object.keys(parts));
  };
  return {
    intend: (id, entries) => write(id, 'i', entries),
    settle: (id, entries) => write(id, 'o', entries),
    keys,
    pending,
  };
}

/** Drops the journal once the record sheet holds what it said. */
export function clearJournal(journal: AlertJournal): void {
  const props = PropertiesService.getScriptProperties();
  for (const k of new Set(journal.keys)) props.deleteProperty(k);
}

/** The words of the status line: the school alerts' or the ward reminders'. */
export interface StatusWords {
  statusOn(owner: string, hour: number): string;
  statusOff: string;
  statusLastRun(at: string, result: string): string;
}

/** Trạng thái nhắc việc: on (whose, at what hour) or off, then the last run's result. */
export function statusText(state: AlertState, words: StatusWords): string {
  const head = state.on ? words.statusOn(state.owner, state.hour) : words.statusOff;
  return head + (state.lastRun ? words.statusLastRun(state.lastRun.at, state.lastRun.result) : '');
}

/** Writes a system value (Trạng thái nhắc việc) next to its label in Cấu hình, adding the row if missing. */
export function writeStatusLine(ss: Spreadsheet, text: string): void {
  writeSettingIfPresent(ss, 'alertStatus', text);
}
