// What crosses the "Tạo báo cáo" dialog's google.script.run boundary: what reportLoad gives the
// dialog, the payload's zod schema (dates as ISO strings, as google.script.run requires), its
// fields, and what reportBuild answers. The payload's validation is in src/core/reportRequest.ts;
// the server functions in src/app/report.ts; the page in src/ui/report.client.ts.
import * as z from '../core/zod';
import type { IsoDate } from '../core/domain';
import type { Refusal } from './refusal';

export interface ReportPeriodOption {
  /** "Q1:2026", "H1:2026", …; "custom" for a from–to range. */
  value: string;
  label: string;
}

export interface ReportLoadResult {
  periods: ReportPeriodOption[];
  defaultPeriod: string;
  /** Today, 'yyyy-MM-dd'. */
  today: IsoDate;
  /** The next free number for this year, as the dialog shows it ("05"). */
  nextNumber: string;
  docCode: string;
  principalName: string;
  recipients: string[];
  customLabel: string;
  /** The plans of the tracker (their Nguồn, in row order): the "Kế hoạch" pick when there are several. */
  plans: string[];
}

export const reportPayloadSchema = z.object({
  period: z.string(),
  from: z.optional(z.string()),
  to: z.optional(z.string()),
  reportDate: z.string(),
  blankNumber: z._default(z.boolean(), false),
  number: z.optional(z.union([z.string(), z.number()])),
  signer: z.enum(['principal', 'deputy']),
  signerName: z.optional(z.string().check(z.maxLength(100))),
  recipients: z.array(z.string()).check(z.maxLength(30)),
  pdf: z._default(z.boolean(), false),
  /** Internal proposals (ReportPreview's keys) ticked back into section V. */
  includeInternal: z._default(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(500)), []),
  /** The plan reported on (one of ReportLoadResult.plans); '' for every plan. */
  plan: z._default(z.string().check(z.maxLength(1000)), ''),
});
export type ReportPayload = z.input<typeof reportPayloadSchema>;

/** Fields of the dialog; errors are keyed by them. */
export type ReportField = 'period' | 'from' | 'to' | 'reportDate' | 'number' | 'signerName' | 'recipients' | 'form';

/** What reportPreview(payload) answers before anything is created: what the Doc will hold. */
export interface ReportPreview {
  ok: true;
  /** Estimated A4 pages: the body up to the signature, and the Phụ lục. */
  pages: { body: number; annex: number };
  /** Sections I–V: their heading and how many lines they list. */
  sections: { title: string; items: number }[];
  /** Proposals addressed to the school itself: left out unless ticked (their key goes in includeInternal). */
  internalProposals: { key: string; text: string; codes: string }[];
  /** Tasks done by the end of the window with an empty Minh chứng: an assessor will ask for it. */
  doneWithoutEvidence: { count: number; codes: string[] };
}

/**
 * What reportBuild(payload) answers: the Doc (and PDF) made, or a refusal: field errors (a bad
 * payload, a number already taken) or a message (too long for Google Docs, a step that failed).
 */
export type ReportBuildResult =
  { ok: true; name: string; url: string; pdfUrl: string | null; number: string } | Refusal<ReportField>;
