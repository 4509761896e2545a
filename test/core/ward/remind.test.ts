// Nhắc báo cáo's pure core (issue 15): which milestone a date falls in (a missed day's milestone
// is sent later only inside its window), who is owed a reminder (Chưa báo cáo and Không truy cập
// được, once per milestone, a failure retried), and the email's words.
import { describe, expect, it } from 'vitest';
import { SentKind, SentStatus } from '../../../src/core/domain';
import { addDays } from '../../../src/core/dates';
import { MAX_TRIES, SentRecord, type SentEntry } from '../../../src/core/alerts/record';
import {
  milestoneOn,
  planReminders,
  reminderEntry,
  reminderKey,
  RemindMilestone,
  renderReminder,
  type RemindUnit,
} from '../../../src/core/ward/remind';
import { UnitState } from '../../../src/core/ward/state';

const DEADLINE = '2026-03-20';
const Q1 = 'Quý I năm 2026';
const unit = (key: string, state: string, email = `${key}@truong.edu.vn`, reason = ''): RemindUnit => ({
  key,
  name: `Trường ${key}`,
  email,
  state,
  reason,
});
const UNITS = [
  unit('a', UnitState.Missing),
  unit('b', UnitState.OnTime),
  unit('c', UnitState.Late),
  unit('d', UnitState.Unreachable, 'd@truong.edu.vn', 'Sổ theo dõi chưa được chia sẻ'),
  unit('e', UnitState.Missing, ''),
];
const plan = (today: string, entries: SentEntry[] = []) =>
  planReminders({ units: UNITS, period: Q1, deadline: DEADLINE, today, record: new SentRecord(entries) });

describe('milestones', () => {
  it('T-5 from the 15th to the 18th, T-1 on the 19th and the deadline day, overdue from the day after', () => {
    const on = (day: string) => milestoneOn(DEADLINE, day);
    expect(on('2026-03-14')).toBeNull();
    for (const d of ['2026-03-15', '2026-03-16', '2026-03-18']) expect(on(d), d).toBe(RemindMilestone.Before5);
    for (const d of ['2026-03-19', '2026-03-20']) expect(on(d), d).toBe(RemindMilestone.Before1);
    for (const d of ['2026-03-21', '2026-04-20']) expect(on(d), d).toBe(RemindMilestone.Overdue);
  });
});

describe('who is reminded', () => {
  it('a unit that has not reported and one that cannot be read; not those that reported (on time or late); none before T-5', () => {
    expect(plan('2026-03-14').reminders).toEqual([]);
    const p = plan('2026-03-15');
    expect(p.reminders.map((r) => [r.unit.key, r.milestone, r.tries])).toEqual([
      ['a', RemindMilestone.Before5, 1],
      ['d', RemindMilestone.Before5, 1],
    ]);
    // Owed, but no address to write to: named, not sent.
    expect(p.noEmail.map((u) => u.key)).toEqual(['e']);
    // Every listed unit's milestones stay in the record while the period is due.
    expect(p.currentKeys.size).toBe(UNITS.length * 3);
    expect(p.currentKeys.has(reminderKey('b', Q1, RemindMilestone.Overdue))).toBe(true);
  });

  it('once per milestone: a recorded send (or one whose outcome is unknown) settles it; a failure is retried up to MAX_TRIES', () => {
    const first = plan('2026-03-15');
    const sent = first.reminders.map((r) => reminderEntry(r, '2026-03-15', SentStatus.Sent, ''));
    expect(plan('2026-03-16', sent).reminders).toEqual([]);
    const inFlight = first.reminders.map((r) => reminderEntry(r, '2026-03-15', SentStatus.InFlight, ''));
    expect(plan('2026-03-16', inFlight).reminders).toEqual([]);
    // The next milestone is a new key.
    expect(plan('2026-03-19', sent).reminders.map((r) => r.milestone)).toEqual([
      RemindMilestone.Before1,
      RemindMilestone.Before1,
    ]);
    const failed = (tries: number) =>
      first.reminders.map((r) => ({ ...reminderEntry(r, '2026-03-15', SentStatus.Failed, 'x'), tries }));
    expect(plan('2026-03-16', failed(1)).reminders.map((r) => r.tries)).toEqual([2, 2]);
    expect(plan('2026-03-16', failed(MAX_TRIES)).reminders).toEqual([]);
  });

  it('a missed T-5 is sent on a later day of its window, once; a window that passed unsent is not sent late', () => {
    // The trigger did not run on the 15th: the 17th sends T-5.
    expect(plan('2026-03-17').reminders.map((r) => r.milestone)).toEqual([
      RemindMilestone.Before5,
      RemindMilestone.Before5,
    ]);
    // No run from the 15th to the 18th: the 19th sends T-1 only.
    expect(plan('2026-03-19').reminders.map((r) => r.milestone)).toEqual([
      RemindMilestone.Before1,
      RemindMilestone.Before1,
    ]);
    // Overdue, first run weeks later (the period still due): once.
    const late = plan('2026-04-15');
    expect(late.reminders.map((r) => r.milestone)).toEqual([RemindMilestone.Overdue, RemindMilestone.Overdue]);
    const sent = late.reminders.map((r) => reminderEntry(r, '2026-04-15', SentStatus.Sent, ''));
    expect(plan(addDays('2026-04-15', 1), sent).reminders).toEqual([]);
  });

  it('the entry names the unit and is an item of the school record', () => {
    const [r] = plan('2026-03-15').reminders;
    expect(reminderEntry(r!, '2026-03-15', SentStatus.Sent, '')).toEqual({
      key: `ward|a|${Q1}|t-5`,
      date: '2026-03-15',
      recipient: 'a@truong.edu.vn',
      kind: SentKind.Item,
      code: 'Trường a',
      status: SentStatus.Sent,
      detail: '',
      tries: 1,
    });
  });
});

describe('the email', () => {
  it('names the unit, the period, the deadline dd/MM/yyyy and the ward, and the days left or over', () => {
    const p = plan('2026-03-15');
    const email = renderReminder(p.reminders[0]!, p, 'Bạch Mai');
    expect(email.subject).toBe('[CCHC phường] Nhắc gửi báo cáo CCHC Quý I năm 2026, hạn 20/03/2026');
    expect(email.body).toContain('Kính gửi: Trường a.');
    expect(email.body).toContain('UBND phường Bạch Mai nhắc');
    expect(email.body).toContain('Quý I năm 2026');
    expect(email.body).toContain('ngày 20/03/2026');
    expect(email.body).toContain('Còn 5 ngày.');
    expect(email.body).toContain('Văn phòng UBND phường Bạch Mai');
    expect(email.body).not.toContain('chưa đọc được');
    const over = plan('2026-03-23');
    const overdue = renderReminder(over.reminders[0]!, over, 'Bạch Mai');
    expect(overdue.subject).toBe('[CCHC phường] Quá hạn gửi báo cáo CCHC Quý I năm 2026 (hạn 20/03/2026)');
    expect(overdue.body).toContain('Đã quá hạn 3 ngày');
  });

  it('to a unit whose tracker cannot be read, also says why; text a unit typed is escaped in the HTML', () => {
    const p = planReminders({
      units: [unit('d', UnitState.Unreachable, 'd@truong.edu.vn', 'Sổ <b>chưa</b> được chia sẻ')],
      period: Q1,
      deadline: DEADLINE,
      today: '2026-03-19',
      record: new SentRecord([]),
    });
    const email = renderReminder(p.reminders[0]!, p, 'Bạch Mai');
    expect(email.body).toContain('phường chưa đọc được sổ theo dõi CCHC của đơn vị (Sổ <b>chưa</b> được chia sẻ)');
    expect(email.body).toContain('Còn 1 ngày.');
    expect(email.htmlBody).toContain('Sổ &lt;b&gt;chưa&lt;/b&gt; được chia sẻ');
  });
});
