// Tổng hợp phường (issue 15): the ward's figures by area, its total and each unit's, as live SUMIFS
// formulas over Số liệu đơn vị (so a change there shows at once, with no script), and the units with
// the most overdue tasks, written as values on each refresh from Đơn vị's "Số nhiệm vụ quá hạn".
// The rates are the school's own (src/core/status/engine.ts figuresOf, the report's table in
// src/core/report/model.ts): both over the tasks due — completion = done of due ÷ due, on time =
// (done of due − done late) ÷ due, a late completion being always of a task already due.
import { AREAS } from '../domain';
import { columnLetter } from '../status/formulas';
import { asPlainText } from '../text';
import type { FigureColumnKey } from './schema';
import { wardMsg } from '../../messages/ward';

const m = wardMsg.summary;

export type SummaryCell = string | number;

/** Whole-column references into Số liệu đơn vị ('Số liệu đơn vị'!$G:$G), found by header. */
export type FigureRefs = Partial<Record<FigureColumnKey, string>>;

/** The table's figure columns, after the label column (A). */
export const SUMMARY_KEYS = [
  'total',
  'due',
  'doneOfDue',
  'onTimeOfDue',
  'overdue',
  'completionRate',
  'onTimeRate',
] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

export const TOP_UNITS = 5;

/** 1-based column of a figure key in the table. */
export const summaryCol = (k: SummaryKey): number => 2 + SUMMARY_KEYS.indexOf(k);

/** Where the fixed parts sit (1-based). The area table, the total, then the unit table, from A6. */
export const SUMMARY_LAYOUT = {
  titleRow: 1,
  /** A2 the label, B2 the period's label every formula filters on. */
  periodRow: 2,
  liveNoteRow: 3,
  rateNoteRow: 4,
  areaHeaderRow: 6,
  /** The unit's key (Mã sổ đơn vị), the unit rows' criterion, right of the figures. */
  keyCol: 2 + SUMMARY_KEYS.length,
  /** The list of units with the most overdue tasks, one column apart from the table. */
  topCol: 4 + SUMMARY_KEYS.length,
  topTitleRow: 1,
  topNoteRow: 2,
  topHeaderRow: 3,
  firstTopRow: 4,
  /** The chart sits under the list. */
  chartRow: 5 + TOP_UNITS,
  /** Through the list's last column. */
  width: 4 + SUMMARY_KEYS.length + 2,
} as const;

const PERIOD_CELL = `$B$${SUMMARY_LAYOUT.periodRow}`;

/** The rows of a summary with `areas` areas and `units` units. */
export function summaryRows(areas: number, units: number) {
  const firstAreaRow = SUMMARY_LAYOUT.areaHeaderRow + 1;
  const totalRow = firstAreaRow + areas;
  const unitHeaderRow = totalRow + 2;
  return { firstAreaRow, totalRow, unitHeaderRow, firstUnitRow: unitHeaderRow + 1, lastUnitRow: unitHeaderRow + units };
}

/**
 * The figure formulas of one row; `criteria` adds ",range,cell" pairs to the period's (null: its
 * column is missing on Số liệu đơn vị, and so are the row's figures).
 */
export function rowFormulas(refs: FigureRefs, row: number, criteria: string | null): SummaryCell[] {
  const sum = (k: FigureColumnKey) =>
    refs[k] && refs.period && criteria !== null ? `SUMIFS(${refs[k]},${refs.period},${PERIOD_CELL}${criteria})` : null;
  const cell = (k: SummaryKey) => `${columnLetter(summaryCol(k))}${row}`;
  const rate = (k: SummaryKey) => `=IF(${cell('due')}=0,"",${cell(k)}/${cell('due')})`;
  const of = (...parts: (string | null)[]) => (parts.every(Boolean) ? `=${parts.join('-')}` : '');
  const byKey: Record<SummaryKey, SummaryCell> = {
    total: of(sum('total')),
    due: of(sum('due')),
    doneOfDue: of(sum('doneOfDue')),
    onTimeOfDue: of(sum('doneOfDue'), sum('doneLate')),
    overdue: of(sum('overdue')),
    completionRate: rate('doneOfDue'),
    onTimeRate: rate('onTimeOfDue'),
  };
  return SUMMARY_KEYS.map((k) => byKey[k]);
}

/** A unit as the summary lists it: Đơn vị's row after the pull. */
export interface SummaryUnit {
  key: string;
  name: string;
  /** Số nhiệm vụ quá hạn; null when not known (not reachable, never pulled). */
  overdueCount: number | null;
  state: string;
}

/** The units with the most overdue tasks (at least one), most first, then by name. */
export function mostOverdueUnits(units: readonly SummaryUnit[], limit = TOP_UNITS): SummaryUnit[] {
  return units
    .filter((u) => (u.overdueCount ?? 0) > 0)
    .sort((a, b) => b.overdueCount! - a.overdueCount! || a.name.localeCompare(b.name, 'vi'))
    .slice(0, limit);
}

/** The areas of the table: the plan's, then any other a unit's tracker has, in the order met. */
export function summaryAreas(pulled: readonly string[]): string[] {
  return [...new Set([...AREAS, ...pulled.filter((a) => a.trim() !== '')])];
}

export interface SummaryInput {
  refs: FigureRefs;
  period: string;
  areas: readonly string[];
  units: readonly SummaryUnit[];
  /** "dd/MM/yyyy HH:mm" of this refresh, for the list's note. */
  refreshedAt: string;
}

/** The whole grid from A1 (formulas as '=' strings). */
export function summaryGrid(input: SummaryInput): SummaryCell[][] {
  const L = SUMMARY_LAYOUT;
  const rows = summaryRows(input.areas.length, input.units.length);
  const height = Math.max(rows.lastUnitRow, rows.unitHeaderRow, L.firstTopRow + TOP_UNITS - 1);
  const grid: SummaryCell[][] = Array.from({ length: height }, () => Array<SummaryCell>(L.width).fill(''));
  const put = (row: number, col: number, v: SummaryCell) => {
    grid[row - 1]![col - 1] = v;
  };
  const putRow = (row: number, col: number, values: readonly SummaryCell[]) =>
    values.forEach((v, j) => put(row, col + j, v));
  const header = SUMMARY_KEYS.map((k) => m.columns[k]);

  put(L.titleRow, 1, m.title);
  putRow(L.periodRow, 1, [m.period, asPlainText(input.period)]);
  put(L.liveNoteRow, 1, m.liveNote);
  put(L.rateNoteRow, 1, m.rateNote);

  putRow(L.areaHeaderRow, 1, [m.byArea, ...header]);
  input.areas.forEach((area, i) => {
    const row = rows.firstAreaRow + i;
    putRow(row, 1, [
      asPlainText(area),
      ...rowFormulas(input.refs, row, input.refs.area ? `,${input.refs.area},$A${row}` : null),
    ]);
  });
  putRow(rows.totalRow, 1, [m.wardTotal, ...rowFormulas(input.refs, rows.totalRow, '')]);

  putRow(rows.unitHeaderRow, 1, [m.byUnit, ...header, m.columns.unitKey]);
  const key = columnLetter(L.keyCol);
  input.units.forEach((u, i) => {
    const row = rows.firstUnitRow + i;
    const criteria = input.refs.unitKey ? `,${input.refs.unitKey},$${key}${row}` : null;
    putRow(row, 1, [asPlainText(u.name), ...rowFormulas(input.refs, row, criteria), asPlainText(u.key)]);
  });

  const top = mostOverdueUnits(input.units);
  put(L.topTitleRow, L.topCol, m.topTitle(TOP_UNITS));
  put(L.topNoteRow, L.topCol, m.topNote(input.refreshedAt));
  putRow(L.topHeaderRow, L.topCol, m.topHeader);
  if (top.length === 0) put(L.firstTopRow, L.topCol, m.noOverdue);
  top.forEach((u, i) =>
    putRow(L.firstTopRow + i, L.topCol, [asPlainText(u.name), u.overdueCount!, asPlainText(u.state)]),
  );
  return grid;
}
