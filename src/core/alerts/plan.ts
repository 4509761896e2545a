// The alert plan: from the tasks, the staff, the settings, today and the record of what was sent,
// decides who gets what today. Cadence: an overdue task is mentioned on its 1st, 3rd and 7th day
// overdue, then every 7 days; a due-soon task on entering the window and the day before its
// deadline. Each mention is a milestone keyed by recipient, task, reason, deadline and milestone:
// the latest milestone reached and not yet recorded is what is "new", so a run that was skipped
// (weekend, quota, time budget) catches up on the next one and nothing is sent twice. Pure.
import {
  AlertReason,
  DueSoonMilestone,
  SentKind,
  TaskCondition,
  overdueMilestoneId,
  type IsoDate,
  type SentStatus,
  type StaffMember,
  type Task,
} from '../domain';
import { addDays, daysBetween, weekday } from '../dates';
import { SummaryCadence, type Settings } from '../settings';
import { taskState } from '../status/engine';
import type { SentEntry, SentRecord } from './record';
import { AlertRecipients, type Person, type Unreachable } from './recipients';
import { splitNames } from '../assign/people';

export type AlertSettings = Pick<Settings, 'dueSoonDays' | 'skipWeekends' | 'summaryCadence' | 'coOwnerDigest'>;

/** The overdue milestone reached after `days` days overdue: 1, 3, 7, 14, 21, … (null when not overdue). */
export function overdueMilestone(days: number): number | null {
  if (days < 1) return null;
  if (days < 3) return 1;
  if (days < 7) return 3;
  return 7 * Math.floor(days / 7);
}

/** The due-soon milestone for `daysLeft` days before the deadline (0 = due today). */
export function dueSoonMilestone(daysLeft: number, dueSoonDays: number): DueSoonMilestone | null {
  if (daysLeft < 0 || daysLeft > dueSoonDays) return null;
  return daysLeft <= 1 ? DueSoonMilestone.DayBefore : DueSoonMilestone.Enter;
}

/** The summary's cadence point on or before `today`: today, or this week's Monday. */
export function summaryPoint(today: IsoDate, cadence: Settings['summaryCadence']): IsoDate {
  if (cadence === SummaryCadence.Daily) return today;
  return addDays(today, -((weekday(today) + 6) % 7));
}

export function isWeekend(date: IsoDate): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/** A task at a milestone today. */
export interface TaskAlert {
  task: Task;
  reason: AlertReason;
  milestone: string;
  daysOverdue: number;
  /** Days until the deadline (negative when overdue). */
  daysLeft: number;
}

export interface DigestItem extends TaskAlert {
  key: string;
  role: 'owner' | 'coOwner';
  /** This send's number for the key (2 and 3 are retries of a failed send). */
  tries: number;
}

export interface Digest {
  to: Person;
  items: DigestItem[];
}

export interface OverdueLine {
  task: Task;
  daysOverdue: number;
}

export interface Summary {
  to: Person;
  key: string;
  point: IsoDate;
  overdue: OverdueLine[];
  tries: number;
  /** The recipient's own tasks with something new today: the summary's first section (one email a day). */
  own?: Digest;
}

/** A task whose owner (or co-owner, when co-owners get digests) cannot receive mail. */
export interface Unresolved {
  task: Task;
  text: string;
  why: Unreachable;
}

export interface AlertPlan {
  today: IsoDate;
  /** Saturday or Sunday with the weekend skip on: nothing is sent, the next run catches up. */
  weekendSkip: boolean;
  /** In send order; quota reserved for them first. */
  summaries: Summary[];
  /** In send order: most severe first. */
  digests: Digest[];
  /** Did not fit the quota: carried to the next run. */
  carried: (Digest | Summary)[];
  /** Already received a digest today: what is new waits for tomorrow. */
  heldForTomorrow: Digest[];
  unresolved: Unresolved[];
  /** Every milestone and summary key valid today (sent or not): the record keeps these. */
  currentKeys: Set<string>;
  quota: number;
}

export interface PlanInput {
  tasks: readonly Task[];
  staff: readonly StaffMember[];
  settings: AlertSettings;
  /** Principal first, then managers. */
  summaryRecipients: readonly string[];
  today: IsoDate;
  record: SentRecord;
  /** The mail quota left today, in recipients (read by the adapter). */
  quota: number;
}

/** The record's key of a task mention; its parts are ids, so rewording a message changes none. */
export function itemKey(recipient: string, alert: TaskAlert): string {
  return ['item', recipient, taskId(alert.task), alert.reason, alert.task.dueDate ?? '', alert.milestone].join('|');
}

export function summaryKey(recipient: string, point: IsoDate): string {
  return ['summary', recipient, point].join('|');
}

/** The task code, or its row when the code is missing. */
export function taskId(task: Task): string {
  return task.code || `#${task.row}`;
}

/** The task's milestone today, if it is overdue or due soon. */
export function taskAlert(task: Task, today: IsoDate, dueSoonDays: number): TaskAlert | null {
  const state = taskState(task, today, dueSoonDays);
  if (state.condition === TaskCondition.OverdueNotDone) {
    const m = overdueMilestone(state.daysOverdue);
    return m === null
      ? null
      : {
          task,
          reason: AlertReason.Overdue,
          milestone: overdueMilestoneId(m),
          daysOverdue: state.daysOverdue,
          daysLeft: -state.daysOverdue,
        };
  }
  if (state.condition === TaskCondition.DueSoon && task.dueDate) {
    const left = daysBetween(today, task.dueDate);
    const m = dueSoonMilestone(left, dueSoonDays);
    return m === null ? null : { task, reason: AlertReason.DueSoon, milestone: m, daysOverdue: 0, daysLeft: left };
  }
  return null;
}

/** Most severe first: the longest overdue, then the most overdue tasks, then the nearest deadline. */
export function compareDigests(a: Digest, b: Digest): number {
  const s = (d: Digest) => {
    const overdue = d.items.filter((i) => i.reason === AlertReason.Overdue);
    return [
      Math.max(0, ...overdue.map((i) => i.daysOverdue)),
      overdue.length,
      -Math.min(...d.items.map((i) => i.daysLeft)),
    ];
  };
  const [x, y] = [s(a), s(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
  return a.to.email < b.to.email ? -1 : a.to.email > b.to.email ? 1 : 0;
}

function compareItems(a: DigestItem, b: DigestItem): number {
  return a.daysLeft - b.daysLeft || taskId(a.task).localeCompare(taskId(b.task), 'vi', { numeric: true });
}

export function planAlerts(input: PlanInput): AlertPlan {
  const { settings, today, record } = input;
  const plan: AlertPlan = {
    today,
    weekendSkip: false,
    summaries: [],
    digests: [],
    carried: [],
    heldForTomorrow: [],
    unresolved: [],
    currentKeys: new Set(),
    quota: input.quota,
  };
  const recipients = new AlertRecipients(input.staff);
  const digests = new Map<string, Digest>();
  const overdue: OverdueLine[] = [];

  for (const task of input.tasks) {
    const alert = taskAlert(task, today, settings.dueSoonDays);
    if (!alert) continue;
    if (alert.reason === AlertReason.Overdue) overdue.push({ task, daysOverdue: alert.daysOverdue });
    const roles: [string, DigestItem['role']][] = splitNames(task.owner).map((t) => [t, 'owner']);
    if (settings.coOwnerDigest)
      roles.push(...splitNames(task.coOwners).map((t): [string, DigestItem['role']] => [t, 'coOwner']));
    const seen = new Set<string>();
    for (const [text, role] of roles) {
      const found = recipients.resolve(text);
      if (!found.ok) {
        plan.unresolved.push({ task, text, why: found.why });
        continue;
      }
      for (const person of found.people) {
        if (seen.has(person.email)) continue;
        seen.add(person.email);
        const key = itemKey(person.email, alert);
        plan.currentKeys.add(key);
        if (record.settled(key)) continue;
        const digest = digests.get(person.email) ?? { to: person, items: [] };
        digest.items.push({ ...alert, key, role, tries: record.triesOf(key) + 1 });
        digests.set(person.email, digest);
      }
    }
  }

  overdue.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || taskId(a.task).localeCompare(taskId(b.task), 'vi', { numeric: true }),
  );
  const point = summaryPoint(today, settings.summaryCadence);
  const summaries: Summary[] = [];
  for (const email of input.summaryRecipients) {
    const key = summaryKey(email, point);
    plan.currentKeys.add(key);
    if (!record.settled(key))
      summaries.push({
        to: { email, name: recipients.nameOf(email) },
        key,
        point,
        overdue,
        tries: record.triesOf(key) + 1,
      });
  }

  if (settings.skipWeekends && isWeekend(today)) {
    plan.weekendSkip = true;
    return plan;
  }

  let left = input.quota;
  for (const s of summaries) {
    if (left >= 1) {
      plan.summaries.push(s);
      left--;
    } else plan.carried.push(s);
  }
  const ordered = [...digests.values()].sort(compareDigests);
  const summaryTo = new Map(plan.summaries.map((s) => [s.to.email, s]));
  for (const d of ordered) {
    d.items.sort(compareItems);
    const own = summaryTo.get(d.to.email);
    if (record.digestSentOn(d.to.email, today)) plan.heldForTomorrow.push(d);
    else if (own) own.own = d;
    else if (left >= 1) {
      plan.digests.push(d);
      left--;
    } else plan.carried.push(d);
  }
  return plan;
}

/** Record entries for a digest about to be sent (in flight), delivered or failed. */
export function digestEntries(d: Digest, today: IsoDate, status: SentStatus, detail = ''): SentEntry[] {
  return d.items.map((i) => ({
    key: i.key,
    date: today,
    recipient: d.to.email,
    kind: SentKind.Item,
    code: taskId(i.task),
    status,
    detail: detail || `${i.reason}, ${i.milestone}`,
    tries: i.tries,
  }));
}

export function isDigest(m: Digest | Summary): m is Digest {
  return 'items' in m;
}
