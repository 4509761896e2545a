// Nhiệm vụ's layout and what the tracker keeps on it: the header read once (the columns by key and
// the letters the formulas need), the Tình trạng / Số ngày quá hạn formulas, and the tracker's
// conditional-format rules (a user's own rules are kept after them). A fixed number of calls each.
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { SETTINGS } from '../core/settings';
import { FLAG_RULES, flagFormula, isTrackerFlagFormula } from '../core/status/flagRules';
import { columnLetter, statusColumnFormulas, statusColumnLetters, type ColumnLetters } from '../core/status/formulas';
import { flagsMsg } from '../messages';
import { mapHeaders } from './table';
import { requireSheet } from './tracker';
import { UserError } from '../core/errors';
import { settingCellRef, type SettingsRead } from './settingsSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TaskLayout {
  sheet: Sheet;
  columns: Map<TaskColumnKey, number>;
  letters: ColumnLetters;
  lastColumn: number;
}

/** Nhiệm vụ's header, read in one call; a UserError names the columns the formulas need and lack. */
export function taskLayout(ss: Spreadsheet): TaskLayout {
  const sheet = requireSheet(ss, SHEETS.tasks);
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]! : [];
  return { ...layoutOf(sheet, mapHeaders(header, SHEETS.tasks.columns)), lastColumn };
}

/** The letters the formulas need from columns already mapped; a UserError names those missing. */
export function layoutOf(sheet: Sheet, columns: Map<TaskColumnKey, number>): Omit<TaskLayout, 'lastColumn'> {
  const found = statusColumnLetters(columns);
  if (!found.ok) {
    throw new UserError(
      flagsMsg.missingColumns(found.missing.map((k) => SHEETS.tasks.columns.find((c) => c.key === k)!.header)),
    );
  }
  return { sheet, columns, letters: found.letters };
}

/** Cấu hình's N cell ('Cấu hình'!$B$9), the formulas' due-soon window. */
function dueSoonCellRef(settings: SettingsRead): string {
  const ref = settingCellRef(settings, 'dueSoonDays');
  if (ref === null)
    throw new UserError(flagsMsg.missingDueSoonSetting(SETTINGS.find((d) => d.key === 'dueSoonDays')!.label));
  return ref;
}

/** Tình trạng and Số ngày quá hạn formulas on rows 2..last row: one setFormulas per column. */
export function writeStatusFormulas(layout: TaskLayout, settings: SettingsRead): number {
  const last = layout.sheet.getLastRow();
  if (last < 2) return 0;
  writeStatusFormulaRows(layout, settings, 2, last);
  return last - 1;
}

/** The same formulas on rows first..last only: the edit handler fills rows typed or inserted by hand. */
export function writeStatusFormulaRows(
  layout: Omit<TaskLayout, 'lastColumn'>,
  settings: SettingsRead,
  first: number,
  last: number,
): void {
  const { sheet, columns, letters } = layout;
  const f = statusColumnFormulas(letters, first, last, dueSoonCellRef(settings));
  sheet.getRange(first, columns.get('condition')! + 1, last - first + 1, 1).setFormulas(f.condition);
  sheet.getRange(first, columns.get('daysOverdue')! + 1, last - first + 1, 1).setFormulas(f.daysOverdue);
}

function isTrackerRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return false;
  return isTrackerFlagFormula(String(condition.getCriteriaValues()[0] ?? ''));
}

/** The tracker's rules over rows 2..max, first (they win); every other rule is kept after them. */
export function writeFlagRules(layout: TaskLayout): void {
  const { sheet, letters, lastColumn } = layout;
  const range = sheet.getRange(`A2:${columnLetter(lastColumn)}${Math.max(sheet.getMaxRows(), 2)}`);
  const own = FLAG_RULES.map((def) => {
    let b = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(flagFormula(def, letters.condition, 2))
      .setRanges([range]);
    if (def.style.background) b = b.setBackground(def.style.background);
    if (def.style.fontColor) b = b.setFontColor(def.style.fontColor);
    if (def.style.italic) b = b.setItalic(true);
    return b.build();
  });
  const kept = sheet.getConditionalFormatRules().filter((r) => !isTrackerRule(r));
  sheet.setConditionalFormatRules([...own, ...kept]);
}
