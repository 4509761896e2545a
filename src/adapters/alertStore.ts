// Where the alerts keep their state: the sent record in the hidden sheet "Nhắc việc đã gửi" (one
// read, one rewrite a run), the trigger state and last run in Script Properties (one JSON value,
// far under 9 KB), and the status line written into Cấu hình.
import { SHEETS } from '../core/schema';
import { RECORD_HEADER, entryToRow, rowsToEntries, type SentEntry } from '../core/alertRecord';
import { SETTINGS } from '../core/settings';
import { asPlainText, fold } from '../core/text';
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
  on: false, owner: '', hour: 7, dailyTriggerId: '',
  principalEmail: '', lastRun: null, brokenNotice: '',
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
  sheet.getRange(1, 1, 1, RECORD_HEADER.length).setValues([[...RECORD_HEADER]]).setFontWeight('bold');
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

/** Writes a system value (Trạng thái nhắc việc) next to its label in Cấu hình, adding the row if missing. */
export function writeStatusLine(ss: Spreadsheet, text: string): void {
  const sheet = findSheet(ss, SHEETS.settings);
  if (!sheet) return;
  const label = SETTINGS.find((d) => d.key === 'alertStatus')!.label;
  const last = sheet.getLastRow();
  const labels = last > 0 ? sheet.getRange(1, 1, last, 1).getValues() : [];
  const i = labels.findIndex(([v]) => fold(String(v)) === fold(label));
  if (i >= 0) sheet.getRange(i + 1, 2).setValue(asPlainText(text));
  else sheet.getRange(last + 1, 1, 1, 2).setValues([[label, asPlainText(text)]]);
}
