// The ward edition's end-to-end fixture (issue 15): school trackers built by the school bundle from
// the sample plan with their own progress and Sổ báo cáo, and a ward sandbox running dist-ward/
// whose Đơn vị lists copies of them (sb.addSpreadsheet({ from })).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/runtime';
import type { SpreadsheetModel } from '../../sandbox/spreadsheet';
import { readTasks } from '../../src/adapters/tracker';
import { figuresByArea } from '../../src/core/status/engine';
import { SHEETS } from '../../src/core/schema';
import { midnightInZone } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import { wardMsg } from '../../src/messages/ward';
import { ROOT } from './bundle';
import { asPerson, sheetRecords, trackerWithPlan, type World } from './world';
import { colOf, scriptWrite } from './flagsWorld';

export const WARD = 'vanphong@phuongbachmai.gov.vn';
export const WARD_DIST = join(ROOT, 'dist-ward');
/** Quý I 2026 is the period due (its deadline 20/03/2026 passed); the figures are as of 31/03/2026. */
export const WARD_START = '2026-04-10T08:00:00+07:00';
export const Q1_CUT_OFF: IsoDate = '2026-03-31';
const TZ = 'Asia/Ho_Chi_Minh';

export interface SchoolSpec {
  /** Tasks marked Hoàn thành (the first ones), done on `doneOn`. */
  done: number;
  doneOn?: IsoDate;
  /** A row of its Sổ báo cáo. */
  report?: { number: string; date: IsoDate; period: string };
  /** The first `count` tasks fall due on `on` (else the sample plan's deadlines). */
  due?: { count: number; on: IsoDate };
}

/** A school's tracker: the sample plan, every task assigned, some done, its Sổ báo cáo filled. */
export function school(spec: SchoolSpec): World {
  const w = trackerWithPlan();
  const { sb } = w;
  const tasks = sb.spreadsheet.valuesOf(SHEETS.tasks.name).length - 1;
  const owner = w.staff.find((s) => s.email !== w.principal)!.name;
  scriptWrite(
    sb,
    SHEETS.tasks.name,
    2,
    colOf(sb, 'owner'),
    Array.from({ length: tasks }, () => [owner]),
  );
  // The last task falls due between the period's cut-off and the pull: counted due only when the
  // figures are wrongly taken as of the pull's day.
  scriptWrite(sb, SHEETS.tasks.name, tasks + 1, colOf(sb, 'dueDate'), [[midnightInZone('2026-04-05', TZ)]]);
  if (spec.due) {
    const on = midnightInZone(spec.due.on, TZ);
    scriptWrite(
      sb,
      SHEETS.tasks.name,
      2,
      colOf(sb, 'dueDate'),
      Array.from({ length: spec.due.count }, () => [on]),
    );
  }
  if (spec.done > 0) {
    const doneOn = midnightInZone(spec.doneOn ?? '2026-03-10', TZ);
    const status = colOf(sb, 'progressStatus');
    const rows = Array.from({ length: spec.done }, () => ['Hoàn thành']);
    scriptWrite(sb, SHEETS.tasks.name, 2, status, rows);
    scriptWrite(
      sb,
      SHEETS.tasks.name,
      2,
      colOf(sb, 'completedDate'),
      rows.map(() => [doneOn]),
    );
  }
  if (spec.report) {
    const { number, date, period } = spec.report;
    const at = midnightInZone(date, TZ);
    scriptWrite(sb, SHEETS.reports.name, 2, 1, [
      [number, at, period, 'https://docs.google.com/document/d/bao-cao-quy-1/edit', w.principal, at],
    ]);
  }
  return w;
}

/** The school's own figures by area, by its own adapter and engine on its own spreadsheet. */
export function ownFigures(w: World, asOf: IsoDate = Q1_CUT_OFF) {
  const { tasks } = asPerson(w.sb, w.principal, (ss) => readTasks(ss, TZ));
  return figuresByArea(tasks, asOf, 3);
}

/** The ward's sandbox, set up by its owner; `options` adds editors, a manifest… */
export function wardSandbox(options: Partial<SandboxOptions> = {}): Sandbox {
  if (!existsSync(join(WARD_DIST, 'Code.js')))
    throw new Error('dist-ward/Code.js is missing: run the tests with `npm test`.');
  const ward = createSandbox({ start: WARD_START, owner: WARD, distDir: WARD_DIST, ...options });
  ward.open(WARD);
  const setup = ward.clickMenu(WARD, wardMsg.menu.setup);
  if (setup.error) throw setup.error;
  return ward;
}

export const linkOf = (ss: SpreadsheetModel): string => `https://docs.google.com/spreadsheets/d/${ss.id}/edit`;

/** A copy of the school's tracker in the ward's Drive, shared with the ward account (or not). */
export function addUnitTracker(ward: Sandbox, w: World, name: string, shared = true): SpreadsheetModel {
  return ward.addSpreadsheet({ name, owner: w.principal, viewers: shared ? [WARD] : [], from: w.sb });
}

/** Đơn vị rows typed by the ward office: name, type, link. */
export function listUnits(ward: Sandbox, units: readonly { name: string; link: string; type?: string }[]): void {
  ward.edit(
    WARD,
    wardMsg.sheets.units,
    'A2',
    units.map((u, i) => [u.name, u.type ?? 'Tiểu học', u.link, `donvi${i + 1}@phuongbachmai.edu.vn`, 'Nguyễn Văn An']),
  );
}

/**
 * Copies of `schools`' trackers in the ward's Drive, shared with the ward account except where
 * `shared(i)` says not, listed on Đơn vị as Trường 1…n; returns the copies in that order.
 */
export function listSchools(
  ward: Sandbox,
  schools: readonly World[],
  shared: (i: number) => boolean = () => true,
): SpreadsheetModel[] {
  const copies = schools.map((w, i) => addUnitTracker(ward, w, `Sổ CCHC trường ${i + 1}`, shared(i)));
  listUnits(
    ward,
    copies.map((c, i) => ({ name: `Trường ${i + 1}`, link: linkOf(c) })),
  );
  return copies;
}

export const unitRecords = (ward: Sandbox) => sheetRecords(ward, wardMsg.sheets.units);
export const figureRecords = (ward: Sandbox) => sheetRecords(ward, wardMsg.sheets.figures);
