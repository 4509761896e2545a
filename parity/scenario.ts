// One parity scenario: a behaviour the product relies on, written as plain Apps Script so that the
// same code runs in the sandbox (npm run test:parity) and on live Apps Script (npm run parity:live).
// It names where the expected value comes from and which service methods it exercises.

/** Fresh things a scenario may use; everything made here is removed after it runs. */
export interface ParityContext {
  /** A new, empty sheet in the bound spreadsheet. */
  sheet(): GoogleAppsScript.Spreadsheet.Sheet;
  /** A new Google Doc (trashed afterwards). */
  doc(): GoogleAppsScript.Document.Document;
  /** A new Drive folder (trashed afterwards). */
  folder(): GoogleAppsScript.Drive.Folder;
  /** Runs at the end, even when the scenario throws. */
  cleanUp(fn: () => void): void;
}

export interface Scenario {
  name: string;
  /** Where the expected value comes from: an Apps Script reference page, a gas-fakes test file, a quota page. */
  source: string;
  /** 'Class.method' keys this scenario calls (checked against the sandbox's call counter). */
  covers: readonly string[];
  /** Needs a person at the screen (dialogs, menus): runs in the sandbox only; see README. */
  interactive?: boolean;
  expected: unknown;
  run(ctx: ParityContext): unknown;
}

export interface ScenarioResult {
  name: string;
  source: string;
  pass: boolean;
  expected: unknown;
  actual: unknown;
}

/** Plain JSON for comparing: Dates as ISO text, errors as { error: message }. */
export function plain(value: unknown): unknown {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return (value as Date).toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** The text a thrown error carries, without Apps Script's "Exception: " prefix. */
export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^Exception: /, '');
}

/** What `fn` throws, as { error }; { error: null } when it does not throw. */
export function thrown(fn: () => unknown): { error: string | null } {
  try {
    fn();
    return { error: null };
  } catch (e) {
    return { error: errorText(e) };
  }
}
