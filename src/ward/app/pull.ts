// CCHC phường → Cập nhật số liệu các đơn vị, and the same pull from the daily trigger (issue 15):
// read each unit's tracker (src/ward/adapters/unitTracker.ts), then write Số liệu đơn vị and
// Đơn vị in one batch each (and Tổng hợp phường). Like the school's alert run (src/app/alerts.ts, RUN_BUDGET_MS) it
// stops starting units after a time budget far inside the 6-minute limit; the cursor in script
// properties and a one-off trigger a minute later let the next run go on from there, and a unit's rows are replaced, never added twice.
import { withScriptLock } from '../../adapters/lock';
import { activeTracker } from '../../adapters/tracker';
import { alert, alertingUserErrors } from '../../adapters/ui';
import { isoDateInZone } from '../../core/dates';
import { SCHOOL_TIME_ZONE } from '../../core/domain';
import { UserError } from '../../core/errors';
import { duePeriod, periodLabel } from '../../core/report/periods';
import { figureRows, mergeByUnit, unitCells } from '../../core/ward/pull';
import { periodDeadline, UnitState } from '../../core/ward/state';
import { wardMsg } from '../../messages/ward';
import { clearPullCursor, loadPullCursor, savePullCursor } from '../adapters/pullCursor';
import { readUnit } from '../adapters/unitTracker';
import { removeContinuation, scheduleContinuation } from '../adapters/continuation';
import { remindAfterPull } from './remind';
import { refreshSummary } from '../adapters/summarySheet';
import { triggerRefusal, wardManagerBook } from './roles';
import {
  readFigureRows,
  readUnits,
  readWardSettings,
  writeFigureRows,
  writeUnitResults,
  type FigureRow,
} from '../adapters/wardBook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop starting new units after this long: a unit's read and the two writes fit in the 2 minutes left. */
export const PULL_BUDGET_MS = 4 * 60 * 1000;

export interface PullOutcome {
  finished: boolean;
  /** Units read by this run. */
  pulled: number;
  total: number;
  message: string;
}

function pull(ss: Spreadsheet): PullOutcome {
  const started = Date.now();
  const settings = readWardSettings(ss);
  const now = new Date();
  const today = isoDateInZone(now, SCHOOL_TIME_ZONE);
  const period = duePeriod(today);
  const label = periodLabel(period);
  const deadline = periodDeadline(period, settings.deadlineDay);
  const { units } = readUnits(ss);
  if (units.length === 0) throw new UserError(wardMsg.noUnits);
  const cursor = loadPullCursor(label);
  const from = cursor ? Math.min(cursor.next, units.length) : 0;
  const results = new Map<string, ReturnType<typeof unitCells>>();
  const fresh: FigureRow[] = [];
  let next = from;
  // The first unit always runs, so that a run always moves the cursor on.
  while (next < units.length && (next === from || Date.now() - started < PULL_BUDGET_MS)) {
    const unit = units[next]!;
    const read = readUnit(unit, period, today, SCHOOL_TIME_ZONE);
    results.set(unit.key, unitCells(read, period, deadline, now));
    fresh.push(...figureRows(unit, read, label, now));
    next++;
  }
  const finished = next >= units.length;
  const merged = mergeByUnit(readFigureRows(ss), (r) => String(r.unitKey), new Set(results.keys()), fresh);
  // A finished pull keeps only the units still listed on Đơn vị.
  const listed = new Set(units.map((u) => u.key));
  const rows = finished ? merged.filter((r) => listed.has(String(r.unitKey))) : merged;
  const figures = writeFigureRows(ss, rows);
  refreshSummary(ss, { figures, rows, period: label, units: writeUnitResults(ss, results), now });
  removeContinuation();
  if (finished) clearPullCursor();
  else {
    savePullCursor({ period: label, next, startedAt: cursor?.startedAt ?? now.toISOString() });
    scheduleContinuation();
  }
  const unreachable = [...results.values()].filter((r) => r.state === UnitState.Unreachable).length;
  return {
    finished,
    pulled: results.size,
    total: units.length,
    message: finished ? wardMsg.pullDone(label, units.length, unreachable) : wardMsg.pullPartial(next, units.length),
  };
}

/** The menu item. */
export function wardMenuPull(): void {
  alertingUserErrors(() => alert(withScriptLock(() => pull(wardManagerBook())).message));
}

/** The daily trigger's handler: no UI, the outcome in the log; refused as src/ward/app/roles.ts says; then the reminders (./remind.ts). */
export function wardDailyPull(): PullOutcome {
  const started = new Date();
  const ss = activeTracker();
  const refused = triggerRefusal(ss);
  if (refused !== null) {
    console.warn(`ward pull: ${refused}`);
    return { finished: false, pulled: 0, total: 0, message: refused };
  }
  const outcome = withScriptLock(() => {
    const pulled = pull(ss);
    // Nhắc báo cáo goes from the states a finished pull left on Đơn vị, never after a partial one.
    if (pulled.finished) remindAfterPull(ss, started);
    return pulled;
  });
  console.log(`ward pull: ${outcome.message}`);
  return outcome;
}

/** The continuation trigger's handler (src/ward/adapters/continuation.ts): the same pull, under its own name. */
export function wardContinuePull(): PullOutcome {
  return wardDailyPull();
}
