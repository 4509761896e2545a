// An assignment action: the sidebar's payload (its schema in src/contracts/assign.ts) checked and
// its people resolved against Cán bộ, and the plan of what changes: rows found by task code, which
// are reassignments needing confirmation, and the contiguous cell blocks to write.
import { LogAction, type IsoDate, type Task, type LogLine } from '../domain';
import { fold, nfc, squash } from '../text';
import { matchOwnerText, resolveAssignee, splitNames, type Assignee, type Directory } from './people';
import { assignMsg } from '../../messages/assign';
import { SHEETS } from '../schema';
import { assignPayloadSchema, type AssignField } from '../../contracts/assign';
import type { FieldError } from '../../contracts/refusal';

export interface AssignRequest {
  codes: string[];
  owner: Assignee;
  coOwners: Assignee[];
  /** null: keep the task's date. */
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  note: string;
  sendEmail: boolean;
  confirmReassign: boolean;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError<AssignField>[] };

const FIELDS: readonly AssignField[] = ['codes', 'ownerId', 'coOwnerIds', 'startDate', 'dueDate', 'note'];

function personError(field: AssignField, text: string, directory: Directory): FieldError<AssignField> | Assignee {
  const match = resolveAssignee(text, directory);
  if (match.status === 'matched') return match.assignee;
  const shown = text.replace(/^(email|name|team):/, '');
  if (match.status === 'ambiguous')
    return { field, message: assignMsg.ambiguousPerson(shown, match.candidates.length) };
  return { field, message: assignMsg.unknownPerson(shown) };
}

/** Validates the payload and resolves its people; nothing is read from the sheet here. */
export function validateAssignPayload(raw: unknown, directory: Directory): Validated<AssignRequest> {
  const parsed = assignPayloadSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const field = FIELDS.find((f) => f === issue.path[0]);
        return field ? { field, message: issue.message } : { field: 'form', message: assignMsg.invalidRequest };
      }),
    };
  }
  const p = parsed.data;
  const errors: FieldError<AssignField>[] = [];
  const owner = personError('ownerId', p.ownerId, directory);
  if (!('id' in owner)) errors.push(owner);
  const coOwners: Assignee[] = [];
  for (const id of p.coOwnerIds.filter(Boolean)) {
    const co = personError('coOwnerIds', id, directory);
    if (!('id' in co)) errors.push(co);
    else if (!coOwners.some((c) => c.id === co.id) && !('id' in owner && owner.id === co.id)) coOwners.push(co);
  }
  if (errors.length || !('id' in owner)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      codes: p.codes,
      owner,
      coOwners,
      startDate: p.startDate,
      dueDate: p.dueDate,
      note: p.note,
      sendEmail: p.sendEmail,
      confirmReassign: p.confirmReassign,
    },
  };
}

export interface AssignmentValues {
  owner: string;
  coOwners: string;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
}

export interface PlannedRow {
  code: string;
  content: string;
  /** Sheet row at the read made under the lock. */
  row: number;
  before: AssignmentValues;
  after: AssignmentValues;
  /** Already assigned to someone else. */
  reassign: boolean;
}

export interface AssignmentPlan {
  rows: PlannedRow[];
  /** Reassignments not yet confirmed: nothing may be written while this is not empty. */
  needsConfirmation: { code: string; currentOwner: string }[];
}

/** Whether the owner text in a cell names someone other than `owner`. */
export function isAssignedToOther(currentOwner: string, owner: Assignee, directory: Directory): boolean {
  const match = matchOwnerText(currentOwner, directory);
  if (match.status === 'empty') return false;
  if (match.status === 'matched') return match.assignee.id !== owner.id;
  return fold(currentOwner) !== fold(owner.label) && fold(currentOwner) !== fold(owner.notifyName);
}

/**
 * The rows an assignment changes, found by code in tasks read under the lock. Missing or
 * duplicated codes, and dates that would end before they start, refuse the whole action.
 */
export function planAssignment(
  tasks: readonly Task[],
  request: AssignRequest,
  directory: Directory,
): Validated<AssignmentPlan> {
  const byCode = new Map<string, Task[]>();
  for (const t of tasks) {
    const code = squash(nfc(t.code));
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), t]);
  }
  const errors: FieldError<AssignField>[] = [];
  const rows: PlannedRow[] = [];
  const coOwners = request.coOwners.map((c) => c.label).join(', ');
  for (const code of request.codes) {
    const found = byCode.get(code) ?? [];
    if (found.length === 0) {
      errors.push({ field: 'codes', message: assignMsg.codeNotFound(code) });
      continue;
    }
    if (found.length > 1) {
      errors.push({
        field: 'codes',
        message: assignMsg.duplicateCodeRows(
          code,
          found.map((t) => t.row),
        ),
      });
      continue;
    }
    const task = found[0]!;
    const before: AssignmentValues = {
      owner: task.owner,
      coOwners: task.coOwners,
      startDate: task.startDate,
      dueDate: task.dueDate,
    };
    const after: AssignmentValues = {
      owner: request.owner.label,
      coOwners,
      startDate: request.startDate ?? task.startDate,
      dueDate: request.dueDate ?? task.dueDate,
    };
    if (after.startDate && after.dueDate && after.dueDate < after.startDate) {
      errors.push({
        field: request.dueDate ? 'dueDate' : 'startDate',
        message: assignMsg.taskDueBeforeStart(code, after.startDate, after.dueDate),
      });
      continue;
    }
    rows.push({
      code,
      content: task.content,
      row: task.row,
      before,
      after,
      reassign: isAssignedToOther(task.owner, request.owner, directory),
    });
  }
  if (errors.length) return { ok: false, errors };
  const needsConfirmation = request.confirmReassign
    ? []
    : rows.filter((r) => r.reassign).map((r) => ({ code: r.code, currentOwner: r.before.owner }));
  return { ok: true, value: { rows, needsConfirmation } };
}

/** Coworkers named in a Phối hợp cell that are not in Cán bộ (flagged, not fixed). */
export function unknownCoOwners(cell: string, directory: Directory): string[] {
  return splitNames(cell).filter((name) => matchOwnerText(name, directory).status !== 'matched');
}

export type AssignmentKey = keyof AssignmentValues;
export const ASSIGNMENT_KEYS: readonly AssignmentKey[] = ['owner', 'coOwners', 'startDate', 'dueDate'];

/** Contiguous runs of 0-based column indexes: [4,5,6,7] → one run; [4,5,9] → two. */
export function columnRuns(columns: readonly number[]): { start: number; width: number }[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: { start: number; width: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.width === c) last.width++;
    else runs.push({ start: c, width: 1 });
  }
  return runs;
}

const fieldLabel = (k: AssignmentKey): string => SHEETS.tasks.columns.find((c) => c.key === k)?.header ?? k;

/** One Nhật ký line per task: assigned or reassigned, with each changed field old → new. */
export function assignmentLogLines(rows: readonly PlannedRow[], note: string): LogLine[] {
  return rows.map((r) => {
    const shown = (k: AssignmentKey, v: AssignmentValues) =>
      k === 'startDate' || k === 'dueDate' ? assignMsg.date(v[k]).replace(assignMsg.noDate, '') : (v[k] ?? '');
    const changes = ASSIGNMENT_KEYS.filter((k) => shown(k, r.before) !== shown(k, r.after)).map((k) =>
      assignMsg.logChange(fieldLabel(k), shown(k, r.before), shown(k, r.after)),
    );
    if (note) changes.push(assignMsg.logNote(note));
    return { action: r.reassign ? LogAction.Reassigned : LogAction.Assigned, code: r.code, detail: changes.join('; ') };
  });
}
