// The shared end-to-end fixture: a sandbox whose bound spreadsheet has been set up by the
// principal through the CCHC menu, with Cán bộ pasted from samples/staff.csv and (optionally) the
// sample plan — or a generated plan of N tasks — imported through the dialog's server call.
// Everything goes through the built bundle, as people would.
import { ensureBundle } from './bundle';
import { createSandbox, type ExecutionResult, type Sandbox } from '../../sandbox/runtime';
import type { Execution } from '../../sandbox/env';
import {
  generatedPlanText,
  loadSampleStaff,
  PRINCIPAL,
  samplePlanText,
  staffRows,
  type SampleStaff,
} from '../../samples';

export { PRINCIPAL, loadSampleStaff, samplePlanText, generatedPlanText } from '../../samples';
export const SETUP_MENU = 'Khởi tạo / sửa sổ theo dõi';
export const START = '2026-01-20T08:00:00+07:00';

export interface World {
  sb: Sandbox;
  principal: string;
  staff: SampleStaff[];
  /** Emails of active staff other than the principal. */
  staffEmails: string[];
  /** The plan text imported ('' when none). */
  planText: string;
  setup: ExecutionResult;
  importResult?: { ok: boolean; message: string };
  /** The import's execution (service calls by key). */
  importExecution?: Execution;
}

export interface WorldOptions {
  /** 'sample' (default): the 2026 plan; a number: a generated plan of that many tasks; 'none': no import. */
  plan?: 'sample' | 'none' | number;
  /** Paste samples/staff.csv into Cán bộ (default true). */
  staff?: boolean;
  start?: string;
  mailQuota?: number;
}

function mustSucceed(result: ExecutionResult, what: string): ExecutionResult {
  if (result.error) throw new Error(`${what} failed: ${result.error.message}`);
  return result;
}

/** A tracker set up by the principal, staff filled in, plan imported (see WorldOptions). */
export function trackerWithPlan(opts: WorldOptions = {}): World {
  ensureBundle();
  const staff = loadSampleStaff();
  const staffEmails = staff.map((s) => s.email).filter((e) => e !== PRINCIPAL);
  const sb = createSandbox({
    start: opts.start ?? START,
    owner: PRINCIPAL,
    editors: staffEmails,
    mailQuota: opts.mailQuota,
  });
  sb.open(PRINCIPAL);
  const setup = mustSucceed(sb.clickMenu(PRINCIPAL, SETUP_MENU), 'setup');
  if (opts.staff !== false) sb.edit(PRINCIPAL, 'Cán bộ', 'A2', staffRows(staff));
  const world: World = { sb, principal: PRINCIPAL, staff, staffEmails, planText: '', setup };
  const plan = opts.plan ?? 'sample';
  if (plan !== 'none') {
    world.planText = plan === 'sample' ? samplePlanText() : generatedPlanText(plan);
    const run = mustSucceed(
      sb.callServerResult(PRINCIPAL, 'importConfirm', { kind: 'text', text: world.planText }),
      'import',
    );
    world.importResult = run.result as { ok: boolean; message: string };
    world.importExecution = run.execution;
    if (!world.importResult.ok) throw new Error(`import refused: ${world.importResult.message}`);
  }
  return world;
}

/** A sheet's values (getValues of its data range) as the model holds them, uncounted; header first. */
export function sheetValues(sb: Sandbox, name: string): unknown[][] {
  return sb.spreadsheet.valuesOf(name);
}

/** Rows of a sheet as objects keyed by header. */
export function sheetRecords(sb: Sandbox, name: string): Record<string, unknown>[] {
  const [header = [], ...rows] = sheetValues(sb, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Runs `fn` against the bound spreadsheet's API as `user` outside the bundle (a person's own edits: moving, deleting, renaming). */
export function asPerson<T>(sb: Sandbox, user: string, fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => T): T {
  return sb.env.run('editor', 'person', { active: user, effective: user }, () =>
    fn(sb.spreadsheet.spreadsheetApi() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
  ).result;
}

/** Everything setup may touch, serialised: values, formulas, formats, validation, widths, rules, protections. */
export function workbookSnapshot(sb: Sandbox): string {
  const seen = new WeakSet<object>();
  const model = sb.spreadsheet;
  return JSON.stringify(
    {
      locale: model.locale,
      timeZone: model.timeZone,
      sheets: model.sheets.map((s) => ({
        name: s.name,
        hidden: s.hidden,
        frozen: s.frozenRows,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        widths: [...s.columnWidths],
        rows: s.rows,
        rules: s.conditionalRules,
      })),
      // A protection's sheet by name: the sheet itself is above (its charts are re-made on each refresh).
      protections: model.protections.map((p) => ({ ...p, sheet: p.sheet.name })),
    },
    (_k, v: unknown) => {
      if (v instanceof Date) return v.toISOString();
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[seen]';
        seen.add(v);
      }
      return v;
    },
  );
}

/** 1-based column of a header in a sheet (as the model holds it). */
export function columnOf(sb: Sandbox, sheetName: string, header: string): number {
  const i = (sheetValues(sb, sheetName)[0] ?? []).findIndex((h) => h === header);
  if (i < 0) throw new Error(`no column "${header}" in ${sheetName}`);
  return i + 1;
}

export function a1(row: number, col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}
