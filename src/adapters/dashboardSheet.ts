// Tổng hợp: writes the dashboard grid (live formulas + the refreshed lists) in one call, its
// formats, the stacked bar chart of status by area and the "Tạo báo cáo" image button. A fixed
// number of calls; the lists come from tasks the caller has read.
import {
  AREA_TABLE_KEYS,
  dashboardGrid,
  dashboardLayout,
  mostOverdue,
  ownersOf,
  type DashboardLayout,
} from '../core/report/dashboard';
import { SCHOOL_TIME_ZONE, type Task } from '../core/domain';
import { areaOrder } from '../core/plan/mode';
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { columnLetter, wholeColumnRef, type StatusFormulaColumn } from '../core/status/formulas';
import { reportButtonPng } from '../core/report/buttonImage';
import { formatDateTimeVn, isoDateInZone } from '../core/dates';
import { findSheet } from './table';
import type { TaskLayout } from './taskSheet';
import { flagsMsg } from '../messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The function the image button runs (the report feature's entry point). */
export const REPORT_BUTTON_SCRIPT = 'dashboardCreateReport';

export interface DashboardInputs {
  tasks: readonly Task[];
  dueSoonDays: number;
  now: Date;
}

export function refreshDashboard(
  ss: Spreadsheet,
  layout: TaskLayout,
  { tasks, dueSoonDays, now }: DashboardInputs,
): void {
  const sheet = findSheet(ss, SHEETS.dashboard) ?? ss.insertSheet(SHEETS.dashboard.name);
  const tasksName = layout.sheet.getName();
  const col = (k: TaskColumnKey) => {
    const i = layout.columns.get(k);
    return i === undefined ? null : wholeColumnRef(tasksName, i + 1);
  };
  // The layout has every column the status formulas need (taskSheet.ts); Minh chứng may be missing.
  const needed = (k: StatusFormulaColumn) => col(k)!;
  const today = isoDateInZone(now, SCHOOL_TIME_ZONE);
  const areas = areaOrder(tasks);
  const L = dashboardLayout(areas.length);
  // Several plans (Nguồn): a pick above the table, kept across refreshes; the formulas count the plan picked.
  const plans = [...new Set(tasks.map((t) => t.source).filter(Boolean))];
  const pickCell = sheet.getRange(L.planFilterRow, 2);
  let planPick: { plans: string[]; picked: string } | undefined;
  if (plans.length > 1) {
    const was = String(pickCell.getValue());
    planPick = { plans, picked: plans.includes(was) ? was : flagsMsg.allPlans };
  }
  const grid = dashboardGrid({
    areas,
    ...(planPick ? { planPick } : {}),
    refs: {
      ...(planPick ? { plan: { source: col('source')!, cell: `$B$${L.planFilterRow}` } } : {}),
      area: col('area')!,
      condition: needed('condition'),
      dueDate: needed('dueDate'),
      owner: needed('owner'),
      evidence: col('evidence'),
    },
    top: mostOverdue(tasks, today, dueSoonDays),
    owners: ownersOf(tasks),
    refreshedAt: formatDateTimeVn(now, SCHOOL_TIME_ZONE),
  });

  const maxRows = sheet.getMaxRows();
  if (maxRows > grid.length) sheet.getRange(grid.length + 1, 1, maxRows - grid.length, L.width).clearContent();
  sheet.getRange(1, 1, grid.length, L.width).setValues(grid);
  if (planPick)
    pickCell.setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList([flagsMsg.allPlans, ...planPick.plans], true)
        .setAllowInvalid(false)
        .build(),
    );
  formatDashboard(sheet, L, grid.length);
  replaceChart(sheet, L);
  ensureReportButton(sheet, L);
}

function formatDashboard(sheet: Sheet, L: DashboardLayout, height: number): void {
  // The rows move with the number of areas: the plain rows of this layout lose what the last one made bold or shaded.
  const last = columnLetter(L.width);
  sheet
    .getRangeList([
      `A${L.firstAreaRow}:${last}${L.totalRow - 1}`,
      `A${L.missingEvidenceRow}:${last}${L.missingEvidenceRow}`,
      `A${L.listNoteRow}:${last}${L.listNoteRow}`,
      `A${L.firstListRow}:${last}${height}`,
    ])
    .setFontWeight('normal')
    .setBackground(null);
  sheet.getRange(L.titleRow, 1).setFontWeight('bold').setFontSize(14);
  sheet.getRange(L.noteRow, 1).setFontStyle('italic');
  sheet
    .getRangeList([
      `A${L.areaHeaderRow}:${columnLetter(L.width)}${L.areaHeaderRow}`,
      `A${L.totalRow}:${columnLetter(L.width)}${L.totalRow}`,
      `A${L.listTitleRow}:G${L.listTitleRow}`,
      `A${L.listHeaderRow}:G${L.listHeaderRow}`,
    ])
    .setFontWeight('bold');
  sheet
    .getRangeList([
      `A${L.areaHeaderRow}:${columnLetter(L.width)}${L.areaHeaderRow}`,
      `A${L.listHeaderRow}:G${L.listHeaderRow}`,
    ])
    .setBackground('#e8f0fe');
  const rate = 2 + AREA_TABLE_KEYS.indexOf('completionRate');
  sheet.getRange(L.firstAreaRow, rate, L.areaCount + 1, 2).setNumberFormat('0.0%');
  sheet.getRange(L.areaHeaderRow, 1, 1, L.width).setWrap(true);
  sheet.setColumnWidth(1, 230);
  sheet.setFrozenRows(0);
}

/** The stacked bar chart of the five status counts by area (areas only, not the total). */
function replaceChart(sheet: Sheet, L: DashboardLayout): void {
  for (const chart of sheet.getCharts()) {
    if (chart.getOptions().get('title') === flagsMsg.chartTitle) sheet.removeChart(chart);
  }
  const first = 2 + AREA_TABLE_KEYS.indexOf('doneOnTime');
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(L.areaHeaderRow, 1, L.areaCount + 1, 1))
    .addRange(sheet.getRange(L.areaHeaderRow, first, L.areaCount + 1, 5))
    .setOption('isStacked', true)
    .setOption('title', flagsMsg.chartTitle)
    .setOption('colors', ['#34a853', '#e8710a', '#4285f4', '#fbbc04', '#ea4335'])
    .setPosition(L.chartRow, L.buttonCol, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** The image button, inserted once and kept; its script re-assigned if someone changed it. */
function ensureReportButton(sheet: Sheet, L: DashboardLayout): void {
  const mine = sheet.getImages().find((img) => img.getAltTextTitle() === flagsMsg.reportButtonLabel);
  if (mine) {
    if (mine.getScript() !== REPORT_BUTTON_SCRIPT) mine.assignScript(REPORT_BUTTON_SCRIPT);
    return;
  }
  const bytes = reportButtonPng().map((b) => (b > 127 ? b - 256 : b));
  const blob = Utilities.newBlob(bytes, 'image/png', 'tao-bao-cao.png');
  sheet
    .insertImage(blob, L.buttonCol, L.titleRow)
    .assignScript(REPORT_BUTTON_SCRIPT)
    .setAltTextTitle(flagsMsg.reportButtonLabel);
  sheet.getRange(L.noteRow, L.buttonCol + 2).setValue(flagsMsg.reportButtonHint);
}
