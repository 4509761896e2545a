// What the alerts store (the sent record's keys, kinds and statuses, the journal, the Nhật ký
// action ids) does not depend on any message: every messages module is reworded here before the
// core loads, and what is stored must still be the ids in core/domain.ts. Records written by
// earlier versions, with the display words of that time, are still recognised.
import { describe, expect, it, vi } from 'vitest';
import {
  LogAction,
  SentKind,
  SentStatus,
  StaffRole,
  type IsoDate,
  type StaffMember,
  type Task,
} from '../../../src/core/domain';
import { SummaryCadence } from '../../../src/core/settings';
import { planAlerts } from '../../../src/core/alerts/plan';
import { RECORD_HEADER, SentRecord, entryToRow, rowsToEntries, type SentEntry } from '../../../src/core/alerts/record';
import { executePlan, type Outgoing } from '../../../src/core/alerts/run';
import { testTask } from '../../support/task';

// Hoisted with the mocks below, which run before any import.
const { REWORDED, reword } = vi.hoisted(() => {
  const REWORDED = ' (đã sửa lời)';
  /** Every string a messages module exports, and every string a message function returns, reworded. */
  function reword<T>(value: T): T {
    if (typeof value === 'string') return `${value}${REWORDED}` as T;
    if (typeof value === 'function') {
      const f = value as (...a: unknown[]) => unknown;
      return ((...a: unknown[]) => reword(f(...a))) as T;
    }
    if (Array.isArray(value)) return value.map(reword) as T;
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reword(v)])) as T;
    return value;
  }
  return { REWORDED, reword };
});

vi.mock('../../../src/messages/alerts', async (original) => reword(await original()));
vi.mock('../../../src/messages/assign', async (original) => reword(await original()));
vi.mock('../../../src/messages/common', async (original) => reword(await original()));
vi.mock('../../../src/messages/flags', async (original) => reword(await original()));
vi.mock('../../../src/messages/importPlan', async (original) => reword(await original()));
vi.mock('../../../src/messages/log', async (original) => reword(await original()));
vi.mock('../../../src/messages/menu', async (original) => reword(await original()));
vi.mock('../../../src/messages/report', async (original) => reword(await original()));
vi.mock('../../../src/messages/settings', async (original) => reword(await original()));

const TODAY: IsoDate = '2026-06-15';
const PRINCIPAL = 'hieutruong@thmythinh.edu.vn';
const AN = 'an@thmythinh.edu.vn';
const staff: StaffMember[] = [
  { name: 'Nguyễn Thị Lê', email: PRINCIPAL, position: 'Hiệu trưởng', team: '', role: StaffRole.Manager, active: true },
  { name: 'Trần Văn An', email: AN, position: 'Giáo viên', team: 'Tổ 1', role: StaffRole.Staff, active: true },
];

const task = (code: string, dueDate: IsoDate, row: number): Task =>
  testTask({ code, owner: 'Trần Văn An', dueDate, row });
// Overdue 3 days (milestone day 3); due in 3 days (entering the window); due tomorrow (the day before).
const tasks = [task('1.1', '2026-06-12', 2), task('1.2', '2026-06-18', 3), task('1.3', '2026-06-16', 4)];

function runOnce(record: SentRecord) {
  const plan = planAlerts({
    tasks,
    staff,
    today: TODAY,
    record,
    quota: 100,
    summaryRecipients: [PRINCIPAL],
    settings: { dueSoonDays: 3, skipWeekends: false, summaryCadence: SummaryCadence.Daily, coOwnerDigest: false },
  });
  const sent: Outgoing[] = [];
  const journal: SentEntry[] = [];
  const outcome = executePlan(
    plan,
    record,
    {
      schoolName: 'Trường Tiểu học Mỹ Thịnh',
      trackerUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
      taskSheetId: 1,
      today: TODAY,
    },
    {
      now: () => 0,
      deadline: 1,
      send: (m) => void sent.push(m),
      journal: { intend: (_id, e) => void journal.push(...e), settle: (_id, e) => void journal.push(...e) },
    },
  );
  return { plan, sent, journal, outcome };
}

describe('stored keys do not follow the wording of messages', () => {
  const { plan, sent, journal, outcome } = runOnce(new SentRecord([]));

  it('the messages really are reworded in this test (the emails show it)', () => {
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => m.subject.includes(REWORDED))).toBe(true);
  });

  it('item and summary keys are built from ids only', () => {
    expect([...plan.currentKeys].sort()).toEqual([
      `item|${AN}|1.1|overdue|2026-06-12|day-3`,
      `item|${AN}|1.2|due-soon|2026-06-18|enter`,
      `item|${AN}|1.3|due-soon|2026-06-16|day-before`,
      `summary|${PRINCIPAL}|${TODAY}`,
    ]);
  });

  it('the record and the journal hold the kind and status ids', () => {
    // Every column but Chi tiết, which is for people and read back by no one.
    const stored = [...outcome.updates, ...journal].flatMap((e) => entryToRow({ ...e, detail: '' }));
    expect(stored.filter((cell) => cell.includes(REWORDED))).toEqual([]);
    expect(new Set(outcome.updates.map((u) => `${u.kind}/${u.status}`))).toEqual(
      new Set([`${SentKind.Item}/${SentStatus.Sent}`, `${SentKind.Summary}/${SentStatus.Sent}`]),
    );
    expect(new Set(journal.map((u) => u.status))).toEqual(new Set([SentStatus.InFlight, SentStatus.Sent]));
  });

  it('Nhật ký lines carry action ids; only their details are words', () => {
    expect(outcome.log.map((l) => l.action).sort()).toEqual([LogAction.AlertSent, LogAction.AlertSummarySent].sort());
  });

  it('a second run on the same day, reading back the rows written, sends nothing', () => {
    const rows = [[...RECORD_HEADER], ...outcome.updates.map(entryToRow)];
    expect(runOnce(new SentRecord(rowsToEntries(rows))).sent).toEqual([]);
  });
});

describe('a record written by an earlier version, in the display words of its time', () => {
  // Rows as versions before December 2026 wrote them into "Nhắc việc đã gửi".
  const legacy = [
    [`item|${AN}|1.1|Quá hạn|2026-06-12|ngày 3`, TODAY, AN, 'Nhắc việc', '1.1', 'Đã gửi', '', '1'],
    [`item|${AN}|1.2|Sắp đến hạn|2026-06-18|vào diện sắp đến hạn`, TODAY, AN, 'Nhắc việc', '1.2', 'Đã gửi', '', '1'],
    [
      `item|${AN}|1.3|Sắp đến hạn|2026-06-16|trước hạn 1 ngày`,
      TODAY,
      AN,
      'Nhắc việc',
      '1.3',
      'Đang gửi (chưa rõ kết quả)',
      '',
      '1',
    ],
    [`summary|${PRINCIPAL}|${TODAY}`, TODAY, PRINCIPAL, 'Tổng hợp', '', 'Lỗi, đã ngừng gửi lại', 'Invalid email', '3'],
  ];
  const entries = rowsToEntries([[...RECORD_HEADER], ...legacy]);

  it("is read into today's ids, every row kept", () => {
    expect(entries.map((e) => [e.key, e.kind, e.status])).toEqual([
      [`item|${AN}|1.1|overdue|2026-06-12|day-3`, SentKind.Item, SentStatus.Sent],
      [`item|${AN}|1.2|due-soon|2026-06-18|enter`, SentKind.Item, SentStatus.Sent],
      [`item|${AN}|1.3|due-soon|2026-06-16|day-before`, SentKind.Item, SentStatus.InFlight],
      [`summary|${PRINCIPAL}|${TODAY}`, SentKind.Summary, SentStatus.GaveUp],
    ]);
  });

  it('is recognised: what it says was sent is not sent again', () => {
    const { sent } = runOnce(new SentRecord(entries));
    expect(sent.filter((m) => m.to === AN)).toEqual([]);
  });
});
