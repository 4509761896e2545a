// Helpers for the report's end-to-end tests, benchmark and demo: task rows written straight into
// Nhiệm vụ (as a script would, no triggers), the tasks read back through the same adapter code the
// bundle uses, a Cấu hình value set by label, and the dialog's payload.
import type { Sandbox } from '../../sandbox/runtime';
import type { WalkedElement } from '../../sandbox/document';
import type { ReportBuildResult } from '../../src/contracts/report';
import type { World } from './world';
import type { Task } from '../../src/core/domain';
import { SHEETS } from '../../src/core/schema';
import { SETTINGS, type SettingKey } from '../../src/core/settings';
import { mapHeaders, type Cell, type Table } from '../../src/adapters/table';
import { taskFromRow } from '../../src/adapters/tracker';
import type { ReportPayload } from '../../src/contracts/report';
import { headerOf, scriptWrite } from './flagsWorld';
import { PRINCIPAL } from '../../samples';
import { midnightInZone } from '../../src/core/dates';

export const TZ = 'Asia/Ho_Chi_Minh';

export type TaskSpec = Partial<Omit<Task, 'row'>>;

/** Replaces every task row of Nhiệm vụ with these (row 2 on), dates as midnight Dates. */
export function writeTasks(sb: Sandbox, specs: readonly TaskSpec[]): void {
  const header = headerOf(sb, SHEETS.tasks.name);
  const keyOf = new Map<string, string>(SHEETS.tasks.columns.map((c) => [c.header, c.key]));
  const grid = specs.map((s, i) => {
    const task: Record<string, unknown> = {
      code: `T${i + 1}`,
      area: 'Cải cách thể chế',
      content: `Nhiệm vụ ${i + 1}`,
      ...s,
    };
    return header.map((h) => {
      const key = keyOf.get(h);
      const v = key ? task[key] : undefined;
      if (key === 'condition' || key === 'daysOverdue' || v === undefined || v === null) return '';
      if ((key === 'dueDate' || key === 'completedDate' || key === 'startDate') && typeof v === 'string')
        return midnightInZone(v, TZ);
      return v;
    });
  });
  const old = sb.spreadsheet.valuesOf(SHEETS.tasks.name).length - 1;
  const blank = Array.from({ length: Math.max(0, old - grid.length) }, () => header.map(() => ''));
  const all = [...grid, ...blank];
  // Formula columns (Tình trạng, Số ngày quá hạn) are the sheet's own: write around them.
  const firstComputed = header.findIndex((h) => keyOf.get(h) === 'condition');
  const width = firstComputed < 0 ? header.length : firstComputed;
  sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () => {
    const sheet = sb.spreadsheet.spreadsheetApi().getSheetByName(SHEETS.tasks.name)!;
    const missing = all.length + 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  });
  if (all.length)
    scriptWrite(
      sb,
      SHEETS.tasks.name,
      2,
      1,
      all.map((r) => r.slice(0, width)),
    );
}

/** The tasks as the bundle reads them (same conversion code), for computing expected figures. */
export function readBackTasks(sb: Sandbox): Task[] {
  const [header = [], ...rows] = sb.spreadsheet.valuesOf(SHEETS.tasks.name) as Cell[][];
  const columns = mapHeaders(header, SHEETS.tasks.columns);
  const table = {
    header: header.map(String),
    columns,
    rows: [],
    get: (row: { cells: Cell[] }, key: string) => {
      const i = columns.get(key as never);
      return i === undefined ? '' : (row.cells[i] ?? '');
    },
  } as unknown as Table<(typeof SHEETS.tasks.columns)[number]['key']>;
  return rows
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => String(table.get(r, 'code')).trim() !== '' || String(table.get(r, 'content')).trim() !== '')
    .map((r) => taskFromRow(table, r, TZ));
}

/** Sets a Cấu hình value by its label (column B of the row whose column A is the label). */
export function setSetting(sb: Sandbox, key: SettingKey, value: string | number): void {
  const label = SETTINGS.find((d) => d.key === key)!.label;
  const row = sb.spreadsheet.valuesOf(SHEETS.settings.name).findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no Cấu hình row ${label}`);
  scriptWrite(sb, SHEETS.settings.name, row + 1, 2, [[value]]);
}

export function payload(over: Partial<ReportPayload> = {}): ReportPayload {
  return {
    period: 'Q1:2026',
    reportDate: '2026-03-25',
    number: '05',
    blankNumber: false,
    signer: 'principal',
    signerName: '',
    recipients: ['UBND phường Mỹ Lộc', 'Lưu: VT'],
    pdf: false,
    ...over,
  };
}

/** The Doc id in a result's URL. */
export function docIdOf(url: string): string {
  const m = /[?&]id=([^&]+)|\/d\/([^/]+)/.exec(url);
  if (!m) throw new Error(`no id in ${url}`);
  return (m[1] ?? m[2])!;
}

// The built report, walked: shared by the report's tests (test/e2e/report.test.ts, import-non-cchc.test.ts).

export function build(w: World, over: Parameters<typeof payload>[0] = {}): ReportBuildResult {
  return w.sb.callServer<ReportBuildResult>(PRINCIPAL, 'reportBuild', payload(over));
}

export function built(
  w: World,
  over: Parameters<typeof payload>[0] = {},
): { result: Extract<ReportBuildResult, { ok: true }>; elements: WalkedElement[]; id: string } {
  const result = build(w, over);
  if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result)}`);
  const id = docIdOf(result.url);
  return { result, id, elements: w.sb.documents.walk(id).elements };
}
