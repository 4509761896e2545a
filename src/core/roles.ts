// Who manages: the principal and the managers named in Cấu hình, or marked Quản lý (and active) in
// Cán bộ. Pure: the app decides what a role may do, adapters keep the copy of the managers.
import { StaffRole, type StaffMember } from './domain';
import type { Settings } from './settings';

export function managerEmails(settings: Settings, staff: readonly StaffMember[]): string[] {
  const emails = [
    settings.principalEmail,
    ...settings.managerEmails,
    ...staff.filter((s) => s.role === StaffRole.Manager && s.active).map((s) => s.email),
  ]
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(emails)];
}

export function isManager(email: string, settings: Settings, staff: readonly StaffMember[]): boolean {
  return email !== '' && managerEmails(settings, staff).includes(email.toLowerCase());
}

/** What a manager's action stores of who manages: the principal, and every manager with their Cán bộ name. */
export interface ManagerCopy {
  principalEmail: string;
  managers: { email: string; name: string }[];
}

export function managerCopyOf(settings: Settings, staff: readonly StaffMember[]): ManagerCopy {
  const nameOf = new Map(staff.map((s) => [s.email.trim().toLowerCase(), s.name] as const));
  return {
    principalEmail: settings.principalEmail.trim().toLowerCase(),
    managers: managerEmails(settings, staff).map((email) => ({ email, name: nameOf.get(email) ?? '' })),
  };
}
