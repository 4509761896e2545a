// Carries out an alert plan through an injected mail sender and clock: digests first (their quota
// was counted after the summaries'), then the summaries, which name this run's failures. Stops
// at the time budget; what was not sent stays unrecorded, so the next run sends it, once.
import type { IsoDate } from './domain';
import { SentKind, SentStatus, type SentEntry, type SentRecord } from './alertRecord';
import { AlertReason, digestEntries, isDigest, taskId, type AlertPlan, type Digest, type Summary } from './alerts';
import { renderDigest, renderSummary, type Email, type EmailContext } from './alertEmail';
import { alertsMsg as m } from '../messages/alerts';

export interface Outgoing extends Email {
  to: string;
}

export interface RunDeps {
  /** Throws when the message cannot be sent (invalid address, MailApp failure). */
  send(message: Outgoing): void;
  /** Milliseconds since the epoch. */
  now(): number;
  /** No new email is started at or after this instant. */
  deadline: number;
}

export interface RunLogLine {
  action: string;
  code?: string;
  detail: string;
}

export interface RunOutcome {
  /** Entries to write into the record (new or changed). */
  updates: SentEntry[];
  log: RunLogLine[];
  sent: number;
  failed: number;
  /** Carried to the next run (quota or time). */
  carried: number;
  stoppedForTime: boolean;
}

const codesOf = (d: Digest) => d.items.map((i) => taskId(i.task)).join(', ');

function counts(d: Digest): [number, number] {
  const overdue = d.items.filter((i) => i.reason === AlertReason.Overdue).length;
  return [overdue, d.items.length - overdue];
}

const who = (p: { name: string; email: string }) => (p.name && p.name !== p.email ? `${p.name} <${p.email}>` : p.email);

export function executePlan(plan: AlertPlan, record: SentRecord, ctx: EmailContext, deps: RunDeps): RunOutcome {
  const out: RunOutcome = { updates: [], log: [], sent: 0, failed: 0, carried: 0, stoppedForTime: false };
  const today: IsoDate = plan.today;
  const problems: string[] = [];
  const outOfTime = () => {
    if (!out.stoppedForTime && deps.now() >= deps.deadline) out.stoppedForTime = true;
    return out.stoppedForTime;
  };
  const carry = (message: Digest | Summary, why: string) => {
    out.carried++;
    out.log.push({ action: m.logCarried, code: isDigest(message) ? codesOf(message) : '', detail: m.logDetailCarried(who(message.to), why) });
    if (isDigest(message)) problems.push(m.problemCarried(who(message.to), why));
  };
  const trySend = (to: string, email: Email): string | null => {
    try {
      deps.send({ to, ...email });
      out.sent++;
      return null;
    } catch (e) {
      out.failed++;
      return e instanceof Error ? e.message : String(e);
    }
  };

  for (const d of plan.digests) {
    if (outOfTime()) {
      carry(d, m.why.time);
      continue;
    }
    const error = trySend(d.to.email, renderDigest(d, ctx));
    const [overdue, dueSoon] = counts(d);
    if (error === null) {
      out.updates.push(...digestEntries(d, today, SentStatus.Sent));
      out.log.push({ action: m.logSent, code: codesOf(d), detail: m.logDetailDigest(who(d.to), overdue, dueSoon) });
    } else {
      out.updates.push(...digestEntries(d, today, SentStatus.Failed, error));
      out.log.push({ action: m.logFailed, code: codesOf(d), detail: m.logDetailFailed(who(d.to), error) });
    }
  }
  for (const c of plan.carried) carry(c, m.why.quota);

  // Failures of earlier runs not yet reported, then this run's, one line per recipient and day.
  const failures = [...record.unreportedFailures(), ...out.updates.filter((u) => u.status === SentStatus.Failed)];
  const failureLines = new Map<string, string>();
  for (const f of failures) {
    const k = `${f.recipient}|${f.date}`;
    if (!failureLines.has(k)) failureLines.set(k, m.problemFailed(f.recipient, f.detail, f.date));
  }
  const unresolved = new Map<string, string[]>();
  for (const u of plan.unresolved) {
    const k = `${u.text}|${u.why}`;
    unresolved.set(k, [...(unresolved.get(k) ?? []), taskId(u.task)]);
  }
  const problemLines = [
    ...failureLines.values(),
    ...[...unresolved].map(([k, codes]) => {
      const [text, why] = k.split('|') as [string, keyof typeof m.why];
      return m.problemUnresolved(text, codes.join(', '), m.why[why]);
    }),
    ...problems,
  ];

  let reported = false;
  for (const s of plan.summaries) {
    const entry = (status: SentEntry['status'], detail: string): SentEntry => ({
      key: s.key, date: today, recipient: s.to.email, kind: SentKind.Summary, code: '', status, detail,
    });
    if (s.overdue.length === 0 && problemLines.length === 0) {
      out.updates.push(entry(SentStatus.Nothing, ''));
      continue;
    }
    if (outOfTime()) {
      carry(s, m.why.time);
      continue;
    }
    const error = trySend(s.to.email, renderSummary(s, problemLines, ctx));
    if (error === null) {
      reported = true;
      out.updates.push(entry(SentStatus.Sent, m.logDetailSummary(s.to.email, s.overdue.length)));
      out.log.push({ action: m.logSummary, detail: m.logDetailSummary(who(s.to), s.overdue.length) });
    } else {
      out.updates.push(entry(SentStatus.Failed, error));
      out.log.push({ action: m.logFailed, detail: m.logDetailFailed(who(s.to), error) });
    }
  }
  if (reported) {
    const byKey = new Map(out.updates.map((u) => [u.key, u]));
    for (const f of failures) byKey.set(f.key, { ...(byKey.get(f.key) ?? f), status: SentStatus.FailedReported });
    out.updates = [...byKey.values()];
  }
  return out;
}
