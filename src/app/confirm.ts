// CCHC → Xác nhận hoàn thành / Trả lại: a manager acts on the selected tasks that wait as "Chờ xác
// nhận" (Cấu hình "Hiệu trưởng xác nhận hoàn thành"). Under the script lock the rows are read again
// and taken by what they hold now, not by what was selected earlier. Confirming makes each one
// Hoàn thành in one write a column, its completion date the person's (today when it had none).
// Sending back asks the reason first, returns them to Đang thực hiện without a completion date, and
// emails each owner the reason. Nhật ký says who did what.
import { LogAction, ProgressStatus, SCHOOL_TIME_ZONE, type Task } from '../core/domain';
import { isoDateInZone, midnightInZone } from '../core/dates';
import { sameWord } from '../core/status/engine';
import { AlertRecipients } from '../core/alerts/recipients';
import { taskId } from '../core/alerts/plan';
import { shortTitle } from '../core/report/wording';
import { withScriptLock } from '../adapters/lock';
import { sendEmail } from '../adapters/mail';
import { selectedTaskRows } from '../adapters/selection';
import { appendLog, readTasks, type TaskSheet } from '../adapters/tracker';
import { setColumnCells } from '../adapters/taskCells';
import { alert, alertingUserErrors, askText } from '../adapters/ui';
import { confirmMsg } from '../messages';
import { managerContext, type ManagerContext } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tasks of `pick` that still wait, read under the lock the caller holds. */
export function waitingAmong(
  ss: Spreadsheet,
  pick: (t: Task) => boolean,
): { table: TaskSheet['table']; waiting: Task[] } {
  const { table, tasks } = readTasks(ss, SCHOOL_TIME_ZONE);
  const waiting = tasks.filter((t) => pick(t) && sameWord(t.progressStatus, ProgressStatus.AwaitingConfirmation));
  return { table, waiting };
}

/** The selected rows still waiting, read under the lock the caller holds. */
function waitingSelected(ss: Spreadsheet): { table: TaskSheet['table']; waiting: Task[] } {
  const rows = new Set(selectedTaskRows(ss, confirmMsg.notTaskSheet));
  return waitingAmong(ss, (t) => rows.has(t.row));
}

/**
 * Makes the waiting tasks Hoàn thành (one write a column), their completion dates the person's,
 * and logs each; the caller holds the lock. Returns what to tell the manager.
 */
export function confirmWaiting(ss: Spreadsheet, user: string, table: TaskSheet['table'], waiting: Task[]): string {
  if (waiting.length === 0) return confirmMsg.noneWaiting;
  const today = isoDateInZone(new Date(), SCHOOL_TIME_ZONE);
  setColumnCells(
    table,
    'progressStatus',
    waiting.map((t) => t.row),
    ProgressStatus.Done,
  );
  setColumnCells(
    table,
    'completedDate',
    waiting.filter((t) => t.completedDate === null).map((t) => t.row),
    midnightInZone(today, SCHOOL_TIME_ZONE),
  );
  appendLog(
    ss,
    user,
    waiting.map((t) => ({ action: LogAction.CompletionConfirmed, code: t.code })),
  );
  return confirmMsg.confirmed(waiting.map(taskId));
}

/**
 * Returns the waiting tasks to Đang thực hiện without a completion date, logs the reason, and only
 * then emails each owner: a mail that fails loses no decision. The caller holds the lock.
 */
export function sendBackWaiting(
  { ss, user, staff }: Pick<ManagerContext, 'ss' | 'user' | 'staff'>,
  reason: string,
  table: TaskSheet['table'],
  waiting: Task[],
): string {
  if (waiting.length === 0) return confirmMsg.noneWaiting;
  const manager = staff.find((s) => s.email === user)?.name || user;
  const rows = waiting.map((t) => t.row);
  setColumnCells(table, 'progressStatus', rows, ProgressStatus.InProgress);
  setColumnCells(table, 'completedDate', rows, '');
  appendLog(
    ss,
    user,
    waiting.map((t) => ({ action: LogAction.CompletionSentBack, code: t.code, detail: reason })),
  );
  const recipients = new AlertRecipients(staff);
  const emailed: string[] = [];
  const unreached: string[] = [];
  for (const t of waiting) {
    const found = recipients.resolve(t.owner);
    if (!found.ok) {
      unreached.push(`${taskId(t)} (${t.owner || '—'})`);
      continue;
    }
    for (const person of found.people) {
      try {
        sendEmail({
          to: person.email,
          subject: confirmMsg.sendBackSubject(taskId(t)),
          body: confirmMsg.sendBackBody(person.name, taskId(t), shortTitle(t), reason, manager),
          replyTo: user || undefined,
        });
        emailed.push(person.name || person.email);
      } catch {
        unreached.push(`${taskId(t)} (${person.email})`);
      }
    }
  }
  return confirmMsg.sentBack(waiting.map(taskId), [...new Set(emailed)], unreached);
}

export function menuConfirmCompletion(): void {
  alertingUserErrors(() => {
    const { ss, user } = managerContext();
    const message = withScriptLock(() => {
      const { table, waiting } = waitingSelected(ss);
      return confirmWaiting(ss, user, table, waiting);
    });
    alert(message);
  });
}

export function menuSendBackCompletion(): void {
  alertingUserErrors(() => {
    const context = managerContext();
    // The reason is asked before the lock: a person typing must not hold up everyone's edits.
    const reason = askText(confirmMsg.sendBackReason)?.trim() ?? null;
    if (reason === null) return;
    if (reason === '') return alert(confirmMsg.sendBackNeedsReason);
    const message = withScriptLock(() => {
      const { table, waiting } = waitingSelected(context.ss);
      return sendBackWaiting(context, reason, table, waiting);
    });
    alert(message);
  });
}
