// Creates and repairs the tracker's sheets (schema.ts SHEETS): tabs found by name or alias (and
// renamed back), columns found by header (missing ones added at the end, user columns kept), frozen
// header, widths of new columns, whole-column number formats and data validation, Cấu hình rows.
// Never clears data. Every call works on whole columns: the call count does not grow with rows.
import { PROGRESS_STATUSES, SCHOOL_TIME_ZONE, StaffRole } from '../core/domain';
import { SHEETS, type ColumnDef, type SheetDef, type TaskColumnKey } from '../core/schema';
import { SETTINGS } from '../core/settings';
import { fold } from '../core/text';
import { areaOrder } from '../core/plan/mode';
import { findSheet, mapHeaders } from './table';
import type { ManagerCopy } from '../core/roles';
import { setupMsg, YES_NO } from '../messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const LOCALE = 'vi_VN';
const HEADER_BACKGROUND = '#d9e7f5';

export interface RepairReport {
  created: string[];
  repaired: string[];
}

export interface EnsuredSheet {
  sheet: Sheet;
  /** key → 1-based column, after repair. */
  columns: Map<string, number>;
  created: boolean;
}

/** The sheet by name or alias, renamed back to its name; created when missing. */
export function ensureSheet(ss: Spreadsheet, def: SheetDef, report: RepairReport): { sheet: Sheet; created: boolean } {
  const found = findSheet(ss, def);
  if (found) {
    const name = found.getName();
    if (name !== def.name) {
      found.setName(def.name);
      report.repaired.push(setupMsg.renamedTab(name, def.name));
    }
    if (def.hidden && !found.isSheetHidden()) found.hideSheet();
    return { sheet: found, created: false };
  }
  const sheet = ss.insertSheet(def.name);
  if (def.hidden) sheet.hideSheet();
  report.created.push(def.name);
  return { sheet, created: true };
}

/** Header row: schema columns found by header; missing ones appended after the last header cell. */
export function ensureColumns(ss: Spreadsheet, def: SheetDef, report: RepairReport): EnsuredSheet {
  const { sheet, created } = ensureSheet(ss, def, report);
  const maxCols = sheet.getMaxColumns();
  const header = sheet.getRange(1, 1, 1, maxCols).getValues()[0] ?? [];
  const found = mapHeaders(header, def.columns);
  let last = 0;
  header.forEach((h, i) => {
    if (String(h).trim() !== '') last = i + 1;
  });
  const missing = def.columns.filter((c) => !found.has(c.key));
  const columns = new Map<string, number>();
  for (const [key, i] of found) columns.set(key, i + 1);
  if (missing.length > 0) {
    if (last + missing.length > maxCols) sheet.insertColumnsAfter(maxCols, last + missing.length - maxCols);
    sheet.getRange(1, last + 1, 1, missing.length).setValues([missing.map((c) => c.header)]);
    missing.forEach((c, i) => columns.set(c.key, last + 1 + i));
    if (!created)
      report.repaired.push(
        setupMsg.addedColumns(
          def.name,
          missing.map((c) => c.header),
        ),
      );
    const width = last + missing.length;
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
    for (const c of missing) sheet.setColumnWidth(columns.get(c.key)!, c.width);
  }
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  return { sheet, columns, created };
}

/** Number formats of the schema columns, rows 2..max: one call per formatted column. */
export function applyNumberFormats(ensured: EnsuredSheet, columns: readonly ColumnDef[]): void {
  const { sheet } = ensured;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const c of columns) {
    const col = ensured.columns.get(c.key);
    if (c.numberFormat && col) sheet.getRange(2, col, rows, 1).setNumberFormat(c.numberFormat);
  }
}

function setValidation(ensured: EnsuredSheet, key: string, rule: DataValidation): void {
  const col = ensured.columns.get(key);
  const rows = ensured.sheet.getMaxRows() - 1;
  if (col && rows > 0) ensured.sheet.getRange(2, col, rows, 1).setDataValidation(rule);
}

const list = (values: readonly string[], help: string) =>
  SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(false)
    .setHelpText(help)
    .build();
// Progress and dates flag invalid input instead of rejecting it: the on-edit handler turns "50",
// "0,5" or "15-03-2026" into real values, and keeps what it cannot read with a note (issue 5).
const dateRule = () =>
  SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText(setupMsg.helpDate).build();

/**
 * The areas Lĩnh vực offers: the NQ 76 list, and the areas of a plan that is not CCHC as its rows hold
 * them (core/plan/mode.ts areaOrder): one read of the column.
 */
function areaChoices(tasks: EnsuredSheet): string[] {
  const col = tasks.columns.get('area');
  const rows = tasks.sheet.getMaxRows() - 1;
  const typed = col && rows > 0 ? tasks.sheet.getRange(2, col, rows, 1).getValues() : [];
  return areaOrder(typed.map(([v]) => ({ area: String(v ?? '').trim() })).filter((t) => t.area !== ''));
}

/** Formats and dropdowns of Nhiệm vụ; called by setup and after an import grows the sheet or brings its own areas. */
export function applyTaskColumnRules(tasks: EnsuredSheet, staff: EnsuredSheet): void {
  applyNumberFormats(tasks, SHEETS.tasks.columns);
  const v = (key: TaskColumnKey, rule: DataValidation) => setValidation(tasks, key, rule);
  v('area', list(areaChoices(tasks), setupMsg.helpArea));
  v('progressStatus', list(PROGRESS_STATUSES, setupMsg.helpStatus));
  const nameCol = staff.columns.get('name');
  if (nameCol) {
    const names = staff.sheet.getRange(2, nameCol, Math.max(staff.sheet.getMaxRows() - 1, 1), 1);
    v(
      'owner',
      SpreadsheetApp.newDataValidation()
        .requireValueInRange(names, true)
        .setAllowInvalid(true)
        .setHelpText(setupMsg.helpOwner)
        .build(),
    );
  }
  v(
    'progress',
    SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 1)
      .setAllowInvalid(true)
      .setHelpText(setupMsg.helpProgress)
      .build(),
  );
  for (const key of ['startDate', 'dueDate', 'completedDate'] as const) v(key, dateRule());
}

function applyStaffRules(staff: EnsuredSheet): void {
  applyNumberFormats(staff, SHEETS.staff.columns);
  setValidation(staff, 'role', list(Object.values(StaffRole), setupMsg.helpRole));
  setValidation(staff, 'active', list(YES_NO, setupMsg.helpActive));
  setValidation(
    staff,
    'email',
    SpreadsheetApp.newDataValidation()
      .requireTextIsEmail()
      .setAllowInvalid(false)
      .setHelpText(setupMsg.helpEmail)
      .build(),
  );
}

/** Cấu hình: label | value | note rows; missing labels appended with their defaults; dropdowns for choices. */
function ensureSettings(ss: Spreadsheet, report: RepairReport, seed: ManagerCopy): void {
  const { sheet, created } = ensureSheet(ss, SHEETS.settings, report);
  const values = sheet.getDataRange().getValues();
  const rowOf = new Map<string, number>();
  values.forEach((r, i) => rowOf.set(fold(String(r[0] ?? '')), i + 1));
  const hasHeader = rowOf.has(fold(setupMsg.settingsHeader[0]));
  const missing = SETTINGS.filter((d) => !rowOf.has(fold(d.label)));
  const rows: (string | number | boolean)[][] = [];
  if (!hasHeader && created) rows.push([...setupMsg.settingsHeader]);
  for (const d of missing) {
    const value =
      d.key === 'principalEmail' && seed.principalEmail
        ? seed.principalEmail
        : d.key === 'managerEmails'
          ? seed.managers
              .map((m) => m.email)
              .filter((e) => e !== seed.principalEmail)
              .join(', ')
          : d.defaultValue;
    rows.push([d.label, value, d.help ?? '']);
  }
  const start = created ? 1 : sheet.getLastRow() + 1;
  if (rows.length > 0) {
    sheet.getRange(start, 1, rows.length, 3).setValues(rows);
    if (!created) report.repaired.push(setupMsg.addedSettings(missing.map((d) => d.label)));
  }
  const offset = rows.length - missing.length;
  missing.forEach((d, i) => rowOf.set(fold(d.label), start + offset + i));
  if (created) {
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    sheet.setColumnWidth(1, 260);
    sheet.setColumnWidth(2, 320);
    sheet.setColumnWidth(3, 300);
    sheet.setFrozenRows(1);
  }
  for (const d of SETTINGS) {
    const row = rowOf.get(fold(d.label));
    if (d.choices && row) sheet.getRange(row, 2).setDataValidation(list(d.choices, setupMsg.helpChoice));
  }
}

function ensureDashboard(ss: Spreadsheet, report: RepairReport): void {
  const { sheet, created } = ensureSheet(ss, SHEETS.dashboard, report);
  if (created) sheet.getRange(1, 1).setValue(setupMsg.dashboardPlaceholder);
}

/** A Cán bộ created anew lists the known managers, so the owner dropdown and roles work at once. */
function seedStaff(staff: EnsuredSheet, seed: ManagerCopy): void {
  if (!staff.created || seed.managers.length === 0) return;
  const order = SHEETS.staff.columns.map((c) => c.key);
  const rows = seed.managers.map((m) =>
    order.map((key) =>
      key === 'name'
        ? m.name || m.email
        : key === 'email'
          ? m.email
          : key === 'role'
            ? StaffRole.Manager
            : key === 'active'
              ? YES_NO[0]
              : '',
    ),
  );
  staff.sheet.getRange(2, 1, rows.length, order.length).setValues(rows);
}

/** Creates or repairs every tracker sheet; a missing Cấu hình or Cán bộ is seeded from `seed`, the known managers. */
export function ensureWorkbook(
  ss: Spreadsheet,
  seed: ManagerCopy,
): RepairReport & { tasks: EnsuredSheet; staff: EnsuredSheet } {
  const report: RepairReport = { created: [], repaired: [] };
  if (ss.getSpreadsheetLocale() !== LOCALE) ss.setSpreadsheetLocale(LOCALE);
  if (ss.getSpreadsheetTimeZone() !== SCHOOL_TIME_ZONE) ss.setSpreadsheetTimeZone(SCHOOL_TIME_ZONE);

  const tasks = ensureColumns(ss, SHEETS.tasks, report);
  const staff = ensureColumns(ss, SHEETS.staff, report);
  seedStaff(staff, seed);
  ensureSettings(ss, report, seed);
  const log = ensureColumns(ss, SHEETS.log, report);
  ensureDashboard(ss, report);
  const reports = ensureColumns(ss, SHEETS.reports, report);
  ensureSheet(ss, SHEETS.sentAlerts, report);

  applyTaskColumnRules(tasks, staff);
  applyStaffRules(staff);
  applyNumberFormats(log, SHEETS.log.columns);
  applyNumberFormats(reports, SHEETS.reports.columns);
  // The empty "Sheet1"/"Trang tính1" of a new spreadsheet is left alone: it may hold the user's data.
  return { ...report, tasks, staff };
}

/** Re-applies Nhiệm vụ's formats and dropdowns to every row (after an import inserted rows). */
export function extendTaskRules(ss: Spreadsheet): void {
  const report: RepairReport = { created: [], repaired: [] };
  applyTaskColumnRules(ensureColumns(ss, SHEETS.tasks, report), ensureColumns(ss, SHEETS.staff, report));
}
