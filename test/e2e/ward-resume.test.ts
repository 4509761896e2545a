// The ward pull beyond what one execution can do (issue 15 §2): 100 units whose trackers take 6 s
// each to open (a slow openByUrl on the sandbox clock). Each run stops starting units after the
// budget, far inside the 6-minute limit, keeps its cursor in script properties and leaves a one-off
// trigger a minute later, whose run continues: three runs, every unit pulled once and counted once, nothing started over.
import { beforeAll, describe, expect, it } from 'vitest';
import { callsOf, EXECUTION_LIMIT_MS } from '../../sandbox/env';
import type { ExecutionResult } from '../../sandbox/runtime';
import { wardMsg } from '../../src/messages/ward';
import { AREAS } from '../../src/core/domain';
import type { World } from '../support/world';
import { figureRecords, listSchools, school, unitRecords, WARD, wardSandbox } from '../support/wardWorld';

const UNITS = 100;
const OPEN_MS = 6_000;
const F = wardMsg.figureColumns;
const C = wardMsg.unitColumns;

let schools: World[];
beforeAll(() => {
  schools = [school({ done: 12 }), school({ done: 4 }), school({ done: 0 })];
});

describe('a resumable pull of 100 units', () => {
  it('takes three executions, each inside the limit, continuing from its cursor; each unit ends counted once', () => {
    const sb = wardSandbox();
    const copies = listSchools(
      sb,
      Array.from({ length: UNITS }, (_, i) => schools[i % 3]!),
    );
    for (const c of copies)
      sb.env.faults.arm({ method: 'SpreadsheetApp.openByUrl', spreadsheetId: c.id, delayMs: OPEN_MS, proceed: true });

    const pulledAfter: number[] = [];
    const opened: number[] = [];
    const continuations = () => sb.triggers.triggers.filter((t) => t.handler === 'wardContinuePull');
    // The first run is the daily one; each unfinished run leaves one continuation a minute later, which runs the next.
    for (let run = 1; run <= 3; run++) {
      const t0 = sb.clock.nowMillis();
      let r: ExecutionResult<{ finished: boolean }>;
      if (run === 1) r = sb.run<{ finished: boolean }>(WARD, 'wardDailyPull');
      else {
        sb.clock.advance(61_000);
        const fired = sb.fireDueTriggers();
        expect(
          fired.map((f) => f.execution.functionName),
          `run ${run}`,
        ).toEqual(['wardContinuePull']);
        r = fired[0] as ExecutionResult<{ finished: boolean }>;
      }
      expect(r.error, `run ${run}`).toBeUndefined();
      expect(sb.clock.nowMillis() - t0, `run ${run}`).toBeLessThan(EXECUTION_LIMIT_MS);
      expect(r.result!.finished, `run ${run}`).toBe(run === 3);
      expect(continuations(), `run ${run}`).toHaveLength(run === 3 ? 0 : 1);
      opened.push(callsOf(r.execution, 'SpreadsheetApp.openByUrl'));
      pulledAfter.push(new Set(figureRecords(sb).map((row) => row[F.unitKey])).size);
    }
    // Never started over: the runs open 100 trackers between them, each once.
    expect(opened.reduce((a, b) => a + b, 0)).toBe(UNITS);
    expect(opened.every((n) => n > 0)).toBe(true);
    expect(sb.env.faults.pending()).toBe(0);
    expect(pulledAfter[2]).toBe(UNITS);
    expect(pulledAfter[0]).toBeLessThan(pulledAfter[1]!);
    // Each unit counted once: its areas once each.
    const rows = figureRecords(sb);
    expect(rows).toHaveLength(UNITS * AREAS.length);
    const perUnit = new Map<unknown, number>();
    for (const row of rows) perUnit.set(row[F.unitKey], (perUnit.get(row[F.unitKey]) ?? 0) + 1);
    expect([...perUnit.values()].every((n) => n === AREAS.length)).toBe(true);
    expect(unitRecords(sb).every((u) => u[C.state] === wardMsg.states.missing)).toBe(true);
    // The cursor is gone once the pull finished: the next run is a new pull from the first unit.
    const next = sb.run<{ finished: boolean; pulled: number }>(WARD, 'wardDailyPull');
    expect(next.result).toMatchObject({ finished: true, pulled: UNITS });
    expect(figureRecords(sb)).toHaveLength(UNITS * AREAS.length);
  });
});
