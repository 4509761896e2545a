// The ward demo's report step (issue 15): after the pull, the ward's manager clicks "CCHC phường →
// Lập báo cáo phường"; the Doc behind the link the alert gives is written to <dir>/<name>.docx by
// the real .docx writer (sandbox/export/docx.ts), as the school demo does (scripts/demo/report.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../sandbox/runtime';
import { exportDocx } from '../../sandbox/export/docx';
import { wardMsg } from '../../src/messages/ward';

/** Builds the ward's report as `manager` and returns the path of the .docx written in `dir`. */
export async function buildWardReport(sb: Sandbox, manager: string, dir: string): Promise<string> {
  const run = sb.clickMenu(manager, wardMsg.menu.report);
  if (run.error) throw run.error;
  const message = sb.ui.alerts.at(-1)?.message ?? '';
  const doc = sb.documents.all().find((d) => !d.trashed && message.includes(d.id));
  if (!doc) throw new Error(`ward report not built: ${message}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${doc.name}.docx`);
  writeFileSync(file, await exportDocx(sb.documents, doc.id));
  return file;
}
