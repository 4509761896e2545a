// The record of what the alerts sent: one entry per recipient and task milestone (or summary),
// kept in the hidden sheet "Nhắc việc đã gửi". It makes runs idempotent (a second run the same
// day sends nothing new) and lets failures reach the principal's next summary. Pure: rows ↔ entries,
// and the compaction that keeps the sheet small.
import type { IsoDate } from './domain';
import { addDays } from './dates';
import { alertRecordMsg } from '../messages/alerts';

export const SentStatus = {
  Sent: alertRecordMsg.sent,
  Failed: alertRecordMsg.failed,
  /** A failure already named in a summary. */
  FailedReported: alertRecordMsg.failedReported,
  /** A summary cadence point with nothing to report: consumed without an email. */
  Nothing: alertRecordMsg.nothing,
} as const;
export type SentStatus = (typeof SentStatus)[keyof typeof SentStatus];

export const SentKind = { Item: alertRecordMsg.kindItem, Summary: alertRecordMsg.kindSummary } as const;
export type SentKind = (typeof SentKind)[keyof typeof SentKind];

export interface SentEntry {
  key: string;
  date: IsoDate;
  recipient: string;
  kind: SentKind;
  code: string;
  status: SentStatus;
  detail: string;
}

export const RECORD_HEADER = alertRecordMsg.header;

/** Entries younger than this are kept for people reading the sheet, whatever else applies. */
export const RECORD_KEEP_DAYS = 14;

export function entryToRow(e: SentEntry): string[] {
  return [e.key, e.date, e.recipient, e.kind, e.code, e.status, e.detail];
}

const STATUSES = new Set<string>(Object.values(SentStatus));
const KINDS = new Set<string>(Object.values(SentKind));

/** Rows read from the sheet (header first); rows that are not entries are dropped. */
export function rowsToEntries(values: readonly (readonly unknown[])[]): SentEntry[] {
  const out: SentEntry[] = [];
  for (const row of values.slice(1)) {
    const [key, date, recipient, kind, code, status, detail] = row.map((v) => String(v ?? '').trim());
    if (!key || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || !KINDS.has(kind ?? '') || !STATUSES.has(status ?? '')) continue;
    out.push({
      key, date: date!, recipient: recipient ?? '', kind: kind as SentKind, code: code ?? '',
      status: status as SentStatus, detail: detail ?? '',
    });
  }
  return out;
}

export class SentRecord {
  private readonly byKey = new Map<string, SentEntry>();
  private readonly digestDays = new Set<string>();
  constructor(entries: readonly SentEntry[]) {
    for (const e of entries) {
      this.byKey.set(e.key, e);
      if (e.kind === SentKind.Item && e.status === SentStatus.Sent) this.digestDays.add(`${e.recipient}|${e.date}`);
    }
  }
  has(key: string): boolean {
    return this.byKey.has(key);
  }
  entries(): SentEntry[] {
    return [...this.byKey.values()];
  }
  /** A digest already went to this recipient on that day. */
  digestSentOn(recipient: string, date: IsoDate): boolean {
    return this.digestDays.has(`${recipient}|${date}`);
  }
  /** Failures not yet named in a summary. */
  unreportedFailures(): SentEntry[] {
    return this.entries().filter((e) => e.status === SentStatus.Failed);
  }
  /** The record after a run: old entries updated by key, new ones added, stale ones dropped. */
  merged(updates: readonly SentEntry[], today: IsoDate, currentKeys: ReadonlySet<string>): SentEntry[] {
    const next = new Map(this.byKey);
    for (const u of updates) next.set(u.key, u);
    const since = addDays(today, -RECORD_KEEP_DAYS);
    return [...next.values()].filter(
      (e) => currentKeys.has(e.key) || e.date >= since || e.status === SentStatus.Failed,
    );
  }
}
