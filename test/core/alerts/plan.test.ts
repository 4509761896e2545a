import { describe, expect, it } from 'vitest';
import {
  AlertReason,
  DueSoonMilestone,
  LogAction,
  ProgressStatus,
  SentKind,
  SentStatus,
  StaffRole,
  type IsoDate,
  type StaffMember,
  type Task,
} from '../../../src/core/domain';
import { addDays, weekday } from '../../../src/core/dates';
import { SummaryCadence } from '../../../src/core/settings';
import {
  dueSoonMilestone,
  overdueMilestone,
  planAlerts,
  summaryPoint,
  type AlertSettings,
} from '../../../src/core/alerts/plan';
import {
  MAX_TRIES,
  rowsToEntries,
  entryToRow,
  RECORD_HEADER,
  SentRecord,
  withJournal,
  type SentEntry,
} from '../../../src/core/alerts/record';
import { executePlan, type Outgoing } from '../../../src/core/alerts/run';
import { renderDigest, renderSummary, taskLink, type EmailContext } from '../../../src/core/alerts/email';
import { assignmentEmail } from '../../../src/core/assign/email';
import { headerText } from '../../../src/core/text';
import { testTask } from '../../support/task';

const PRINCIPAL = 'hieutruong@thmythinh.edu.vn';
const staff: StaffMember[] = [
  { name: 'Nguyễn Thị Lê', email: PRINCIPAL, position: 'Hiệu trưởng', team: '', role: StaffRole.Manager, active: true },
  {
    name: 'Trần Văn An',
    email: 'an@thmythinh.edu.vn',
    position: 'Giáo viên',
    team: 'Tổ 1',
    role: StaffRole.Staff,
    active: true,
  },
  {
    name: 'Lê Thị Bình',
    email: 'binh@thmythinh.edu.vn',
    position: 'Tổ trưởng',
    team: 'Tổ 1',
    role: StaffRole.Staff,
    active: true,
  },
  {
    name: 'Phạm Văn Cường',
    email: 'cuong@thmythinh.edu.vn',
    position: 'Kế toán',
    team: '',
    role: StaffRole.Staff,
    active: true,
  },
  {
    name: 'Đỗ Thị Dung',
    email: 'dung@thmythinh.edu.vn',
    position: 'Văn thư',
    team: '',
    role: StaffRole.Staff,
    active: false,
  },
];

let nextRow = 5;
function task(code: string, owner: string, dueDate: IsoDate | null, more: Partial<Task> = {}): Task {
  return testTask({ code, owner, dueDate, row: nextRow++, ...more });
}

const settings = (over: Partial<AlertSettings> = {}): AlertSettings => ({
  dueSoonDays: 3,
  skipWeekends: false,
  summaryCadence: SummaryCadence.Daily,
  coOwnerDigest: false,
  ...over,
});

const ctx = (today: IsoDate): EmailContext => ({
  schoolName: 'Trường Tiểu học Mỹ Thịnh',
  trackerUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  taskSheetId: 123,
  today,
});

interface Sent extends Outgoing {
  date: IsoDate;
}

/** Runs the daily alert once a day from `from` to `to` (inclusive), keeping the record as the app does. */
function simulate(opts: {
  tasks: (today: IsoDate) => Task[];
  from: IsoDate;
  to: IsoDate;
  settings?: AlertSettings;
  summaryRecipients?: string[];
  quota?: (today: IsoDate) => number;
  failFor?: string[];
  /** ms each send takes on the fake clock; the budget is 1,000 ms. */
  sendCost?: number;
  runsPerDay?: number;
  /** Makes the journal refuse the intent for this recipient (the store is full, a service error). */
  journalFailsFor?: string[];
}) {
  let entries: SentEntry[] = [];
  const journaled: { id: number; step: 'intend' | 'settle'; entries: readonly SentEntry[] }[] = [];
  const outbox: Sent[] = [];
  const logs: { date: IsoDate; action: LogAction; detail: string }[] = [];
  for (let day = opts.from; day <= opts.to; day = addDays(day, 1)) {
    for (let run = 0; run < (opts.runsPerDay ?? 1); run++) {
      const record = new SentRecord(rowsToEntries([[...RECORD_HEADER], ...entries.map(entryToRow)]));
      const plan = planAlerts({
        tasks: opts.tasks(day),
        staff,
        settings: opts.settings ?? settings(),
        summaryRecipients: opts.summaryRecipients ?? [],
        today: day,
        record,
        quota: opts.quota?.(day) ?? 100,
      });
      let clock = 0;
      const outcome = executePlan(plan, record, ctx(day), {
        now: () => clock,
        deadline: 1000,
        send: (msg) => {
          clock += opts.sendCost ?? 1;
          if (opts.failFor?.includes(msg.to)) throw new Error(`Invalid email: ${msg.to}`);
          outbox.push({ ...msg, date: day });
        },
        journal: {
          intend: (id, e) => {
            if (e.some((x) => opts.journalFailsFor?.includes(x.recipient)))
              throw new Error('Argument too large: value');
            journaled.push({ id, step: 'intend', entries: e });
          },
          settle: (id, e) => journaled.push({ id, step: 'settle', entries: e }),
        },
      });
      logs.push(...outcome.log.map((l) => ({ date: day, action: l.action, detail: l.detail ?? '' })));
      entries = record.merged(outcome.updates, day, plan.currentKeys);
    }
  }
  return { outbox, logs, entries, journaled };
}

const datesTo = (outbox: Sent[], to: string) => outbox.filter((o) => o.to === to).map((o) => o.date);

describe('cadence milestones', () => {
  it('overdue: the 1st, 3rd and 7th day, then every 7 days', () => {
    const m = [0, 1, 2, 3, 6, 7, 8, 13, 14, 20, 21, 35].map(overdueMilestone);
    expect(m).toEqual([null, 1, 1, 3, 3, 7, 7, 7, 14, 14, 21, 35]);
  });
  it('due soon: entering the window, then the day before (or the day itself)', () => {
    expect([5, 4, 3, 2, 1, 0, -1].map((d) => dueSoonMilestone(d, 3))).toEqual([
      null,
      null,
      DueSoonMilestone.Enter,
      DueSoonMilestone.Enter,
      DueSoonMilestone.DayBefore,
      DueSoonMilestone.DayBefore,
      null,
    ]);
  });
  it('summary: every day, or the Monday of the week', () => {
    expect(summaryPoint('2026-01-22', SummaryCadence.Daily)).toBe('2026-01-22');
    expect(summaryPoint('2026-01-22', SummaryCadence.WeeklyMonday)).toBe('2026-01-19');
    expect(summaryPoint('2026-01-19', SummaryCadence.WeeklyMonday)).toBe('2026-01-19');
    expect(summaryPoint('2026-01-25', SummaryCadence.WeeklyMonday)).toBe('2026-01-19');
  });
});

describe('owner digests', () => {
  it('an open overdue task is mentioned on days 1, 3, 7, 14, 21 overdue and never twice', () => {
    const t = task('3.1', 'Trần Văn An', '2026-01-14');
    const { outbox } = simulate({ tasks: () => [t], from: '2026-01-01', to: '2026-02-06', runsPerDay: 2 });
    const overdueDates = outbox.filter((o) => o.subject.includes('quá hạn')).map((o) => o.date);
    expect(overdueDates).toEqual(['2026-01-15', '2026-01-17', '2026-01-21', '2026-01-28', '2026-02-04']);
    // Due soon: entering the 3-day window (11/01) and the day before (13/01).
    expect(outbox.filter((o) => o.subject.includes('sắp đến hạn')).map((o) => o.date)).toEqual([
      '2026-01-11',
      '2026-01-13',
    ]);
    expect(new Set(outbox.map((o) => o.to))).toEqual(new Set(['an@thmythinh.edu.vn']));
  });

  it('stops when the task is done; a late completion ends the reminders', () => {
    const open = task('3.2', 'Trần Văn An', '2026-01-14');
    const done = { ...open, progressStatus: ProgressStatus.Done, completedDate: '2026-01-19' };
    const { outbox } = simulate({
      tasks: (d) => [d >= '2026-01-19' ? done : open],
      from: '2026-01-05',
      to: '2026-02-28',
    });
    expect(outbox.map((o) => o.date)).toEqual(['2026-01-11', '2026-01-13', '2026-01-15', '2026-01-17']);
  });

  it('weekend skip: nothing on Saturday or Sunday, the next run catches up, nothing lost', () => {
    // Due Friday 16/01: day 1 overdue is Saturday, day 3 is Monday 19/01, day 7 is Friday 23/01.
    const t = task('3.3', 'Trần Văn An', '2026-01-16');
    const { outbox } = simulate({
      tasks: () => [t],
      from: '2026-01-10',
      to: '2026-02-02',
      settings: settings({ skipWeekends: true }),
    });
    expect(outbox.every((o) => weekday(o.date) !== 0 && weekday(o.date) !== 6)).toBe(true);
    // Due soon enters on Tuesday 13/01; the day before is Thursday 15/01.
    expect(outbox.map((o) => [o.date, o.subject])).toEqual([
      ['2026-01-13', '[CCHC] 1 nhiệm vụ sắp đến hạn'],
      ['2026-01-15', '[CCHC] 1 nhiệm vụ sắp đến hạn'],
      ['2026-01-19', '[CCHC] 1 nhiệm vụ quá hạn'],
      ['2026-01-23', '[CCHC] 1 nhiệm vụ quá hạn'],
      ['2026-01-30', '[CCHC] 1 nhiệm vụ quá hạn'],
    ]);
    // Without the skip, day 1 (Saturday 17/01) is sent on the day.
    const plain = simulate({ tasks: () => [t], from: '2026-01-10', to: '2026-01-19' });
    expect(plain.outbox.map((o) => o.date)).toEqual(['2026-01-13', '2026-01-15', '2026-01-17', '2026-01-19']);
  });

  it('a milestone reached on a weekend day before the deadline is sent on Monday', () => {
    // Due Monday 19/01: the window opens Friday 16/01 (3 days); the day before is Sunday → Monday.
    const t = task('3.4', 'Trần Văn An', '2026-01-19');
    const { outbox } = simulate({
      tasks: () => [t],
      from: '2026-01-12',
      to: '2026-01-19',
      settings: settings({ skipWeekends: true }),
    });
    expect(outbox.map((o) => o.date)).toEqual(['2026-01-16', '2026-01-19']);
    expect(outbox[1]!.body).toContain('đến hạn hôm nay');
  });

  it('one digest a day per owner, listing every task with something new; a quiet day sends nothing', () => {
    const tasks = [
      task('1.1', 'Trần Văn An', '2026-02-01'),
      task('1.2', 'tran van an', '2026-02-03'),
      task('1.3', 'an@thmythinh.edu.vn', '2026-02-10'),
    ];
    const { outbox } = simulate({ tasks: () => tasks, from: '2026-02-02', to: '2026-02-02' });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.subject).toBe('[CCHC] 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn');
    // 1.1: day 1 on 02/02, day 3 on 04/02; 1.2: the day before on 02/02, day 1 on 04/02, day 3 on 06/02;
    // 1.3 enters the window on 07/02. 03/02 and 05/02 have nothing new.
    const week = simulate({ tasks: () => tasks, from: '2026-02-02', to: '2026-02-07' });
    expect(week.outbox.map((o) => o.date)).toEqual(['2026-02-02', '2026-02-04', '2026-02-06', '2026-02-07']);
    const runTwice = simulate({ tasks: () => tasks, from: '2026-02-02', to: '2026-02-02', runsPerDay: 3 });
    expect(runTwice.outbox).toHaveLength(1);
  });

  it('a second milestone the same day waits for tomorrow (at most one email a day)', () => {
    const tasks = [task('2.1', 'Trần Văn An', '2026-03-02')];
    const later = [...tasks, task('2.2', 'Trần Văn An', '2026-03-01')];
    let run = 0;
    // The second run of 03/03 sees a new task (added after the first run).
    const { outbox } = simulate({
      tasks: () => (run++ === 0 ? tasks : later),
      from: '2026-03-03',
      to: '2026-03-04',
      runsPerDay: 2,
    });
    expect(outbox.map((o) => [o.date, o.subject])).toEqual([
      ['2026-03-03', '[CCHC] 1 nhiệm vụ quá hạn'],
      ['2026-03-04', '[CCHC] 1 nhiệm vụ quá hạn'],
    ]);
    expect(outbox[1]!.body).toContain('[2.2]');
  });

  it('co-owners are named but get no digest unless the setting says so', () => {
    const t = task('4.1', 'Phạm Văn Cường', '2026-04-01', { coOwners: 'Trần Văn An; Lê Thị Bình' });
    const off = simulate({ tasks: () => [t], from: '2026-04-02', to: '2026-04-02' });
    expect(off.outbox.map((o) => o.to)).toEqual(['cuong@thmythinh.edu.vn']);
    expect(off.outbox[0]!.body).toContain('Phối hợp: Trần Văn An; Lê Thị Bình');
    const on = simulate({
      tasks: () => [t],
      from: '2026-04-02',
      to: '2026-04-02',
      settings: settings({ coOwnerDigest: true }),
    });
    expect(on.outbox.map((o) => o.to).sort()).toEqual([
      'an@thmythinh.edu.vn',
      'binh@thmythinh.edu.vn',
      'cuong@thmythinh.edu.vn',
    ]);
    expect(on.outbox.find((o) => o.to === 'an@thmythinh.edu.vn')!.body).toContain('(thầy/cô phối hợp)');
  });

  it('a tổ chuyên môn as owner: its tổ trưởng receives', () => {
    const t = task('5.1', 'Tổ chuyên môn 1', '2026-04-01');
    const { outbox } = simulate({ tasks: () => [t], from: '2026-04-02', to: '2026-04-02' });
    expect(outbox.map((o) => o.to)).toEqual(['binh@thmythinh.edu.vn']);
  });

  it('an owner who cannot receive mail is named in the principal summary', () => {
    const tasks = [task('6.1', 'Người Lạ', '2026-04-01'), task('6.2', 'Đỗ Thị Dung', '2026-04-01')];
    const { outbox } = simulate({
      tasks: () => tasks,
      from: '2026-04-02',
      to: '2026-04-02',
      summaryRecipients: [PRINCIPAL],
    });
    expect(outbox.map((o) => o.to)).toEqual([PRINCIPAL]);
    expect(outbox[0]!.body).toContain('Người Lạ (nhiệm vụ 6.1): không tìm thấy trong danh sách cán bộ');
    expect(outbox[0]!.body).toContain('Đỗ Thị Dung (nhiệm vụ 6.2): không còn công tác');
  });
});

describe('the principal summary', () => {
  const tasks = [
    task('1.1', 'Trần Văn An', '2026-05-01', { area: 'Chỉ đạo, điều hành' }),
    task('3.1', 'Trần Văn An', '2026-05-04'),
    task('3.2', 'Phạm Văn Cường', '2026-05-05'),
  ];
  it('daily: lists every overdue task by owner and by area, once a day', () => {
    const { outbox } = simulate({
      tasks: () => tasks,
      from: '2026-05-06',
      to: '2026-05-07',
      summaryRecipients: [PRINCIPAL, 'pho@thmythinh.edu.vn'],
      runsPerDay: 2,
    });
    const summaries = outbox.filter((o) => o.subject.startsWith('[CCHC] Tổng hợp'));
    expect(summaries.map((o) => [o.date, o.to])).toEqual([
      ['2026-05-06', PRINCIPAL],
      ['2026-05-06', 'pho@thmythinh.edu.vn'],
      ['2026-05-07', PRINCIPAL],
      ['2026-05-07', 'pho@thmythinh.edu.vn'],
    ]);
    const s = summaries[0]!;
    expect(s.subject).toBe('[CCHC] Tổng hợp ngày 06/05/2026: 3 nhiệm vụ quá hạn');
    expect(s.body).toContain('- Trần Văn An: 2 (quá hạn lâu nhất (ngày): 5)');
    expect(s.body).toContain('- Chỉ đạo, điều hành: 1');
    expect(s.body).toContain('- Cải cách TTHC: 2');
    expect(s.htmlBody).toContain('#gid=123&amp;range=A');
  });
  it('weekly: on Monday, or on the next run if Monday was missed', () => {
    const weekly = settings({ summaryCadence: SummaryCadence.WeeklyMonday, skipWeekends: true });
    const { outbox } = simulate({
      tasks: () => tasks,
      from: '2026-05-06',
      to: '2026-05-20',
      summaryRecipients: [PRINCIPAL],
      settings: weekly,
    });
    expect(outbox.filter((o) => o.to === PRINCIPAL).map((o) => o.date)).toEqual([
      '2026-05-06',
      '2026-05-11',
      '2026-05-18',
    ]);
    const noTasks = simulate({
      tasks: () => [],
      from: '2026-05-11',
      to: '2026-05-11',
      summaryRecipients: [PRINCIPAL],
      settings: weekly,
    });
    expect(noTasks.outbox).toEqual([]);
  });
});

describe('quota, failures and the time budget', () => {
  const owners = ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường'];
  // An: 10 days overdue (most severe), Bình: 3 days, Cường: due soon.
  const tasks = [
    task('7.1', owners[0]!, '2026-06-05'),
    task('7.2', owners[1]!, '2026-06-12'),
    task('7.3', owners[2]!, '2026-06-17'),
  ];

  it('the principal summary first, then owners by severity; the rest is carried to the next run', () => {
    const { outbox, logs } = simulate({
      tasks: () => tasks,
      from: '2026-06-15',
      to: '2026-06-16',
      summaryRecipients: [PRINCIPAL],
      quota: (d) => (d === '2026-06-15' ? 2 : 100),
    });
    expect(outbox.filter((o) => o.date === '2026-06-15').map((o) => o.to)).toEqual(['an@thmythinh.edu.vn', PRINCIPAL]);
    expect(datesTo(outbox, 'binh@thmythinh.edu.vn')).toEqual(['2026-06-16']);
    expect(datesTo(outbox, 'cuong@thmythinh.edu.vn')).toEqual(['2026-06-16']);
    expect(logs.filter((l) => l.action === LogAction.AlertCarried).map((l) => [l.date, l.detail])).toEqual([
      ['2026-06-15', 'Lê Thị Bình <binh@thmythinh.edu.vn>: hết hạn mức gửi email trong ngày'],
      ['2026-06-15', 'Phạm Văn Cường <cuong@thmythinh.edu.vn>: hết hạn mức gửi email trong ngày'],
    ]);
    const summary = outbox.find((o) => o.to === PRINCIPAL)!;
    expect(summary.body).toContain(
      'Lê Thị Bình <binh@thmythinh.edu.vn>: hết hạn mức gửi email trong ngày, sẽ gửi trong lần chạy sau',
    );
  });

  it('never sends more than the remaining quota', () => {
    for (const quota of [0, 1, 3]) {
      const { outbox } = simulate({
        tasks: () => tasks,
        from: '2026-06-15',
        to: '2026-06-15',
        summaryRecipients: [PRINCIPAL],
        quota: () => quota,
      });
      expect(outbox.length).toBe(Math.min(quota, 4));
    }
  });

  it('a failing address does not stop the run; it is retried on the next runs (3 sends in all) and named in every summary until then', () => {
    const { outbox, logs, entries } = simulate({
      tasks: () => tasks,
      from: '2026-06-15',
      to: '2026-06-18',
      summaryRecipients: [PRINCIPAL],
      failFor: ['an@thmythinh.edu.vn'],
    });
    expect(outbox.filter((o) => o.date === '2026-06-15').map((o) => o.to)).toEqual([
      'binh@thmythinh.edu.vn',
      'cuong@thmythinh.edu.vn',
      PRINCIPAL,
    ]);
    const summaries = outbox.filter((o) => o.to === PRINCIPAL);
    expect(summaries[0]!.body).toContain(
      'an@thmythinh.edu.vn: gửi lỗi ngày 15/06/2026 (Invalid email: an@thmythinh.edu.vn), sẽ gửi lại trong lần chạy sau',
    );
    expect(summaries[1]!.body).toContain(
      'an@thmythinh.edu.vn: gửi lỗi ngày 16/06/2026 (Invalid email: an@thmythinh.edu.vn), lần thử thứ 2, sẽ gửi lại',
    );
    expect(summaries[2]!.body).toContain(
      'an@thmythinh.edu.vn: gửi lỗi ngày 17/06/2026 (Invalid email: an@thmythinh.edu.vn), đã thử 3 lần, không gửi lại nữa',
    );
    expect(summaries[3]!.body).not.toContain('gửi lỗi');
    expect(logs.filter((l) => l.action === LogAction.AlertFailed).map((l) => l.date)).toEqual([
      '2026-06-15',
      '2026-06-16',
      '2026-06-17',
    ]);
    expect(entries.find((e) => e.recipient === 'an@thmythinh.edu.vn')).toMatchObject({
      status: SentStatus.GaveUp,
      tries: 3,
    });
  });

  it('a failed send that goes through on the retry is sent once and no longer named', () => {
    let failing = true;
    const { outbox } = simulate({
      tasks: (day) => {
        failing = day === '2026-06-15';
        return tasks;
      },
      from: '2026-06-15',
      to: '2026-06-17',
      summaryRecipients: [PRINCIPAL],
      get failFor() {
        return failing ? ['an@thmythinh.edu.vn'] : [];
      },
    });
    expect(datesTo(outbox, 'an@thmythinh.edu.vn')).toEqual(['2026-06-16']);
    const summaries = outbox.filter((o) => o.to === PRINCIPAL);
    expect(summaries[0]!.body).toContain('an@thmythinh.edu.vn: gửi lỗi');
    expect(summaries.slice(1).some((x) => x.body.includes('gửi lỗi'))).toBe(false);
  });

  it('an email whose intent cannot be journaled is not sent, is carried and named, and goes out on the next run', () => {
    const { outbox, journaled } = simulate({
      tasks: () => tasks,
      from: '2026-06-15',
      to: '2026-06-15',
      summaryRecipients: [PRINCIPAL],
      journalFailsFor: ['an@thmythinh.edu.vn'],
    });
    expect(outbox.map((o) => o.to)).toEqual(['binh@thmythinh.edu.vn', 'cuong@thmythinh.edu.vn', PRINCIPAL]);
    expect(outbox.at(-1)!.body).toContain(
      'Trần Văn An <an@thmythinh.edu.vn>: chưa ghi được nhật ký gửi (Argument too large: value), chưa gửi, sẽ gửi trong lần chạy sau',
    );
    // Every email sent was journaled in flight before and with its outcome after.
    for (const id of new Set(journaled.map((j) => j.id))) {
      expect(journaled.filter((j) => j.id === id).map((j) => [j.step, j.entries[0]!.status])).toEqual([
        ['intend', SentStatus.InFlight],
        ['settle', SentStatus.Sent],
      ]);
    }
  });

  it('stops at the time budget and resumes next run without duplicates', () => {
    const { outbox, logs } = simulate({
      tasks: () => tasks,
      from: '2026-06-15',
      to: '2026-06-15',
      summaryRecipients: [PRINCIPAL],
      sendCost: 600,
      runsPerDay: 3,
    });
    // 2 sends per run fit the 1,000 ms budget (the check is before each send).
    expect(outbox.map((o) => o.to)).toEqual([
      'an@thmythinh.edu.vn',
      'binh@thmythinh.edu.vn',
      'cuong@thmythinh.edu.vn',
      PRINCIPAL,
    ]);
    expect(logs.filter((l) => l.detail.includes('hết thời gian')).length).toBeGreaterThan(0);
  });
});

describe('the record and the email', () => {
  it('round-trips through sheet rows and drops stale entries', () => {
    const e = (key: string, date: IsoDate, status: SentEntry['status'] = SentStatus.Sent): SentEntry => ({
      key,
      date,
      recipient: 'a@x.vn',
      kind: SentKind.Item,
      code: '1',
      status,
      detail: '',
      tries: 1,
    });
    const rows = [
      [...RECORD_HEADER],
      ...[e('k1', '2026-01-01'), e('k2', '2026-03-01'), e('k3', '2026-01-02', SentStatus.Failed)].map(entryToRow),
      ['rác', 'x'],
    ];
    const record = new SentRecord(rowsToEntries(rows));
    expect(record.entries().map((x) => x.key)).toEqual(['k1', 'k2', 'k3']);
    const kept = record.merged([e('k4', '2026-03-02')], '2026-03-02', new Set(['k1']));
    expect(kept.map((x) => x.key)).toEqual(['k1', 'k2', 'k3', 'k4']);
    expect(record.merged([], '2026-03-02', new Set()).map((x) => x.key)).toEqual(['k2', 'k3']);
  });

  it('lays the journal of an unfinished run over the sheet: its outcomes win, an in-flight entry counts as sent', () => {
    const e = (key: string, date: IsoDate, status: SentEntry['status']): SentEntry => ({
      key,
      date,
      recipient: 'a@x.vn',
      kind: SentKind.Item,
      code: '1',
      status,
      detail: '',
      tries: 1,
    });
    const sheet = [e('sent', '2026-03-02', SentStatus.Sent), e('retry', '2026-03-01', SentStatus.Failed)];
    const merged = withJournal(sheet, [
      e('retry', '2026-03-02', SentStatus.InFlight),
      e('retry', '2026-03-02', SentStatus.Sent),
      e('new', '2026-03-02', SentStatus.InFlight),
      // The run wrote its record but could not clear the journal: the sheet's Sent stands.
      e('sent', '2026-03-02', SentStatus.InFlight),
    ]);
    expect(merged.map((x) => [x.key, x.status])).toEqual([
      ['sent', SentStatus.Sent],
      ['retry', SentStatus.Sent],
      ['new', SentStatus.InFlight],
    ]);
    const record = new SentRecord(merged);
    expect(['sent', 'retry', 'new'].map((k) => record.settled(k))).toEqual([true, true, true]);
    expect(record.unknownOutcomes().map((x) => x.key)).toEqual(['new']);
    expect(new SentRecord([e('f', '2026-03-01', SentStatus.Failed)]).settled('f')).toBe(false);
    expect(new SentRecord([{ ...e('f', '2026-03-01', SentStatus.GaveUp), tries: MAX_TRIES }]).settled('f')).toBe(true);
  });

  it('escapes user text, formats dates dd/MM/yyyy and links to the row', () => {
    const t = task('<b>9.1</b>', 'Trần Văn An', '2026-01-14', {
      content: 'Rà soát <script>alert("x")</script> & công khai',
      row: 12,
    });
    const plan = planAlerts({
      tasks: [t],
      staff,
      settings: settings(),
      summaryRecipients: [],
      today: '2026-01-17',
      record: new SentRecord([]),
      quota: 10,
    });
    const email = renderDigest(plan.digests[0]!, ctx('2026-01-17'));
    expect(email.subject).toBe('[CCHC] 1 nhiệm vụ quá hạn');
    expect(email.htmlBody).not.toContain('<script>');
    expect(email.htmlBody).toContain('Rà soát &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; công khai');
    expect(email.htmlBody).toContain('&lt;b&gt;9.1&lt;/b&gt;');
    expect(email.htmlBody).toContain('14/01/2026');
    expect(email.body).toContain('Thời hạn: 14/01/2026 (quá hạn 3 ngày)');
    expect(email.body).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=123&range=A12');
    expect(taskLink(ctx('2026-01-17'), { row: 12 })).toBe(
      'https://docs.google.com/spreadsheets/d/abc/edit#gid=123&range=A12',
    );
    expect(plan.digests[0]!.items[0]!.reason).toBe(AlertReason.Overdue);
  });
});

describe('email header fields (sender name, subject) never carry control characters', () => {
  const school = 'Trường TH Mỹ Thịnh\r\nBcc: attacker@example.com\u0085\tX';
  it('headerText turns every control character run into one space', () => {
    expect(headerText(school)).toBe('Trường TH Mỹ Thịnh Bcc: attacker@example.com X');
    expect(headerText('a\u0000b\u2028c\u007fd')).toBe('a b c d');
  });
  it('the assignment email takes the school name through it', () => {
    const mail = assignmentEmail(
      { name: 'Lê Hoa', email: 'hoa@thmythinh.edu.vn', role: 'owner', team: '' },
      [{ code: '1.1', content: 'Rà soát', startDate: '2026-02-01', dueDate: '2026-03-31' }],
      {
        schoolName: school,
        assignerName: 'Nguyễn Thị Lê',
        assignerEmail: PRINCIPAL,
        trackerUrl: 'https://docs.google.com/spreadsheets/d/abc',
        note: '',
      },
    );
    // eslint-disable-next-line no-control-regex
    for (const header of [mail.name, mail.subject]) expect(header).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(mail.subject).toContain('Trường TH Mỹ Thịnh Bcc: attacker@example.com X');
  });
});

describe('size limits', () => {
  // MailApp refuses a body over 200 KB (sandbox/services/mail.ts); these stay far below it.
  const LIMIT = 200 * 1024;
  const bytes = (t: string) => Buffer.byteLength(t, 'utf8');
  const many = Array.from({ length: 150 }, (_, i) =>
    task(`9.${i + 1}`, 'Trần Văn An', '2026-05-01', {
      content: `Nhiệm vụ cải cách hành chính số ${i + 1} `.repeat(20),
      row: 10 + i,
    }),
  );

  it('150 overdue tasks: the digest and the summary list 50, say "và 100 nhiệm vụ khác" with a link to the sheet', () => {
    const plan = planAlerts({
      tasks: many,
      staff,
      settings: settings(),
      summaryRecipients: [PRINCIPAL],
      today: '2026-05-08',
      record: new SentRecord([]),
      quota: 10,
    });
    const digest = renderDigest(plan.digests[0]!, ctx('2026-05-08'));
    const summary = renderSummary(plan.summaries[0]!, [], ctx('2026-05-08'));
    for (const email of [digest, summary]) {
      expect(bytes(email.body)).toBeLessThan(LIMIT / 2);
      expect(bytes(email.htmlBody)).toBeLessThan(LIMIT / 2);
      expect(email.body).toContain(
        'và 100 nhiệm vụ khác: xem trong sổ theo dõi https://docs.google.com/spreadsheets/d/abc/edit',
      );
      expect(email.htmlBody).toContain('và 100 nhiệm vụ khác');
    }
    expect(digest.body).toContain('[9.50]');
    expect(digest.body).not.toContain('[9.51]');
    // The subject still counts them all.
    expect(digest.subject).toBe('[CCHC] 150 nhiệm vụ quá hạn');
  });

  it('a 50,000-character cell is clipped to 500 characters in every email', () => {
    const huge = task('9.1', 'Trần Văn An', '2026-05-01', {
      content: 'x'.repeat(50_000),
      coOwners: 'y'.repeat(50_000),
    });
    const plan = planAlerts({
      tasks: [huge],
      staff,
      settings: settings(),
      summaryRecipients: [PRINCIPAL],
      today: '2026-05-08',
      record: new SentRecord([]),
      quota: 10,
    });
    const digest = renderDigest(plan.digests[0]!, ctx('2026-05-08'));
    const summary = renderSummary(plan.summaries[0]!, ['z'.repeat(50_000)], ctx('2026-05-08'));
    for (const email of [digest, summary]) {
      expect(bytes(email.body) + bytes(email.htmlBody)).toBeLessThan(12_000);
      expect(email.body).toContain(`${'x'.repeat(499)}…`);
      expect(email.body).not.toContain('x'.repeat(500));
    }
  });
});

describe('one email per person per day', () => {
  it('a manager who owns tasks gets their reminders as the first section of the summary, no separate digest', () => {
    const mine = task('3.1', 'Trần Văn An', '2026-06-05');
    const others = task('3.2', 'Lê Thị Bình', '2026-06-05');
    const { outbox, entries } = simulate({
      tasks: () => [mine, others],
      from: '2026-06-08',
      to: '2026-06-08',
      summaryRecipients: [PRINCIPAL, 'an@thmythinh.edu.vn'],
    });
    expect(outbox.map((o) => o.to).sort()).toEqual(['an@thmythinh.edu.vn', 'binh@thmythinh.edu.vn', PRINCIPAL].sort());
    const an = outbox.find((o) => o.to === 'an@thmythinh.edu.vn')!;
    expect(an.subject).toMatch(/^\[CCHC\] Tổng hợp/);
    expect(an.body.indexOf('NHIỆM VỤ CỦA THẦY/CÔ')).toBeGreaterThan(0);
    expect(an.body.indexOf('[3.1]')).toBeLessThan(an.body.indexOf('TOÀN TRƯỜNG'));
    // Recorded as sent: tomorrow brings nothing new for 3.1 to An.
    expect(
      entries.filter((e) => e.recipient === 'an@thmythinh.edu.vn' && e.code === '3.1').map((e) => e.status),
    ).toEqual([SentStatus.Sent]);
  });

  it("with nothing overdue school-wide (no summary today), the manager's own reminder goes as a digest: still one email", () => {
    const soon = task('3.3', 'Trần Văn An', '2026-06-10');
    const { outbox } = simulate({
      tasks: () => [soon],
      from: '2026-06-08',
      to: '2026-06-08',
      summaryRecipients: [PRINCIPAL, 'an@thmythinh.edu.vn'],
    });
    expect(outbox.map((o) => [o.to, o.subject])).toEqual([['an@thmythinh.edu.vn', '[CCHC] 1 nhiệm vụ sắp đến hạn']]);
  });
});
