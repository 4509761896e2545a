// A fault at each write step of the ward's pull (issue 15; "any step of a run can fail"): the menu
// pull on the built ward bundle fails at one write of the ward book — Số liệu đơn vị, Đơn vị's values
// or colours, Tổng hợp phường, the cursor or the triggers — and Apps Script shows the manager its error.
// The failed run leaves no unit counted twice, and the next pull ends exactly where a pull without a
// fault ends: the same states, the same figures, the same Tổng hợp phường.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/runtime';
import { SERVER_ERROR } from '../../sandbox/env';
import { wardMsg } from '../../src/messages/ward';
import { sheetValues, type World } from '../support/world';
import { figureRecords, listSchools, school, unitRecords, WARD, wardSandbox } from '../support/wardWorld';

const Q1 = 'Quý I năm 2026';
const F = wardMsg.figureColumns;
const C = wardMsg.unitColumns;
/** A call that changes the ward book, its properties or its triggers. */
const WRITE =
  /^(Range|Sheet|Spreadsheet|EmbeddedChart\w*|Protection)\.(set|insert|remove|delete|clear|update|add|merge|hide|show)|^(Properties|ScriptProperties)\.(set|delete)|^ScriptApp\.(delete|newTrigger)|^TriggerBuilder|^ClockTriggerBuilder\.create/;

let schools: World[];
beforeAll(() => {
  const due = { count: 20, on: '2026-03-15' } as const;
  schools = [
    school({ done: 12, due, report: { number: '05/BC-THMT', date: '2026-03-18', period: Q1 } }),
    school({ done: 4, due, report: { number: '07/BC-THMT', date: '2026-03-27', period: Q1 } }),
    school({ done: 0, due }),
  ];
});

/** Three schools, the last never shared; `pulledBefore`: a pull already done once, its rows to replace. */
function ward(pulledBefore = false): Sandbox {
  const sb = wardSandbox();
  listSchools(sb, schools, (i) => i !== 2);
  if (pulledBefore) expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
  return sb;
}

/** What a pull leaves, less the times it ran at. */
function outcome(sb: Sandbox) {
  const drop = (rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== F.pulledAt && k !== C.pulledAt)));
  return {
    units: drop(unitRecords(sb)),
    figures: drop(figureRecords(sb)).sort((a, b) =>
      `${String(a[F.unitKey])}|${String(a[F.area])}`.localeCompare(`${String(b[F.unitKey])}|${String(b[F.area])}`),
    ),
    summary: sheetValues(sb, wardMsg.summary.sheet).map((row) => row.map((v) => (v instanceof Date ? '' : v))),
  };
}

/** Each unit's areas at most once: no unit counted twice. */
function expectEachUnitOnce(sb: Sandbox): void {
  const keys = figureRecords(sb).map((r) => `${String(r[F.unitKey])}|${String(r[F.area])}`);
  expect(new Set(keys).size).toBe(keys.length);
}

/** The write calls of a clean pull, each as (method, nth): the steps a fault is injected at. */
function writeSteps(pulledBefore: boolean): { method: string; nth: number }[] {
  const sb = ward(pulledBefore);
  const run = sb.clickMenu(WARD, wardMsg.menu.pull);
  expect(run.error).toBeUndefined();
  return [...run.execution.calls]
    .filter(([key]) => WRITE.test(key))
    .flatMap(([method, n]) => Array.from({ length: n }, (_, i) => ({ method, nth: i + 1 })));
}

for (const pulledBefore of [false, true])
  describe(`the ward pull with a fault at each write step${pulledBefore ? ', over an earlier pull' : ''}`, () => {
    let reference: ReturnType<typeof outcome>;
    let steps: { method: string; nth: number }[];
    beforeAll(() => {
      const clean = ward(pulledBefore);
      expect(clean.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
      reference = outcome(clean);
      steps = writeSteps(pulledBefore);
    });

    it('has the steps it is tried at: the sheets written, the chart replaced, the cursor cleared', () => {
      const methods = new Set(steps.map((s) => s.method));
      expect(methods).toContain('Range.setValues');
      expect(methods).toContain('Range.setBackgrounds');
      expect(methods).toContain('Sheet.insertChart');
      if (pulledBefore) expect(methods).toContain('Sheet.removeChart');
      expect(methods).toContain('Properties.deleteProperty');
    });

    it('each step: the failure is shown, no unit is counted twice, and the next pull ends as a clean one', () => {
      for (const step of steps) {
        const sb = ward(pulledBefore);
        sb.env.faults.arm(step);
        const failed = sb.clickMenu(WARD, wardMsg.menu.pull);
        expect(
          sb.env.faults.fired.map((f) => f.method),
          `${step.method} #${step.nth}`,
        ).toEqual([step.method]);
        // Not a UserError: it leaves the menu function, and Apps Script shows its own text, as for any menu item.
        expect(failed.error?.message, `${step.method} #${step.nth}`).toBe(SERVER_ERROR);
        expectEachUnitOnce(sb);
        expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
        expect(outcome(sb), `after ${step.method} #${step.nth}`).toEqual(reference);
      }
    }, 240_000);
  });
