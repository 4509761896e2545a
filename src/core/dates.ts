// Calendar dates as 'yyyy-MM-dd' strings (IsoDate), with pure arithmetic; parsing of the date
// forms Vietnamese users type (dd/MM/yyyy writing is messages/format.ts). Time zones are the adapters' business.
import type { IsoDate } from './domain';
import { formatVn } from '../messages/format';

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** b - a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Parses what people type: 15/3/2026, 15/03/2026, 15-03-2026, 15.03.2026, 2026-03-15.
 * Returns null for anything else (including impossible dates such as 31/02/2026).
 */
export function parseDateText(text: string): IsoDate | null {
  const s = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null;
  }
  return null;
}

/** Finds the first dd/MM/yyyy date inside a longer text ("trước ngày 31/01/2026"). */
export function findDateInText(text: string): IsoDate | null {
  const re = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) return isoDate(y, mo, d);
  }
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zoneParts(instant: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The calendar date of an instant in a time zone (a sheet date cell read by getValues). */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  const p = zoneParts(instant, timeZone);
  return isoDate(p.year!, p.month!, p.day!);
}

/** "dd/MM/yyyy HH:mm" of an instant in a time zone: the stamps and times people read. */
export function formatDateTimeVn(instant: Date, timeZone: string): string {
  const p = zoneParts(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatVn(isoDate(p.year!, p.month!, p.day!))} ${two(p.hour!)}:${two(p.minute!)}`;
}

/** Midnight of a calendar date in a time zone: the Date to write into a date cell. */
export function midnightInZone(date: IsoDate, timeZone: string): Date {
  const { year, month, day } = parts(date);
  const guess = Date.UTC(year, month - 1, day);
  const p = zoneParts(new Date(guess), timeZone);
  const offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - guess;
  return new Date(guess - offset);
}
