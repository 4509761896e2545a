// What crosses the "Nhập kế hoạch" dialog's google.script.run boundary: the payload's zod schema
// (a Google Doc link/ID or pasted text), the preview importPreview shows and what importConfirm
// reports; either refuses with a whole-form Refusal (errors: []). The server functions are in
// src/app/importPlan.ts; the page in src/ui/import.client.ts.
import * as z from '../core/zod';
import { importMsg } from '../messages/importPlan';

/** The longest pasted text accepted, in characters. */
export const MAX_TEXT = 2_000_000;

export const importPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string().check(z.maxLength(MAX_TEXT, { message: importMsg.refuseTooLarge })),
  }),
  z.object({ kind: z.literal('doc'), ref: z.string().check(z.maxLength(2000)) }),
]);
export type ImportPayload = z.infer<typeof importPayloadSchema>;

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
  changes: ImportCounts;
}

export interface ImportDone {
  ok: true;
  message: string;
  source: string;
  counts: ImportCounts;
}
