// CCHC → "Khởi tạo / sửa sổ theo dõi": creates or repairs the tracker's sheets under the script lock,
// then runs the setup steps other features register (protections, status flags). Idempotent: a
// second run writes nothing new and logs nothing. Once Cấu hình is valid, only managers may run it.
import { SHEETS } from '../core/schema';
import { withScriptLock } from '../adapters/lock';
import { currentUser } from '../adapters/session';
import { findSheet } from '../adapters/table';
import { appendLog, readSettings, readStaff, UserError } from '../adapters/tracker';
import { ensureWorkbook, type RepairReport } from '../adapters/workbook';
import { setupMsg } from '../messages';
import { isManager } from './roles';
import { applyProtections } from './protections';
import { applyFlags } from './flags';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A step another feature adds to setup; it runs after the sheets exist. Add one line below. */
export type SetupStep = (ss: Spreadsheet) => void;
export const SETUP_STEPS: readonly SetupStep[] = [
  (ss) => applyProtections(ss),
  (ss) => applyFlags(ss),
];

/** Managers only once the workbook has a valid Cấu hình; anyone may create it the first time. */
function requireSetupRight(ss: Spreadsheet, user: string): void {
  if (!findSheet(ss, SHEETS.settings)) return;
  const settings = readSettings(ss);
  if (!settings.ok || !findSheet(ss, SHEETS.staff)) return;
  if (!isManager(user, settings.settings, readStaff(ss))) throw new UserError(setupMsg.forbidden);
}

/** Creates or repairs the workbook; returns what it created and repaired. */
export function setupWorkbook(ss: Spreadsheet, user: string): RepairReport {
  return withScriptLock(() => {
    requireSetupRight(ss, user);
    const report = ensureWorkbook(ss, user);
    for (const step of SETUP_STEPS) step(ss);
    if (report.created.length || report.repaired.length) {
      appendLog(ss, user, [{ action: setupMsg.logAction, detail: [...report.created, ...report.repaired].join('; ') }]);
    }
    return { created: report.created, repaired: report.repaired };
  });
}

export function menuSetupWorkbook(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const report = setupWorkbook(SpreadsheetApp.getActiveSpreadsheet(), currentUser());
    ui.alert(setupMsg.done(report.created, report.repaired));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    ui.alert(e.message);
  }
}
