// Cấu hình: column A labels, column B values; a row is found by its label (folded: a label retyped
// without diacritics still counts). One read gives the settings and where each one sits, so an
// execution reads the sheet once and finds, writes and refers to its cells from that read.
import { parseSettings, SETTINGS, type SettingKey, type SettingsResult } from '../core/settings';
import { SHEETS } from '../core/schema';
import { absoluteCellRef } from '../core/status/formulas';
import { asPlainText, fold } from '../core/text';
import { commonMsg } from '../messages';
import { findSheet, type Cell } from './table';
import { requireSheet } from './tracker';
import { UserError } from '../core/errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SettingsRead {
  sheet: Sheet;
  result: SettingsResult;
  /** 1-based row of each setting found, and its value there. */
  rows: Map<SettingKey, { row: number; value: Cell }>;
  lastRow: number;
}

const BY_LABEL = new Map(SETTINGS.map((d) => [fold(d.label), d.key] as const));
const labelOf = (key: SettingKey): string => SETTINGS.find((d) => d.key === key)!.label;

function readFrom(sheet: Sheet): SettingsRead {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const raw: Partial<Record<SettingKey, unknown>> = {};
  const rows = new Map<SettingKey, { row: number; value: Cell }>();
  values.forEach(([label, value], i) => {
    const key = BY_LABEL.get(fold(String(label ?? '')));
    if (!key || rows.has(key)) return;
    raw[key] = value;
    rows.set(key, { row: i + 1, value: value ?? '' });
  });
  return { sheet, result: parseSettings(raw), rows, lastRow: values.length };
}

/** Cấu hình in one read; a UserError when the sheet is missing. */
export function readSettingsSheet(ss: Spreadsheet): SettingsRead {
  return readFrom(requireSheet(ss, SHEETS.settings));
}

/** The settings of a read, or a UserError listing what is wrong. */
export function validSettings(read: SettingsRead) {
  const { result } = read;
  if (!result.ok) {
    throw new UserError(
      [commonMsg.invalidSettings, ...result.errors.map((e) => `- ${e.label}: ${e.message}`)].join('\n'),
    );
  }
  return result.settings;
}

export function readSettings(ss: Spreadsheet): SettingsResult {
  return readSettingsSheet(ss).result;
}

export function requireSettings(ss: Spreadsheet) {
  return validSettings(readSettingsSheet(ss));
}

/** A setting's value cell as an absolute reference ('Cấu hình'!$B$9), for formulas; null when its row is missing. */
export function settingCellRef(read: SettingsRead, key: SettingKey): string | null {
  const found = read.rows.get(key);
  return found ? absoluteCellRef(read.sheet.getName(), found.row, 2) : null;
}

/** Writes a setting the script keeps (the plan's reference, the alerts' status) next to its label, adding the row when missing. */
export function writeSetting(read: SettingsRead, key: SettingKey, text: string): void {
  const value = asPlainText(text);
  const found = read.rows.get(key);
  if (found) {
    if (found.value !== value) read.sheet.getRange(found.row, 2).setValue(value);
    found.value = value;
    return;
  }
  read.lastRow += 1;
  read.sheet.getRange(read.lastRow, 1, 1, 2).setValues([[labelOf(key), value]]);
  read.rows.set(key, { row: read.lastRow, value });
}

/** writeSetting on a fresh read, for a run that has none; nothing when Cấu hình is gone. */
export function writeSettingIfPresent(ss: Spreadsheet, key: SettingKey, text: string): void {
  const sheet = findSheet(ss, SHEETS.settings);
  if (sheet) writeSetting(readFrom(sheet), key, text);
}
