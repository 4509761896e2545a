// CCHC → "Khởi tạo / sửa sổ theo dõi": creates or repairs the tracker's sheets under the script lock,
// then runs the setup steps other features register (protections, status flags). Idempotent: a
// second run writes nothing new and logs nothing. Who may run it (issue 10): with Cấu hình and Cán bộ
// readable, a manager or the owner; with either missing or broken, the owner or a manager of the
// stored copy, and the missing sheets are recreated from that copy, never from the person running it;
// the very first setup (no copy yet), the owner only — or, where Apps Script names no owner (a shared
// drive), whoever sets up a spreadsheet that has none of the tracker's sheets.
import { SHEETS } from '../core/schema';
import type { SettingsResult } from '../core/settings';
import { plannedColumnChanges, sameColumnChanges, type ColumnChange } from '../adapters/columnPlan';
import { withScriptLock } from '../adapters/lock';
import { readManagerCopy } from '../adapters/managerCopy';
import type { ManagerCopy } from '../core/roles';
import { currentUser, spreadsheetOwner } from '../adapters/session';
import { findSheet } from '../adapters/table';
import { activeTracker, appendLog, readStaff } from '../adapters/tracker';
import { UserError } from '../core/errors';
import { readSettings } from '../adapters/settingsSheet';
import { alert, alertingUserErrors, askYesNo } from '../adapters/ui';
import { ensureWorkbook, type RepairReport } from '../adapters/workbook';
import { rolesMsg, setupMsg } from '../messages';
import { isKnownManager, isManagerOrOwner } from './roles';
import { applyProtections } from '../adapters/protections';
import { applyFlags } from './flags';
import { LogAction } from '../core/domain';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A step another feature adds to setup; it runs after the sheets exist. Add one line below. */
export type SetupStep = (ss: Spreadsheet) => void;
export const SETUP_STEPS: readonly SetupStep[] = [(ss) => applyProtections(ss), (ss) => applyFlags(ss)];

function refusal(settings: SettingsResult | null): UserError {
  if (settings && !settings.ok) return new UserError(rolesMsg.setupBrokenSettings(settings.errors));
  return new UserError(rolesMsg.setupDamaged);
}

/** Refuses anyone who may not run setup now; returns who the recreated Cấu hình and Cán bộ name. */
function setupSeed(ss: Spreadsheet, user: string): ManagerCopy {
  const copy = readManagerCopy();
  const settings = findSheet(ss, SHEETS.settings) ? readSettings(ss) : null;
  if (settings?.ok && findSheet(ss, SHEETS.staff)) {
    if (!isManagerOrOwner(ss, user, settings.settings, readStaff(ss))) throw new UserError(setupMsg.forbidden);
    return copy ?? { principalEmail: settings.settings.principalEmail, managers: [] };
  }
  if (copy) {
    if (!isKnownManager(ss, user, copy)) throw refusal(settings);
    return copy;
  }
  const owner = spreadsheetOwner(ss);
  const fresh = Object.values(SHEETS).every((def) => !findSheet(ss, def));
  if (owner ? user !== owner : !fresh)
    throw owner && fresh ? new UserError(rolesMsg.firstSetupOwnerOnly) : refusal(settings);
  return { principalEmail: user, managers: [] };
}

/**
 * Creates or repairs the workbook; returns what it created and repaired. `confirmed`: the columns the
 * manager agreed to add; re-read under the lock, headers that moved meanwhile refuse rather than add else.
 */
export function setupWorkbook(ss: Spreadsheet, user: string, confirmed: readonly ColumnChange[] = []): RepairReport {
  return withScriptLock(() => {
    const seed = setupSeed(ss, user);
    if (!sameColumnChanges(plannedColumnChanges(ss), confirmed)) throw new UserError(setupMsg.changedMeanwhile);
    const report = ensureWorkbook(ss, seed);
    for (const step of SETUP_STEPS) step(ss);
    if (report.created.length || report.repaired.length) {
      appendLog(ss, user, [{ action: LogAction.Setup, detail: [...report.created, ...report.repaired].join('; ') }]);
    }
    return { created: report.created, repaired: report.repaired };
  });
}

/** The menu item: who may run it first, then (outside the lock) the question about columns to add. */
export function menuSetupWorkbook(): void {
  const ss = activeTracker();
  const user = currentUser();
  alertingUserErrors(() => {
    setupSeed(ss, user);
    const changes = plannedColumnChanges(ss);
    if (changes.length > 0 && !askYesNo(setupMsg.confirmColumns(changes))) {
      alert(setupMsg.cancelled);
      return;
    }
    const report = setupWorkbook(ss, user, changes);
    alert(setupMsg.done(report.created, report.repaired));
  });
}
