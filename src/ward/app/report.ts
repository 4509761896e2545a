// CCHC phường → Lập báo cáo phường (issue 15): the ward's report for the period due (the pull's),
// built from the ward's own sheets only (Đơn vị, Số liệu đơn vị, Cấu hình: the units are not opened
// again) by src/core/ward/report.ts, rendered by the school report's document writer, filed in the
// script's own Drive folder and recorded in the ward book's Sổ báo cáo, like the school's report
// (src/app/report.ts). A failure part-way trashes the Doc and records nothing.
import { withScriptLock } from '../../adapters/lock';
import { cellDate, cellNumber, cellText, type Cell } from '../../adapters/table';
import { alert, alertingUserErrors } from '../../adapters/ui';
import { currentUser } from '../../adapters/session';
import { createReportDocument, writeReportDocument } from '../../adapters/report/document';
import { fileInFolder, trashFiles } from '../../adapters/report/files';
import { appendRegisterRow, readRegister } from '../../adapters/report/register';
import { isoDateInZone } from '../../core/dates';
import { SCHOOL_TIME_ZONE } from '../../core/domain';
import { UserError } from '../../core/errors';
import { duePeriod, periodLabel } from '../../core/report/periods';
import { buildWardReport, type PulledFigures, type UnitStanding } from '../../core/ward/report';
import { periodDeadline } from '../../core/ward/state';
import { reportMsg } from '../../messages/report';
import { wardMsg } from '../../messages/ward';
import { loadPullCursor } from '../adapters/pullCursor';
import { readFigureRows, readUnits, readWardSettings } from '../adapters/wardBook';
import { wardManagerBook } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Đơn vị's units with the pull's columns, in one read. */
function readStandings(ss: Spreadsheet): UnitStanding[] {
  const { table, units } = readUnits(ss);
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  return units.map((unit) => {
    const row = byRow.get(unit.row)!;
    const text = (key: 'state' | 'reason' | 'report' | 'reportLink') => cellText(table.get(row, key));
    return {
      unit,
      state: text('state'),
      reason: text('reason'),
      report: text('report'),
      reportLink: text('reportLink'),
    };
  });
}

/** Số liệu đơn vị's rows, in one read. */
function readPulledFigures(ss: Spreadsheet): PulledFigures[] {
  const n = (v: Cell) => cellNumber(v) ?? 0;
  return readFigureRows(ss).map((r) => ({
    unitKey: cellText(r.unitKey),
    period: cellText(r.period),
    asOf: cellDate(r.asOf, SCHOOL_TIME_ZONE),
    area: cellText(r.area),
    total: n(r.total),
    due: n(r.due),
    doneOfDue: n(r.doneOfDue),
    doneLate: n(r.doneLate),
    overdue: n(r.overdue),
  }));
}

export interface WardReportOutcome {
  name: string;
  url: string;
}

type Step = keyof typeof reportMsg.steps;

function build(ss: Spreadsheet): WardReportOutcome {
  const user = currentUser();
  const settings = readWardSettings(ss);
  const today = isoDateInZone(new Date(), SCHOOL_TIME_ZONE);
  const period = duePeriod(today);
  const label = periodLabel(period);
  if (loadPullCursor(label)) throw new UserError(wardMsg.wardReport.pullUnfinished(label));
  const model = buildWardReport({
    settings,
    period,
    reportDate: today,
    deadline: periodDeadline(period, settings.deadlineDay),
    units: readStandings(ss),
    figures: readPulledFigures(ss),
  });
  let step: Step = 'create';
  const created: string[] = [];
  try {
    const doc = createReportDocument(model.name);
    created.push(doc.id);
    step = 'write';
    writeReportDocument(doc, model);
    step = 'folder';
    fileInFolder(doc.id, wardMsg.wardReport.folder);
    step = 'register';
    appendRegisterRow(
      ss,
      readRegister(ss, SCHOOL_TIME_ZONE),
      { number: '', date: today, period: model.periodLabel, link: doc.url, builtBy: user, builtAt: new Date() },
      SCHOOL_TIME_ZONE,
    );
    return { name: model.name, url: doc.url };
  } catch (e) {
    trashFiles(created);
    const detail = e instanceof Error ? e.message : String(e);
    throw new UserError(reportMsg.failed(reportMsg.steps[step], detail, created.length > 0));
  }
}

/** The menu item: the report for the period due, and where it is. */
export function wardMenuReport(): void {
  alertingUserErrors(() => {
    const ss = wardManagerBook();
    const { name, url } = withScriptLock(() => build(ss));
    alert(wardMsg.wardReport.built(name, url));
  });
}
