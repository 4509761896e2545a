// Assigning tasks: the "Giao nhiệm vụ…" menu item opens the sidebar (managers only);
// assignLoad gives it the selected tasks and the people; assignSubmit validates, re-reads the rows
// by code under the script lock, writes only the assignment cells it changes (the same number of
// calls for 1 or 500 tasks), emails each assignee once and logs it all in one write.
import {
  ASSIGNMENT_KEYS,
  assignmentLogLines,
  planAssignment,
  validateAssignPayload,
  type AssignRequest,
  type PlannedRow,
} from '../core/assign/assignment';
import type { AssignLoadResult, AssignSubmitResult } from '../contracts/assign';
import { webAppUrl } from '../adapters/webApp';
import { refuse, refuseFields } from '../contracts/refusal';
import { buildDirectory, matchOwnerText, type Directory } from '../core/assign/people';
import {
  assignmentEmail,
  recipientsOf,
  type NoticeContext,
  type Recipient,
  type Unnotified,
} from '../core/assign/email';
import { isoDateInZone, midnightInZone } from '../core/dates';
import { columnLetter } from '../core/status/formulas';
import { SCHOOL_TIME_ZONE, type StaffMember, type Task, LogAction, type LogLine } from '../core/domain';
import { SHEETS, type TaskColumnKey } from '../core/schema';
import type { Settings } from '../core/settings';
import { asPlainText } from '../core/text';
import { withScriptLock } from '../adapters/lock';
import { sendEmail } from '../adapters/mail';
import { alertingUserErrors, showSidebar } from '../adapters/ui';
import type { Table } from '../adapters/table';
import { appendLog, readTasks } from '../adapters/tracker';
import { UserError } from '../core/errors';
import { assignMsg } from '../messages';
import { managerContext } from './roles';
import { selectedTaskRows } from '../adapters/selection';
import { applyProtections } from '../adapters/protections';

const SHORT_TEXT = 90;

/** CCHC → Giao nhiệm vụ…: managers get the sidebar, everyone else a clear refusal. */
export function menuAssignTasks(): void {
  alertingUserErrors(() => {
    const { ss, settings, staff } = managerContext();
    // The managers list may have changed since setup: the protections follow it here.
    applyProtections(ss, { settings, staff });
    showSidebar('assign', assignMsg.sidebarTitle);
  });
}

function flagOf(task: Task, directory: Directory): string {
  const m = matchOwnerText(task.owner, directory);
  if (m.status === 'unknown') return assignMsg.ownerNotInStaff;
  if (m.status === 'ambiguous') return assignMsg.ownerAmbiguous(m.candidates.length);
  return '';
}

/** google.script.run: the selected tasks, the people to pick from and the form's defaults. */
export function assignLoad(): AssignLoadResult {
  const { ss, settings, staff } = managerContext();
  const rows = selectedTaskRows(ss, assignMsg.notTaskSheet);
  const timeZone = SCHOOL_TIME_ZONE;
  const { tasks } = readTasks(ss, timeZone);
  const directory = buildDirectory(staff);
  const rowsByCode = new Map<string, number[]>();
  for (const t of tasks) if (t.code) rowsByCode.set(t.code, [...(rowsByCode.get(t.code) ?? []), t.row]);

  const wanted = new Set(rows);
  const problems: string[] = [];
  const chosen: AssignLoadResult['tasks'] = [];
  for (const t of tasks.filter((task) => wanted.has(task.row))) {
    const sameCode = rowsByCode.get(t.code) ?? [];
    if (!t.code) problems.push(assignMsg.rowWithoutCode(t.row));
    else if (sameCode.length > 1) {
      if (sameCode[0] === t.row) problems.push(assignMsg.duplicateCodeRows(t.code, sameCode));
    } else {
      const text = t.content.length > SHORT_TEXT ? `${t.content.slice(0, SHORT_TEXT - 1)}…` : t.content;
      chosen.push({
        code: t.code,
        text,
        owner: t.owner,
        ownerFlag: flagOf(t, directory),
        due: assignMsg.date(t.dueDate).replace(assignMsg.noDate, ''),
      });
    }
  }
  if (chosen.length === 0 && problems.length === 0) throw new UserError(assignMsg.noRowSelected);
  return {
    tasks: chosen,
    problems,
    options: [...directory.people, ...directory.teams].map(({ id, kind, label, detail, searchText }) => ({
      id,
      kind,
      label,
      detail,
      searchText,
    })),
    defaults: { sendEmail: settings.notifyOnAssign, startDate: isoDateInZone(new Date(), timeZone) },
  };
}

/**
 * Writes only the assignment cells that change, in the chosen rows only: one RangeList per
 * (column, value), so a person's edit to any other cell since the read is never overwritten and the
 * calls stay the same for 1 or 500 tasks (one assignment gives every row the same values).
 */
function writeAssignment(table: Table<TaskColumnKey>, planned: readonly PlannedRow[], timeZone: string): void {
  for (const key of ASSIGNMENT_KEYS) {
    const col = table.columns.get(key);
    if (col === undefined)
      throw new UserError(assignMsg.missingColumn(SHEETS.tasks.columns.find((c) => c.key === key)!.header));
    const byValue = new Map<string | null, string[]>();
    for (const p of planned) {
      if (p.after[key] === p.before[key]) continue;
      byValue.set(p.after[key], [...(byValue.get(p.after[key]) ?? []), `${columnLetter(col + 1)}${p.row}`]);
    }
    for (const [value, cells] of byValue) {
      const cell =
        value === null
          ? ''
          : key === 'startDate' || key === 'dueDate'
            ? midnightInZone(value, timeZone)
            : asPlainText(value);
      table.sheet.getRangeList(cells).setValue(cell);
    }
  }
}

function sendNotices(
  request: AssignRequest,
  planned: readonly PlannedRow[],
  ctx: NoticeContext,
): { sent: Recipient[]; failed: Unnotified[] } {
  const { recipients, unnotified } = recipientsOf(request.owner, request.coOwners);
  const tasks = planned.map((p) => ({
    code: p.code,
    content: p.content,
    startDate: p.after.startDate,
    dueDate: p.after.dueDate,
  }));
  const sent: Recipient[] = [];
  const failed = [...unnotified];
  for (const r of recipients) {
    const m = assignmentEmail(r, tasks, ctx);
    try {
      sendEmail({ to: m.to, subject: m.subject, body: m.body, htmlBody: m.htmlBody, name: m.name, replyTo: m.replyTo });
      sent.push(r);
    } catch {
      // The assignment stands; the sidebar and Nhật ký name who was not told.
      failed.push({ name: r.name, reason: assignMsg.reasonMailFailed });
    }
  }
  return { sent, failed };
}

function assignerName(user: string, staff: readonly StaffMember[], settings: Settings): string {
  const me = staff.find((s) => s.email === user);
  if (me) return me.name;
  return user === settings.principalEmail.toLowerCase() ? settings.principalName : user;
}

/** google.script.run: validates, asks before reassigning, writes, notifies and logs. */
export function assignSubmit(payload: unknown): AssignSubmitResult {
  try {
    const { ss, settings, staff, user } = managerContext();
    const directory = buildDirectory(staff);
    const valid = validateAssignPayload(payload, directory);
    if (!valid.ok) return refuseFields(valid.errors);
    const request = valid.value;
    const timeZone = SCHOOL_TIME_ZONE;
    return withScriptLock((): AssignSubmitResult => {
      // Rows are found by code in a read made under the lock: a sort since the sidebar opened is harmless.
      const { table, tasks } = readTasks(ss, timeZone);
      const plan = planAssignment(tasks, request, directory);
      if (!plan.ok) return refuseFields(plan.errors);
      const { rows, needsConfirmation } = plan.value;
      if (needsConfirmation.length) {
        return {
          ok: true,
          status: 'confirm',
          message: assignMsg.confirmReassign,
          lines: needsConfirmation.map((n) => assignMsg.reassignLine(n.code, n.currentOwner)),
        };
      }
      writeAssignment(table, rows, timeZone);

      const log: LogLine[] = assignmentLogLines(rows, request.note);
      const notices: string[] = [];
      if (request.sendEmail) {
        const codes = rows.map((r) => r.code).join(', ');
        const { sent, failed } = sendNotices(request, rows, {
          schoolName: settings.schoolName,
          assignerName: assignerName(user, staff, settings),
          assignerEmail: user,
          trackerUrl: ss.getUrl(),
          pageUrl: webAppUrl(),
          note: request.note,
        });
        log.push(
          ...sent.map((r) => ({
            action: LogAction.AssignEmailSent,
            code: codes,
            detail: assignMsg.logEmailDetail(r.name, r.email),
          })),
        );
        log.push(
          ...failed.map((f) => ({
            action: LogAction.AssignEmailFailed,
            code: codes,
            detail: assignMsg.logEmailFailedDetail(f.name, f.reason),
          })),
        );
        if (sent.length) notices.push(assignMsg.emailsSent(sent.length));
        if (failed.length) notices.push(assignMsg.notNotified(failed.map((f) => `${f.name} (${f.reason})`)));
      }
      appendLog(ss, user, log);
      return { ok: true, status: 'done', message: assignMsg.done(rows.length, request.owner.label), notices };
    });
  } catch (e) {
    if (e instanceof UserError) return refuse(e.message);
    throw e;
  }
}
