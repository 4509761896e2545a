// CCHC → "Nhập kế hoạch…": the dialog sends a Google Doc link/ID, pasted text or the Word (.docx)
// upload form (converted by Drive into a Doc, read as a Doc, trashed); importPreview shows what would be imported (tasks per area, first items, warnings, the table rows that match no task,
// what a re-import changes) and writes nothing; importConfirm parses again, refuses while a table
// row has no place chosen, merges with the rows already there by code and text under the script
// lock, writes in one batch, records the plan in Cấu hình and logs in one write. The plan is read
// as CCHC (NQ 76 areas) or as another plan (its sections are the areas), as the importer chooses or
// the manager picks (issue 16 §3); beside another plan it merges only with its own rows (planScope).
import { SCHOOL_TIME_ZONE, LogAction } from '../core/domain';
import { mergePlan, planScope, tasksAfterMerge, type ExistingTask } from '../core/plan/merge';
import { areaOrder, type PlanMode } from '../core/plan/mode';
import { outlineFromText, type PlanBlock } from '../core/plan/outline';
import type { ParsedTask } from '../core/domain';
import { parsePlan, type PlanRef } from '../core/plan/parser';
import { applyRowChoices, type UnmatchedRow } from '../core/plan/tables';
import { withScriptLock } from '../adapters/lock';
import { isBlob } from '../adapters/uploadedFile';
import { readPlanDocument, readWordPlan } from '../adapters/planDocument';
import { writeMerge } from '../adapters/taskRows';
import { appendLog, readTasks } from '../adapters/tracker';
import { UserError } from '../core/errors';
import { clip } from '../core/text';
import {
  importFormSchema,
  importPayloadSchema,
  tableRowsSchema,
  uploadKind,
  type ImportDone,
  type ImportPreview,
  type RowChoice,
} from '../contracts/importPlan';
import { refuse, type Refusal } from '../contracts/refusal';
import { extendTaskRules } from '../adapters/workbook';
import { alert, showDialog } from '../adapters/ui';
import { importMsg } from '../messages';
import { managerContext } from './roles';
import { taskLayout, writeFlagRules, writeStatusFormulas } from '../adapters/taskSheet';
import { refreshDashboard } from '../adapters/dashboardSheet';
import { validSettings, writeSetting, type SettingsRead } from '../adapters/settingsSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PREVIEW_ITEMS = 8;

interface ParsedPlan {
  mode: PlanMode;
  planRef: PlanRef;
  tasks: ParsedTask[];
  warnings: string[];
}

/** The plan with the table rows the manager has placed so far; `unplaced`, those still waiting. */
interface ReadPlan extends ParsedPlan {
  suggestedMode: PlanMode;
  unplaced: UnmatchedRow[];
  unmatchedRows: UnmatchedRow[];
}

/** The Word upload form: the file checked, then converted and read (adapters/planDocument). */
function fromWordForm(
  form: { kind: 'docx'; tableRows?: string | undefined; mode?: PlanMode | '' | undefined },
  file: unknown,
): PlanInput {
  const refuse = importMsg.refuseUpload;
  if (!isBlob(file)) throw new UserError(refuse.missing);
  const name = file.getName() ?? '';
  const bytes = file.getBytes();
  const kind = uploadKind({ name, type: file.getContentType() ?? '', size: bytes.length, head: bytes.slice(0, 8) });
  if (kind === 'tooLarge')
    throw new UserError(refuse.tooLarge(name, (bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')));
  if (kind !== 'docx') throw new UserError(refuse[kind](name));
  let tableRows: RowChoice[] = [];
  if (form.tableRows) {
    let json: unknown;
    try {
      json = JSON.parse(form.tableRows);
    } catch {
      throw new UserError(importMsg.refusePayload);
    }
    const rows = tableRowsSchema.safeParse(json);
    if (!rows.success) throw new UserError(importMsg.refusePayload);
    tableRows = rows.data ?? [];
  }
  return { blocks: readWordPlan(file, name), tableRows, mode: form.mode || undefined };
}

interface PlanInput {
  blocks: PlanBlock[];
  tableRows: RowChoice[];
  /** The mode the manager picked; undefined lets the importer choose. */
  mode: PlanMode | undefined;
}

/** The plan's outline from the dialog: pasted text, a Doc link, or the Word upload form. */
function planInput(payload: unknown): PlanInput {
  const form = importFormSchema.safeParse(payload);
  if (form.success) return fromWordForm(form.data, (payload as { file?: unknown }).file);
  const parsed = importPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const tooLarge = parsed.error.issues.some((i) => i.message === importMsg.refuseTooLarge);
    throw new UserError(tooLarge ? importMsg.refuseTooLarge : importMsg.refusePayload);
  }
  const input = parsed.data;
  const tableRows = input.tableRows ?? [];
  const mode = input.mode;
  if (input.kind === 'text') {
    if (input.text.trim() === '') throw new UserError(importMsg.refuseEmptyInput);
    return { blocks: outlineFromText(input.text), tableRows, mode };
  }
  if (input.ref.trim() === '') throw new UserError(importMsg.refuseEmptyInput);
  return { blocks: readPlanDocument(input.ref).blocks, tableRows, mode };
}

/** Validates the dialog payload and parses the plan it names; UserError on any bad input. */
function readPlan(payload: unknown): ReadPlan {
  const input = planInput(payload);
  const plan = parsePlan(input.blocks, input.mode);
  if (!plan.ok) throw new UserError(plan.message);
  const placed = applyRowChoices(plan.tasks, plan.unmatchedRows, input.tableRows);
  return 'tasks' in placed ? { ...plan, tasks: placed.tasks, unplaced: [] } : { ...plan, unplaced: placed.unchosen };
}

function refusal(e: unknown): Refusal {
  if (e instanceof UserError) return refuse(e.message);
  throw e;
}

/** The plan's tasks as the tracker will hold them (codes prefixed beside another plan), and the rows they merge with. */
function placed<T extends ExistingTask>(existing: readonly T[], plan: ParsedPlan): { scope: T[]; tasks: ParsedTask[] } {
  return planScope(existing, plan.tasks, plan.planRef.number);
}

/** google.script.run: what the import would do; writes nothing. */
export function importPreview(payload: unknown): ImportPreview | Refusal {
  try {
    const { ss } = managerContext();
    const plan = readPlan(payload);
    const { scope, tasks } = placed(readTasks(ss).tasks, plan);
    const changes = mergePlan(scope, tasks).counts;
    const counts = new Map<string, number>();
    for (const t of tasks) counts.set(t.area, (counts.get(t.area) ?? 0) + 1);
    return {
      ok: true,
      mode: plan.mode,
      suggestedMode: plan.suggestedMode,
      modeLabel: importMsg.modes[plan.mode],
      source: plan.planRef.source,
      title: plan.planRef.title,
      total: tasks.length,
      byArea: areaOrder(tasks).map((area) => ({ area, count: counts.get(area) ?? 0 })),
      first: tasks.slice(0, PREVIEW_ITEMS).map((t) => ({ code: t.code, area: t.area, content: t.content })),
      warnings: plan.warnings,
      unmatchedRows: plan.unmatchedRows.map((r) => ({
        row: r.task.code,
        content: r.task.content,
        area: r.task.area,
        candidates: r.candidates,
      })),
      tasks:
        plan.unmatchedRows.length > 0 ? plan.tasks.map((t) => ({ code: t.code, content: clip(t.content, 90) })) : [],
      changes,
    };
  } catch (e) {
    return refusal(e);
  }
}

/** Writes a parsed plan into the tracker (merging with what is there) under the script lock. */
export function importParsedPlan(ss: Spreadsheet, user: string, settings: SettingsRead, plan: ParsedPlan): ImportDone {
  return withScriptLock(() => {
    const timeZone = SCHOOL_TIME_ZONE;
    const { table, tasks } = readTasks(ss, timeZone);
    const { scope, tasks: planTasks } = placed(tasks, plan);
    const merge = mergePlan(scope, planTasks);
    const { grew, firstNewRow } = writeMerge(table, merge, timeZone);
    // New rows, or a plan's own areas for the Lĩnh vực dropdown.
    if (grew || plan.mode === 'plan') extendTaskRules(ss);
    // Formulas and flags over the new rows, and the dashboard from the tasks as now written.
    const layout = taskLayout(ss);
    writeStatusFormulas(layout, settings);
    writeFlagRules(layout);
    refreshDashboard(ss, layout, {
      tasks: tasksAfterMerge(tasks, merge, firstNewRow),
      dueSoonDays: validSettings(settings).dueSoonDays,
      now: new Date(),
    });
    // Cấu hình → "Kế hoạch" = the CCHC plan's reference (the report's căn cứ); another plan is cited by its Nguồn.
    if (plan.mode === 'cchc' || !String(settings.rows.get('planReference')?.value ?? '').trim())
      writeSetting(settings, 'planReference', plan.planRef.source);
    const { added, updated, removed, unchanged } = merge.counts;
    const entries = [
      {
        action: LogAction.PlanImported,
        detail: importMsg.logSummary(plan.planRef.source, added, updated, removed, unchanged),
      },
      ...merge.log,
    ];
    appendLog(ss, user, entries);
    return {
      ok: true,
      message: importMsg.done(added, updated, removed, unchanged),
      source: plan.planRef.source,
      counts: merge.counts,
    };
  });
}

/** google.script.run: imports the plan; nothing is written when the input is refused. */
export function importConfirm(payload: unknown): ImportDone | Refusal {
  try {
    const { ss, user, settingsRead } = managerContext();
    const plan = readPlan(payload);
    // A table row the manager has not placed: nothing is written, nothing added on a guess.
    if (plan.unplaced.length > 0)
      throw new UserError(importMsg.refuseUnplacedRows(plan.unplaced.map((r) => r.task.code)));
    return importParsedPlan(ss, user, settingsRead, plan);
  } catch (e) {
    return refusal(e);
  }
}

/** CCHC → Nhập kế hoạch…: managers get the dialog. */
export function menuImportPlan(): void {
  try {
    managerContext();
  } catch (e) {
    alert(refusal(e).message);
    return;
  }
  showDialog('import', { width: 760, height: 600 }, importMsg.dialogTitle);
}
