// The demo's report step: after the simulated term the principal opens "Tạo báo cáo…", keeps the
// dialog's defaults (next number, recipients from Cấu hình), picks "6 tháng đầu năm 2026" and
// previews it, then builds it through the dialog's server functions; the sandbox Doc is then written to
// out/<name>.docx by the real .docx writer (sandbox/export/docx.ts). The ward's schools build theirs
// the same way (reportThroughDialog), on their own day.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../sandbox/runtime';
import { exportDocx } from '../../sandbox/export/docx';
import { isoDateInZone } from '../../src/core/dates';
import type { ReportBuildResult, ReportLoadResult, ReportPayload, ReportPreview } from '../../src/contracts/report';
import type { Refusal } from '../../src/contracts/refusal';

const OUT = join(new URL('../..', import.meta.url).pathname, 'out');

export interface ReportDemoResult {
  name: string;
  url: string;
  number: string;
  /** The .docx written. */
  file: string;
  /** The overall rate sentence as the Doc states it. */
  rate: string;
  /** The dialog preview's page estimate. */
  estimate: ReportPreview['pages'];
}

/** The principal builds the 6-month report through the dialog, dated today on the sandbox clock. */
export function reportThroughDialog(
  sb: Sandbox,
  principal: string,
): { result: ReportBuildResult & { ok: true }; preview: ReportPreview; docId: string } {
  sb.clickMenu(principal, 'Tạo báo cáo…');
  const load = sb.callServer<ReportLoadResult>(principal, 'reportLoad');
  const payload: ReportPayload = {
    period: 'H1:2026',
    reportDate: isoDateInZone(sb.clock.now(), 'Asia/Ho_Chi_Minh'),
    number: load.nextNumber,
    blankNumber: false,
    signer: 'principal',
    recipients: load.recipients,
    pdf: true,
  };
  const preview = sb.callServer<ReportPreview | Refusal>(principal, 'reportPreview', payload);
  if (!preview.ok) throw new Error(`report preview refused: ${preview.message || JSON.stringify(preview.errors)}`);
  const result = sb.callServer<ReportBuildResult>(principal, 'reportBuild', payload);
  if (!result.ok) throw new Error(`report not built: ${result.message || JSON.stringify(result.errors)}`);
  const doc = sb.documents.all().find((d) => !d.trashed && result.url.includes(d.id));
  if (!doc) throw new Error(`no Doc behind ${result.url}`);
  return { result, preview, docId: doc.id };
}

export async function buildHalfYearReport(sb: Sandbox, principal: string): Promise<ReportDemoResult> {
  const { result, preview, docId } = reportThroughDialog(sb, principal);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${result.name}.docx`);
  writeFileSync(file, await exportDocx(sb.documents, docId));
  const rate =
    sb.documents
      .body(docId)
      .getText()
      .split('\n')
      .find((line) => line.startsWith('Tính đến ngày')) ?? '';
  return { name: result.name, url: result.url, number: result.number, file, rate, estimate: preview.pages };
}
