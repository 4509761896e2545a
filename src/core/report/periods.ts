// Report periods (Kỳ báo cáo): the named periods and a custom from–to, their data window under the
// Cấu hình mode (calendar, or the "chốt số liệu" 15→14 cut-off), the period due on a date, and the
// period after a given one (section IV of the report). Pure: dates are IsoDate strings.
import type { IsoDate } from '../domain';
import { addDays, daysBetween, isoDate, parts } from '../dates';
import { formatVn } from '../../messages/format';
import { PeriodMode } from '../settings';
import { periodMsg } from '../../messages/report';

export const PERIOD_KINDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'M9', 'Y'] as const;
export type NamedPeriodKind = (typeof PERIOD_KINDS)[number];
/** H2 (6 tháng cuối năm) is only ever the period after H1; the dialog does not offer it. */
export type PeriodKind = NamedPeriodKind | 'H2' | 'custom';

export interface NamedPeriod {
  kind: NamedPeriodKind | 'H2';
  year: number;
}
export type Period = NamedPeriod | { kind: 'custom'; from: IsoDate; to: IsoDate };

export interface PeriodWindow {
  from: IsoDate;
  to: IsoDate;
}

type Mode = (typeof PeriodMode)[keyof typeof PeriodMode];

/** Calendar months covered: [first month, last month]. */
const MONTHS: Record<NamedPeriodKind | 'H2', [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
  M9: [1, 9],
  Y: [1, 12],
};
/** Cumulative reports (6 tháng, 9 tháng, năm) start where the year's data starts, like quý I. */
const CUMULATIVE: ReadonlySet<PeriodKind> = new Set(['H1', 'M9', 'Y']);

const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The data window. Calendar: the months' first to last day. Cut-off: from the 15th of the month
 * before the first month to the 14th of the last month; the cumulative reports and quý I start on
 * 15/12 of the previous year (docs/nd30-bao-cao.md).
 */
export function periodWindow(period: Period, mode: Mode | string): PeriodWindow {
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  const [first, last] = MONTHS[period.kind];
  const { year } = period;
  if (mode === PeriodMode.CutOff) {
    const startMonth = CUMULATIVE.has(period.kind) ? 1 : first;
    const from = startMonth === 1 ? isoDate(year - 1, 12, 15) : isoDate(year, startMonth - 1, 15);
    return { from, to: isoDate(year, last, 14) };
  }
  return { from: isoDate(year, first, 1), to: isoDate(year, last, lastDayOfMonth(year, last)) };
}

/** "quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026", "từ ngày … đến ngày …". */
export function periodPhrase(period: Period): string {
  switch (period.kind) {
    case 'Q1':
    case 'Q2':
    case 'Q3':
    case 'Q4':
      return periodMsg.quarter(Number(period.kind[1]), period.year);
    case 'H1':
      return periodMsg.firstHalf(period.year);
    case 'H2':
      return periodMsg.secondHalf(period.year);
    case 'M9':
      return periodMsg.nineMonths(period.year);
    case 'Y':
      return periodMsg.year(period.year);
    case 'custom':
      return periodMsg.custom(formatVn(period.from), formatVn(period.to));
  }
}

/** The phrase with its first letter capitalised: "Quý I năm 2026", for lists and the register. */
export function periodLabel(period: Period): string {
  const phrase = periodPhrase(period);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** For file names: "Quý I 2026", "6 tháng đầu năm 2026", "Năm 2026", "01.02.2026-28.02.2026". */
export function periodShortLabel(period: Period): string {
  switch (period.kind) {
    case 'Q1':
    case 'Q2':
    case 'Q3':
    case 'Q4':
      return periodMsg.quarterShort(Number(period.kind[1]), period.year);
    case 'custom':
      return `${formatVn(period.from).replace(/\//g, '.')}-${formatVn(period.to).replace(/\//g, '.')}`;
    default:
      return periodLabel(period);
  }
}

/** The periods offered in the dialog for a year, in order. */
export function namedPeriods(year: number): NamedPeriod[] {
  return PERIOD_KINDS.map((kind) => ({ kind, year }));
}

/** Days after a period's last month during which its report is still the one due. */
export const REPORT_GRACE_DAYS = 20;

/**
 * The report due on `today`: the first of quý I, 6 tháng, 9 tháng, năm (the cumulative chain of
 * CCHC reporting) whose last month ends no more than REPORT_GRACE_DAYS before today.
 */
export function duePeriod(today: IsoDate): NamedPeriod {
  const { year } = parts(today);
  for (const y of [year - 1, year]) {
    for (const kind of ['Q1', 'H1', 'M9', 'Y'] as const) {
      const last = MONTHS[kind][1];
      const end = isoDate(y, last, lastDayOfMonth(y, last));
      if (addDays(end, REPORT_GRACE_DAYS) >= today) return { kind, year: y };
    }
  }
  return { kind: 'Y', year };
}

/**
 * The period after this one, for "Phương hướng, nhiệm vụ kỳ tới": quý n → quý n+1, 6 tháng đầu
 * năm → 6 tháng cuối năm, 9 tháng → quý IV, năm → next year; a custom range → the same length
 * right after it.
 */
export function nextPeriod(period: Period): Period {
  switch (period.kind) {
    case 'Q1':
      return { kind: 'Q2', year: period.year };
    case 'Q2':
      return { kind: 'Q3', year: period.year };
    case 'Q3':
      return { kind: 'Q4', year: period.year };
    case 'Q4':
      return { kind: 'Q1', year: period.year + 1 };
    case 'H1':
      return { kind: 'H2', year: period.year };
    case 'H2':
      return { kind: 'H1', year: period.year + 1 };
    case 'M9':
      return { kind: 'Q4', year: period.year };
    case 'Y':
      return { kind: 'Y', year: period.year + 1 };
    case 'custom': {
      const from = addDays(period.to, 1);
      return { kind: 'custom', from, to: addDays(from, daysBetween(period.from, period.to)) };
    }
  }
}

/**
 * The window after this one's, under the same mode: starts the day after this window ends (so a
 * cumulative report's next window is not cumulative).
 */
export function nextWindow(period: Period, mode: Mode | string): PeriodWindow {
  const current = periodWindow(period, mode);
  const next = periodWindow(nextPeriod(period), mode);
  return { from: addDays(current.to, 1), to: next.to };
}
