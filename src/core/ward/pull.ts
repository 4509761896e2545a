// The pull's pure parts (issue 15): what one unit's read gives, the rows it puts on Số liệu đơn vị
// and the cells it sets on Đơn vị, merging a run's units into the rows pulled before (a unit's rows
// are replaced, never added twice), and the cursor that lets a pull go on in the next execution.
import { SCHOOL_TIME_ZONE, type IsoDate } from '../domain';
import { midnightInZone } from '../dates';
import type { Figures } from '../status/engine';
import { clip } from '../text';
import * as z from '../zod';
import { unitState, UnitState, type UnitReport } from './state';
import type { NamedPeriod } from '../report/periods';
import type { FigureColumnKey, UnitColumnKey } from './schema';
import type { Unit } from './units';
import { wardMsg } from '../../messages/ward';

/** What reading one unit's tracker gave. */
export type UnitRead =
  | {
      ok: true;
      /** The date the figures are computed at: the period's cut-off, or today when earlier. */
      asOf: IsoDate;
      byArea: readonly { area: string; figures: Figures }[];
      overdueCodes: readonly string[];
      reports: readonly UnitReport[];
    }
  | { ok: false; reason: string };

type Cell = string | number | Date;

/** Số liệu đơn vị rows of a unit read: one per area (none when unreachable). */
export function figureRows(
  unit: Unit,
  read: UnitRead,
  period: string,
  pulledAt: Date,
): Record<FigureColumnKey, Cell>[] {
  if (!read.ok) return [];
  return read.byArea.map(({ area, figures }) => ({
    unitKey: unit.key,
    unitName: unit.name,
    period,
    asOf: midnightInZone(read.asOf, SCHOOL_TIME_ZONE),
    area,
    total: figures.total,
    due: figures.due,
    doneOfDue: figures.doneOfDue,
    doneOnTime: figures.doneOnTime,
    doneLate: figures.doneLate,
    overdue: figures.overdue,
    pulledAt,
  }));
}

/** At most this many overdue codes are listed in the cell; the count says the rest. */
const OVERDUE_CODES_SHOWN = 30;

/** The script columns of Đơn vị for a unit read. */
export function unitCells(
  read: UnitRead,
  period: NamedPeriod,
  deadline: IsoDate,
  pulledAt: Date,
): { state: UnitState; cells: Partial<Record<UnitColumnKey, Cell>> } {
  if (!read.ok) {
    const cells = { state: UnitState.Unreachable, reason: read.reason, report: '', reportLink: '' };
    return { state: UnitState.Unreachable, cells: { ...cells, overdueCount: '', overdueCodes: '', pulledAt } };
  }
  const { state, report } = unitState(read.reports, period, deadline);
  return {
    state,
    cells: {
      state,
      reason: '',
      report: report ? wardMsg.report(report.number, report.date) : '',
      reportLink: report?.link ?? '',
      overdueCount: read.overdueCodes.length,
      overdueCodes: clip(read.overdueCodes.slice(0, OVERDUE_CODES_SHOWN).join(', '), 1000),
      pulledAt,
    },
  };
}

/** Rows pulled before, less those of the units pulled now, then the new ones: each unit once. */
export function mergeByUnit<R>(
  earlier: readonly R[],
  keyOf: (row: R) => string,
  pulled: ReadonlySet<string>,
  fresh: readonly R[],
): R[] {
  return [...earlier.filter((r) => !pulled.has(keyOf(r))), ...fresh];
}

/** Where a pull that ran out of time stands: kept in script properties for the next run. */
export const pullCursorSchema = z.object({
  /** The period's label: a cursor of another period is not continued. */
  period: z.string(),
  /** Index in Đơn vị's units of the next one to pull. */
  next: z.number().check(z.int(), z.gte(0)),
  startedAt: z.string(),
});
export type PullCursor = z.output<typeof pullCursorSchema>;

/** The cursor to continue from, or null to start a pull from the first unit. */
export function resumeFrom(raw: string | null, period: string): PullCursor | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = pullCursorSchema.safeParse(json);
  return parsed.success && parsed.data.period === period ? parsed.data : null;
}
