// Benchmark: "Làm mới định dạng" (status formulas, flag rules, Tổng hợp) at 50, 500 and 5,000
// tasks; one staff edit of one cell; one staff edit of Minh chứng with a link (normalised, written
// back as rich text, noted); one paste of 200 rows of progress. Spreadsheet calls (the
// budget) and wall time (for information) of the executions, in the sandbox with the built bundle.
import { performance } from 'node:perf_hooks';
import { callsOf, type Execution } from '../../sandbox/env';
import { trackerWithPlan, PRINCIPAL } from '../../test/support/world';
import { colOf } from '../../test/support/flagsWorld';
import { columnLetter } from '../../src/core/status/formulas';
import { expectFlat } from '../benchBudget';

const SIZES = [50, 500, 5000];

function row(what: string, n: number, e: Execution, ms: number): string {
  expectFlat(what, n, e, 'SpreadsheetApp');
  return `| ${what} | ${n} | ${callsOf(e, 'SpreadsheetApp')} | ${callsOf(e, 'Range.getValues')} | ${callsOf(e, 'Range.setValues') + callsOf(e, 'Range.setFormulas')} | ${ms.toFixed(0)} |`;
}

export async function run(): Promise<string> {
  const lines = [
    '| action | tasks | SpreadsheetApp calls | getValues | setValues + setFormulas | wall ms |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const n of SIZES) {
    const w = trackerWithPlan({ plan: n, start: '2026-03-16T08:00:00+07:00' });
    const staff = w.staffEmails[0]!;
    let t0 = performance.now();
    const refresh = w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng');
    if (refresh.error) throw refresh.error;
    lines.push(row('Làm mới định dạng', n, refresh.execution, performance.now() - t0));

    const progress = columnLetter(colOf(w.sb, 'progress'));
    t0 = performance.now();
    const one = w.sb.edit(staff, 'Nhiệm vụ', `${progress}5`, '50%').installable[0]!;
    if (one.error) throw one.error;
    lines.push(row('onEdit, one cell', n, one.execution, performance.now() - t0));

    // Minh chứng: a reference, a text with an inserted link and a bad item, normalised and noted.
    const evidence = columnLetter(colOf(w.sb, 'evidence'));
    const typed = '  Kế hoạch số 12 / KH-THMT ngày 05/02/2026\n\n Biên bản họp tổ  \nĐã họp tổ';
    const linked = typed.indexOf('Biên bản');
    t0 = performance.now();
    const rich = w.sb.editRichText(staff, 'Nhiệm vụ', `${evidence}5`, typed, [
      { start: linked, end: linked + 'Biên bản họp tổ'.length, url: 'https://drive.google.com/file/d/bb' },
    ]).installable[0]!;
    if (rich.error) throw rich.error;
    lines.push(row('onEdit, Minh chứng with a link', n, rich.execution, performance.now() - t0));

    if (n >= 500) {
      const values = Array.from({ length: 200 }, (_, i) => [`${(i * 7) % 100}%`]);
      t0 = performance.now();
      const paste = w.sb.edit(staff, 'Nhiệm vụ', `${progress}10`, values).installable[0]!;
      if (paste.error) throw paste.error;
      lines.push(row('onEdit, paste of 200 rows', n, paste.execution, performance.now() - t0));
    }
  }
  return lines.join('\n');
}
