// Carries out an alert plan through an injected mail sender, journal and clock: digests first
// (their quota was counted after the summaries'), then the summaries, which name the failures.
// Each email is journaled before it is sent and again with its outcome, so that a run dying at any
// step leaves a durable trace: no intent, no send (carried); an intent without an outcome is taken
// as sent (at most once) and named in the next summary. Stops at the time budget; what was not
// sent stays unrecorded, so the next run sends it, once.
import { AlertReason, LogAction, SentKind, SentStatus, type IsoDate, type LogLine } from '../domain';
import { MAX_TRIES, type SentEntry, type SentRecord } from './record';
import { digestEntries, isDigest, taskId, type AlertPlan, type Digest, type Summary } from './plan';
import { renderDigest, renderSummary, type Email, type EmailContext } from './email';
import { alertsMsg as m } from '../../messages/alerts';

export interface Outgoing extends Email {
  to: string;
}

/** What a journaled delivery needs: the sender and the journal. */
export interface DeliveryDeps {
  /** Throws when the message cannot be sent (invalid address, MailApp failure). */
  send(message: Outgoing): void;
  /** Durable per-email record: `intend` before the send (throws: the email is not sent), `settle` after. */
  journal: {
    intend(id: number, entries: readonly SentEntry[]): void;
    settle(id: number, entries: readonly SentEntry[]): void;
  };
}

export interface RunDeps extends DeliveryDeps {
  /** Milliseconds since the epoch. */
  now(): number;
  /** No new email is started at or after this instant. */
  deadline: number;
}

/** An email's delivery: not journaled (so not sent, nothing to record), or its outcome's entries. */
export type Delivery = { journaled: false; error: string } | { journaled: true; sent: boolean; entries: SentEntry[] };

/**
 * Journal, send, journal: the school's alerts and the ward's reminders send every email through
 * this. The intent is journaled before the send (when that fails, the email is not sent and the
 * caller carries it); the outcome after it (when that fails, the intent stays journaled and the
 * caller still records the outcome it knows). A failed send is retried by later runs up to
 * MAX_TRIES, then gives up. `entries` gives the email's record entries for a status.
 */
export function deliverJournaled(
  deps: DeliveryDeps,
  id: number,
  message: Outgoing,
  entries: (status: SentStatus, detail: string) => SentEntry[],
): Delivery {
  try {
    deps.journal.intend(id, entries(SentStatus.InFlight, ''));
  } catch (e) {
    return { journaled: false, error: errorText(e) };
  }
  let done: SentEntry[];
  let sent = false;
  try {
    deps.send(message);
    sent = true;
    done = entries(SentStatus.Sent, '');
  } catch (e) {
    done = entries(SentStatus.Failed, errorText(e)).map((f) =>
      f.tries >= MAX_TRIES ? { ...f, status: SentStatus.GaveUp } : f,
    );
  }
  try {
    deps.journal.settle(id, done);
  } catch {
    // The intent stays journaled; this run still records the outcome it knows.
  }
  return { journaled: true, sent, entries: done };
}

export interface RunOutcome {
  /** Entries to write into the record (new or changed). */
  updates: SentEntry[];
  log: LogLine[];
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
  let journalId = 0;
  const outOfTime = () => {
    if (!out.stoppedForTime && deps.now() >= deps.deadline) out.stoppedForTime = true;
    return out.stoppedForTime;
  };
  const carry = (message: Digest | Summary, why: string) => {
    out.carried++;
    out.log.push({
      action: LogAction.AlertCarried,
      code: isDigest(message) ? codesOf(message) : '',
      detail: m.logDetailCarried(who(message.to), why),
    });
    if (isDigest(message)) problems.push(m.problemCarried(who(message.to), why));
  };
  /** Journal, send, journal (deliverJournaled): the entries for the outcome, or null when the intent could not be journaled. */
  const deliver = (
    message: Digest | Summary,
    email: Email,
    entries: (status: SentStatus, detail: string) => SentEntry[],
  ): SentEntry[] | null => {
    const delivery = deliverJournaled(deps, journalId++, { to: message.to.email, ...email }, entries);
    if (!delivery.journaled) {
      carry(message, m.why.journal(delivery.error));
      return null;
    }
    if (delivery.sent) out.sent++;
    else out.failed++;
    out.updates.push(...delivery.entries);
    return delivery.entries;
  };

  const sendDigest = (d: Digest) => {
    if (outOfTime()) return carry(d, m.why.time);
    const done = deliver(d, renderDigest(d, ctx), (status, detail) => digestEntries(d, today, status, detail));
    if (!done) return;
    const [overdue, dueSoon] = counts(d);
    if (done[0]?.status === SentStatus.Sent)
      out.log.push({
        action: LogAction.AlertSent,
        code: codesOf(d),
        detail: m.logDetailDigest(who(d.to), overdue, dueSoon),
      });
    else
      out.log.push({
        action: LogAction.AlertFailed,
        code: codesOf(d),
        detail: m.logDetailFailed(who(d.to), done[0]?.detail ?? ''),
      });
  };
  for (const d of plan.digests) sendDigest(d);
  for (const c of plan.carried) carry(c, m.why.quota);

  // Failures still open (being retried, or given up today) and this run's, one line per recipient and day;
  // earlier failures whose send went through now are not named.
  const sentNow = new Set(out.updates.filter((u) => u.status === SentStatus.Sent).map((u) => u.key));
  const failures = [
    ...record.openFailures(today).filter((f) => !sentNow.has(f.key) && plan.currentKeys.has(f.key)),
    ...out.updates.filter((u) => u.status === SentStatus.Failed || u.status === SentStatus.GaveUp),
  ];
  const failureLines = new Map<string, string>();
  for (const f of failures) {
    const k = `${f.recipient}|${f.date}`;
    if (!failureLines.has(k))
      failureLines.set(k, m.problemFailed(f.recipient, f.detail, f.date, f.tries, f.status === SentStatus.GaveUp));
  }
  const unknown = record.unknownOutcomes();
  const unknownLines = new Map<string, string>();
  for (const u of unknown) unknownLines.set(`${u.recipient}|${u.date}`, m.problemUnknown(u.recipient, u.date));
  const unresolved = new Map<string, string[]>();
  for (const u of plan.unresolved) {
    const k = `${u.text}|${u.why}`;
    unresolved.set(k, [...(unresolved.get(k) ?? []), taskId(u.task)]);
  }
  const problemLines = [
    ...failureLines.values(),
    ...unknownLines.values(),
    ...[...unresolved].map(([k, codes]) => {
      const [text, why] = k.split('|') as [string, Exclude<keyof typeof m.why, 'journal'>];
      return m.problemUnresolved(text, codes.join(', '), m.why[why]);
    }),
    ...problems,
  ];

  let reported = false;
  for (const s of plan.summaries) {
    const entry = (status: SentEntry['status'], detail: string): SentEntry[] => [
      {
        key: s.key,
        date: today,
        recipient: s.to.email,
        kind: SentKind.Summary,
        code: '',
        status,
        detail,
        tries: s.tries,
      },
    ];
    if (s.overdue.length === 0 && problemLines.length === 0) {
      out.updates.push(...entry(SentStatus.Nothing, ''));
      // No summary today: the manager's own reminders go as their digest, still one email.
      if (s.own) sendDigest(s.own);
      continue;
    }
    if (outOfTime()) {
      carry(s, m.why.time);
      continue;
    }
    // The manager's own reminders travel in the summary and are recorded with it.
    const done = deliver(s, renderSummary(s, problemLines, ctx), (status, detail) => [
      ...entry(status, detail || (status === SentStatus.Sent ? m.logDetailSummary(s.to.email, s.overdue.length) : '')),
      ...(s.own ? digestEntries(s.own, today, status, detail) : []),
    ]);
    if (!done) continue;
    if (done[0]!.status === SentStatus.Sent) {
      reported = true;
      out.log.push({ action: LogAction.AlertSummarySent, detail: m.logDetailSummary(who(s.to), s.overdue.length) });
      if (s.own)
        out.log.push({
          action: LogAction.AlertSent,
          code: codesOf(s.own),
          detail: m.logDetailDigest(who(s.to), ...counts(s.own)),
        });
    } else {
      out.log.push({ action: LogAction.AlertFailed, detail: m.logDetailFailed(who(s.to), done[0]!.detail) });
    }
  }
  // Unknown outcomes are named once; failures are named until they go through or give up.
  if (reported) for (const u of unknown) out.updates.push({ ...u, status: SentStatus.InFlightReported });
  return out;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
