// The "Tạo báo cáo" dialog's payload (its schema in src/contracts/report.ts) validated into a
// ReportRequest with Vietnamese errors per field, and the register of reports' numbering (Sổ báo
// cáo: numbers run from 01 each year, unique within the year).
import * as z from '../zod';
import type { IsoDate } from '../domain';
import { daysBetween, isValidDate, parts } from '../dates';
import { formatVn } from '../../messages/format';
import { PERIOD_KINDS, type Period } from './periods';
import type { ReportRequest } from './model';
import { nfc } from '../text';
import { reportMsg } from '../../messages/report';
import { reportPayloadSchema, type ReportField } from '../../contracts/report';
import type { FieldError } from '../../contracts/refusal';

export const MAX_RECIPIENT = 200;
const isoText = z.string().check(z.trim(), z.regex(/^\d{4}-\d{2}-\d{2}/));

export type ParsedPayload =
  { ok: true; request: Omit<ReportRequest, 'today'>; pdf: boolean } | { ok: false; errors: FieldError<ReportField>[] };

/** An ISO date string ('yyyy-MM-dd', or a full ISO instant whose date part is taken) → IsoDate. */
function isoDateOf(value: string | undefined): IsoDate | null {
  const parsed = isoText.safeParse(value ?? '');
  if (!parsed.success) return null;
  const [y, m, d] = parsed.data.slice(0, 10).split('-').map(Number) as [number, number, number];
  return isValidDate(y, m, d) ? parsed.data.slice(0, 10) : null;
}

function periodOf(value: string, from: IsoDate | null, to: IsoDate | null): Period | null {
  if (value === 'custom') return from && to ? { kind: 'custom', from, to } : null;
  const [kind, year] = value.split(':');
  const y = Number(year);
  if (!(PERIOD_KINDS as readonly string[]).includes(kind ?? '') || !Number.isInteger(y) || y < 2000 || y > 2100)
    return null;
  return { kind: kind as (typeof PERIOD_KINDS)[number], year: y };
}

export function periodValue(period: Period): string {
  return period.kind === 'custom' ? 'custom' : `${period.kind}:${period.year}`;
}

/** Validates the dialog's payload; every problem is reported against its field, in Vietnamese. */
export function parseReportPayload(raw: unknown): ParsedPayload {
  const shape = reportPayloadSchema.safeParse(raw);
  if (!shape.success) return { ok: false, errors: [{ field: 'form', message: reportMsg.errors.form }] };
  const p = shape.data;
  const errors: FieldError<ReportField>[] = [];
  const err = (field: ReportField, message: string) => errors.push({ field, message });

  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  if (p.period === 'custom') {
    from = isoDateOf(p.from);
    to = isoDateOf(p.to);
    if (!from) err('from', reportMsg.errors.from);
    if (!to) err('to', reportMsg.errors.to);
    if (from && to && to < from) err('to', reportMsg.errors.range);
    else if (from && to && daysBetween(from, to) > 366) err('to', reportMsg.errors.rangeTooLong);
  }
  const period = periodOf(p.period, from, to);
  if (!period && p.period !== 'custom') err('period', reportMsg.errors.period);

  const reportDate = isoDateOf(p.reportDate);
  if (!reportDate) err('reportDate', reportMsg.errors.reportDate);

  let number: number | null = null;
  if (!p.blankNumber) {
    const text = String(p.number ?? '').trim();
    number = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(number) || number < 1) err('number', reportMsg.errors.number);
  }

  const signerName = nfc(p.signerName ?? '').trim();
  if (p.signer === 'deputy' && !signerName) err('signerName', reportMsg.errors.signerName);

  const recipients = p.recipients.map((r) => nfc(r).trim()).filter(Boolean);
  if (recipients.length === 0) err('recipients', reportMsg.errors.recipients);
  if (recipients.some((r) => r.length > MAX_RECIPIENT)) err('recipients', reportMsg.errors.recipientTooLong);

  if (errors.length || !period || !reportDate) return { ok: false, errors };
  return {
    ok: true,
    pdf: p.pdf,
    request: {
      period,
      reportDate,
      number,
      signer: p.signer === 'deputy' ? { kind: 'deputy', name: signerName } : { kind: 'principal' },
      recipients,
      includeInternal: p.includeInternal,
      // One plan of the tracker (its Nguồn), or every plan.
      ...(nfc(p.plan).trim() ? { source: nfc(p.plan).trim() } : {}),
    },
  };
}

export interface RegisterEntry {
  /** "05/BC-THMT", or '' when the văn thư numbers it. */
  number: string;
  date: IsoDate | null;
}

/** The number at the start of a register entry ("05/BC-THMT" → 5), or null. */
export function entryNumber(entry: RegisterEntry): number | null {
  const m = /^\s*0*(\d+)/.exec(entry.number);
  return m ? Number(m[1]) : null;
}

/** Numbers run from 01 on 1 January: one more than the highest used this year. */
export function nextReportNumber(entries: readonly RegisterEntry[], year: number): number {
  let max = 0;
  for (const e of entries) {
    const n = entryNumber(e);
    if (n !== null && e.date && parts(e.date).year === year) max = Math.max(max, n);
  }
  return max + 1;
}

/** The entry that already uses this number in the year, if any. */
export function numberTakenBy(entries: readonly RegisterEntry[], number: number, year: number): RegisterEntry | null {
  return entries.find((e) => entryNumber(e) === number && e.date !== null && parts(e.date).year === year) ?? null;
}

export function numberTakenError(entry: RegisterEntry, number: number): FieldError<ReportField> {
  return {
    field: 'number',
    message: reportMsg.errors.numberTaken(String(number).padStart(2, '0'), formatVn(entry.date)),
  };
}
