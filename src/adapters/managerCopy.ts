// The copy of who manages, kept in Document Properties: staff can neither edit nor delete it from
// the sheet, and only a manager's action writes it (setup, or a protections refresh), so a damaged
// Cấu hình or Cán bộ is rebuilt from it and never from the person running setup.
import * as z from '../core/zod';
import type { ManagerCopy } from '../core/roles';
import { spreadsheetOwner } from './session';

const KEY = 'cchc.managers';
/** Far under the 9 KB a property value may hold. */
const MAX_MANAGERS = 40;

const copySchema = z.object({
  principalEmail: z.string(),
  managers: z.array(z.object({ email: z.string(), name: z.string() })),
});

export function readManagerCopy(): ManagerCopy | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return null;
  try {
    const parsed = copySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the copy when it changed; the caller has checked that a manager is acting. */
export function saveManagerCopy(copy: ManagerCopy): void {
  const value = JSON.stringify({ principalEmail: copy.principalEmail, managers: copy.managers.slice(0, MAX_MANAGERS) });
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(KEY) !== value) props.setProperty(KEY, value);
}

/** Whether `email` may repair a workbook whose Cấu hình or Cán bộ cannot be trusted: the owner or a stored manager. */
export function isKnownManager(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  email: string,
  copy = readManagerCopy(),
): boolean {
  const who = email.trim().toLowerCase();
  if (who === '') return false;
  if (who === spreadsheetOwner(ss)) return true;
  return !!copy && (copy.principalEmail === who || copy.managers.some((m) => m.email === who));
}
