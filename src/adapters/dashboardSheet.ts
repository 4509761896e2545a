// Tổng hợp: writes the dashboard grid (live formulas + the refreshed lists) in one call, its
// formats, the stacked bar chart of status by area and the "Tạo báo cáo" image button. A fixed
// number of calls; the lists come from tasks the caller has read.
import { AREA_TABLE_KEYS, dashboardGrid, LAYOUT, mostOverdue, ownersOf } from '../core/report/dashboard';
import { AREAS, SCHOOL_TIME_ZONE, type Task } from '../core/domain';
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
  const grid = dashboardGrid({
    refs: {
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
  if (maxRows > grid.length) sheet.getRange(grid.length + 1, 1, maxRows - grid.length, LAYOUT.width).clearContent();
  sheet.getRange(1, 1, grid.length, LAYOUT.width).setValues(grid);
  formatDashboard(sheet);
  replaceChart(sheet);
  ensureReportButton(sheet);
}

function formatDashboard(sheet: Sheet): void {
  const L = LAYOUT;
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
  sheet.getRange(L.firstAreaRow, rate, AREAS.length + 1, 2).setNumberFormat('0.0%');
  sheet.getRange(L.areaHeaderRow, 1, 1, L.width).setWrap(true);
  sheet.setColumnWidth(1, 230);
  sheet.setFrozenRows(0);
}

/** The stacked bar chart of the five status counts by area (areas only, not the total). */
function replaceChart(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) {
    if (chart.getOptions().get('title') === flagsMsg.chartTitle) sheet.removeChart(chart);
  }
  const L = LAYOUT;
  const first = 2 + AREA_TABLE_KEYS.indexOf('doneOnTime');
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(L.areaHeaderRow, 1, AREAS.length + 1, 1))
    .addRange(sheet.getRange(L.areaHeaderRow, first, AREAS.length + 1, 5))
    .setOption('isStacked', true)
    .setOption('title', flagsMsg.chartTitle)
    .setOption('colors', ['#34a853', '#e8710a', '#4285f4', '#fbbc04', '#ea4335'])
    .setPosition(L.chartRow, L.buttonCol, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** The image button, inserted once and kept; its script re-assigned if someone changed it. */
function ensureReportButton(sheet: Sheet): void {
  const mine = sheet.getImages().find((img) => img.getAltTextTitle() === flagsMsg.reportButtonLabel);
  if (mine) {
    if (mine.getScript() !== REPORT_BUTTON_SCRIPT) mine.assignScript(REPORT_BUTTON_SCRIPT);
    return;
  }
  const bytes = reportButtonPng().map((b) => (b > 127 ? b - 256 : b));
  const blob = Utilities.newBlob(bytes, 'image/png', 'tao-bao-cao.png');
  sheet
    .insertImage(blob, LAYOUT.buttonCol, LAYOUT.titleRow)
    .assignScript(REPORT_BUTTON_SCRIPT)
    .setAltTextTitle(flagsMsg.reportButtonLabel);
  sheet.getRange(LAYOUT.noteRow, LAYOUT.buttonCol + 2).setValue(flagsMsg.reportButtonHint);
}
