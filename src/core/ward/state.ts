// A unit's reporting state for a period (issue 15): from the reports in its own Sổ báo cáo and the
// ward's deadline — the deadline day (Cấu hình, 20 by default) of the period's last month.
import type { IsoDate } from '../domain';
import { isoDate, parts } from '../dates';
import { fold } from '../text';
import { periodLabel, periodWindow, type NamedPeriod } from '../report/periods';
import { PeriodMode } from '../settings';
import { wardMsg } from '../../messages/ward';

export const UnitState = {
  OnTime: wardMsg.states.onTime,
  Late: wardMsg.states.late,
  Missing: wardMsg.states.missing,
  Unreachable: wardMsg.states.unreachable,
} as const;
export type UnitState = (typeof UnitState)[keyof typeof UnitState];

/** A row of a unit's Sổ báo cáo. */
export interface UnitReport {
  number: string;
  date: IsoDate | null;
  /** Kỳ báo cáo as the school's report wrote it ("Quý I năm 2026"). */
  period: string;
  link: string;
}

/** The deadline day of the period's last month. */
export function periodDeadline(period: NamedPeriod, deadlineDay: number): IsoDate {
  const { year, month } = parts(periodWindow(period, PeriodMode.Calendar).to);
  return isoDate(year, month, deadlineDay);
}

/**
 * The unit's state for the period: its first report of that period (by date) decides on time
 * (dated on or before the deadline) or late; none is Chưa báo cáo.
 */
export function unitState(
  reports: readonly UnitReport[],
  period: NamedPeriod,
  deadline: IsoDate,
): { state: UnitState; report: UnitReport | null } {
  const label = fold(periodLabel(period));
  const first = reports
    .filter((r) => fold(r.period) === label)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))[0];
  if (!first) return { state: UnitState.Missing, report: null };
  const onTime = first.date !== null && first.date <= deadline;
  return { state: onTime ? UnitState.OnTime : UnitState.Late, report: first };
}

/** Each state's background on Đơn vị. */
export const STATE_COLOURS: Readonly<Record<UnitState, string>> = {
  [UnitState.OnTime]: '#d9ead3',
  [UnitState.Late]: '#fce5cd',
  [UnitState.Missing]: '#fff2cc',
  [UnitState.Unreachable]: '#f4cccc',
};
