// Roles: the principal and the managers named in Cấu hình (or marked Quản lý in Cán bộ) manage;
// everyone else the sheet is shared with is staff.
import { StaffRole, type StaffMember } from '../core/domain';
import type { Settings } from '../core/settings';
import { readStaff, requireSettings } from '../adapters/tracker';
import { currentUser } from '../adapters/session';
import { commonMsg } from '../messages';
import { UserError } from '../adapters/tracker';

export function managerEmails(settings: Settings, staff: readonly StaffMember[]): string[] {
  const emails = [
    settings.principalEmail,
    ...settings.managerEmails,
    ...staff.filter((s) => s.role === StaffRole.Manager && s.active).map((s) => s.email),
  ].map((e) => e.trim().toLowerCase()).filter(Boolean);
  return [...new Set(emails)];
}

export function isManager(email: string, settings: Settings, staff: readonly StaffMember[]): boolean {
  return email !== '' && managerEmails(settings, staff).includes(email.toLowerCase());
}

export function requireManager(email: string, settings: Settings, staff: readonly StaffMember[]): void {
  if (!isManager(email, settings, staff)) throw new UserError(commonMsg.managersOnly);
}

export interface ManagerContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  staff: StaffMember[];
  user: string;
}

/** The active spreadsheet read for a manager's action; anyone else gets commonMsg.managersOnly. */
export function managerContext(ss = SpreadsheetApp.getActiveSpreadsheet()): ManagerContext {
  const settings = requireSettings(ss);
  const staff = readStaff(ss);
  const user = currentUser();
  requireManager(user, settings, staff);
  return { ss, settings, staff, user };
}
