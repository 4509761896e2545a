// Who is running this execution, as far as Apps Script tells.
export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || '').toLowerCase();
}
export function effectiveUserEmail(): string {
  return (Session.getEffectiveUser().getEmail() || '').toLowerCase();
}
/** Who acts: the active user, or the effective user where Apps Script hides the active one. */
export function currentUser(): string {
  return activeUserEmail() || effectiveUserEmail();
}
/** The spreadsheet owner's email; '' where Apps Script gives none (a file on a shared drive). */
export function spreadsheetOwner(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return (ss.getOwner()?.getEmail() ?? '').toLowerCase();
}
