// Assigning 1, 50 and 500 tasks through the sidebar's server functions in the sandbox: service
// calls of assignLoad and assignSubmit (the budget: the same for every size, apart from one email
// per assignee) and wall time (for information).
import { performance } from 'node:perf_hooks';
import { callsOf } from '../../sandbox/env';
import { expectFlat } from '../benchBudget';
import { SHEETS } from '../../src/core/schema';
import { assignWorld, BINH, HOA, PRINCIPAL } from '../../test/support/assignWorld';

const SIZES = [1, 50, 500];

export async function run(): Promise<string> {
  const lines = [
    '| tasks | assignLoad SpreadsheetApp calls | assignSubmit SpreadsheetApp calls | getValues | setValues | MailApp calls | emails | assignSubmit wall ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const n of SIZES) {
    const sb = assignWorld({ tasks: n });
    sb.select(PRINCIPAL, SHEETS.tasks.name, [`A2:A${n + 1}`]);
    const load = sb.callServerResult<{ tasks: { code: string }[] }>(PRINCIPAL, 'assignLoad');
    const codes = load.result!.tasks.map((t) => t.code);
    const t0 = performance.now();
    const submit = sb.callServerResult(PRINCIPAL, 'assignSubmit', {
      codes,
      ownerId: `email:${BINH}`,
      coOwnerIds: [`email:${HOA}`],
      startDate: '2026-02-01',
      dueDate: '2026-06-30',
      note: '',
      sendEmail: true,
      confirmReassign: false,
    });
    const ms = performance.now() - t0;
    if (submit.error) throw submit.error;
    const e = submit.execution;
    expectFlat('assignLoad', n, load.execution, 'SpreadsheetApp');
    expectFlat('assignSubmit', n, e, 'SpreadsheetApp');
    lines.push(
      `| ${n} | ${callsOf(load.execution, 'SpreadsheetApp')} | ${callsOf(e, 'SpreadsheetApp')} | ${callsOf(e, 'Range.getValues')} | ${callsOf(e, 'Range.setValues')} | ${callsOf(e, 'MailApp')} | ${sb.mail.outbox.length} | ${ms.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}
