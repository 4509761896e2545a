// Reads one member unit's tracker, read-only (issue 15): opens it by its link, reads Nhiệm vụ,
// Cấu hình and Sổ báo cáo with the school's own adapters, and computes its figures with the school's
// own engine as of the period's cut-off. Whatever goes wrong becomes a Vietnamese reason: one unit
// that cannot be read never stops the pull.
import { readTasks } from '../../adapters/tracker';
import { readSettingsSheet } from '../../adapters/settingsSheet';
import { cellDate, findSheet, readTable } from '../../adapters/table';
import { parseSettings, type Settings } from '../../core/settings';
import { SHEETS, type TaskColumnKey } from '../../core/schema';
import { TaskCondition, type IsoDate } from '../../core/domain';
import { figuresByArea, taskState } from '../../core/status/engine';
import { periodWindow, type NamedPeriod } from '../../core/report/periods';
import { UserError } from '../../core/errors';
import { STATUS_FORMULA_COLUMNS } from '../../core/status/formulas';
import type { UnitRead } from '../../core/ward/pull';
import type { UnitReport } from '../../core/ward/state';
import type { Unit } from '../../core/ward/units';
import { wardMsg } from '../../messages/ward';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const r = wardMsg.reasons;

/** The Nhiệm vụ columns the figures cannot do without: the status rule's inputs, and the area. */
const REQUIRED: readonly TaskColumnKey[] = [
  'area',
  ...STATUS_FORMULA_COLUMNS.filter((k) => SHEETS.tasks.columns.find((c) => c.key === k)?.owner !== 'script'),
];

/** Apps Script's errors for opening (docs/apps-script-behaviour.md "Opening other spreadsheets"), in Vietnamese. */
function openFailure(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/do not have (permission|access) to access the requested document/i.test(text)) return r.notShared;
  if (/while getting the method or property openBy(Id|Url)/i.test(text)) return r.notFound;
  if (/Invalid argument: url/i.test(text)) return r.badLink;
  return r.other(text);
}

function open(unit: Unit): Spreadsheet {
  return /^https?:\/\//i.test(unit.link)
    ? SpreadsheetApp.openByUrl(unit.link)
    : SpreadsheetApp.openById(unit.spreadsheetId!);
}

function reportsOf(ss: Spreadsheet, timeZone: string): UnitReport[] {
  const sheet = findSheet(ss, SHEETS.reports);
  if (!sheet) return [];
  const table = readTable(sheet, SHEETS.reports);
  return table.rows
    .map((row) => ({
      number: String(table.get(row, 'number')).trim(),
      date: cellDate(table.get(row, 'date'), timeZone),
      period: String(table.get(row, 'period')).trim(),
      link: String(table.get(row, 'link')).trim(),
    }))
    .filter((rep) => rep.number !== '' || rep.period !== '');
}

/** The school's settings, or its defaults when its Cấu hình has a wrong value (the figures need only two of them). */
function schoolSettings(ss: Spreadsheet): Settings {
  const read = readSettingsSheet(ss).result;
  if (read.ok) return read.settings;
  const defaults = parseSettings({});
  if (!defaults.ok) throw new Error('the default settings do not validate');
  return defaults.settings;
}

export function readUnit(unit: Unit, period: NamedPeriod, today: IsoDate, timeZone: string): UnitRead {
  if (unit.link === '') return { ok: false, reason: r.noLink };
  if (unit.spreadsheetId === null && !/^https?:\/\//i.test(unit.link)) return { ok: false, reason: r.badLink };
  let ss: Spreadsheet;
  try {
    ss = open(unit);
  } catch (e) {
    return { ok: false, reason: openFailure(e) };
  }
  try {
    const { table, tasks } = readTasks(ss, timeZone);
    const missing = REQUIRED.filter((k) => !table.columns.has(k));
    if (missing.length) {
      const headers = missing.map((k) => SHEETS.tasks.columns.find((c) => c.key === k)!.header);
      return { ok: false, reason: r.missingColumns(SHEETS.tasks.name, headers) };
    }
    const settings = schoolSettings(ss);
    const cutOff = periodWindow(period, settings.periodMode).to;
    const asOf = cutOff < today ? cutOff : today;
    const overdueCodes = tasks
      .filter((t) => taskState(t, today, settings.dueSoonDays).condition === TaskCondition.OverdueNotDone)
      .map((t) => t.code);
    return {
      ok: true,
      asOf,
      byArea: figuresByArea(tasks, asOf, settings.dueSoonDays),
      overdueCodes,
      reports: reportsOf(ss, timeZone),
    };
  } catch (e) {
    // A missing sheet is a UserError in the school's words; anything else is said as it came.
    return {
      ok: false,
      reason: e instanceof UserError ? e.message : r.other(e instanceof Error ? e.message : String(e)),
    };
  }
}
