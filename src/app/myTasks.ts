// "Nhiệm vụ của tôi", the web app staff open on their phones (menus and sidebars do not exist in
// the Sheets mobile apps): doGet serves the page; its server calls load the person's tasks, save
// their changes through the sheet's own edit path (app/edits.ts applyTypedEdit) with a conflict
// check against what the page loaded, store an uploaded evidence file in Drive and add its link,
// and let a manager confirm or send back tasks that wait. The web app runs as the deployer
// (appsscript.json webapp, README): who is acting is the signed-in visitor, Session's active user,
// never the effective user, and every call checks that person's role here, whatever the page sends.
import * as z from '../core/zod';
import { ProgressStatus, SCHOOL_TIME_ZONE, type StaffMember, type Task } from '../core/domain';
import { isoDateInZone } from '../core/dates';
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import type { Settings } from '../core/settings';
import { nfc, squash } from '../core/text';
import {
  changedFields,
  conflictsOf,
  hasRoleIn,
  PAGE_STATUSES,
  pageFieldsOf,
  taskView,
  tasksOnPage,
} from '../core/myTasks';
import {
  myTaskSavePayloadSchema,
  sendBackPayloadSchema,
  UPLOAD_MAX_BYTES,
  UPLOAD_TYPES,
  type MyTaskConfirmAnswer,
  type MyTaskSaveAnswer,
  type MyTasksLoadAnswer,
  type PageField,
} from '../contracts/myTasks';
import { refuse, refuseFields, type Refusal } from '../contracts/refusal';
import { withScriptLock } from '../adapters/lock';
import { isBlob } from '../adapters/uploadedFile';
import { pageOutput } from '../adapters/pages';
import { activeTracker, readStaff, readTasks, type TaskSheet } from '../adapters/tracker';
import { requireSettings } from '../adapters/settingsSheet';
import { activeUserEmail } from '../adapters/session';
import { folderNamed, reportFolderId, saveFileIn, trashFiles } from '../adapters/report/files';
import { confirmMsg, myTasksMsg } from '../messages';
import { formatVn } from '../messages/format';
import { lastSaveOf, rememberSave, saveFingerprint } from '../adapters/pageSaves';
import { applyTypedEdit } from './edits';
import { confirmWaiting, sendBackWaiting, waitingAmong } from './confirm';
import { isKnownManager, isManagerOrOwner } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The subfolder of the report folder that holds uploaded evidence, one folder per task code inside. */
const EVIDENCE_FOLDER = 'Minh chứng';
const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

interface PageContext {
  ss: Spreadsheet;
  user: string;
  staff: StaffMember[];
  settings: Settings;
  manager: boolean;
  name: string;
}

/**
 * The visitor, known by Session's active user only: under "execute as me" the effective user is
 * the deployer, so falling back to it would hand anyone the principal's rights. Someone neither an
 * active member of Cán bộ nor a manager is refused.
 */
function pageContext(): PageContext {
  const user = activeUserEmail();
  if (!user) throw new UserError(myTasksMsg.noIdentity);
  const ss = activeTracker();
  let settings: Settings;
  let staff: StaffMember[];
  try {
    settings = requireSettings(ss);
    staff = readStaff(ss);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(isKnownManager(ss, user) ? e.message : myTasksMsg.trackerBroken);
    throw e;
  }
  const manager = isManagerOrOwner(ss, user, settings, staff);
  const me = staff.find((s) => s.email === user);
  if (!manager && !me?.active) throw new UserError(myTasksMsg.notStaff(user));
  const name = me?.name || (user === settings.principalEmail.toLowerCase() ? settings.principalName : user);
  return { ss, user, staff, settings, manager, name };
}

/** A server call's UserError as the page's refusal. */
function answering<T>(fn: () => T): T | Refusal<never> {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserError) return refuse(e.message);
    throw e;
  }
}

const today = (): string => isoDateInZone(new Date(), SCHOOL_TIME_ZONE);

/** The task with this code, if the person has a role in it; read now (under the lock when writing). */
function ownTask(ctx: PageContext, code: string): { sheet: TaskSheet; task: Task } {
  const sheet = readTasks(ctx.ss, SCHOOL_TIME_ZONE);
  const found = sheet.tasks.filter((t) => t.code === code);
  if (found.length === 0) throw new UserError(myTasksMsg.codeNotFound(code));
  if (found.length > 1) throw new UserError(myTasksMsg.duplicateCode(code));
  if (!hasRoleIn(found[0]!, ctx.user, ctx.staff, ctx.manager)) throw new UserError(myTasksMsg.notYourTask(code));
  return { sheet, task: found[0]! };
}

const viewOf = (ctx: PageContext, task: Task) => taskView(task, today(), ctx.settings.dueSoonDays);
const labelOf = (field: PageField): string => SHEETS.tasks.columns.find((c) => c.key === field)!.header;

/** doGet: the page shell; `?task=CODE` opens that task (the server decides whether the person may see it). */
export function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  const focus = squash(String(e?.parameter?.['task'] ?? '')).slice(0, 50);
  return pageOutput('myTasks', { focus })
    .setTitle(myTasksMsg.pageTitle)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** google.script.run: the person's tasks (a manager's: all, and the Chờ xác nhận queue). */
export function myTasksLoad(): MyTasksLoadAnswer {
  return answering(() => {
    const ctx = pageContext();
    const { tasks } = readTasks(ctx.ss, SCHOOL_TIME_ZONE);
    const views = tasksOnPage(tasks, ctx.user, ctx.staff, ctx.manager, today(), ctx.settings.dueSoonDays);
    return {
      ok: true as const,
      person: { name: ctx.name, email: ctx.user },
      isManager: ctx.manager,
      tasks: views,
      waiting: ctx.manager ? views.filter((v) => v.group === 'waiting') : [],
      statuses: [...PAGE_STATUSES],
      todayShown: formatVn(today()),
    };
  });
}

/** One line of Minh chứng: no line breaks, spacing squashed. */
const oneLine = (text: string): string => squash(nfc(text).replace(/[\r\n]+/g, ' '));

/**
 * google.script.run: the person's changes to one task. Under the lock the row is read again by code;
 * a field changed in the sheet since the page loaded it, and changed differently here, is not
 * written: both values go back to the page for the person to choose. Only changed cells are written.
 */
export function myTasksSave(payload: unknown): MyTaskSaveAnswer {
  return answering((): MyTaskSaveAnswer => {
    const parsed = myTaskSavePayloadSchema.safeParse(payload);
    if (!parsed.success) return refuse(myTasksMsg.badRequest);
    const { code, base, values } = parsed.data;
    const evidenceAdd = oneLine(parsed.data.evidenceAdd);
    const ctx = pageContext();
    const fingerprint = saveFingerprint(parsed.data);
    return withScriptLock((): MyTaskSaveAnswer => {
      const { sheet, task } = ownTask(ctx, code);
      // The same save again (its answer was lost on the way to the phone): already done.
      if (lastSaveOf(ctx.user) === fingerprint)
        return { ok: true, message: myTasksMsg.saved(code), task: viewOf(ctx, task) };
      const current = pageFieldsOf(task);
      const conflicts = conflictsOf(base, values, current, labelOf);
      if (conflicts.length) return { ok: false, conflicts, task: viewOf(ctx, task) };
      // Fields already holding the value are written again: a save repeated after a failure
      // completes what the first attempt left (the edit path is idempotent on cells and stamp).
      const changed = changedFields(base, values);
      if (changed.length === 0 && !evidenceAdd)
        return { ok: true, message: myTasksMsg.nothingChanged, task: viewOf(ctx, task) };
      const typed = Object.fromEntries(changed.map((f) => [f, values[f]!]));
      const answer = written(ctx, sheet, task, typed, evidenceAdd, myTasksMsg.saved(code));
      if (answer.ok) rememberSave(ctx.user, fingerprint);
      return answer;
    });
  });
}

/** Applies the typed values through the edit path and answers with the row as it now is. */
function written(
  ctx: PageContext,
  sheet: TaskSheet,
  task: Task,
  typed: Record<string, string>,
  evidenceAdd: string,
  message: string,
): MyTaskSaveAnswer {
  const outcome = applyTypedEdit(
    sheet.table.sheet,
    sheet.table.columns,
    task.row,
    typed,
    evidenceAdd,
    ctx.user,
    new Date(),
  );
  if (outcome.problems.length)
    return refuseFields(
      outcome.problems.map((p) => ({
        field: (p.key === 'evidence'
          ? 'evidenceAdd'
          : p.key === 'completedDate'
            ? 'progressStatus'
            : p.key) as PageField,
        message: p.message,
      })),
    );
  const waiting = outcome.changes.some(
    (c) => c.key === 'progressStatus' && c.value === ProgressStatus.AwaitingConfirmation,
  );
  const after = ownTask(ctx, task.code).task;
  return { ok: true, message: waiting ? myTasksMsg.savedWaiting(task.code) : message, task: viewOf(ctx, after) };
}

function uploadType(blob: GoogleAppsScript.Base.Blob): string | null {
  const type = (blob.getContentType() ?? '').toLowerCase();
  if (UPLOAD_TYPES.includes(type)) return type;
  const extension = /\.([a-z0-9]+)$/i.exec(blob.getName() ?? '')?.[1]?.toLowerCase() ?? '';
  return type === '' || type === 'application/octet-stream' ? (EXTENSION_TYPES[extension] ?? null) : null;
}

/**
 * google.script.run with the upload form (guides/html/communication: its file input arrives as a
 * Blob): checks the file, stores it in <report folder>/Minh chứng/<code>/ under drive.file, then
 * under the lock adds "name: link" as a new Minh chứng line through the edit path. A file whose line
 * could not be written is trashed: nothing is half done.
 */
export function myTasksUpload(form: unknown): MyTaskSaveAnswer {
  return answering((): MyTaskSaveAnswer => {
    const fields = z.object({ code: z.string().check(z.maxLength(50)) }).safeParse(form);
    const file = (form as { file?: unknown } | null)?.file;
    if (!fields.success) return refuse(myTasksMsg.badRequest);
    if (!isBlob(file)) return refuseFields([{ field: 'file', message: myTasksMsg.fileMissing }]);
    const code = squash(fields.data.code);
    const ctx = pageContext();
    ownTask(ctx, code); // the role, before anything goes to Drive
    const name = oneLine(file.getName() || 'minh-chung');
    const size = file.getBytes().length;
    const problem =
      size === 0
        ? myTasksMsg.fileEmpty(name)
        : size > UPLOAD_MAX_BYTES
          ? myTasksMsg.fileTooLarge(name, (size / 1024 / 1024).toFixed(1).replace('.', ','))
          : uploadType(file) === null
            ? myTasksMsg.fileWrongType(name)
            : null;
    if (problem) return refuseFields([{ field: 'file', message: problem }]);
    const report = reportFolderId(ctx.settings.reportFolder);
    const folder = folderNamed(code, folderNamed(EVIDENCE_FOLDER, report));
    const saved = saveFileIn(folder, file, name);
    try {
      const answer = withScriptLock(() => {
        const { sheet, task } = ownTask(ctx, code);
        return written(ctx, sheet, task, {}, `${name}: ${saved.url}`, myTasksMsg.uploaded(name, code));
      });
      if (!answer.ok) trashFiles([saved.id]);
      return answer;
    } catch (e) {
      trashFiles([saved.id]);
      if (e instanceof UserError) throw new UserError(`${myTasksMsg.uploadNotRecorded} (${e.message})`);
      throw e;
    }
  });
}

function managerOnPage(): PageContext {
  const ctx = pageContext();
  if (!ctx.manager) throw new UserError(myTasksMsg.managersOnly);
  return ctx;
}

const codesSchema = z.array(z.string().check(z.maxLength(50))).check(z.minLength(1), z.maxLength(500));

/** google.script.run: a manager confirms the listed tasks that still wait (read again under the lock). */
export function myTasksConfirm(codes: unknown): MyTaskConfirmAnswer {
  return answering((): MyTaskConfirmAnswer => {
    const parsed = codesSchema.safeParse(codes);
    if (!parsed.success) return refuse(myTasksMsg.badRequest);
    const ctx = managerOnPage();
    const wanted = new Set(parsed.data.map(squash));
    const message = withScriptLock(() => {
      const { table, waiting } = waitingAmong(ctx.ss, (t) => wanted.has(t.code));
      return confirmWaiting(ctx.ss, ctx.user, table, waiting);
    });
    return { ok: true, message };
  });
}

/** google.script.run: a manager sends the listed waiting tasks back with a reason (emailed to the owner). */
export function myTasksSendBack(payload: unknown): MyTaskConfirmAnswer {
  return answering((): MyTaskConfirmAnswer => {
    const parsed = sendBackPayloadSchema.safeParse(payload);
    if (!parsed.success) return refuse(myTasksMsg.badRequest);
    const ctx = managerOnPage();
    if (parsed.data.reason === '') return refuse(confirmMsg.sendBackNeedsReason);
    const wanted = new Set(parsed.data.codes.map(squash));
    const message = withScriptLock(() => {
      const { table, waiting } = waitingAmong(ctx.ss, (t) => wanted.has(t.code));
      return sendBackWaiting(ctx, parsed.data.reason, table, waiting);
    });
    return { ok: true, message };
  });
}
