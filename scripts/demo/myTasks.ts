// The demo's "Nhiệm vụ của tôi" step (issue 14): mid-term, two teachers update a task each from the
// web page (sb.callWebApp, as the page's google.script.run calls run), one uploading a scanned PDF
// as evidence. With "Hiệu trưởng xác nhận hoàn thành" switched on in Cấu hình for the step, the
// first teacher reports hers done, it waits as Chờ xác nhận, and the principal confirms it from the
// page; the setting then goes back to Không, so the rest of the term runs as before. Then, when
// Chromium is here, out/my-tasks.png: the page at 390×844 as the second teacher opens it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { FormSubmission, type Sandbox } from '../../sandbox/runtime';
import type { ScriptedTask } from '../../samples/schoolYear';
import type { IsoDate } from '../../src/core/domain';
import type {
  MyTaskConfirmAnswer,
  MyTaskSaveAnswer,
  MyTasksPage,
  MyTaskView,
  PageFields,
} from '../../src/contracts/myTasks';
import { SETTINGS } from '../../src/core/settings';
import { typeSettings } from './workbook';
import { hasChromium, MISSING_CHROMIUM } from '../../test/support/chromium';
import { launchBrowser, webAppPage } from '../../test/support/chromiumPages';

/** A one-page PDF, as a phone's scan of a signed record would be. */
const SCANNED_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** The principal types Có or Không into Cấu hình's "Hiệu trưởng xác nhận hoàn thành". */
const switchConfirmation = (sb: Sandbox, principal: string, value: 'Có' | 'Không'): void =>
  typeSettings(sb, principal, SETTINGS, { confirmCompletion: value });

function mustBeOk<T extends { ok: boolean }>(answer: T, what: string): T & { ok: true } {
  if (!answer.ok) throw new Error(`demo: ${what} refused: ${JSON.stringify(answer)}`);
  return answer as T & { ok: true };
}

/** The task as its teacher's page loads it. */
function loaded(sb: Sandbox, email: string, code: string): MyTaskView {
  const page = mustBeOk(sb.callWebApp<MyTasksPage | { ok: false }>(email, 'myTasksLoad'), 'myTasksLoad');
  const task = (page as MyTasksPage).tasks.find((t) => t.code === code);
  if (!task) throw new Error(`demo: ${code} is not on ${email}'s page`);
  return task;
}

/** The task's owner saves `values` from the page, against the task as her page loads it; the line to print. */
function saveFromPage(sb: Sandbox, t: ScriptedTask, values: Partial<PageFields>): string {
  const task = loaded(sb, t.owner.email, t.code);
  const answer = sb.callWebApp<MyTaskSaveAnswer>(t.owner.email, 'myTasksSave', {
    code: task.code,
    base: task.fields,
    values,
  });
  return `${t.owner.name} (${t.code}): ${mustBeOk(answer, 'myTasksSave').message}`;
}

export interface PageStep {
  lines: string[];
  /** Whose page the screenshot shows. */
  teacher: string;
}

/** Whether a person's page is a teacher's (a manager's own Hoàn thành does not wait for confirmation). */
const isTeacher = (sb: Sandbox, email: string): boolean =>
  !(sb.callWebApp<MyTasksPage>(email, 'myTasksLoad') as MyTasksPage).isManager;

/**
 * Two teachers' tasks that the term's script leaves room for: the first half way through on
 * `today` and finished by the script later (she reports it done early, the principal confirms;
 * the script's Hoàn thành lands on it as it would have), the second never finished and not yet
 * half way (she sets 30 %, a result and uploads a PDF; the script's 50 % comes later).
 */
export function myTasksFromThePage(sb: Sandbox, principal: string, script: ScriptedTask[], today: IsoDate): PageStep {
  const first = script.find(
    (t) => t.doneOn !== null && t.halfwayOn < today && t.doneOn > today && isTeacher(sb, t.owner.email),
  );
  const second = script.find(
    (t) =>
      t.fate === 'never' && t.halfwayOn > today && t.owner.email !== first?.owner.email && isTeacher(sb, t.owner.email),
  );
  if (!first || !second) throw new Error('demo: no two teachers with a task to update from the page');
  const lines: string[] = [];

  switchConfirmation(sb, principal, 'Có');
  lines.push(
    saveFromPage(sb, first, { progressStatus: 'Hoàn thành', result: 'Đã hoàn thành, báo cáo gửi hiệu trưởng' }),
  );
  lines.push(saveFromPage(sb, second, { progress: '30', result: 'Đã họp tổ triển khai; đang hoàn thiện dự thảo' }));
  const file = {
    name: `bien-ban-hop-to-${second.code}.pdf`,
    mimeType: 'application/pdf',
    bytes: new Uint8Array(SCANNED_PDF),
  };
  const uploaded = mustBeOk(
    sb.callWebApp<MyTaskSaveAnswer>(
      second.owner.email,
      'myTasksUpload',
      new FormSubmission({ code: second.code, file }),
    ),
    'myTasksUpload',
  );
  lines.push(`${second.owner.name} (${second.code}): ${uploaded.message}`);

  const confirmed = mustBeOk(
    sb.callWebApp<MyTaskConfirmAnswer>(principal, 'myTasksConfirm', [first.code]),
    'myTasksConfirm',
  );
  lines.push(`Hiệu trưởng: ${confirmed.message}`);
  switchConfirmation(sb, principal, 'Không');
  return { lines, teacher: second.owner.email };
}

/** out/my-tasks.png: the page's first screen at 390×844 as `user` opens it; the reason when Chromium is missing. */
export async function myTasksScreenshot(sb: Sandbox, user: string, file: string): Promise<string> {
  if (!hasChromium) return MISSING_CHROMIUM.replace('browser tests skipped', 'out/my-tasks.png skipped');
  const browser = await launchBrowser({ width: 390, height: 844 });
  try {
    const page = await webAppPage(browser.context, sb, user);
    await page.waitForFunction(() => !document.getElementById('status')!.className.includes('busy'));
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    return file;
  } finally {
    await browser.close();
  }
}
