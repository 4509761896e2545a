// Setup, import and re-import at 50, 500 and 5,000 tasks in the sandbox: service calls by service
// for each execution (the budget: the same at every size) and local wall time (for information).
import { performance } from 'node:perf_hooks';
import type { Execution } from '../../sandbox/env';
import { expectFlat } from '../benchBudget';
import type { Sandbox } from '../../sandbox/runtime';
import { generatedPlanText, PRINCIPAL, SETUP_MENU, trackerWithPlan } from '../../test/support/world';

const SIZES = [50, 500, 5000];
const SERVICES = [
  'SpreadsheetApp',
  'LockService',
  'Session',
  'DocumentApp',
  'ScriptApp',
  'HtmlService',
  'PropertiesService',
];

function row(n: number, action: string, execution: Execution, ms: number): string {
  const calls = SERVICES.map((s) => execution.calls.get(s) ?? 0);
  SERVICES.forEach((s) => expectFlat(action, n, execution, s));
  const byService = SERVICES.map((s, i) => `${s} ${calls[i]}`)
    .filter((_, i) => calls[i]! > 0)
    .join(', ');
  return `| ${n} | ${action} | ${byService} | ${execution.calls.get('Range.getValues') ?? 0} | ${execution.calls.get('Range.setValues') ?? 0} | ${ms.toFixed(0)} |`;
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

function importAs(sb: Sandbox, text: string): [Execution, number] {
  const [run, ms] = timed(() =>
    sb.callServerResult<{ ok: boolean; message: string }>(PRINCIPAL, 'importConfirm', { kind: 'text', text }),
  );
  if (run.error) throw run.error;
  if (!run.result?.ok) throw new Error(run.result?.message);
  return [run.execution, ms];
}

export async function run(): Promise<string> {
  const lines = [
    '| tasks | action | service calls by service | Range.getValues | Range.setValues | wall ms |',
    '|---:|---|---|---:|---:|---:|',
  ];
  for (const n of SIZES) {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const text = generatedPlanText(n);
    const [imported, importMs] = importAs(sb, text);
    const [setup, setupMs] = timed(() => sb.clickMenu(PRINCIPAL, SETUP_MENU));
    if (setup.error) throw setup.error;
    // A revised plan: every tenth item reworded, the last one dropped, one added.
    const revised = text
      .split('\n')
      .map((l, i) =>
        l.startsWith('- ') && i % 10 === 0 ? l.replace('rà soát, triển khai', 'rà soát lại, triển khai') : l,
      )
      .filter((l, i, all) => i !== all.length - 3)
      .join('\n')
      .replace('Trên đây là', '- Nhiệm vụ bổ sung cuối năm: tổng kết công tác cải cách hành chính.\n\nTrên đây là');
    const [reimported, reimportMs] = importAs(sb, revised);
    lines.push(row(n, 'setup (workbook with the tasks)', setup.execution, setupMs));
    lines.push(row(n, 'import (first)', imported, importMs));
    lines.push(row(n, 'import (revised plan)', reimported, reimportMs));
  }
  return lines.join('\n');
}
