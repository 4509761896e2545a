// The status engine: a task's Tình trạng on a date, its days overdue, and the rates by area.
// The sheet carries the same rule as formulas (status/formulas.ts); a test keeps the two in step.
import { areaOrder } from '../plan/mode';
import { ProgressStatus, REMOVED_FROM_PLAN, TaskCondition, type IsoDate, type Task } from '../domain';
import { daysBetween } from '../dates';
import { squash } from '../text';

export type StatusInput = Pick<Task, 'owner' | 'dueDate' | 'planNote' | 'progressStatus' | 'completedDate'>;

export interface TaskState {
  condition: TaskCondition;
  /** Days past the deadline: for an open task up to `today`, for a late one up to completion. */
  daysOverdue: number;
}

/**
 * A cell's text equals a vocabulary word the way the sheet formulas compare it (`TRIM(x)="…"`):
 * spaces squashed, case ignored.
 */
export function sameWord(cell: string, word: string): boolean {
  return squash(cell).toLowerCase() === word.toLowerCase();
}

/** Done as of `today`: marked Hoàn thành, and not completed after `today`. */
export function isDone(task: StatusInput, today: IsoDate): boolean {
  return (
    sameWord(task.progressStatus, ProgressStatus.Done) && (task.completedDate === null || task.completedDate <= today)
  );
}

export function taskState(task: StatusInput, today: IsoDate, dueSoonDays: number): TaskState {
  const none = (condition: TaskCondition): TaskState => ({ condition, daysOverdue: 0 });
  if (sameWord(task.planNote, REMOVED_FROM_PLAN)) return none(TaskCondition.RemovedFromPlan);
  if (sameWord(task.progressStatus, ProgressStatus.Paused)) return none(TaskCondition.Paused);
  if (isDone(task, today)) {
    if (task.dueDate === null || task.completedDate === null) return none(TaskCondition.DoneOnTime);
    const late = daysBetween(task.dueDate, task.completedDate);
    return late > 0 ? { condition: TaskCondition.DoneLate, daysOverdue: late } : none(TaskCondition.DoneOnTime);
  }
  if (sameWord(task.progressStatus, ProgressStatus.AwaitingConfirmation))
    return none(TaskCondition.AwaitingConfirmation);
  if (task.owner.trim() === '') return none(TaskCondition.Unassigned);
  if (task.dueDate === null) return none(TaskCondition.NoDueDate);
  const left = daysBetween(today, task.dueDate);
  if (left < 0) return { condition: TaskCondition.OverdueNotDone, daysOverdue: -left };
  return none(left <= dueSoonDays ? TaskCondition.DueSoon : TaskCondition.OnTrack);
}

/** States left out of the rates (docs/cchc-domain.md). */
export const OUTSIDE_RATES: ReadonlySet<TaskCondition> = new Set([
  TaskCondition.Unassigned,
  TaskCondition.NoDueDate,
  TaskCondition.Paused,
  TaskCondition.RemovedFromPlan,
]);

export interface Figures {
  /** Tasks in the plan (not removed). */
  total: number;
  doneOnTime: number;
  doneLate: number;
  onTrack: number;
  dueSoon: number;
  overdue: number;
  /** Reported done, waiting for a manager's confirmation (Chờ xác nhận): due when past the deadline, not done. */
  awaiting: number;
  /** Tasks due by the date (deadline passed or today), inside the rates. */
  due: number;
  /** Of those due, done. */
  doneOfDue: number;
  /** Done of due ÷ due, null when nothing is due. */
  completionRate: number | null;
  /** Done on time ÷ due, null when nothing is due. */
  onTimeRate: number | null;
}

export function figuresOf(tasks: readonly StatusInput[], today: IsoDate, dueSoonDays: number): Figures {
  const f: Figures = {
    total: 0,
    doneOnTime: 0,
    doneLate: 0,
    onTrack: 0,
    dueSoon: 0,
    overdue: 0,
    awaiting: 0,
    due: 0,
    doneOfDue: 0,
    completionRate: null,
    onTimeRate: null,
  };
  let onTimeOfDue = 0;
  for (const task of tasks) {
    const { condition } = taskState(task, today, dueSoonDays);
    if (condition === TaskCondition.RemovedFromPlan) continue;
    f.total++;
    if (condition === TaskCondition.DoneOnTime) f.doneOnTime++;
    else if (condition === TaskCondition.DoneLate) f.doneLate++;
    else if (condition === TaskCondition.OnTrack) f.onTrack++;
    else if (condition === TaskCondition.DueSoon) f.dueSoon++;
    else if (condition === TaskCondition.OverdueNotDone) f.overdue++;
    else if (condition === TaskCondition.AwaitingConfirmation) f.awaiting++;
    if (OUTSIDE_RATES.has(condition) || task.dueDate === null || task.dueDate > today) continue;
    f.due++;
    if (condition === TaskCondition.DoneOnTime || condition === TaskCondition.DoneLate) f.doneOfDue++;
    if (condition === TaskCondition.DoneOnTime) onTimeOfDue++;
  }
  f.completionRate = f.due ? f.doneOfDue / f.due : null;
  f.onTimeRate = f.due ? onTimeOfDue / f.due : null;
  return f;
}

/** Figures per area in report order (core/plan/mode.ts areaOrder), areas with no task included (all zero). */
export function figuresByArea<T extends StatusInput & { area: string }>(
  tasks: readonly T[],
  today: IsoDate,
  dueSoonDays: number,
): { area: string; figures: Figures }[] {
  return areaOrder(tasks).map((area) => ({
    area,
    figures: figuresOf(
      tasks.filter((t) => t.area === area),
      today,
      dueSoonDays,
    ),
  }));
}
