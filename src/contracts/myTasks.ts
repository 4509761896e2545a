// What crosses the "Nhiệm vụ của tôi" web page's google.script.run boundary: what myTasksLoad gives
// the page, the save payload's zod schema (the values the page loaded as `base`, what the person
// changed as `values`), the upload limits, and what each server call answers. The server functions
// are in src/app/myTasks.ts; the page in src/ui/myTasks.client.ts.
import * as z from '../core/zod';
import type { IsoDate } from '../core/domain';
import type { Refusal } from './refusal';

/** The fields a person edits on the page, by their Nhiệm vụ column key. */
export const PAGE_FIELDS = ['progressStatus', 'progress', 'result', 'difficulties', 'proposal'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];
/** The fields as the page shows them: text; Tiến độ as percent points ("60", '' when blank). */
export type PageFields = Record<PageField, string>;

/** Where a task sits on the page. 'waiting': Chờ xác nhận (a manager's queue lists these too). */
export type MyTaskGroup = 'overdue' | 'dueSoon' | 'inProgress' | 'waiting' | 'done';

export interface EvidenceView {
  text: string;
  url?: string;
}

export interface MyTaskView {
  code: string;
  area: string;
  content: string;
  owner: string;
  coOwners: string;
  dueDate: IsoDate | null;
  /** "dd/MM/yyyy", '' without a due date. */
  dueShown: string;
  /** Days to the due date from today (negative: overdue); null without a due date or once done. */
  daysLeft: number | null;
  /** Tình trạng as the engine computes it today. */
  condition: string;
  group: MyTaskGroup;
  fields: PageFields;
  evidence: EvidenceView[];
  /** "dd/MM/yyyy", '' when not completed. */
  completedShown: string;
}

export interface MyTasksPage {
  ok: true;
  person: { name: string; email: string };
  isManager: boolean;
  /** The tasks the person has a role in (a manager: every task), ordered by due date. */
  tasks: MyTaskView[];
  /** A manager's "Chờ xác nhận" queue; [] for anyone else. */
  waiting: MyTaskView[];
  /** The statuses Trạng thái offers (Chờ xác nhận is never chosen by hand on the page). */
  statuses: string[];
  /** Today, "dd/MM/yyyy". */
  todayShown: string;
}
export type MyTasksLoadAnswer = MyTasksPage | Refusal<never>;

const fieldText = z.string().check(z.maxLength(5000));
export const pageFieldsSchema = z.object({
  progressStatus: fieldText,
  progress: fieldText,
  result: fieldText,
  difficulties: fieldText,
  proposal: fieldText,
});

export const myTaskSavePayloadSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  /** The fields as the page loaded them (or as a conflict showed them): what a change is measured against. */
  base: pageFieldsSchema,
  /** The fields the person changed, with their new text. */
  values: z.partial(pageFieldsSchema),
  /** One evidence item to add as a new line of Minh chứng ('' for none). */
  evidenceAdd: z._default(z.string().check(z.maxLength(2000)), ''),
});
export type MyTaskSavePayload = z.input<typeof myTaskSavePayloadSchema>;

/** A field changed in the sheet since the page loaded it, and changed differently by the person. */
export interface FieldConflict {
  field: PageField;
  label: string;
  /** What the sheet holds now. */
  sheet: string;
  /** What the person entered. */
  page: string;
}

export type MyTaskSaveAnswer =
  | { ok: true; message: string; task: MyTaskView }
  | { ok: false; conflicts: FieldConflict[]; task: MyTaskView }
  | Refusal<PageField | 'evidenceAdd' | 'file'>;

/** Evidence upload: at most 10 MB, PDF, an image or an Office document. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/heif',
  'image/webp',
  'image/gif',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];
/** The file input's accept attribute: the types and their extensions (a phone's picker reads both). */
export const UPLOAD_ACCEPT = [
  ...UPLOAD_TYPES,
  '.pdf',
  '.jpg',
  '.jpeg',
  '.png',
  '.heic',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
].join(',');

/**
 * The upload form google.script.run carries (guides/html/communication, Forms): its fields by name,
 * the file input `file` arriving on the server as a Blob.
 */
export const UPLOAD_FORM_FIELDS = { code: 'code', file: 'file' } as const;

export type MyTaskConfirmAnswer = { ok: true; message: string } | Refusal<never>;
export const sendBackPayloadSchema = z.object({
  codes: z.array(z.string().check(z.maxLength(50))).check(z.minLength(1), z.maxLength(500)),
  reason: z.string().check(z.trim(), z.maxLength(2000)),
});
export type SendBackPayload = z.input<typeof sendBackPayloadSchema>;
