// Tổng hợp phường on the built ward bundle (dist-ward/, issue 15): after "Cập nhật số liệu các đơn
// vị", the ward's figures by area, its total and each unit's are live SUMIFS formulas over Số liệu
// đơn vị, evaluated here by the sandbox's formula engine (HyperFormula). They equal the sums of the
// schools' own figures (each school's own adapter and engine on its own tracker), the rates are the
// school report's (both over the tasks due), the list of units with the most overdue tasks follows
// Đơn vị's "Số nhiệm vụ quá hạn", a chart shows each unit's rates, a change on Số liệu đơn vị moves
// the figures with no script run, and the pull's calls on the ward's spreadsheet do not grow with units.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/runtime';
import type { Figures } from '../../src/core/status/engine';
import { wardMsg } from '../../src/messages/ward';
import { a1, asPerson, sheetValues, type World } from '../support/world';
import { colOf, scriptWrite } from '../support/flagsWorld';
import { SHEETS } from '../../src/core/schema';
import { midnightInZone } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import { figureRecords, listSchools, ownFigures, school, unitRecords, WARD, wardSandbox } from '../support/wardWorld';

const SUM = wardMsg.summary;
const C = wardMsg.unitColumns;
const F = wardMsg.figureColumns;
const Q1 = 'Quý I năm 2026';
const TZ = 'Asia/Ho_Chi_Minh';

/** Due dates on the school's first tasks, in runs: [how many, date]. */
function dueDates(w: World, runs: readonly [number, IsoDate][]): World {
  const dates = runs.flatMap(([n, date]) => Array.from({ length: n }, () => [midnightInZone(date, TZ)]));
  scriptWrite(w.sb, SHEETS.tasks.name, 2, colOf(w.sb, 'dueDate'), dates);
  return w;
}

let schools: World[];
beforeAll(() => {
  // Done on 10/03: on time where due 15/03 or 20/03, late where due 28/02 or 01/03; the rest overdue.
  schools = [
    dueDates(school({ done: 12, report: { number: '05/BC-THMT', date: '2026-03-18', period: Q1 } }), [
      [6, '2026-03-15'],
      [10, '2026-02-28'],
    ]),
    dueDates(school({ done: 6 }), [[16, '2026-03-20']]),
    dueDates(school({ done: 3 }), [
      [3, '2026-03-01'],
      [7, '2026-03-25'],
    ]),
    dueDates(school({ done: 0 }), [[8, '2026-03-15']]),
  ];
});

/** `n` units, copies of the four schools in turn; the last one never shared with the ward. */
function ward(n: number): { sb: Sandbox; ids: string[]; of: World[] } {
  const sb = wardSandbox();
  const of = Array.from({ length: n }, (_, i) => schools[i % schools.length]!);
  const copies = listSchools(sb, of, (i) => i !== n - 1);
  return { sb, ids: copies.map((c) => c.id), of };
}

interface Line {
  label: unknown;
  total: unknown;
  due: unknown;
  doneOfDue: unknown;
  onTimeOfDue: unknown;
  overdue: unknown;
  completionRate: unknown;
  onTimeRate: unknown;
}

/** Tổng hợp phường as the sheet shows it, its columns found by their headers. */
function summary(sb: Sandbox) {
  const v = sheetValues(sb, SUM.sheet);
  const unitHeader = v.findIndex((r) => r[0] === SUM.byUnit && r.includes(SUM.columns.unitKey));
  const areaHeader = v.findIndex((r) => r[0] === SUM.byArea);
  const totalAt = v.findIndex((r) => r[0] === SUM.wardTotal);
  const header = v[unitHeader]!;
  const col = (h: string) => header.indexOf(h);
  const line = (r: unknown[]): Line => ({
    label: r[0],
    total: r[col(SUM.columns.total)],
    due: r[col(SUM.columns.due)],
    doneOfDue: r[col(SUM.columns.doneOfDue)],
    onTimeOfDue: r[col(SUM.columns.onTimeOfDue)],
    overdue: r[col(SUM.columns.overdue)],
    completionRate: r[col(SUM.columns.completionRate)],
    onTimeRate: r[col(SUM.columns.onTimeRate)],
  });
  const unitRows = v.slice(unitHeader + 1).filter((r) => r[0] !== '');
  // The list: under its header, one unit a row, the count right of the name.
  const topAt = v.findIndex((r) => r.includes(SUM.topHeader[1]));
  const countCol = v[topAt]!.indexOf(SUM.topHeader[1]);
  const top = v
    .slice(topAt + 1, topAt + 6)
    .filter((r) => r[countCol - 1] !== '')
    .map((r) => [r[countCol - 1], r[countCol]]);
  return {
    period: v[1]![1],
    areas: v.slice(areaHeader + 1, totalAt).map(line),
    total: line(v[totalAt]!),
    units: unitRows.map(line),
    keys: unitRows.map((r) => r[col(SUM.columns.unitKey)]),
    top,
    rows: { total: totalAt + 1, firstUnit: unitHeader + 2 },
    cols: { due: col(SUM.columns.due) + 1 },
  };
}

interface Sums {
  total: number;
  due: number;
  doneOfDue: number;
  doneLate: number;
  overdue: number;
  /** By the engine's own on-time rate (done on time of due ÷ due), times due. */
  onTimeOfDue: number;
}
const ZERO: Sums = { total: 0, due: 0, doneOfDue: 0, doneLate: 0, overdue: 0, onTimeOfDue: 0 };
const add = (s: Sums, f: Figures): Sums => ({
  total: s.total + f.total,
  due: s.due + f.due,
  doneOfDue: s.doneOfDue + f.doneOfDue,
  doneLate: s.doneLate + f.doneLate,
  overdue: s.overdue + f.overdue,
  onTimeOfDue: s.onTimeOfDue + Math.round((f.onTimeRate ?? 0) * f.due),
});

/** The figures a line must show for these sums: the school report's rates, blank when nothing is due. */
function expectLine(got: Line, want: Sums, what: string): void {
  expect([got.total, got.due, got.doneOfDue, got.onTimeOfDue, got.overdue], what).toEqual([
    want.total,
    want.due,
    want.doneOfDue,
    want.onTimeOfDue,
    want.overdue,
  ]);
  if (want.due === 0) {
    expect([got.completionRate, got.onTimeRate], what).toEqual(['', '']);
    return;
  }
  expect(got.completionRate as number, what).toBeCloseTo(want.doneOfDue / want.due, 10);
  expect(got.onTimeRate as number, what).toBeCloseTo(want.onTimeOfDue / want.due, 10);
}

describe('Tổng hợp phường', () => {
  it('shows each unit, each area and the ward as the sums of the schools’ own figures, with the school report’s rates', () => {
    const { sb, ids, of } = ward(5);
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    const s = summary(sb);
    expect(s.period).toBe(Q1);
    // Every unit listed, in Đơn vị's order, keyed by its tracker.
    expect(s.units.map((u) => u.label)).toEqual(ids.map((_, i) => `Trường ${i + 1}`));
    expect(s.keys).toEqual(ids);
    const reachable = of.slice(0, -1);
    // A unit: the sum of its school's own figures over the areas.
    reachable.forEach((w, i) =>
      expectLine(
        s.units[i]!,
        ownFigures(w)
          .map((a) => a.figures)
          .reduce(add, ZERO),
        `unit ${i + 1}`,
      ),
    );
    // The unit the ward cannot read has nothing pulled: zeros, no rate.
    expectLine(s.units[4]!, ZERO, 'not shared');
    // An area: the sum of that area's figures over the schools the ward could read.
    const areas = ownFigures(schools[0]!).map((a) => a.area);
    expect(s.areas.map((a) => a.label)).toEqual(areas);
    for (const [k, area] of areas.entries()) {
      const want = reachable.map((w) => ownFigures(w).find((a) => a.area === area)!.figures).reduce(add, ZERO);
      expectLine(s.areas[k]!, want, area);
    }
    // The ward: every area of every school read.
    const all = reachable.flatMap((w) => ownFigures(w).map((a) => a.figures)).reduce(add, ZERO);
    expectLine(s.total, all, 'ward');
    // Progress differs, so the rates do: one school done late shows a lower on-time rate.
    expect(all.doneLate).toBeGreaterThan(0);
    expect(new Set(s.units.slice(0, 4).map((u) => u.completionRate)).size).toBe(4);
    expect(s.total.onTimeRate as number).toBeLessThan(s.total.completionRate as number);
    // A second pull replaces, never adds.
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    expect(summary(sb).total).toEqual(s.total);
  });

  it("lists the five units with the most overdue tasks, from Đơn vị's Số nhiệm vụ quá hạn", () => {
    const { sb } = ward(8);
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    const units = unitRecords(sb);
    const counted = units
      .filter((u) => typeof u[C.overdueCount] === 'number' && (u[C.overdueCount] as number) > 0)
      .map((u) => [u[C.name], u[C.overdueCount]] as [string, number]);
    // More units with overdue tasks than the list holds: the list is the top of them.
    expect(counted.length).toBeGreaterThan(5);
    const top = summary(sb).top;
    expect(top).toHaveLength(5);
    const counts = top.map(([, n]) => n as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const fifth = counts[4]!;
    // Nobody left out has more than the last one listed; everyone listed has the count Đơn vị shows.
    expect(counted.filter(([name]) => !top.some(([t]) => t === name)).every(([, n]) => n <= fifth)).toBe(true);
    for (const [name, n] of top) expect(counted).toContainEqual([name, n]);
    // Trường 2 and 6 (11 overdue), 4 (9), then 3 and 7 (8, by name); the two with 5 are left out.
    expect(top.map(([name]) => name)).toEqual(['Trường 2', 'Trường 6', 'Trường 4', 'Trường 3', 'Trường 7']);
    // The unit that cannot be read has no count: never listed.
    expect(top.map(([name]) => name)).not.toContain('Trường 8');
  });

  it('is live: a changed figure on Số liệu đơn vị changes the unit, its area and the ward total with no script run', () => {
    const { sb, ids } = ward(3);
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    const before = summary(sb);
    const formulas = asPerson(sb, WARD, (ss) => ss.getSheetByName(SUM.sheet)!.getDataRange().getFormulas());
    expect(formulas[before.rows.total - 1]![before.cols.due - 1]).toMatch(/^=SUMIFS\(/);
    expect(formulas[before.rows.firstUnit - 1]![before.cols.due - 1]).toMatch(/^=SUMIFS\(/);
    // The ward's owner corrects the second unit's first area: 5 more tasks due.
    const rows = figureRecords(sb);
    const at = rows.findIndex((r) => r[F.unitKey] === ids[1]);
    const header = sheetValues(sb, wardMsg.sheets.figures)[0]!;
    const due = Number(rows[at]![F.due]);
    const executions = sb.executions.length;
    sb.edit(WARD, wardMsg.sheets.figures, a1(at + 2, header.indexOf(F.due) + 1), due + 5);
    expect(sb.executions.length, 'no script ran').toBe(executions);
    const after = summary(sb);
    expect(after.total.due).toBe((before.total.due as number) + 5);
    expect(after.units[1]!.due).toBe((before.units[1]!.due as number) + 5);
    expect(after.units[0]).toEqual(before.units[0]);
    const area = after.areas.find((a) => a.label === rows[at]![F.area])!;
    const was = before.areas.find((a) => a.label === rows[at]![F.area])!;
    expect(area.due).toBe((was.due as number) + 5);
    expect(after.total.completionRate as number).toBeCloseTo(
      (after.total.doneOfDue as number) / (after.total.due as number),
      10,
    );
    expect(after.total.completionRate).not.toBe(before.total.completionRate);
  });

  it("has one bar chart of each unit's two rates, made anew on each refresh", () => {
    const { sb } = ward(3);
    const charts = () => sb.spreadsheet.sheets.find((x) => x.name === SUM.sheet)!.charts;
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    expect(charts()).toHaveLength(1);
    const chart = charts()[0]!;
    expect(chart.chartType).toBe('BAR');
    expect(chart.options.title).toBe(SUM.chartTitle);
    // The unit names and the two rates, from the unit table's header through its last unit.
    const { rows } = summary(sb);
    const header = sheetValues(sb, SUM.sheet)[rows.firstUnit - 2]!;
    expect(chart.ranges.map(({ rect: r }) => [r.row, r.numRows, r.col, r.numCols])).toEqual([
      [rows.firstUnit - 1, 4, 1, 1],
      [rows.firstUnit - 1, 4, header.indexOf(SUM.columns.completionRate) + 1, 2],
    ]);
  });

  it('made by setup, before any pull; the pull writes it in one batch, its calls on the ward’s sheet flat in units', () => {
    const fresh = wardSandbox();
    expect(summary(fresh).total.due).toBe(0);
    const calls = (n: number) => {
      const { sb } = ward(n);
      const run = sb.clickMenu(WARD, wardMsg.menu.pull);
      expect(run.error).toBeUndefined();
      return Object.fromEntries([...(run.execution.callsBySpreadsheet.get(sb.spreadsheet.id) ?? new Map())]);
    };
    const few = calls(2);
    expect(calls(6)).toEqual(few);
  });
});
