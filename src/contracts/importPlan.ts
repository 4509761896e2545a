// What crosses the "Nhập kế hoạch" dialog's google.script.run boundary: the payload's zod schema
// (a Google Doc link/ID or pasted text, or the Word upload form, and the place the manager chose for each table row that
// matched no task), the preview importPreview shows and what importConfirm reports; either refuses
// with a whole-form Refusal (errors: []). The server functions are in src/app/importPlan.ts; the
// page in src/ui/import.client.ts.
import * as z from '../core/zod';
import { importMsg } from '../messages/importPlan';
import type { PlanMode } from '../core/domain';

/** The longest pasted text accepted, in characters. */
export const MAX_TEXT = 2_000_000;

/** The manager's place for each "dòng bảng chưa khớp" of the preview: a task code, or null for a new task (core/plan/tables). */
const tableRows = z.optional(
  z
    .array(z.object({ row: z.string().check(z.maxLength(40)), task: z.nullable(z.string().check(z.maxLength(40))) }))
    .check(z.maxLength(2000)),
);

/** The modes a plan can be read in (core/plan/mode.ts). */
const PLAN_MODES = ['cchc', 'plan'] as const satisfies readonly PlanMode[];
/** How the manager wants the plan read; absent, the importer chooses. */
const mode = z.optional(z.enum(PLAN_MODES));

export const importPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string().check(z.maxLength(MAX_TEXT, { message: importMsg.refuseTooLarge })),
    tableRows,
    mode,
  }),
  z.object({ kind: z.literal('doc'), ref: z.string().check(z.maxLength(2000)), tableRows, mode }),
]);
export type ImportPayload = z.infer<typeof importPayloadSchema>;

/** A Word file to convert: at most 10 MB (as an evidence upload). */
export const DOCX_MAX_BYTES = 10 * 1024 * 1024;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The "Tải lên tệp Word (.docx)" form google.script.run carries (guides/html/communication, Forms:
 * the only argument; its file input `file` arrives as a Blob, the other fields as strings): `kind`
 * is 'docx', `tableRows` the manager's row places as JSON (empty before the preview), `mode` the
 * mode picked ('' before the preview: the importer chooses).
 */
export const IMPORT_FORM_FIELDS = { kind: 'kind', file: 'file', tableRows: 'tableRows', mode: 'mode' } as const;
export const importFormSchema = z.object({
  kind: z.literal('docx'),
  tableRows: z.optional(z.string().check(z.maxLength(200_000))),
  mode: z.optional(z.union([z.literal(''), z.enum(PLAN_MODES)])),
});
/** The form's tableRows once parsed from its JSON. */
export const tableRowsSchema = tableRows;

/** What an uploaded file is, from its name, type and first bytes: a .docx to convert, or why not. */
export type UploadKind = 'docx' | 'empty' | 'tooLarge' | 'oldDoc' | 'pdf' | 'notDocx' | 'protected' | 'corrupt';

/** OOXML packages are zip files ("PK\x03\x04"); a password-protected one is an OLE compound file, as a .doc. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function uploadKind(file: { name: string; type: string; size: number; head: readonly number[] }): UploadKind {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const type = file.type.toLowerCase();
  const starts = (magic: readonly number[]) => magic.every((b, i) => ((file.head[i] ?? -1) & 0xff) === b);
  if (file.size === 0) return 'empty';
  if (file.size > DOCX_MAX_BYTES) return 'tooLarge';
  if (ext === 'doc' || type === 'application/msword') return 'oldDoc';
  if (ext === 'pdf' || type === 'application/pdf') return 'pdf';
  if (ext !== 'docx' || ![DOCX_MIME, 'application/octet-stream', ''].includes(type)) return 'notDocx';
  if (starts(OLE)) return 'protected';
  return starts(ZIP) ? 'docx' : 'corrupt';
}
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
  /** The mode the areas below were read in, and the one the importer would choose. */
  mode: PlanMode;
  suggestedMode: PlanMode;
  /** What the mode means, in words ("Kế hoạch CCHC: lĩnh vực theo Nghị quyết 76"). */
  modeLabel: string;
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
