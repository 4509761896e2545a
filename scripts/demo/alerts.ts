// The demo's alerts step: the principal turns the alerts on from the menu, the scripted term runs
// (one daily trigger a day, staff finishing some tasks on time, some late, some never), and every
// email the sandbox sent is written as an .eml file under out/emails/ (UTF-8, text + HTML parts).
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { Sandbox } from '../../sandbox/runtime';
import { writeEml } from '../../sandbox/export/eml';
import type { SentMessage } from '../../sandbox/services/mail';
import { runSchoolYear, type ScriptedTask } from '../../samples/schoolYear';
import type { IsoDate } from '../../src/core/domain';

export const ENABLE_ALERTS = 'Bật nhắc việc tự động';

/** The principal opens the sheet and clicks CCHC → Bật nhắc việc tự động; returns the alert shown. */
export function enableAlerts(sb: Sandbox, principal: string): string {
  sb.open(principal);
  const result = sb.clickMenu(principal, ENABLE_ALERTS);
  if (result.error) throw result.error;
  return sb.ui.alerts.at(-1)?.message ?? '';
}

export interface TermResult {
  script: ScriptedTask[];
  days: number;
  digests: number;
  summaries: number;
  recipients: number;
  /** Who got any of them. */
  recipientEmails: string[];
}

/** Plays the scripted term day by day from `from` to `to` (the alerts must be on). */
export function simulateTerm(sb: Sandbox, principal: string, from: IsoDate, to: IsoDate): TermResult {
  const before = sb.mail.outbox.length;
  let days = 0;
  const script = runSchoolYear(sb, { from, to, principal, onDay: () => days++ });
  const sent = sb.mail.outbox.slice(before);
  return {
    script,
    days,
    digests: sent.filter((m) => /^\[CCHC\] \d+ nhiệm vụ/.test(m.subject)).length,
    summaries: sent.filter((m) => m.subject.startsWith('[CCHC] Tổng hợp')).length,
    recipients: new Set(sent.flatMap((m) => m.to)).size,
    recipientEmails: [...new Set(sent.flatMap((m) => m.to))],
  };
}

/** A file name that sorts by time and says who it went to: 2026-02-03_0007_ha.ptt@thmythinh.edu.vn.eml. */
function fileName(m: SentMessage): string {
  const day = new Date(m.sentAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return `${day}_${String(m.id).padStart(4, '0')}_${(m.to[0] ?? 'unknown').replace(/[^\w.@-]/g, '_')}.eml`;
}

/** Writes every message of the outbox as .eml into `dir` (emptied first); returns the count. */
export async function writeEmails(sb: Sandbox, dir = join(process.cwd(), 'out/emails')): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  for (const m of sb.mail.outbox) await writeEml(m, join(dir, fileName(m)));
  return sb.mail.outbox.length;
}
