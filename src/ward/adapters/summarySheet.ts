// Tổng hợp phường (issue 15): the grid of src/core/ward/summary.ts in one write from A1 (rows a
// shorter list left below are blanked by the same write), its formats, and the bar chart of each
// unit's two rates. A fixed number of calls whatever the number of units.
import {
  SUMMARY_LAYOUT,
  summaryAreas,
  summaryCol,
  summaryGrid,
  summaryRows,
  type FigureRefs,
  type SummaryCell,
  type SummaryUnit,
} from '../../core/ward/summary';
import { columnLetter, wholeColumnRef } from '../../core/status/formulas';
import { formatDateTimeVn } from '../../core/dates';
import { SCHOOL_TIME_ZONE } from '../../core/domain';
import { findSheet } from '../../adapters/table';
import { WARD_SHEETS } from '../../core/ward/schema';
import { wardMsg } from '../../messages/ward';
import type { FigureRow, FigureSheet } from './wardBook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SummaryData {
  figures: FigureSheet;
  /** Số liệu đơn vị's rows: the areas the table lists beyond the plan's. */
  rows: readonly FigureRow[];
  period: string;
  units: readonly SummaryUnit[];
  now: Date;
}

export function refreshSummary(ss: Spreadsheet, data: SummaryData): void {
  const sheet = findSheet(ss, WARD_SHEETS.summary) ?? ss.insertSheet(WARD_SHEETS.summary.name);
  const refs: FigureRefs = {};
  for (const [key, i] of data.figures.columns) refs[key] = wholeColumnRef(data.figures.name, i + 1);
  const areas = summaryAreas(data.rows.map((r) => String(r.area)));
  const grid = summaryGrid({
    refs,
    period: data.period,
    areas,
    units: data.units,
    refreshedAt: formatDateTimeVn(data.now, SCHOOL_TIME_ZONE),
  });
  const L = SUMMARY_LAYOUT;
  const height = Math.max(grid.length, sheet.getLastRow());
  const blank = (): SummaryCell[] => Array<SummaryCell>(L.width).fill('');
  const values = Array.from({ length: height }, (_, i) => grid[i] ?? blank());
  const maxRows = sheet.getMaxRows();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  sheet.getRange(1, 1, height, L.width).setValues(values);

  const rows = summaryRows(areas.length, data.units.length);
  const last = columnLetter(L.keyCol);
  const top = columnLetter(L.topCol + 2);
  sheet
    .getRangeList([
      `A${L.titleRow}`,
      `A${L.areaHeaderRow}:${last}${L.areaHeaderRow}`,
      `A${rows.totalRow}:${last}${rows.totalRow}`,
      `A${rows.unitHeaderRow}:${last}${rows.unitHeaderRow}`,
      `${columnLetter(L.topCol)}${L.topTitleRow}`,
      `${columnLetter(L.topCol)}${L.topHeaderRow}:${top}${L.topHeaderRow}`,
    ])
    .setFontWeight('bold');
  sheet
    .getRange(L.areaHeaderRow, summaryCol('completionRate'), height - L.areaHeaderRow + 1, 2)
    .setNumberFormat('0.0%');
  replaceUnitChart(sheet, rows, data.units.length);
}

/** The bar chart of each unit's completion and on-time rates, under the list; none without units. */
function replaceUnitChart(sheet: Sheet, rows: ReturnType<typeof summaryRows>, units: number): void {
  for (const chart of sheet.getCharts()) {
    if (chart.getOptions().get('title') === wardMsg.summary.chartTitle) sheet.removeChart(chart);
  }
  if (units === 0) return;
  const L = SUMMARY_LAYOUT;
  const height = units + 1;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(rows.unitHeaderRow, 1, height, 1))
    .addRange(sheet.getRange(rows.unitHeaderRow, summaryCol('completionRate'), height, 2))
    .setOption('title', wardMsg.summary.chartTitle)
    .setOption('colors', ['#4285f4', '#34a853'])
    .setPosition(L.chartRow, L.topCol, 0, 0)
    .build();
  sheet.insertChart(chart);
}
