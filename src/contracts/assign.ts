// What crosses the "Giao nhiệm vụ" sidebar's google.script.run boundary: the form's fields, the
// payload's zod schema (dates as 'yyyy-MM-dd' strings, Vietnamese errors by field), what assignLoad
// gives the sidebar and what assignSubmit answers. The checks against Cán bộ and the sheet are in
// src/core/assign/assignment.ts; the server functions in src/app/assign.ts; the page in src/ui/assign.client.ts.
import * as z from '../core/zod';
import type { IsoDate } from '../core/domain';
import { isValidDate, parts } from '../core/dates';
import { nfc, squash } from '../core/text';
import { assignMsg } from '../messages/assign';
import type { Refusal } from './refusal';

export const NOTE_MAX = 1000;

/** Fields of the sidebar form; errors are keyed by them. */
export type AssignField = 'codes' | 'ownerId' | 'coOwnerIds' | 'startDate' | 'dueDate' | 'note' | 'form';

const isoOrEmpty = z.pipe(
  z.string().check(
    z.trim(),
    z.refine(
      (s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isValidDate(parts(s).year, parts(s).month, parts(s).day)),
      {
        message: assignMsg.badDate,
      },
    ),
  ),
  z.transform((s: string): IsoDate | null => s || null),
);

/** What google.script.run carries: dates as 'yyyy-MM-dd' strings (the bridge rejects Dates). */
export const assignPayloadSchema = z
  .object({
    codes: z.pipe(
      z.pipe(
        z.array(
          z.pipe(
            z.string(),
            z.transform((s) => squash(nfc(s))),
          ),
        ),
        z.transform((codes: string[]) => [...new Set(codes.filter(Boolean))]),
      ),
      z.array(z.string()).check(z.minLength(1, { message: assignMsg.emptySelection })),
    ),
    ownerId: z.string().check(z.trim(), z.minLength(1, { message: assignMsg.ownerRequired })),
    coOwnerIds: z._default(z.array(z.string().check(z.trim())), []),
    startDate: z._default(isoOrEmpty, null),
    dueDate: z._default(isoOrEmpty, null),
    note: z._default(
      z.string().check(z.trim(), z.maxLength(NOTE_MAX, { message: assignMsg.noteTooLong(NOTE_MAX) })),
      '',
    ),
    sendEmail: z._default(z.boolean(), false),
    confirmReassign: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.startDate && p.dueDate && p.dueDate < p.startDate) {
        ctx.addIssue({ code: 'custom', path: ['dueDate'], message: assignMsg.dueBeforeStart });
      }
    }),
  );
export type AssignPayload = z.input<typeof assignPayloadSchema>;

/** A person or a team the sidebar offers (the part of core/assignPeople's Assignee the page needs). */
export interface AssignOption {
  /** 'email:…', 'name:…' or 'team:…': what the payload's ownerId and coOwnerIds carry back. */
  id: string;
  kind: 'person' | 'team';
  label: string;
  /** Chức vụ, tổ, email: a second line in the picker. */
  detail: string;
  /** What the search runs on. */
  searchText: string;
}

/** What assignLoad() gives the sidebar (JSON: no Dates). */
export interface AssignLoadResult {
  tasks: {
    code: string;
    text: string;
    owner: string;
    /** '' or why the owner text is flagged */ ownerFlag: string;
    due: string;
  }[];
  /** Selected rows that cannot be assigned (no code, duplicated code). */
  problems: string[];
  options: AssignOption[];
  defaults: { sendEmail: boolean; startDate: IsoDate };
}

/**
 * What assignSubmit(payload) answers: reassignments to confirm, the assignment done, or a refusal
 * (field errors, or a whole-form message such as the role check or a busy lock).
 */
export type AssignSubmitResult =
  | { ok: true; status: 'confirm'; message: string; lines: string[] }
  | { ok: true; status: 'done'; message: string; notices: string[] }
  | Refusal<AssignField>;
