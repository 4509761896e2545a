// Building the report: "Tạo báo cáo…" (menu) and the dashboard's button open the dialog;
// reportLoad gives it the periods, the default one, the next number and the recipients;
// reportBuild validates the payload, reads the tracker in a fixed number of calls, builds the
// model, renders the Doc, files it (and an optional PDF) in the Cấu hình folder and records it in
// Sổ báo cáo. A failure part-way trashes what was created and writes nothing to the register, so
// the number is not consumed.
import { SCHOOL_TIME_ZONE } from '../core/domain';
import {
  buildReport,
  DOC_CHARACTER_LIMIT,
  reportCharacterCount,
  sectionSummary,
  splitRecipients,
} from '../core/report/model';
import { estimatePages } from '../core/report/pages';
import { doneWithoutEvidence } from '../core/evidence';
import { taskId } from '../core/alerts/plan';
import {
  nextReportNumber,
  numberTakenBy,
  numberTakenError,
  parseReportPayload,
  periodValue,
} from '../core/report/request';
import type { ReportBuildResult, ReportField, ReportLoadResult, ReportPreview } from '../contracts/report';
import type { Refusal } from '../contracts/refusal';
import { refuse, refuseFields } from '../contracts/refusal';
import { duePeriod, namedPeriods, periodLabel } from '../core/report/periods';
import { isoDateInZone, parts } from '../core/dates';
import { groupThousandsVn } from '../core/text';
import { withScriptLock } from '../adapters/lock';
import { alertingUserErrors, showDialog } from '../adapters/ui';
import { readTasks } from '../adapters/tracker';
import { createReportDocument, writeReportDocument, type CreatedDocument } from '../adapters/report/document';
import { appendRegisterRow, readRegister } from '../adapters/report/register';
import { fileInFolder, savePdfBeside, trashFiles } from '../adapters/report/files';
import { reportMsg } from '../messages';
import { managerContext } from './roles';

type Step = keyof typeof reportMsg.steps;

function openDialog(): void {
  alertingUserErrors(() => {
    managerContext();
    showDialog('report', { width: 560, height: 680 }, reportMsg.dialogTitle);
  });
}

/** CCHC → Tạo báo cáo… */
export function menuCreateReport(): void {
  openDialog();
}

/** The dashboard's "Tạo báo cáo" image button (assigned this function name). */
export function dashboardCreateReport(): void {
  openDialog();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function reportLoad(): ReportLoadResult {
  const { ss, settings } = managerContext();
  const timeZone = SCHOOL_TIME_ZONE;
  const today = isoDateInZone(new Date(), timeZone);
  const due = duePeriod(today);
  const year = parts(today).year;
  const years = [...new Set([year - 1, year, due.year])].sort();
  const { entries } = readRegister(ss, timeZone);
  const { tasks } = readTasks(ss, timeZone);
  return {
    periods: years.flatMap((y) => namedPeriods(y)).map((p) => ({ value: periodValue(p), label: periodLabel(p) })),
    defaultPeriod: periodValue(due),
    today,
    nextNumber: pad2(nextReportNumber(entries, year)),
    docCode: settings.docCode,
    principalName: settings.principalName,
    recipients: splitRecipients(settings.reportRecipients),
    customLabel: reportMsg.custom,
    plans: [...new Set(tasks.map((t) => t.source).filter(Boolean))],
  };
}

/**
 * google.script.run: what the report will hold, before anything is created: the estimated pages,
 * the sections' line counts, and the proposals addressed to the school itself (left out of the
 * outward report unless the principal ticks them in). Reads the tracker; writes nothing.
 */
export function reportPreview(payload: unknown): ReportPreview | Refusal<ReportField> {
  const { ss, settings } = managerContext();
  const parsed = parseReportPayload(payload);
  if (!parsed.ok) return refuseFields(parsed.errors);
  const today = isoDateInZone(new Date(), SCHOOL_TIME_ZONE);
  const { tasks } = readTasks(ss, SCHOOL_TIME_ZONE);
  const model = buildReport(tasks, settings, { ...parsed.request, today });
  const missing = doneWithoutEvidence(tasks, model.asOf);
  return {
    ok: true,
    pages: estimatePages(model),
    sections: sectionSummary(model),
    internalProposals: model.proposals.filter((g) => g.internal).map(({ key, text, codes }) => ({ key, text, codes })),
    doneWithoutEvidence: { count: missing.length, codes: missing.map(taskId) },
  };
}

export function reportBuild(payload: unknown): ReportBuildResult {
  // The role first: a staff member gets the refusal, not field errors about a dialog they may not use.
  const ctx = managerContext();
  const parsed = parseReportPayload(payload);
  if (!parsed.ok) return refuseFields(parsed.errors);
  const { ss, settings } = ctx;
  const timeZone = SCHOOL_TIME_ZONE;
  return withScriptLock((): ReportBuildResult => {
    let step: Step = 'read';
    const createdIds: string[] = [];
    try {
      const today = isoDateInZone(new Date(), timeZone);
      const register = readRegister(ss, timeZone);
      const { number, reportDate } = parsed.request;
      if (number !== null) {
        const taken = numberTakenBy(register.entries, number, parts(reportDate).year);
        if (taken) return refuseFields([numberTakenError(taken, number)]);
      }
      const { tasks } = readTasks(ss, timeZone);
      const model = buildReport(tasks, settings, { ...parsed.request, today });
      const characters = reportCharacterCount(model);
      if (characters > DOC_CHARACTER_LIMIT) {
        return refuse(reportMsg.tooLong(groupThousandsVn(characters), groupThousandsVn(DOC_CHARACTER_LIMIT)));
      }

      step = 'create';
      const created: CreatedDocument = createReportDocument(model.name);
      createdIds.push(created.id);
      step = 'write';
      writeReportDocument(created, model);
      step = 'folder';
      const filed = fileInFolder(created.id, settings.reportFolder);
      let pdfUrl: string | null = null;
      if (parsed.pdf) {
        step = 'pdf';
        const pdf = savePdfBeside(filed, `${model.name}${reportMsg.pdfSuffix}`);
        createdIds.push(pdf.id);
        pdfUrl = pdf.url;
      }
      step = 'register';
      const builtBy = ctx.staff.find((s) => s.email === ctx.user)?.name || ctx.user;
      appendRegisterRow(
        ss,
        register,
        {
          number: number === null ? '' : model.numberRef,
          date: reportDate,
          period: model.periodLabel,
          link: created.url,
          builtBy,
          builtAt: new Date(),
        },
        timeZone,
      );
      return { ok: true, name: model.name, url: created.url, pdfUrl, number: number === null ? '' : model.numberRef };
    } catch (e) {
      trashFiles(createdIds);
      const detail = e instanceof Error ? e.message : String(e);
      return refuse(reportMsg.failed(reportMsg.steps[step], detail, createdIds.length > 0));
    }
  });
}
