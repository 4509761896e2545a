// Nhắc báo cáo (issue 15): which units get which reminder on a date, and its email. A unit that has
// not reported the period due (Chưa báo cáo on Đơn vị after a finished pull) or whose tracker cannot
// be read (Không truy cập được) is reminded once per milestone: 5 days before the deadline, 1 day
// before, and once overdue. The sent record is the school alerts' (core/alerts/record.ts): one entry
// per unit, period and milestone, so a second run sends nothing new and a failed send is retried.
//
// A day the trigger did not run: each milestone has a window, from its day to the day before the
// next milestone's. The run on any day of the window sends it, once; a window that passed with no
// run is not sent late (the next milestone's email says the same thing more urgently). T-5's window
// is T-5…T-2, T-1's is T-1 and the deadline day, and overdue's starts the day after the deadline and
// lasts while the period is the one due (core/report/periods.ts duePeriod): after that the keys are
// another period's.
import { SentKind, SentStatus, type IsoDate } from '../domain';
import { addDays, daysBetween } from '../dates';
import { escapeHtml, headerText } from '../text';
import { formatVn } from '../../messages/format';
import type { SentEntry, SentRecord } from '../alerts/record';
import type { Email } from '../alerts/email';
import { UnitState } from './state';
import { wardMsg } from '../../messages/ward';

const m = wardMsg.remind;

export const RemindMilestone = { Before5: 't-5', Before1: 't-1', Overdue: 'overdue' } as const;
export type RemindMilestone = (typeof RemindMilestone)[keyof typeof RemindMilestone];

/** Each milestone's day, in days from the deadline, in order. */
export const MILESTONE_DAYS: readonly (readonly [RemindMilestone, number])[] = [
  [RemindMilestone.Before5, -5],
  [RemindMilestone.Before1, -1],
  [RemindMilestone.Overdue, 1],
];

/** The milestone whose window holds `today` (see the header), or null before T-5. */
export function milestoneOn(deadline: IsoDate, today: IsoDate): RemindMilestone | null {
  let current: RemindMilestone | null = null;
  for (const [milestone, days] of MILESTONE_DAYS) if (addDays(deadline, days) <= today) current = milestone;
  return current;
}

/** A unit as Đơn vị shows it after a pull. */
export interface RemindUnit {
  /** The unit's key (its tracker's spreadsheet id): the record's entries are found by it. */
  key: string;
  name: string;
  email: string;
  /** Tình trạng báo cáo, as the pull wrote it. */
  state: string;
  /** Lý do, for a unit that cannot be read. */
  reason: string;
}

export interface Reminder {
  unit: RemindUnit;
  milestone: RemindMilestone;
  key: string;
  /** Sends attempted with this one (1 for the first). */
  tries: number;
}

export interface RemindPlan {
  today: IsoDate;
  period: string;
  deadline: IsoDate;
  reminders: Reminder[];
  /** Units owed a reminder that have no contact email. */
  noEmail: RemindUnit[];
  /** Every key of the period's milestones for the units listed: kept in the record while the period is due. */
  currentKeys: Set<string>;
}

export const reminderKey = (unitKey: string, period: string, milestone: RemindMilestone): string =>
  `ward|${unitKey}|${period}|${milestone}`;

const OWED: ReadonlySet<string> = new Set([UnitState.Missing, UnitState.Unreachable]);

export function planReminders(input: {
  units: readonly RemindUnit[];
  /** The period's label ("Quý I năm 2026"). */
  period: string;
  deadline: IsoDate;
  today: IsoDate;
  record: SentRecord;
}): RemindPlan {
  const { units, period, deadline, today, record } = input;
  const milestone = milestoneOn(deadline, today);
  const plan: RemindPlan = { today, period, deadline, reminders: [], noEmail: [], currentKeys: new Set() };
  for (const unit of units) {
    for (const [ms] of MILESTONE_DAYS) plan.currentKeys.add(reminderKey(unit.key, period, ms));
    if (!milestone || !OWED.has(unit.state)) continue;
    const key = reminderKey(unit.key, period, milestone);
    if (record.settled(key)) continue;
    if (!unit.email) plan.noEmail.push(unit);
    else plan.reminders.push({ unit, milestone, key, tries: record.triesOf(key) + 1 });
  }
  return plan;
}

/** A reminder's record entry for a status (SentKind.Item; its code is the unit's name). */
export function reminderEntry(r: Reminder, today: IsoDate, status: SentStatus, detail: string): SentEntry {
  return {
    key: r.key,
    date: today,
    recipient: r.unit.email,
    kind: SentKind.Item,
    code: r.unit.name,
    status,
    detail,
    tries: r.tries,
  };
}

/** The reminder's email: names the unit, the period, the deadline (dd/MM/yyyy) and the ward. */
export function renderReminder(r: Reminder, plan: RemindPlan, wardName: string): Email {
  const deadline = formatVn(plan.deadline);
  const left = daysBetween(plan.today, plan.deadline);
  const lines = [
    m.greeting(r.unit.name),
    m.body(wardName, plan.period, deadline),
    left >= 0 ? m.daysLeft(left) : m.daysOver(-left),
    ...(r.unit.state === UnitState.Unreachable ? [m.unreachable(r.unit.reason)] : []),
    m.afterReport,
    m.signature(wardName),
  ];
  return {
    subject: headerText(
      m.subject(r.milestone === RemindMilestone.Overdue ? 'overdue' : 'before', plan.period, deadline),
    ),
    body: lines.join('\n\n'),
    htmlBody: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
  };
}
