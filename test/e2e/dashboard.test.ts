// Tổng hợp through the bundle: after "Làm mới định dạng", the per-area table and total row (live
// COUNTIFS) equal figuresByArea/figuresOf on the same tasks, and stay right when the clock moves
// with no script running; the per-person counts, the top-overdue list, the stacked bar chart and
// the "Tạo báo cáo" image button are there, in the same number of calls on a second refresh.
import { beforeAll, describe, expect, it } from 'vitest';
import { AREA_TABLE_KEYS, LAYOUT, mostOverdue } from '../../src/core/report/dashboard';
import { addDays, isoDateInZone } from '../../src/core/dates';
import { AREAS, TaskCondition } from '../../src/core/domain';
import { figuresByArea, figuresOf, taskState, type StatusInput } from '../../src/core/status/engine';
import { SHEETS } from '../../src/core/schema';
import { trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { colOf, scriptWrite } from '../support/flagsWorld';
import { unwrap } from '../../sandbox/env';

const TZ = 'Asia/Ho_Chi_Minh';
let w: World;
let firstCalls = 0;

type Row = StatusInput & { code: string; area: string };
function tasksNow(): Row[] {
  const [header = [], ...rows] = w.sb.spreadsheet.valuesOf(SHEETS.tasks.name);
  const at = (r: unknown[], h: string) => r[header.indexOf(h)];
  const date = (v: unknown) => (v instanceof Date ? isoDateInZone(v, TZ) : null);
  return rows
    .filter((r) => String(at(r, 'Mã')).trim())
    .map((r) => ({
      code: String(at(r, 'Mã')),
      area: String(at(r, 'Lĩnh vực')),
      owner: String(at(r, 'Người chủ trì')),
      dueDate: date(at(r, 'Thời hạn')),
      planNote: String(at(r, 'Ghi chú kế hoạch')),
      progressStatus: String(at(r, 'Trạng thái')),
      completedDate: date(at(r, 'Ngày hoàn thành')),
    }));
}

const dash = () => w.sb.spreadsheet.valuesOf(SHEETS.dashboard.name);
const round = (v: unknown) => (typeof v === 'number' ? Number(v.toFixed(9)) : v);

beforeAll(() => {
  w = trackerWithPlan({ start: '2026-03-16T08:00:00+07:00' });
  const names = w.staff.map((s) => s.name);
  const today = '2026-03-16';
  const n = tasksNow().length;
  // Owners, due dates from 40 days ago to 30 ahead, some done on time, some late, some paused.
  const ownerCol = colOf(w.sb, 'owner');
  const dueCol = colOf(w.sb, 'dueDate');
  const statusCol = colOf(w.sb, 'progressStatus');
  const doneCol = colOf(w.sb, 'completedDate');
  const grid = (f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => [f(i)]);
  scriptWrite(
    w.sb,
    'Nhiệm vụ',
    2,
    ownerCol,
    grid((i) => (i % 9 === 0 ? '' : names[i % names.length])),
  );
  scriptWrite(
    w.sb,
    'Nhiệm vụ',
    2,
    dueCol,
    grid((i) => (i % 11 === 0 ? '' : new Date(`${addDays(today, -40 + ((i * 7) % 71))}T00:00:00+07:00`))),
  );
  scriptWrite(
    w.sb,
    'Nhiệm vụ',
    2,
    statusCol,
    grid((i) =>
      i % 4 === 0 ? 'Hoàn thành' : i % 13 === 0 ? 'Tạm hoãn' : i % 7 === 0 ? 'Chờ xác nhận' : 'Đang thực hiện',
    ),
  );
  scriptWrite(
    w.sb,
    'Nhiệm vụ',
    2,
    doneCol,
    grid((i) => (i % 4 === 0 ? new Date(`${addDays(today, -35 + ((i * 5) % 36))}T00:00:00+07:00`) : '')),
  );
  const r = w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng');
  expect(r.error).toBeUndefined();
  firstCalls = r.execution.calls.get('SpreadsheetApp')!;
});

describe('Tổng hợp', () => {
  for (const [label, days] of [
    ['on refresh day', 0],
    ['12 days later, no script run', 12],
  ] as const) {
    it(`per-area table and total row agree with the engine ${label}`, () => {
      if (days) w.sb.clock.advanceDays(days);
      const today = isoDateInZone(w.sb.clock.now(), TZ);
      const tasks = tasksNow();
      const byArea = figuresByArea(tasks, today, 3);
      const values = dash();
      AREAS.forEach((area, i) => {
        const got = values[LAYOUT.firstAreaRow - 1 + i]!;
        expect(got[0]).toBe(area);
        const fig = byArea.find((a) => a.area === area)!.figures;
        expect(
          AREA_TABLE_KEYS.map((_, j) => round(got[1 + j])),
          area,
        ).toEqual(AREA_TABLE_KEYS.map((k) => round(fig[k] ?? '')));
      });
      const total = figuresOf(tasks, today, 3);
      // The fixture holds tasks of every kind the table counts, Chờ xác nhận among them.
      expect(total.awaiting).toBeGreaterThan(0);
      const got = values[LAYOUT.totalRow - 1]!;
      expect(AREA_TABLE_KEYS.map((_, j) => round(got[1 + j]))).toEqual(
        AREA_TABLE_KEYS.map((k) => round(total[k] ?? '')),
      );
      expect(total.overdue).toBeGreaterThan(0);
      expect(total.doneLate).toBeGreaterThan(0);
      expect(String(values[LAYOUT.noteRow - 1]![0])).toContain(today.split('-').reverse().join('/'));
    });
  }

  it('per-person counts are live; the top-overdue list is the refresh day’s', () => {
    const today = isoDateInZone(w.sb.clock.now(), TZ);
    const tasks = tasksNow();
    const values = dash();
    const pc = LAYOUT.byPersonCol - 1;
    for (let r = LAYOUT.firstListRow - 1; r < values.length && values[r]![pc]; r++) {
      const name = String(values[r]![pc]);
      const mine = tasks.filter((t) => t.owner === name).map((t) => taskState(t, today, 3).condition);
      expect([values[r]![pc + 1], values[r]![pc + 2]], name).toEqual([
        mine.filter((c) => c === TaskCondition.OverdueNotDone).length,
        mine.filter((c) => c === TaskCondition.DueSoon).length,
      ]);
    }
    const r = w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng');
    expect(r.error).toBeUndefined();
    const top = mostOverdue(tasksNow(), today, 3);
    const listed = dash()
      .slice(LAYOUT.firstListRow - 1, LAYOUT.firstListRow - 1 + 10)
      .map((row) => row.slice(0, 3));
    expect(listed.slice(0, top.length)).toEqual(top.map((t) => [t.code, t.owner, t.days]));
    expect(top.length).toBeGreaterThan(3);
    expect(r.execution.calls.get('SpreadsheetApp')).toBe(firstCalls);
  });

  it('has the stacked bar chart and the report button, once each', () => {
    w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng');
    const sheet = unwrap(w.sb.spreadsheet.spreadsheetApi()).getSheetByName(SHEETS.dashboard.name)!;
    const { charts, images } = w.sb.env.run('editor', 'inspect', { active: PRINCIPAL, effective: PRINCIPAL }, () => ({
      charts: sheet.getCharts(),
      images: sheet.getImages(),
    })).result;
    expect(charts).toHaveLength(1);
    expect(charts[0]!.getOptions().get('isStacked')).toBe(true);
    expect((charts[0]!.getRanges() as GoogleAppsScript.Spreadsheet.Range[]).map((r) => r.getA1Notation())).toEqual([
      'A4:A12',
      'C4:G12',
    ]);
    expect(images).toHaveLength(1);
    expect(images[0]!.getScript()).toBe('dashboardCreateReport');
    expect(images[0]!.getAltTextTitle()).toBe('Tạo báo cáo');
    const click = w.sb.clickButton(PRINCIPAL, images[0]!.getScript());
    expect(click.error).toBeUndefined();
  });
});
