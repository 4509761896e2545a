// Benchmark: one daily alert run (runDailyAlerts on the built bundle in the sandbox) at 50, 500 and
// 5,000 tasks with 25 and 200 staff. Counts spreadsheet and properties calls (the budget: spreadsheet
// calls do not grow with the task count), emails sent, and local wall time (information only).
import { addDays } from '../../src/core/dates';
import { formatVn } from '../../src/messages/format';
import { callsOf } from '../../sandbox/env';
import { expectFlat } from '../benchBudget';
import { trackerWithPlan } from '../../test/support/world';

const DAY = '2026-06-15';
const SIZES = [50, 500, 5000];
const STAFF = [25, 200];

/** Extra staff rows (Cán bộ column order) to reach `count` people. */
function extraStaff(existing: number, count: number): string[][] {
  return Array.from({ length: Math.max(0, count - existing) }, (_, i) => [
    `Cán bộ Thử Nghiệm ${i + 1}`,
    `cb${i + 1}@thmythinh.edu.vn`,
    'Giáo viên',
    `Tổ ${(i % 5) + 1}`,
    'Cán bộ',
    'Có',
  ]);
}

function one(tasks: number, staffCount: number): string[] {
  const world = trackerWithPlan({ plan: tasks, mailQuota: 1500 });
  const { sb, principal } = world;
  const extra = extraStaff(world.staff.length, staffCount);
  if (extra.length) sb.edit(principal, 'Cán bộ', `A${world.staff.length + 2}`, extra);
  const names = [
    ...world.staff.filter((s) => s.active === 'Có' && s.email !== principal).map((s) => s.name),
    ...extra.map((r) => r[0]!),
  ];
  const header = sb.spreadsheet.valuesOf('Nhiệm vụ')[0]!;
  const col = (h: string) => String.fromCharCode(65 + header.indexOf(h));
  // Deadlines from 60 days before to 30 days after the run: a third overdue, some due soon.
  const owners = Array.from({ length: tasks }, (_, i) => [names[i % names.length]!]);
  const dues = Array.from({ length: tasks }, (_, i) => [formatVn(addDays(DAY, -60 + (i % 91)))]);
  sb.edit(principal, 'Nhiệm vụ', `${col('Người chủ trì')}2`, owners);
  sb.edit(principal, 'Nhiệm vụ', `${col('Thời hạn')}2`, dues);
  sb.clickMenu(principal, 'Bật nhắc việc tự động');
  sb.clock.set(`${DAY}T07:30:00+07:00`);
  const sentBefore = sb.mail.outbox.length;
  const started = performance.now();
  const run = sb.run(principal, 'runDailyAlerts');
  const wall = performance.now() - started;
  if (run.error) throw run.error;
  const e = run.execution;
  expectFlat(`runDailyAlerts with ${staffCount} staff`, tasks, e, 'SpreadsheetApp');
  return [
    String(tasks),
    String(staffCount),
    String(callsOf(e, 'SpreadsheetApp')),
    String(callsOf(e, 'Range.getValues')),
    String(callsOf(e, 'PropertiesService')),
    String(sb.mail.outbox.length - sentBefore),
    `${wall.toFixed(0)} ms`,
  ];
}

export async function run(): Promise<string> {
  const rows = [['tasks', 'staff', 'SpreadsheetApp calls', 'getValues', 'Properties calls', 'emails', 'wall time']];
  for (const staff of STAFF) for (const tasks of SIZES) rows.push(one(tasks, staff));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
