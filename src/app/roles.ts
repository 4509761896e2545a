// Roles: the principal and the managers named in Cấu hình (or marked Quản lý in Cán bộ) manage;
// everyone else the sheet is shared with is staff. When Cấu hình or Cán bộ is missing or unreadable
// (a staff member may have deleted or broken it), only the spreadsheet owner and the managers of the
// copy kept in Document Properties (adapters/managerCopy.ts) count: never what the sheets now say.
import type { StaffMember } from '../core/domain';
import type { Settings } from '../core/settings';
import { isManager } from '../core/roles';
import { activeTracker, readStaff } from '../adapters/tracker';
import { readSettingsSheet, validSettings, type SettingsRead } from '../adapters/settingsSheet';
import { isKnownManager } from '../adapters/managerCopy';
import { currentUser, spreadsheetOwner } from '../adapters/session';
import { commonMsg } from '../messages';
import { UserError } from '../core/errors';

// The owner or a stored manager: with the copy it reads, in the adapters so the ward edition shares it.
export { isKnownManager };

/** A manager by Cấu hình and Cán bộ, or the spreadsheet owner (who edits every protection anyway). */
export function isManagerOrOwner(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  email: string,
  settings: Settings,
  staff: readonly StaffMember[],
): boolean {
  return isManager(email, settings, staff) || (email !== '' && email.toLowerCase() === spreadsheetOwner(ss));
}

export function requireManager(email: string, settings: Settings, staff: readonly StaffMember[]): void {
  if (!isManager(email, settings, staff)) throw new UserError(commonMsg.managersOnly);
}

export interface ManagerContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  /** The read of Cấu hình the settings came from: where each one sits, for writes and formulas. */
  settingsRead: SettingsRead;
  staff: StaffMember[];
  user: string;
}

/**
 * The active spreadsheet read for a manager's action (the owner counts as one); anyone else gets
 * commonMsg.managersOnly. When Cấu hình or Cán bộ cannot be read, only a known manager (the owner or
 * the stored copy) is told what is wrong, so that they can repair it; staff learn nothing more.
 */
export function managerContext(ss = activeTracker()): ManagerContext {
  const user = currentUser();
  let settingsRead: SettingsRead;
  let settings: Settings;
  let staff: StaffMember[];
  try {
    settingsRead = readSettingsSheet(ss);
    settings = validSettings(settingsRead);
    staff = readStaff(ss);
  } catch (e) {
    if (e instanceof UserError && !isKnownManager(ss, user)) throw new UserError(commonMsg.managersOnly);
    throw e;
  }
  if (!isManagerOrOwner(ss, user, settings, staff)) throw new UserError(commonMsg.managersOnly);
  return { ss, settings, settingsRead, staff, user };
}
