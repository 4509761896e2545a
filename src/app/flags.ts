// Live delay flags on Nhiệm vụ: the Tình trạng / Số ngày quá hạn formulas on every task row, the
// tracker's conditional-format rules (a user's own rules are kept), and the Tổng hợp dashboard.
// Setup runs applyFlags as a step; CCHC → "Làm mới định dạng" (managers only) runs it under the script lock.
// Every part costs a fixed number of calls, whatever the number of tasks.
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { SETTINGS } from '../core/settings';
import { FLAG_RULES, flagFormula, isTrackerFlagFormula } from '../core/flagRules';
import { absoluteCellRef, columnLetter, statusColumnFormulas, statusColumnLetters, type ColumnLetters } from '../core/statusFormulas';
import { fold } from '../core/text';
import { withScriptLock } from '../adapters/lock';
import { currentUser } from '../adapters/session';
import { mapHeaders } from '../adapters/table';
import { appendLog, requireSheet, UserError } from '../adapters/tracker';
import { flagsMsg } from '../messages';
import { refreshDashboard } from './dashboard';
import { managerContext } from './roles';
import { ensureEditTrigger, finishPendingEdits, finishPendingStamps } from './edits';

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
  const columns = mapHeaders(header, SHEETS.tasks.columns);
  const found = statusColumnLetters(columns);
  if (!found.ok) {
    throw new UserError(flagsMsg.missingColumns(found.missing.map((k) => SHEETS.tasks.columns.find((c) => c.key === k)!.header)));
  }
  return { sheet, columns, letters: found.letters, lastColumn };
}

/** Cấu hình's N cell ('Cấu hình'!$B$9), found by its label. */
function dueSoonCellRef(ss: Spreadsheet): string {
  const settings = requireSheet(ss, SHEETS.settings);
  const labels = settings.getRange(1, 1, Math.max(settings.getLastRow(), 1), 1).getValues();
  const label = SETTINGS.find((d) => d.key === 'dueSoonDays')!.label;
  const i = labels.findIndex((r) => fold(String(r[0] ?? '')) === fold(label));
  if (i < 0) throw new UserError(flagsMsg.missingDueSoonSetting(label));
  return absoluteCellRef(settings.getName(), i + 1, 2);
}

/** Tình trạng and Số ngày quá hạn formulas on rows 2..last row: one setFormulas per column. */
export function writeStatusFormulas(ss: Spreadsheet, layout: TaskLayout): number {
  const last = layout.sheet.getLastRow();
  if (last < 2) return 0;
  writeStatusFormulaRows(ss, layout, 2, last);
  return last - 1;
}

/** The same formulas on rows first..last only: the edit handler fills rows typed or inserted by hand. */
export function writeStatusFormulaRows(ss: Spreadsheet, layout: Omit<TaskLayout, 'lastColumn'>, first: number, last: number): void {
  const { sheet, columns, letters } = layout;
  const f = statusColumnFormulas(letters, first, last, dueSoonCellRef(ss));
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
    let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(flagFormula(def, letters.condition, 2)).setRanges([range]);
    if (def.style.background) b = b.setBackground(def.style.background);
    if (def.style.fontColor) b = b.setFontColor(def.style.fontColor);
    if (def.style.italic) b = b.setItalic(true);
    return b.build();
  });
  const kept = sheet.getConditionalFormatRules().filter((r) => !isTrackerRule(r));
  sheet.setConditionalFormatRules([...own, ...kept]);
}

/** Formulas, flags, the dashboard and the on-edit trigger; the caller holds the script lock (setup does). */
export function applyFlags(ss: Spreadsheet): { rows: number } {
  const layout = taskLayout(ss);
  finishPendingStamps(layout.sheet, layout.columns);
  const rows = writeStatusFormulas(ss, layout);
  writeFlagRules(layout);
  refreshDashboard(ss, layout);
  ensureEditTrigger(ss);
  return { rows };
}

/**
 * CCHC → Làm mới định dạng: managers only. It rewrites protected cells (the formulas, Tổng hợp), so a
 * staff member would get Sheets' English protection error part-way; they get a Vietnamese refusal first.
 */
export function menuRefreshFormatting(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  try {
    managerContext(ss);
    const { rows } = withScriptLock(() => {
      finishPendingEdits(() => ss);
      const done = applyFlags(ss);
      appendLog(ss, currentUser(), [{ action: flagsMsg.logRefreshFormatting, detail: flagsMsg.logRefreshDetail(done.rows) }]);
      return done;
    });
    ui.alert(flagsMsg.refreshed(rows));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    ui.alert(e.message);
  }
}
