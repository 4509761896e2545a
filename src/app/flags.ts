// Live delay flags on Nhiệm vụ: the Tình trạng / Số ngày quá hạn formulas on every task row, the
// tracker's conditional-format rules and the Tổng hợp dashboard (adapters/taskSheet.ts and
// adapters/dashboardSheet.ts write them). Setup and the import run applyFlags as a step;
// CCHC → "Làm mới định dạng" (managers only) runs it under the script lock.
// Every part costs a fixed number of calls, whatever the number of tasks.
import { LogAction, type Task } from '../core/domain';
import { withScriptLock } from '../adapters/lock';
import { currentUser } from '../adapters/session';
import { activeTracker, appendLog, readTasks } from '../adapters/tracker';
import { readSettingsSheet, validSettings, type SettingsRead } from '../adapters/settingsSheet';
import { taskLayout, writeFlagRules, writeStatusFormulas } from '../adapters/taskSheet';
import { refreshDashboard } from '../adapters/dashboardSheet';
import { alert, alertingUserErrors } from '../adapters/ui';
import { flagsMsg } from '../messages';
import { managerContext } from './roles';
import { finishPendingEdits } from './edits';
import { ensureEditTrigger } from '../adapters/triggers';
import { finishPendingStamps } from '../adapters/editSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the caller has read already in this execution: not read again. */
export interface FlagInputs {
  settings?: SettingsRead;
  /** The tasks as the sheet now holds them (after the caller's own writes). */
  tasks?: readonly Task[];
}

/** Formulas, flags, the dashboard and the on-edit trigger; the caller holds the script lock (setup does). */
export function applyFlags(ss: Spreadsheet, known: FlagInputs = {}): { rows: number } {
  const layout = taskLayout(ss);
  const settings = known.settings ?? readSettingsSheet(ss);
  finishPendingStamps(layout.sheet, layout.columns);
  const rows = writeStatusFormulas(layout, settings);
  writeFlagRules(layout);
  refreshDashboard(ss, layout, {
    tasks: known.tasks ?? readTasks(ss).tasks,
    dueSoonDays: validSettings(settings).dueSoonDays,
    now: new Date(),
  });
  ensureEditTrigger(ss);
  return { rows };
}

/**
 * CCHC → Làm mới định dạng: managers only. It rewrites protected cells (the formulas, Tổng hợp), so a
 * staff member would get Sheets' English protection error part-way; they get a Vietnamese refusal first.
 */
export function menuRefreshFormatting(): void {
  alertingUserErrors(() => {
    const ss = activeTracker();
    const { settingsRead } = managerContext(ss);
    const { rows } = withScriptLock(() => {
      finishPendingEdits(() => ss);
      const done = applyFlags(ss, { settings: settingsRead });
      appendLog(ss, currentUser(), [
        { action: LogAction.FormattingRefreshed, detail: flagsMsg.logRefreshDetail(done.rows) },
      ]);
      return done;
    });
    alert(flagsMsg.refreshed(rows));
  });
}
