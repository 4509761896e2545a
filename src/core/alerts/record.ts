// The record of what the alerts sent: one entry per recipient and task milestone (or summary),
// kept in the hidden sheet "Nhắc việc đã gửi". It makes runs idempotent (a second run the same
// day sends nothing new), retries a failed send on the next runs (MAX_TRIES in all) and lets
// failures reach the principal's summaries. Pure: rows ↔ entries, the journal merge, and the
// compaction that keeps the sheet small.
import { AlertReason, DueSoonMilestone, SentKind, SentStatus, overdueMilestoneId, type IsoDate } from '../domain';
import { addDays } from '../dates';
import { alertRecordMsg } from '../../messages/alerts';

export interface SentEntry {
  key: string;
  date: IsoDate;
  recipient: string;
  kind: SentKind;
  code: string;
  status: SentStatus;
  detail: string;
  /** Sends attempted for this key (1 for the first). */
  tries: number;
}

/** A failed send is tried again on the next runs, up to this many sends in all. */
export const MAX_TRIES = 3;

export const RECORD_HEADER = alertRecordMsg.header;

/** Entries younger than this are kept for people reading the sheet, whatever else applies. */
export const RECORD_KEEP_DAYS = 14;

export function entryToRow(e: SentEntry): string[] {
  return [e.key, e.date, e.recipient, e.kind, e.code, e.status, e.detail, String(e.tries)];
}

// Versions before December 2026 stored display words instead of ids. Frozen copies of those words
// (never reworded: they are what old sheets and journals hold) map them onto the ids.
const LEGACY_KINDS: Readonly<Record<string, SentKind>> = { 'Nhắc việc': SentKind.Item, 'Tổng hợp': SentKind.Summary };
const LEGACY_STATUSES: Readonly<Record<string, SentStatus>> = {
  'Đã gửi': SentStatus.Sent,
  Lỗi: SentStatus.Failed,
  'Lỗi (đã báo)': SentStatus.FailedReported,
  'Không có gì để gửi': SentStatus.Nothing,
  'Đang gửi (chưa rõ kết quả)': SentStatus.InFlight,
  'Chưa rõ kết quả (đã báo)': SentStatus.InFlightReported,
  'Lỗi, đã ngừng gửi lại': SentStatus.GaveUp,
};
const LEGACY_REASONS: Readonly<Record<string, AlertReason>> = {
  'Quá hạn': AlertReason.Overdue,
  'Sắp đến hạn': AlertReason.DueSoon,
};
const LEGACY_MILESTONES: Readonly<Record<string, string>> = {
  'vào diện sắp đến hạn': DueSoonMilestone.Enter,
  'trước hạn 1 ngày': DueSoonMilestone.DayBefore,
};

const idOf = <T extends string>(
  ids: Readonly<Record<string, T>>,
  legacy: Readonly<Record<string, T>>,
  word: string,
): T | undefined => (Object.values(ids).includes(word as T) ? (word as T) : legacy[word]);

/** An item key written with the old words ('item|to|code|Quá hạn|due|ngày 3') in today's ids. */
function currentKey(key: string): string {
  const parts = key.split('|');
  if (parts[0] !== 'item' || parts.length < 6) return key;
  const [reasonAt, milestoneAt] = [parts.length - 3, parts.length - 1];
  const overdueDay = /^ngày (\d+)$/.exec(parts[milestoneAt]!);
  parts[reasonAt] = LEGACY_REASONS[parts[reasonAt]!] ?? parts[reasonAt]!;
  parts[milestoneAt] = overdueDay
    ? overdueMilestoneId(Number(overdueDay[1]))
    : (LEGACY_MILESTONES[parts[milestoneAt]!] ?? parts[milestoneAt]!);
  return parts.join('|');
}

/** Rows read from the sheet (header first); rows that are not entries are dropped. */
export function rowsToEntries(values: readonly (readonly unknown[])[]): SentEntry[] {
  const out: SentEntry[] = [];
  for (const row of values.slice(1)) {
    const [key, date, recipient, kind, code, status, detail, tries] = row.map((v) => String(v ?? '').trim());
    const [kindId, statusId] = [
      idOf(SentKind, LEGACY_KINDS, kind ?? ''),
      idOf(SentStatus, LEGACY_STATUSES, status ?? ''),
    ];
    if (!key || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || !kindId || !statusId) continue;
    out.push({
      key: currentKey(key),
      date: date!,
      recipient: recipient ?? '',
      kind: kindId,
      code: code ?? '',
      status: statusId,
      detail: detail ?? '',
      tries: Math.max(1, Math.trunc(Number(tries)) || 1),
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
  /** Nothing more to send for this key: recorded, and not a failure with tries left. */
  settled(key: string): boolean {
    const e = this.byKey.get(key);
    return e !== undefined && !(e.status === SentStatus.Failed && e.tries < MAX_TRIES);
  }
  /** Sends already attempted for this key. */
  triesOf(key: string): number {
    return this.byKey.get(key)?.tries ?? 0;
  }
  entries(): SentEntry[] {
    return [...this.byKey.values()];
  }
  /** A digest already went to this recipient on that day. */
  digestSentOn(recipient: string, date: IsoDate): boolean {
    return this.digestDays.has(`${recipient}|${date}`);
  }
  /** Failures still being retried (named in every summary until they go through) and those that gave up today. */
  openFailures(today: IsoDate): SentEntry[] {
    return this.entries().filter(
      (e) => e.status === SentStatus.Failed || (e.status === SentStatus.GaveUp && e.date === today),
    );
  }
  /** Sends whose outcome a broken run never learnt, not yet named in a summary. */
  unknownOutcomes(): SentEntry[] {
    return this.entries().filter((e) => e.status === SentStatus.InFlight);
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

/**
 * The sheet's record with the journal of runs that did not finish laid over it (journal order).
 * A journal entry wins, except an in-flight one over the sheet's Sent of the same day: that run
 * did learn the outcome and wrote it, only the journal's cleanup failed.
 */
export function withJournal(sheet: readonly SentEntry[], journal: readonly SentEntry[]): SentEntry[] {
  const byKey = new Map(sheet.map((e) => [e.key, e]));
  for (const j of journal) {
    const s = byKey.get(j.key);
    if (j.status === SentStatus.InFlight && s && s.status === SentStatus.Sent && s.date === j.date) continue;
    byKey.set(j.key, j);
  }
  return [...byKey.values()];
}

/**
 * An email's journal rows, packed to fit Script Properties at scale: a column equal to the intent's
 * (`base`) is inherited, a column equal in every row is written once, the rest row by row. The
 * intent of a 200-task digest and its outcome then take a few KB, not 60.
 */
export interface PackedRows {
  /** Per column: 'i' inherited from the base, 's' the same in every row (value in `same`), 'v' varying. */
  how: string;
  same: string[];
  /** How many rows; their varying columns in `rows` (left out when no column varies). */
  n: number;
  rows?: string[][];
}

export function packRows(rows: readonly string[][], base?: readonly string[][]): PackedRows {
  const width = rows[0]?.length ?? 0;
  let how = '';
  const same: string[] = [];
  for (let c = 0; c < width; c++) {
    if (base && base.length === rows.length && rows.every((r, i) => r[c] === base[i]?.[c])) how += 'i';
    else if (rows.every((r) => r[c] === rows[0]![c])) {
      how += 's';
      same.push(rows[0]![c]!);
    } else how += 'v';
  }
  const packed: PackedRows = { how, same, n: rows.length };
  if (how.includes('v')) packed.rows = rows.map((r) => r.filter((_, c) => how[c] === 'v'));
  return packed;
}

export function unpackRows(packed: PackedRows, base?: readonly string[][]): string[][] {
  return Array.from({ length: packed.n }, (_, i) => packed.rows?.[i] ?? []).map((varying, i) => {
    let v = 0;
    let s = 0;
    return [...packed.how].map((kind, c) =>
      kind === 'i' ? (base?.[i]?.[c] ?? '') : kind === 's' ? packed.same[s++]! : varying[v++]!,
    );
  });
}
