// Benchmark: building the "6 tháng đầu năm 2026" report, with its PDF, for 42, 500 and 2,000 tasks.
// Prints the spreadsheet, document and Drive API (the advanced service, drive.file) calls of the
// reportBuild execution and the local wall time; DriveApp must not be called at all.
import { performance } from 'node:perf_hooks';
import { trackerWithPlan, PRINCIPAL } from '../../test/support/world';
import type { ReportBuildResult } from '../../src/contracts/report';
import { payload, writeTasks, type TaskSpec } from '../../test/support/reportWorld';
import { callsOf } from '../../sandbox/env';
import { expectFlat } from '../benchBudget';
import { AREAS, ProgressStatus } from '../../src/core/domain';
import { addDays } from '../../src/core/dates';

/** A term's worth of tasks: deadlines spread over the year, a third done on time, a third late, a third open. */
export function benchTasks(n: number): TaskSpec[] {
  return Array.from({ length: n }, (_, i) => {
    const due = addDays('2026-01-15', (i * 7) % 340);
    const fate = i % 3;
    return {
      code: `B${i + 1}`,
      area: AREAS[i % AREAS.length]!,
      content: `Nhiệm vụ số ${i + 1}: rà soát và báo cáo`,
      owner: ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường'][i % 3]!,
      dueDate: due,
      progressStatus: fate === 2 ? ProgressStatus.InProgress : ProgressStatus.Done,
      completedDate: fate === 0 ? addDays(due, -2) : fate === 1 ? addDays(due, 3) : null,
      result: fate === 2 ? '' : `Đã hoàn thành nội dung ${i + 1}`,
      difficulties: fate === 2 ? 'Thiếu thời gian' : '',
      proposal: i % 10 === 0 ? 'Đề nghị bổ sung kinh phí' : '',
      evidence: i % 4 === 0 ? `https://drive.google.com/file/d/bench${i}` : '',
    };
  });
}

export async function run(): Promise<string> {
  const lines = [
    '| tasks | spreadsheet calls | document calls | Drive API calls | Body.appendTable | wall time (ms) |',
    '|---:|---:|---:|---:|---:|---:|',
  ];
  // Not 5,000: that report runs past the 1,020,000 characters a Google Doc holds, and is refused
  // before anything is created (test/e2e/report.test.ts).
  for (const n of [42, 500, 2000]) {
    const w = trackerWithPlan({ plan: 'none', start: '2026-07-05T09:00:00+07:00' });
    writeTasks(w.sb, benchTasks(n));
    const before = w.sb.env.executions.length;
    const t0 = performance.now();
    const result = w.sb.callServer<ReportBuildResult>(
      PRINCIPAL,
      'reportBuild',
      payload({ period: 'H1:2026', reportDate: '2026-07-05', number: '12', pdf: true }),
    );
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`report for ${n} tasks failed: ${JSON.stringify(result)}`);
    const execution = w.sb.env.executions.slice(before).find((e) => e.functionName === 'reportBuild')!;
    expectFlat('reportBuild', n, execution, 'SpreadsheetApp');
    expectFlat('reportBuild', n, execution, 'Drive');
    if (callsOf(execution, 'DriveApp'))
      throw new Error('reportBuild called DriveApp (it needs the restricted drive scope)');
    lines.push(
      `| ${n} | ${callsOf(execution, 'SpreadsheetApp')} | ${callsOf(execution, 'DocumentApp')} | ${callsOf(execution, 'Drive')} | ${callsOf(execution, 'Body.appendTable')} | ${ms.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}
