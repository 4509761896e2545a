// Who is running this execution, as far as Apps Script tells.
export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || '').toLowerCase();
}
export function effectiveUserEmail(): string {
  return (Session.getEffectiveUser().getEmail() || '').toLowerCase();
}
