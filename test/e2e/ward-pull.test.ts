// The ward edition's pull on the built ward bundle (dist-ward/, issue 15): five school trackers built
// by the school bundle from the sample plan with their own progress, copied into the ward's Drive.
// "Cập nhật số liệu các đơn vị" gives every unit its state (on time, late, not reported, not
// reachable with a Vietnamese reason), writes Số liệu đơn vị with the figures each school's own
// engine gives, one unit failing mid-pull does not stop the others, and each sheet is written once.
import { beforeAll, describe, expect, it } from 'vitest';
import { callsOf, callsOfSpreadsheet } from '../../sandbox/env';
import type { Sandbox } from '../../sandbox/runtime';
import { wardMsg } from '../../src/messages/ward';
import { isoDateInZone } from '../../src/core/dates';
import { OPEN_ERRORS } from '../../sandbox/spreadsheet';
import { asPerson, type World } from '../support/world';
import { STATE_COLOURS, type UnitState } from '../../src/core/ward/state';
import {
  addUnitTracker,
  figureRecords,
  linkOf,
  listUnits,
  ownFigures,
  Q1_CUT_OFF,
  school,
  unitRecords,
  WARD,
  wardSandbox,
} from '../support/wardWorld';

const S = wardMsg.states;
const C = wardMsg.unitColumns;
const F = wardMsg.figureColumns;
const Q1 = 'Quý I năm 2026';

let schools: World[];

beforeAll(() => {
  // The first 20 tasks fall due in the quarter (the sample plan's own deadlines are later), so the
  // due, done and overdue figures below are not all zero.
  const due = { count: 20, on: '2026-03-15' } as const;
  schools = [
    school({ done: 12, due, report: { number: '05/BC-THMT', date: '2026-03-18', period: Q1 } }),
    school({ done: 6, due, report: { number: '07/BC-THMT', date: '2026-03-27', period: Q1 } }),
    school({ done: 3, due }),
    school({ done: 9, due, report: { number: '04/BC-THMT', date: '2026-03-19', period: Q1 } }),
    school({ done: 0, due }),
  ];
});

interface Listed {
  ward: Sandbox;
  ids: string[];
}

/** The five schools in one ward: the fourth never shared; then a damaged copy, a bad link and a dead one. */
function ward(): Listed {
  const ward = wardSandbox();
  const copies = schools.map((w, i) => addUnitTracker(ward, w, `Sổ CCHC trường ${i + 1}`, i !== 3));
  const damaged = addUnitTracker(ward, schools[4]!, 'Sổ CCHC hỏng');
  damaged.removeSheet(damaged.requireSheet('Nhiệm vụ'));
  const units = [
    ...copies.map((c, i) => ({ name: `Trường ${i + 1}`, link: linkOf(c) })),
    { name: 'Trường hỏng', link: linkOf(damaged) },
    { name: 'Trường gõ sai', link: 'sổ của trường' },
    {
      name: 'Trường đã xoá',
      link: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit',
    },
  ];
  listUnits(ward, units);
  return { ward, ids: copies.map((c) => c.id) };
}

const num = (v: unknown) => Number(v);

describe('ward pull: Cập nhật số liệu các đơn vị', () => {
  it('gives every unit its state, with a Vietnamese reason for the ones it cannot read, in one write per sheet', () => {
    const { ward: sb } = ward();
    const run = sb.clickMenu(WARD, wardMsg.menu.pull);
    expect(run.error).toBeUndefined();
    const units = unitRecords(sb);
    expect(units.map((u) => [u[C.name], u[C.state]])).toEqual([
      ['Trường 1', S.onTime],
      ['Trường 2', S.late],
      ['Trường 3', S.missing],
      ['Trường 4', S.unreachable],
      ['Trường 5', S.missing],
      ['Trường hỏng', S.unreachable],
      ['Trường gõ sai', S.unreachable],
      ['Trường đã xoá', S.unreachable],
    ]);
    expect(units.map((u) => u[C.reason])).toEqual([
      '',
      '',
      '',
      wardMsg.reasons.notShared,
      '',
      expect.stringContaining('Nhiệm vụ'),
      wardMsg.reasons.badLink,
      wardMsg.reasons.notFound,
    ]);
    expect(units[0]![C.report]).toBe('Số 05/BC-THMT ngày 18/03/2026');
    expect(units[1]![C.report]).toBe('Số 07/BC-THMT ngày 27/03/2026');
    expect(units[0]![C.reportLink]).toContain('docs.google.com/document');
    // The person sees the outcome; the unreachable ones are counted.
    expect(sb.ui.alerts.at(-1)?.message).toBe(wardMsg.pullDone(Q1, 8, 4));
    // Each state has its colour on the state column.
    const stateCol = Object.keys(units[0]!).indexOf(C.state) + 1;
    const shown = asPerson(sb, WARD, (ss) =>
      ss.getSheetByName(wardMsg.sheets.units)!.getRange(2, stateCol, units.length, 1).getBackgrounds(),
    );
    expect(shown.map(([c]) => c)).toEqual(units.map((u) => STATE_COLOURS[u[C.state] as UnitState]));
    // One batch per sheet: Số liệu đơn vị's values once, Đơn vị's values and colours once each,
    // and Tổng hợp phường's grid once (test/e2e/ward-summary.test.ts).
    const e = run.execution;
    expect(callsOf(e, 'Range.setValues')).toBe(3);
    expect(callsOf(e, 'Range.setBackgrounds')).toBe(1);
    expect(callsOf(e, 'Range.setValue')).toBe(0);
    // Read-only: nothing is written to any unit's tracker.
    for (const [id, split] of e.callsBySpreadsheet) {
      if (id === sb.spreadsheet.id) continue;
      expect(
        [...split.keys()].filter((k) => /\.(set|insert|delete|clear|append)/.test(k)),
        id,
      ).toEqual([]);
    }
  });

  it("writes each reachable school's figures by area as its own engine computes them as of the period's cut-off; the ward's are their sum", () => {
    const { ward: sb, ids } = ward();
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    const rows = figureRecords(sb);
    const reachable = [0, 1, 2, 4];
    expect(new Set(rows.map((r) => r[F.unitKey]))).toEqual(new Set(reachable.map((i) => ids[i])));
    // The cut-off matters here: as of the pull's day the schools' own figures differ.
    expect(ownFigures(schools[0]!, '2026-04-10')).not.toEqual(ownFigures(schools[0]!));
    const sum = new Map<string, number[]>();
    for (const i of reachable) {
      const own = ownFigures(schools[i]!);
      const mine = rows.filter((r) => r[F.unitKey] === ids[i]);
      expect(mine.map((r) => r[F.area])).toEqual(own.map((a) => a.area));
      for (const [k, { area, figures }] of own.entries()) {
        const got = mine[k]!;
        const want = [
          figures.total,
          figures.due,
          figures.doneOfDue,
          figures.doneOnTime,
          figures.doneLate,
          figures.overdue,
        ];
        expect(
          [F.total, F.due, F.doneOfDue, F.doneOnTime, F.doneLate, F.overdue].map((h) => num(got[h])),
          area,
        ).toEqual(want);
        sum.set(
          area,
          (sum.get(area) ?? [0, 0, 0, 0, 0, 0]).map((v, j) => v + want[j]!),
        );
      }
      expect(mine.every((r) => r[F.period] === Q1)).toBe(true);
      expect(mine.map((r) => isoDateInZone(r[F.asOf] as Date, 'Asia/Ho_Chi_Minh'))).toEqual(mine.map(() => Q1_CUT_OFF));
    }
    // Not a sum of zeros: tasks are due, some done, some overdue.
    const totals = [...sum.values()].reduce((a, b) => a.map((v, j) => v + b[j]!));
    expect(totals[1]).toBe(80);
    expect(totals[2]).toBeGreaterThan(0);
    expect(totals[5]).toBeGreaterThan(0);
    // The ward's figures per area: the sum of the rows equals the sum of the schools' own figures.
    for (const [area, want] of sum) {
      const of = rows.filter((r) => r[F.area] === area);
      expect(
        [F.total, F.due, F.doneOfDue, F.doneOnTime, F.doneLate, F.overdue].map((h) =>
          of.reduce((s, r) => s + num(r[h]), 0),
        ),
      ).toEqual(want);
    }
    // Different progress shows: the schools' completed counts differ.
    const doneOf = (i: number) =>
      rows.filter((r) => r[F.unitKey] === ids[i]).reduce((s, r) => s + num(r[F.doneOnTime]) + num(r[F.doneLate]), 0);
    expect(new Set(reachable.map(doneOf)).size).toBeGreaterThan(1);
    // A second pull replaces the rows: each unit's areas once, never twice.
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    expect(figureRecords(sb)).toHaveLength(rows.length);
  });

  it('a unit that fails in the middle of the pull is not reachable, with its reason, and the units after it are pulled', () => {
    const { ward: sb, ids } = ward();
    sb.env.faults.arm({ method: 'Range.getValues', spreadsheetId: ids[2] });
    const run = sb.clickMenu(WARD, wardMsg.menu.pull);
    expect(run.error).toBeUndefined();
    const units = unitRecords(sb);
    expect(units[2]![C.state]).toBe(S.unreachable);
    expect(String(units[2]![C.reason])).toMatch(/^Không đọc được sổ theo dõi: /);
    expect(units[4]![C.state]).toBe(S.missing);
    expect(units[0]![C.state]).toBe(S.onTime);
    expect(new Set(figureRecords(sb).map((r) => r[F.unitKey]))).toEqual(new Set([ids[0], ids[1], ids[4]]));
    // Each unit's tracker is opened once.
    for (const id of ids.filter((_, i) => i !== 3))
      expect(callsOfSpreadsheet(run.execution, id, 'SpreadsheetApp.openByUrl')).toBe(1);
    expect(OPEN_ERRORS.notShared).toContain('permission');
  });
});
