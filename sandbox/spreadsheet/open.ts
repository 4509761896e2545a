// Opening a spreadsheet other than the bound one (SpreadsheetApp.openById / openByUrl): the scope
// check, the URL forms, who may open it (its owner and sharing list, from Drive), Apps Script's
// errors, and read-only access afterwards. Each point is pinned by test/sandbox/open-by-id.test.ts
// and listed with its source in docs/apps-script-behaviour.md ("Opening other spreadsheets").
import { notSupported, type SandboxEnv, type SandboxObject } from '../env';
import type { SpreadsheetModel } from './model';

export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
export const SPREADSHEETS_READONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';

/** Apps Script's texts. */
export const OPEN_ERRORS = {
  /** No spreadsheet with that id (gas-fakes; a live execution log). */
  missing: (method: 'openById' | 'openByUrl'): string =>
    `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
  /** The file exists but is not shared with the user the script runs as. */
  notShared: 'You do not have permission to access the requested document.',
  /** openByUrl with something that is not a URL (as DocumentApp and FormApp say). */
  badUrl: 'Invalid argument: url',
} as const;

export type SpreadsheetRole = 'owner' | 'editor' | 'viewer' | null;

/** What opening needs from the service that holds the spreadsheets (index.ts). */
export interface OpenHost {
  readonly env: SandboxEnv;
  readonly active: SpreadsheetModel | null;
  byId(id: string): SpreadsheetModel | null;
  roleOf(ss: SpreadsheetModel, user: string): SpreadsheetRole;
  /** What Drive holds under an id that the sandbox cannot open faithfully (another kind of file, a trashed one), or null. */
  unsupportedFile?(id: string): string | null;
}

/**
 * The id in a spreadsheet's URL: https://docs.google.com/spreadsheets/d/<id> with or without
 * /edit, a #gid=… fragment or a ?usp=sharing query. null for anything else (a /u/0/d/… address
 * included: whether openByUrl takes it was not found).
 */
export function spreadsheetIdFromUrl(url: string): string | null {
  const m = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([-\w]{2,})(?:\/[^?#]*)?(?:[?#].*)?$/.exec(url.trim());
  return m ? (m[1] as string) : null;
}

function effectiveUser(env: SandboxEnv): string {
  return (env.current?.effectiveUserEmail ?? env.scriptOwner).toLowerCase();
}

/** The scope check comes first, before the id is looked at (live report; see the docs section). */
function authorize(host: OpenHost, method: 'openById' | 'openByUrl'): void {
  host.env.requireAuthorization(SPREADSHEETS_SCOPE, `SpreadsheetApp.${method}`, [SPREADSHEETS_READONLY_SCOPE]);
}

function openModel(host: OpenHost, id: unknown, method: 'openById' | 'openByUrl'): SpreadsheetModel {
  if (typeof id !== 'string' || id.trim() === '') notSupported(`SpreadsheetApp.${method} with an empty or non-text id`);
  const unsupported = host.unsupportedFile?.(id);
  if (unsupported) notSupported(`SpreadsheetApp.${method} of ${unsupported}`);
  const ss = host.byId(id);
  if (!ss) throw new Error(OPEN_ERRORS.missing(method));
  if (host.roleOf(ss, effectiveUser(host.env)) === null) throw new Error(OPEN_ERRORS.notShared);
  return ss;
}

export function openById(host: OpenHost, id: unknown): SpreadsheetModel {
  authorize(host, 'openById');
  return openModel(host, id, 'openById');
}

export function openByUrl(host: OpenHost, url: unknown): SpreadsheetModel {
  authorize(host, 'openByUrl');
  const text = typeof url === 'string' ? url : '';
  const id = spreadsheetIdFromUrl(text);
  if (id === null) {
    if (!/^https?:\/\//i.test(text.trim())) throw new Error(OPEN_ERRORS.badUrl);
    notSupported(`SpreadsheetApp.openByUrl with a URL that is not a spreadsheet's (${text})`);
  }
  return openModel(host, id, 'openByUrl');
}

/** SpreadsheetApp calls that reach the bound spreadsheet (its active sheet, range, selection). */
const BOUND_CALLS = /^SpreadsheetApp\.(getActive\w*|getCurrentCell|getSelection|setActive\w+)$/;

/** The spreadsheet a call reaches: an object's own model, the bound one, or the one openById/openByUrl names. */
export function spreadsheetOfCall(
  host: OpenHost,
  target: SandboxObject,
  method: string,
  args: readonly unknown[],
): string | null {
  const model = (target as { model?: unknown }).model;
  if (model && model === host.active) return host.active.id;
  if (model && typeof model === 'object' && 'id' in model) {
    const id = String((model as { id: unknown }).id);
    if (host.byId(id)) return id;
  }
  if (BOUND_CALLS.test(method)) return host.active?.id ?? null;
  if (method === 'SpreadsheetApp.openById' && typeof args[0] === 'string') return host.byId(args[0])?.id ?? null;
  if (method === 'SpreadsheetApp.openByUrl' && typeof args[0] === 'string') {
    const id = spreadsheetIdFromUrl(args[0]);
    return id === null ? null : (host.byId(id)?.id ?? null);
  }
  return null;
}

/** The classes whose non-reading methods change the spreadsheet. */
const WRITABLE = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection']);
const READS = /^(get|is|has|can)[A-Z]|^(toString|activate)$/;

/**
 * A change to an opened (not the bound) spreadsheet needs the full spreadsheets scope (or a
 * manifest without oauthScopes) and edit access. Apps Script's text for a write under
 * spreadsheets.readonly, or by a viewer, was not found: not supported.
 */
export function guardSpreadsheetCall(
  host: OpenHost,
  spreadsheetId: string,
  target: SandboxObject,
  method: string,
): void {
  if (spreadsheetId === host.active?.id || target.isValue || !WRITABLE.has(target.className)) return;
  if (READS.test(method.slice(method.indexOf('.') + 1))) return;
  const ss = host.byId(spreadsheetId);
  if (!ss) return;
  const scopes = host.env.oauthScopes;
  if (scopes && !scopes.includes(SPREADSHEETS_SCOPE))
    notSupported(
      `${method} on a spreadsheet opened with SpreadsheetApp.openById/openByUrl under spreadsheets.readonly`,
    );
  const role = host.roleOf(ss, effectiveUser(host.env));
  if (role !== 'owner' && role !== 'editor') notSupported(`${method} on an opened spreadsheet the user can only view`);
}
