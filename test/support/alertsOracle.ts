// The alerts' oracle for the e2e tests: what each person should receive, computed from the scripted
// tasks as date sets (each milestone date, moved past the weekend), independent of the product's
// plan code; and the mentions parsed back out of the sandbox outbox.
import { addDays, weekday } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import type { ScriptedTask } from '../../samples/schoolYear';
import type { SentMessage } from '../../sandbox/services/mail';

/** The sample staff member who no longer works at the school: gets nothing, is named in summaries. */
export const INACTIVE = 'tam.vt@thmythinh.edu.vn';

/** The calendar day of a sent message in Asia/Ho_Chi_Minh. */
export const dayOf = (m: SentMessage): IsoDate =>
  new Date(m.sentAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
export const isWeekend = (d: IsoDate) => weekday(d) === 0 || weekday(d) === 6;
export const nextWeekday = (d: IsoDate): IsoDate => (isWeekend(d) ? nextWeekday(addDays(d, 1)) : d);
export const isSummary = (m: SentMessage) => m.subject.startsWith('[CCHC] Tổng hợp');
export const isDigest = (m: SentMessage) => /^\[CCHC\] \d+ nhiệm vụ/.test(m.subject);
/** A digest, or a manager's summary carrying their own reminders as its first section (one email a day). */
export const hasReminders = (m: SentMessage) =>
  isDigest(m) || (isSummary(m) && m.body.includes('NHIỆM VỤ CỦA THẦY/CÔ'));

export interface Mention {
  to: string;
  day: IsoDate;
  code: string;
  reason: 'overdue' | 'dueSoon';
  /** Days overdue as the email states it (0 for due soon). */
  days: number;
}

/** Task mentions parsed from the plain-text part of the digests (and of summaries' own sections). */
export function mentions(outbox: readonly SentMessage[]): Mention[] {
  const out: Mention[] = [];
  for (const m of outbox.filter(hasReminders)) {
    let reason: Mention['reason'] | null = null;
    let code = '';
    for (const line of m.body.split('\n')) {
      if (line.startsWith('NHIỆM VỤ QUÁ HẠN')) reason = 'overdue';
      if (line.startsWith('NHIỆM VỤ SẮP ĐẾN HẠN')) reason = 'dueSoon';
      const item = /^\d+\. \[([^\]]+)\]/.exec(line);
      if (item) code = item[1]!;
      const due = /^ {3}Thời hạn: \S+ \((.+)\)$/.exec(line);
      if (due && reason) {
        const days = /quá hạn (\d+) ngày/.exec(due[1]!);
        out.push({ to: m.to[0]!, day: dayOf(m), code, reason, days: days ? Number(days[1]) : 0 });
      }
    }
  }
  return out;
}

/** When a task is still open at the morning run of `day` (people mark it done in the afternoon). */
export const openAt = (t: ScriptedTask, day: IsoDate) => t.doneOn === null || day <= t.doneOn;

/** The oracle: each milestone date (D−3, D−1, D+1, D+3, D+7, D+14, …), moved to the next weekday. */
export function expectedMentions(
  script: readonly ScriptedTask[],
  last: IsoDate,
  inactive: ReadonlySet<string>,
): Mention[] {
  const out = new Map<string, Mention>();
  for (const t of script) {
    if (inactive.has(t.owner.email)) continue;
    const raw = [-3, -1, 1, 3];
    for (let k = 7; addDays(t.due, k) <= last; k += 7) raw.push(k);
    for (const k of raw) {
      const day = nextWeekday(addDays(t.due, k));
      if (day > last || !openAt(t, day)) continue;
      const overdue = day > t.due;
      const days = overdue ? Math.round((Date.parse(day) - Date.parse(t.due)) / 86_400_000) : 0;
      out.set(`${t.code}|${day}`, {
        to: t.owner.email,
        day,
        code: t.code,
        reason: overdue ? 'overdue' : 'dueSoon',
        days,
      });
    }
  }
  return [...out.values()];
}

export const sortMentions = (list: readonly Mention[]) =>
  [...list].sort((a, b) => (a.to + a.day + a.code < b.to + b.day + b.code ? -1 : 1));

export function weekdaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!isWeekend(d)) out.push(d);
  return out;
}

/** Weekdays with an overdue task, or a task of the inactive owner in its window (a problem to report). */
export function summaryDays(script: readonly ScriptedTask[], from: IsoDate, to: IsoDate): IsoDate[] {
  const inactiveTasks = script.filter((t) => t.owner.email === INACTIVE);
  return weekdaysBetween(from, to).filter(
    (d) =>
      script.some((t) => t.due < d && openAt(t, d)) ||
      inactiveTasks.some((t) => addDays(t.due, -3) <= d && openAt(t, d)),
  );
}
