// What crosses the "Nhập kế hoạch" dialog's google.script.run boundary: the payload's zod schema
// (a Google Doc link/ID or pasted text, and the place the manager chose for each table row that
// matched no task), the preview importPreview shows and what importConfirm reports; either refuses
// with a whole-form Refusal (errors: []). The server functions are in src/app/importPlan.ts; the
// page in src/ui/import.client.ts.
import * as z from '../core/zod';
import { importMsg } from '../messages/importPlan';

/** The longest pasted text accepted, in characters. */
export const MAX_TEXT = 2_000_000;

/** The manager's place for each "dòng bảng chưa khớp" of the preview: a task code, or null for a new task (core/plan/tables). */
const tableRows = z.optional(
  z
    .array(z.object({ row: z.string().check(z.maxLength(40)), task: z.nullable(z.string().check(z.maxLength(40))) }))
    .check(z.maxLength(2000)),
);

export const importPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string().check(z.maxLength(MAX_TEXT, { message: importMsg.refuseTooLarge })),
    tableRows,
  }),
  z.object({ kind: z.literal('doc'), ref: z.string().check(z.maxLength(2000)), tableRows }),
]);
export type ImportPayload = z.infer<typeof importPayloadSchema>;
export type RowChoice = NonNullable<ImportPayload['tableRows']>[number];

/** Tasks the import adds, updates, removes and leaves as they are (core/planMerge counts them). */
export interface ImportCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export interface ImportPreview {
  ok: true;
  source: string;
  title: string;
  total: number;
  byArea: { area: string; count: number }[];
  first: { code: string; area: string; content: string }[];
  warnings: string[];
  /** Table rows that restate no body task, or two equally well: each needs a place before the import. */
  unmatchedRows: { row: string; content: string; area: string; candidates: string[] }[];
  /** The tasks a row can be placed on (every task, when some row waits; else none). */
  tasks: { code: string; content: string }[];
  changes: ImportCounts;
}

export interface ImportDone {
  ok: true;
  message: string;
  source: string;
  counts: ImportCounts;
}
