// The "Nhiệm vụ của tôi" page's model: which tasks a person has a role in (owner, co-owner, a member
// of the owning tổ; a manager every task), where each sits on the page (quá hạn, sắp đến hạn, đang
// thực hiện, chờ xác nhận, đã hoàn thành), its fields as the page shows them, and which of a
// person's changes collide with a change made in the sheet since the page loaded. Pure.
import { ProgressStatus, TaskCondition, type IsoDate, type StaffMember, type Task } from './domain';
import { daysBetween } from './dates';
import { parseEvidence } from './evidence';
import { isOwnTask } from './edits';
import { sameWord, taskState } from './status/engine';
import { formatVn } from '../messages/format';
import { squash } from './text';
import {
  PAGE_FIELDS,
  type FieldConflict,
  type MyTaskGroup,
  type MyTaskView,
  type PageField,
  type PageFields,
} from '../contracts/myTasks';

const GROUP_ORDER: readonly MyTaskGroup[] = ['overdue', 'dueSoon', 'inProgress', 'waiting', 'done'];

function groupOf(condition: TaskCondition): MyTaskGroup {
  switch (condition) {
    case TaskCondition.OverdueNotDone:
      return 'overdue';
    case TaskCondition.DueSoon:
      return 'dueSoon';
    case TaskCondition.AwaitingConfirmation:
      return 'waiting';
    case TaskCondition.DoneOnTime:
    case TaskCondition.DoneLate:
      return 'done';
    default:
      return 'inProgress';
  }
}

/** The task on "Nhiệm vụ của tôi": the web app's URL with ?task=CODE (doGet opens it). */
export function pageLink(pageUrl: string, code: string): string {
  return `${pageUrl}?task=${encodeURIComponent(code)}`;
}

/** Tiến độ as percent points, as the page's number field takes it ("60", "12.5"); '' when blank. */
export function progressShown(progress: number | null): string {
  return progress === null ? '' : String(Math.round(progress * 10_000) / 100);
}

/** The fields a person edits, as the page shows them. */
export function pageFieldsOf(task: Task): PageFields {
  return {
    progressStatus: task.progressStatus,
    progress: progressShown(task.progress),
    result: task.result,
    difficulties: task.difficulties,
    proposal: task.proposal,
  };
}

/**
 * Only http(s) links become links on the page: a "javascript:" link someone inserted into a cell
 * would otherwise run in the page of whoever taps it (a manager's, with their google.script.run).
 */
const isWebLink = (url: string): boolean => /^https?:\/\//i.test(url.trim());

export function taskView(task: Task, today: IsoDate, dueSoonDays: number): MyTaskView {
  const { condition } = taskState(task, today, dueSoonDays);
  const group = groupOf(condition);
  const open = group !== 'done' && group !== 'waiting';
  return {
    code: task.code,
    area: task.area,
    content: task.content,
    owner: task.owner,
    coOwners: task.coOwners,
    dueDate: task.dueDate,
    dueShown: formatVn(task.dueDate),
    daysLeft: open && task.dueDate ? daysBetween(today, task.dueDate) : null,
    condition,
    group,
    fields: pageFieldsOf(task),
    evidence: parseEvidence(task.evidence, task.evidenceLinks).map((i) =>
      i.url && isWebLink(i.url) ? { text: i.text, url: i.url } : { text: i.text },
    ),
    completedShown: formatVn(task.completedDate),
  };
}

/** Whether the page shows `task` to `email`: a manager sees every task; staff those they have a role in. */
export function hasRoleIn(task: Task, email: string, staff: readonly StaffMember[], manager: boolean): boolean {
  return manager || isOwnTask(email, task.owner, task.coOwners, staff);
}

/** The person's tasks on the page, by group then due date (tasks taken off the plan left out). */
export function tasksOnPage(
  tasks: readonly Task[],
  email: string,
  staff: readonly StaffMember[],
  manager: boolean,
  today: IsoDate,
  dueSoonDays: number,
): MyTaskView[] {
  const rank = (v: MyTaskView) => GROUP_ORDER.indexOf(v.group);
  return tasks
    .filter((t) => t.code !== '' && hasRoleIn(t, email, staff, manager))
    .map((t) => taskView(t, today, dueSoonDays))
    .filter((v) => v.condition !== TaskCondition.RemovedFromPlan)
    .sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

/** The page's statuses: Chờ xác nhận is the tracker's to set, never chosen by hand. */
export const PAGE_STATUSES: readonly string[] = Object.values(ProgressStatus).filter(
  (s) => s !== ProgressStatus.AwaitingConfirmation,
);

const same = (a: string, b: string): boolean => squash(a) === squash(b);

/**
 * Whether the sheet holds what the person's value becomes: the same text, or Chờ xác nhận for a
 * Hoàn thành the tracker set waiting (a save repeated after a failure is then no conflict).
 */
const madeOf = (field: PageField, current: string, value: string): boolean =>
  same(current, value) ||
  (field === 'progressStatus' &&
    sameWord(value, ProgressStatus.Done) &&
    sameWord(current, ProgressStatus.AwaitingConfirmation));

/** The fields the person really changed (values that differ from what the page loaded). */
export function changedFields(base: PageFields, values: Partial<PageFields>): PageField[] {
  return PAGE_FIELDS.filter((f) => values[f] !== undefined && !same(values[f]!, base[f]));
}

/**
 * The person's changes that collide with the sheet: the field changed in the sheet since the page
 * loaded it, to something other than what the person entered.
 */
export function conflictsOf(
  base: PageFields,
  values: Partial<PageFields>,
  current: PageFields,
  labelOf: (field: PageField) => string,
): FieldConflict[] {
  return changedFields(base, values)
    .filter((f) => !same(current[f], base[f]) && !madeOf(f, current[f], values[f]!))
    .map((f) => ({ field: f, label: labelOf(f), sheet: current[f], page: values[f]! }));
}
