// "Nhiệm vụ của tôi" at 6, 60 and 600 tasks, half of them the teacher's: service calls of loading
// the page (doGet, then myTasksLoad) and of one save (60 % and a result), as the web app runs them
// (sb.callWebApp). The budget: the same count for every size. Wall time for information.
import { performance } from 'node:perf_hooks';
import { callsOf } from '../../sandbox/env';
import { expectFlat } from '../benchBudget';
import type { MyTasksPage } from '../../src/contracts/myTasks';
import { assignWorld, BINH, PRINCIPAL } from '../../test/support/assignWorld';

const SIZES = [6, 60, 600];

export async function run(): Promise<string> {
  const lines = [
    '| tasks | hers | doGet SpreadsheetApp calls | myTasksLoad SpreadsheetApp calls | myTasksSave SpreadsheetApp calls | save getValues | save setValues | save wall ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const n of SIZES) {
    const sb = assignWorld({ tasks: n });
    const all = sb.spreadsheet
      .valuesOf('Nhiệm vụ')
      .slice(1)
      .map((r) => String(r[0]));
    const hers = all.filter((_, i) => i % 2 === 0);
    const assigned = sb.callServer<{ ok: boolean }>(PRINCIPAL, 'assignSubmit', {
      codes: hers,
      ownerId: `email:${BINH}`,
      dueDate: '2026-06-30',
    });
    if (!assigned.ok) throw new Error(`assign failed: ${JSON.stringify(assigned)}`);
    const page = sb.openWebAppResult(BINH);
    const load = sb.callWebAppResult<MyTasksPage>(BINH, 'myTasksLoad');
    if (load.error || !load.result?.ok) throw load.error ?? new Error(JSON.stringify(load.result));
    const task = load.result.tasks[0]!;
    const t0 = performance.now();
    const save = sb.callWebAppResult<{ ok: boolean }>(BINH, 'myTasksSave', {
      code: task.code,
      base: task.fields,
      values: { progress: '60', result: 'Đã họp tổ, hoàn thành dự thảo' },
    });
    const ms = performance.now() - t0;
    if (save.error || !save.result?.ok) throw save.error ?? new Error(JSON.stringify(save.result));
    const e = save.execution;
    const counts = [
      expectFlat('doGet', n, page.execution, 'SpreadsheetApp'),
      expectFlat('myTasksLoad', n, load.execution, 'SpreadsheetApp'),
      expectFlat('myTasksSave', n, e, 'SpreadsheetApp'),
    ];
    lines.push(
      `| ${n} | ${load.result.tasks.length} | ${counts.join(' | ')} | ${callsOf(e, 'Range.getValues')} | ${callsOf(e, 'Range.setValues')} | ${ms.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}
