// Who manages the ward tracker (issue 15): its owner, and the emails of the ward Cấu hình's "Email
// quản lý" as a manager's setup last stored them in Document Properties (src/adapters/managerCopy.ts,
// the school's copy), never what Cấu hình says at the moment of the call. Setup also protects Cấu
// hình (src/adapters/protections.ts), so only managers can change the list; the copy means that an
// editor who gets their email into it anyway (a hand-made sheet before setup, a protection someone
// loosened) gains nothing until a manager's setup takes the list in. Every entry point checks here,
// on the server: a menu item can be called by name through google.script.run by any editor.
import { isKnownManager, readManagerCopy, saveManagerCopy } from '../../adapters/managerCopy';
import { activeUserEmail, currentUser, effectiveUserEmail, spreadsheetOwner } from '../../adapters/session';
import { findSheet } from '../../adapters/table';
import { activeTracker } from '../../adapters/tracker';
import { UserError } from '../../core/errors';
import { WARD_SHEETS } from '../../core/ward/schema';
import { wardMsg } from '../../messages/ward';
import { protectWardBook } from '../adapters/wardBook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const m = wardMsg.roles;

/** The ward tracker, for a manager's action (the menu, or google.script.run); anyone else is refused. */
export function wardManagerBook(ss: Spreadsheet = activeTracker()): Spreadsheet {
  if (!isKnownManager(ss, currentUser())) throw new UserError(m.managersOnly);
  return ss;
}

/**
 * Who may run setup: the owner or a stored manager. Before any setup stored the managers, the
 * owner only — or, where Apps Script names no owner (a shared drive), whoever sets up a spreadsheet
 * that has none of the ward's sheets yet.
 */
export function requireSetupRight(ss: Spreadsheet, user: string): void {
  const copy = readManagerCopy();
  if (copy) {
    if (!isKnownManager(ss, user, copy)) throw new UserError(m.managersOnly);
    return;
  }
  const owner = spreadsheetOwner(ss);
  const fresh = Object.values(WARD_SHEETS).every((def) => !findSheet(ss, def));
  if (owner ? user !== owner : !fresh) throw new UserError(m.firstSetupOwnerOnly);
}

/** The managers the last setup stored. */
export const storedManagers = (): string[] => readManagerCopy()?.managers.map((x) => x.email) ?? [];

/** Setup, by a manager: the managers become the protections' editors and the stored copy. */
export function storeWardManagers(ss: Spreadsheet, managers: readonly string[]): void {
  const emails = [...new Set(managers.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  protectWardBook(ss, emails);
  saveManagerCopy({ principalEmail: '', managers: emails.map((email) => ({ email, name: '' })) });
}

/**
 * Why a trigger's run must not go on, or null. It runs as the trigger's owner: a call by name from
 * someone else where Apps Script runs the script as another account (a web app executing as its
 * deployer) is refused, as the school's runDailyAlerts does, and so is an owner who no longer
 * manages. Triggers are left as they are: the run only reports.
 */
export function triggerRefusal(ss: Spreadsheet): string | null {
  const caller = activeUserEmail();
  const me = effectiveUserEmail();
  if (caller && caller !== me) return m.notTriggerAccount(caller, me);
  if (!isKnownManager(ss, me)) return m.notManager(me);
  return null;
}
