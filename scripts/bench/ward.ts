// Benchmark: the ward pull (issue 15 §2) of 5, 30 and 100 units of 60 tasks each, on the built ward
// bundle. Counts the calls by service per execution (openByUrl/openById apart: opening a tracker is
// the expensive call), runs the daily pull until it finishes to count the executions it needs, and
// projects the time with assumed per-call costs. The sandbox clock only moves when code waits, so
// each unit's open is made to take that unit's projected time (a slow-call fault): the pull's own
// budget then decides where each execution stops, as it would on Apps Script.
import { callsOf, callsOfSpreadsheet, type Execution } from '../../sandbox/env';
import { expectFlat } from '../benchBudget';
import type { Sandbox } from '../../sandbox/runtime';
import { trackerWithPlan, type World } from '../../test/support/world';
import { listSchools, WARD, wardSandbox } from '../../test/support/wardWorld';

const SIZES = [5, 30, 100];
const TASKS = 60;

/**
 * Assumed costs (ms). A spreadsheet read or write: 50, the upper bound of one setValues of 4,000
 * cells measured in docs/apps-script-behaviour.md "Cost of calls"; every other spreadsheet call is
 * charged the same (pessimistic: getSheets, getName are cheaper). Properties: get 30, set 60 (same
 * section). openByUrl/openById: 1,500 — no documented figure was found; this is an assumption to
 * measure on live Apps Script (parity:live), and the column "open" shows how much of the time it is.
 */
const COST = { open: 1_500, spreadsheet: 50, propertyGet: 30, propertySet: 60 };
const OPENS = ['SpreadsheetApp.openByUrl', 'SpreadsheetApp.openById'];
const LIMIT_MS = 6 * 60_000;

const opens = (e: Execution) => OPENS.reduce((n, k) => n + callsOf(e, k), 0);
const spreadsheetCalls = (e: Execution) => callsOf(e, 'SpreadsheetApp') - opens(e);
const propertyGets = (e: Execution) => callsOf(e, 'Properties.getProperty');
const propertySets = (e: Execution) => callsOf(e, 'Properties.setProperty') + callsOf(e, 'Properties.deleteProperty');
/** The other services' calls ('LockService 2, Session 3, …'), summed over the executions. */
function otherServices(executions: readonly Execution[]): string {
  const totals = new Map<string, number>();
  for (const e of executions)
    for (const [key, n] of e.calls)
      if (!key.includes('.') && !key.includes(' ') && key !== 'SpreadsheetApp' && key !== 'PropertiesService')
        totals.set(key, (totals.get(key) ?? 0) + n);
  return [...totals].map(([k, n]) => `${k} ${n}`).join(', ') || '–';
}
const projectedMs = (e: Execution) =>
  opens(e) * COST.open +
  spreadsheetCalls(e) * COST.spreadsheet +
  propertyGets(e) * COST.propertyGet +
  propertySets(e) * COST.propertySet;

function wardWith(schools: readonly World[], units: number): Sandbox {
  const sb = wardSandbox();
  listSchools(
    sb,
    Array.from({ length: units }, (_, i) => schools[i % schools.length]!),
  );
  return sb;
}

function pullOnce(sb: Sandbox): { execution: Execution; finished: boolean } {
  const r = sb.run<{ finished: boolean }>(WARD, 'wardDailyPull');
  if (r.error) throw r.error;
  return { execution: r.execution, finished: r.result!.finished };
}

/** The spreadsheet calls one unit costs (its open apart), from a one-unit pull; flat in the number of tasks. */
function perUnitCalls(): number {
  let calls = 0;
  for (const tasks of [TASKS, 300]) {
    const sb = wardWith([trackerWithPlan({ plan: tasks })], 1);
    const one = pullOnce(sb).execution;
    expectFlat('ward pull of one unit', tasks, one, 'SpreadsheetApp');
    const id = unitIds(sb)[0]!;
    calls =
      callsOfSpreadsheet(one, id, 'SpreadsheetApp') - OPENS.reduce((k, m) => k + callsOfSpreadsheet(one, id, m), 0);
  }
  return calls;
}

export async function run(): Promise<string> {
  const unitCalls = perUnitCalls();
  const schools = [
    trackerWithPlan({ plan: TASKS }),
    trackerWithPlan({ plan: TASKS }),
    trackerWithPlan({ plan: TASKS }),
  ];
  const lines = [
    `One unit costs its open and ${unitCalls} other spreadsheet calls on its tracker, at ${TASKS} and at 300 tasks alike. Assumed costs: open ${COST.open} ms (no documented figure: to measure live), other spreadsheet call ${COST.spreadsheet} ms, property get ${COST.propertyGet} ms / set ${COST.propertySet} ms (docs/apps-script-behaviour.md "Cost of calls"). ${TASKS} tasks per unit.`,
    '',
    '| units | executions | openByUrl + openById | other SpreadsheetApp calls | Properties calls | other services | projected time (total) | longest execution | wall time |',
    '|---:|---:|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const n of SIZES) {
    const sb = wardWith(schools, n);
    const t0 = performance.now();
    const executions: Execution[] = [];
    const unitMs = COST.open + unitCalls * COST.spreadsheet;
    for (const id of unitIds(sb))
      sb.env.faults.arm({ method: 'SpreadsheetApp.openByUrl', spreadsheetId: id, delayMs: unitMs, proceed: true });
    for (let finished = false; !finished;) {
      if (executions.length === 10) throw new Error(`a pull of ${n} units did not finish in 10 executions`);
      const run = pullOnce(sb);
      executions.push(run.execution);
      finished = run.finished;
    }
    const wall = performance.now() - t0;
    const longest = Math.max(...executions.map(projectedMs));
    if (longest >= LIMIT_MS)
      throw new Error(`a pull of ${n} units runs past the 6-minute limit (${longest} ms projected)`);
    const sum = (f: (e: Execution) => number) => executions.reduce((s, e) => s + f(e), 0);
    lines.push(
      `| ${n} | ${executions.length} | ${sum(opens)} | ${sum(spreadsheetCalls)} | ${sum((e) => callsOf(e, 'PropertiesService'))} | ${otherServices(executions)} | ${(sum(projectedMs) / 1000).toFixed(0)} s | ${(longest / 1000).toFixed(0)} s | ${wall.toFixed(0)} ms |`,
    );
  }
  return lines.join('\n');
}

/** The ids of the spreadsheets Đơn vị lists (all but the ward's own). */
function unitIds(sb: Sandbox): string[] {
  const links = sb.spreadsheet
    .valuesOf('Đơn vị')
    .slice(1)
    .map((r) => String(r[2]));
  return links.map((l) => /\/d\/([-\w]+)/.exec(l)![1]!);
}
