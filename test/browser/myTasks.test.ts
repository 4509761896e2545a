// "Nhiệm vụ của tôi" (issue 14 §4) in headless Chromium at a phone's size (390×844), on the built
// web app as doGet serves it (test/support/chromiumPages.ts webAppPage), every call going to the
// built bundle as the deployment runs it: a teacher opens a task from her digest's link, updates it
// and uploads a PDF, a concurrent
// sheet edit is shown and chosen from, another person's task by URL is refused, a manager confirms
// and sends back, and the page is usable at 360 px. The sample plan is imported and the principal
// assigns through the sidebar's server call, as people would.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Sandbox, WebAppParams } from '../../sandbox/runtime';
import { FormSubmission } from '../../sandbox/runtime';
import type { AssignSubmitResult } from '../../src/contracts/assign';
import type { MyTaskSaveAnswer, MyTasksPage } from '../../src/contracts/myTasks';
import { ProgressStatus } from '../../src/core/domain';
import { SHEETS } from '../../src/core/schema';
import { describeInBrowser, horizontalOverflow, screenshot, useBrowser } from '../support/browser';
import { setSetting } from '../support/reportWorld';
import { a1, columnOf, PRINCIPAL, sheetRecords, trackerWithPlan } from '../support/world';

const browser = useBrowser({ viewport: { width: 390, height: 844 } });
const TASKS = SHEETS.tasks.name;
const START = '2026-03-10T09:00:00+07:00';
const MAI = 'mai.dt@thmythinh.edu.vn';
const PHUONG = 'phuong.nt@thmythinh.edu.vn';

/** A small, well-formed PDF (one empty page), as a phone's scan would upload. */
function pdfBytes(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * The sample plan, its first three tasks assigned to Đỗ Thị Mai (due 05/03, 12/03 and 30/04: one
 * overdue, one due soon, one in progress on 10/03) and the fourth to Ngô Thị Phương.
 */
function world(confirm: 'Có' | 'Không' = 'Không') {
  const w = trackerWithPlan({ start: START });
  const codes = sheetRecords(w.sb, TASKS)
    .map((r) => String(r['Mã']))
    .slice(0, 4);
  const assign = (code: string, owner: string, dueDate: string) =>
    expect(
      w.sb.callServer<AssignSubmitResult>(PRINCIPAL, 'assignSubmit', {
        codes: [code],
        ownerId: `email:${owner}`,
        coOwnerIds: [],
        startDate: '2026-02-01',
        dueDate,
        note: '',
        sendEmail: false,
        confirmReassign: false,
      }),
    ).toMatchObject({ ok: true, status: 'done' });
  assign(codes[0]!, MAI, '2026-03-05');
  assign(codes[1]!, MAI, '2026-03-12');
  assign(codes[2]!, MAI, '2026-04-30');
  assign(codes[3]!, PHUONG, '2026-03-20');
  setSetting(w.sb, 'confirmCompletion', confirm);
  const [overdue, dueSoon, later, phuong] = codes as [string, string, string, string];
  const row = (code: string) => sheetRecords(w.sb, TASKS).find((r) => r['Mã'] === code)!;
  const cell = (code: string, header: string) =>
    a1(sheetRecords(w.sb, TASKS).findIndex((r) => r['Mã'] === code) + 2, columnOf(w.sb, TASKS, header));
  return { ...w, overdue, dueSoon, later, phuong, row, cell };
}

/** The page once its load has answered: the list, the task form, or only a refusal. */
async function opened(sb: Sandbox, user: string, params?: WebAppParams): Promise<Page> {
  const page = await browser.webAppPage(sb, user, params);
  await page.waitForFunction(() => !document.getElementById('status')!.className.includes('busy'));
  return page;
}

const cardCodes = (page: Page, within: string) =>
  page.locator(`${within} .card`).evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.code));
const statusText = (page: Page) => page.locator('#status').textContent();

describeInBrowser('"Nhiệm vụ của tôi" in Chromium at 390×844', () => {
  it("a teacher opens a task from her digest's link, sees her 3 tasks by group, and saves 60 % with a result", async () => {
    const w = world();
    // The next morning's digest links each of her tasks to the page: she taps the one due soon.
    expect(w.sb.clickMenu(PRINCIPAL, 'Bật nhắc việc tự động').error).toBeUndefined();
    w.sb.clock.advanceDays(1);
    w.sb.fireDueTriggers();
    const digest = w.sb.mail.sentTo(MAI).at(-1)!;
    const code = w.dueSoon.replace(/\./g, '\\.');
    const link = new RegExp(`Cập nhật: (https://script\\.google\\.com/macros/s/[\\w-]+/exec\\?task=${code})\n`).exec(
      digest.body,
    )?.[1];
    expect(link, digest.body).toBeDefined();
    const page = await opened(w.sb, MAI, new URL(link!).search);
    expect(await page.isVisible('#detail')).toBe(true);
    expect(await page.textContent('#d-code')).toBe(w.dueSoon);
    expect(await page.textContent('#d-due')).toBe('Hạn 12/03/2026 · còn 1 ngày');
    expect(await page.textContent('#person')).toBe('Nhiệm vụ của Đỗ Thị Mai');

    await page.click('#back');
    expect(await page.isVisible('#list')).toBe(true);
    expect(await page.locator('#groups h2').allTextContents()).toEqual([
      'Quá hạn (1)',
      'Sắp đến hạn (1)',
      'Đang thực hiện (1)',
    ]);
    expect(await cardCodes(page, '#groups')).toEqual([w.overdue, w.dueSoon, w.later]);
    expect(await page.locator('#group-overdue .when').textContent()).toBe('Hạn 05/03/2026 · quá hạn 6 ngày');
    expect(await page.locator('#group-inProgress .when').textContent()).toBe('Hạn 30/04/2026 · còn 50 ngày');
    expect(await page.isVisible('#queue')).toBe(false);
    await screenshot(page, 'my-tasks-list');

    await page.click(`#groups .card[data-code="${w.later}"]`);
    await page.fill('#f-progress', '60');
    await page.fill('#f-result', 'Đã họp tổ, 15/3 nộp bản thảo');
    await page.click('#save');
    await expect.poll(() => statusText(page)).toBe(`Đã lưu nhiệm vụ ${w.later}.`);
    expect(w.row(w.later)).toMatchObject({
      'Tiến độ (%)': 0.6,
      'Kết quả thực hiện': 'Đã họp tổ, 15/3 nộp bản thảo',
    });
    expect(String(w.row(w.later)['Cập nhật lần cuối'])).toContain(MAI);
    // The form now shows the row as saved: saving again changes nothing.
    expect(await page.inputValue('#f-progress')).toBe('60');
    await page.click('#save');
    await expect.poll(() => statusText(page)).toBe('Không có gì thay đổi để lưu.');
    await screenshot(page, 'my-tasks-saved');
    await page.close();
  });

  it('she uploads a PDF: it is stored in Minh chứng/<code>, and its link is a new line of the Minh chứng cell', async () => {
    const w = world();
    const page = await opened(w.sb, MAI, { task: w.dueSoon });
    // What she typed before uploading stays on the form, unsaved.
    await page.fill('#f-result', 'Đã lập biên bản');
    const pdf = pdfBytes();
    await page.setInputFiles('#upload-file', { name: 'bien-ban-hop-to.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.click('#upload');
    await expect
      .poll(() => statusText(page))
      .toBe(`Đã tải lên "bien-ban-hop-to.pdf" và thêm vào minh chứng của nhiệm vụ ${w.dueSoon}.`);
    const evidence = String(w.row(w.dueSoon)['Minh chứng']);
    const link = /^bien-ban-hop-to\.pdf: (https:\/\/\S+)$/.exec(evidence)?.[1];
    expect(link).toBeDefined();
    expect(await page.locator('#d-evidence a').getAttribute('href')).toBe(link);
    // The file holds the bytes she chose, in the report folder's Minh chứng/<code> folder.
    const id = /\/d\/([^/]+)/.exec(link!)![1]!;
    const file = w.sb.drive.item(id)!;
    expect(file.blob!.buffer().equals(pdf)).toBe(true);
    const folder = w.sb.drive.item(file.parents[0]!)!;
    expect([folder.name, w.sb.drive.item(folder.parents[0]!)!.name]).toEqual([w.dueSoon, 'Minh chứng']);
    expect(await page.inputValue('#upload-file')).toBe('');
    expect(await page.inputValue('#f-result')).toBe('Đã lập biên bản');
    expect(w.row(w.dueSoon)['Kết quả thực hiện']).toBe('');
    await screenshot(page, 'my-tasks-uploaded');
    await page.click('#save');
    await expect.poll(() => statusText(page)).toBe(`Đã lưu nhiệm vụ ${w.dueSoon}.`);
    expect(w.row(w.dueSoon)).toMatchObject({ 'Kết quả thực hiện': 'Đã lập biên bản', 'Minh chứng': evidence });

    // A file the server would refuse is refused here first, with the reason, and nothing goes up.
    await page.setInputFiles('#upload-file', { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await page.click('#upload');
    expect(await page.textContent('#error-file')).toBe(
      'Tệp "ghi-chu.txt" không phải PDF, ảnh hay tài liệu Word, Excel, PowerPoint nên không tải lên được.',
    );
    expect(String(w.row(w.dueSoon)['Minh chứng'])).toBe(evidence);
    // …and the server refuses it too, whatever the page does.
    const bypass = w.sb.callWebApp<MyTaskSaveAnswer>(
      MAI,
      'myTasksUpload',
      new FormSubmission({
        code: w.dueSoon,
        file: { name: 'ghi-chu.txt', mimeType: 'text/plain', bytes: new Uint8Array([120]) },
      }),
    );
    expect(bypass).toMatchObject({ ok: false, errors: [{ field: 'file' }] });
    expect(String(w.row(w.dueSoon)['Minh chứng'])).toBe(evidence);
    await page.close();
  });

  it('a sheet edit made while she types is shown with both values; what she chooses is what the sheet holds', async () => {
    const w = world();
    const page = await opened(w.sb, MAI, { task: w.later });
    await page.fill('#f-result', 'Cô Mai ghi: xong phần 1, 2');
    await page.fill('#f-progress', '40');
    // Meanwhile the principal types in the sheet.
    w.sb.edit(PRINCIPAL, TASKS, w.cell(w.later, 'Kết quả thực hiện'), 'Hiệu trưởng ghi: đã xong phần 1');
    w.sb.edit(PRINCIPAL, TASKS, w.cell(w.later, 'Đề xuất'), 'Cần thêm máy in');
    await page.click('#save');
    await expect.poll(() => page.isVisible('#conflicts')).toBe(true);
    expect(await page.locator('#conflict-items .conflict').count()).toBe(1);
    expect(await page.locator('#conflict-items button').allTextContents()).toEqual([
      'Trong sổ: Hiệu trưởng ghi: đã xong phần 1',
      'Bạn nhập: Cô Mai ghi: xong phần 1, 2',
    ]);
    // Nothing was written; the field she did not touch now shows the sheet's value.
    expect(w.row(w.later)).toMatchObject({ 'Kết quả thực hiện': 'Hiệu trưởng ghi: đã xong phần 1', 'Tiến độ (%)': 0 });
    expect(await page.inputValue('#f-proposal')).toBe('Cần thêm máy in');
    await screenshot(page, 'my-tasks-conflict');

    // Saving without choosing is not allowed; she keeps hers.
    await page.click('#resolve');
    expect(await page.textContent('#error-conflicts')).toBe('Hãy chọn giá trị giữ lại cho mỗi ô trước khi lưu.');
    await page.click('#conflict-items button[data-keep="page"]');
    await page.click('#resolve');
    await expect.poll(() => statusText(page)).toBe(`Đã lưu nhiệm vụ ${w.later}.`);
    expect(w.row(w.later)).toMatchObject({
      'Kết quả thực hiện': 'Cô Mai ghi: xong phần 1, 2',
      'Tiến độ (%)': 0.4,
      'Đề xuất': 'Cần thêm máy in',
    });
    expect(await page.isVisible('#conflicts')).toBe(false);
    await page.close();
  });

  it("a staff member who puts another person's task in the URL is refused, and nothing is written", async () => {
    const w = world();
    const before = sheetRecords(w.sb, TASKS);
    const page = await opened(w.sb, PHUONG, { task: w.later });
    expect(await statusText(page)).toBe(
      `Nhiệm vụ ${w.later} không do thầy/cô chủ trì, phối hợp hay thuộc tổ của thầy/cô, nên không xem hoặc sửa được ở đây.`,
    );
    expect(await page.isVisible('#detail')).toBe(false);
    expect(await cardCodes(page, '#groups')).toEqual([w.phuong]);
    await screenshot(page, 'my-tasks-not-yours');
    // The server refuses the save too, whatever the page sends.
    const mine = w.sb.callWebApp<MyTasksPage>(MAI, 'myTasksLoad').tasks.find((t) => t.code === w.later)!;
    const answer = w.sb.callWebApp<MyTaskSaveAnswer>(PHUONG, 'myTasksSave', {
      code: w.later,
      base: mine.fields,
      values: { progress: '90' },
    });
    expect(answer).toMatchObject({ ok: false, message: expect.stringContaining(`Nhiệm vụ ${w.later} không do`) });
    expect(sheetRecords(w.sb, TASKS)).toEqual(before);
    await page.close();
  });

  it('someone not in Cán bộ sees the refusal and nothing else', async () => {
    const w = world();
    const page = await opened(w.sb, 'khach@thmythinh.edu.vn', { task: w.later });
    expect(await statusText(page)).toContain('không có trong danh sách cán bộ');
    expect(await page.isVisible('#list')).toBe(false);
    expect(await page.isVisible('#detail')).toBe(false);
    await page.close();
  });

  it('a manager confirms one Chờ xác nhận task and sends another back with a reason', async () => {
    const w = world('Có');
    for (const code of [w.dueSoon, w.later]) {
      const t = w.sb.callWebApp<MyTasksPage>(MAI, 'myTasksLoad').tasks.find((x) => x.code === code)!;
      w.sb.callWebApp(MAI, 'myTasksSave', { code, base: t.fields, values: { progressStatus: 'Hoàn thành' } });
      expect(w.row(code)['Trạng thái']).toBe(ProgressStatus.AwaitingConfirmation);
    }
    const page = await opened(w.sb, PRINCIPAL);
    expect(await page.isVisible('#queue')).toBe(true);
    const queued = await page
      .locator('#queue-items .queue-item')
      .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.code));
    expect(queued.sort()).toEqual([w.dueSoon, w.later].sort());
    await screenshot(page, 'my-tasks-queue');

    await page.click(`#queue-items .queue-item[data-code="${w.dueSoon}"] .confirm`);
    await expect.poll(() => statusText(page)).toContain(w.dueSoon);
    expect(w.row(w.dueSoon)['Trạng thái']).toBe(ProgressStatus.Done);
    expect(
      await page
        .locator('#queue-items .queue-item')
        .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.code)),
    ).toEqual([w.later]);

    // Trả lại asks a reason: an empty one is refused here, and by the server too.
    const item = `#queue-items .queue-item[data-code="${w.later}"]`;
    await page.click(`${item} .send-back`);
    await page.click(`${item} .send-back-submit`);
    expect(await page.locator(`${item} .error`).textContent()).toBe(
      'Hãy nhập lý do trả lại để người chủ trì biết cần làm gì thêm.',
    );
    expect(w.sb.callWebApp(PRINCIPAL, 'myTasksSendBack', { codes: [w.later], reason: '  ' })).toMatchObject({
      ok: false,
    });
    expect(w.row(w.later)['Trạng thái']).toBe(ProgressStatus.AwaitingConfirmation);
    await page.fill(`${item} textarea`, 'Thiếu biên bản họp tổ');
    await page.click(`${item} .send-back-submit`);
    await expect.poll(() => statusText(page)).toContain(w.later);
    expect(w.row(w.later)).toMatchObject({ 'Trạng thái': ProgressStatus.InProgress, 'Ngày hoàn thành': '' });
    expect(w.sb.mail.outbox.at(-1)).toMatchObject({
      to: [MAI],
      body: expect.stringContaining('Thiếu biên bản họp tổ'),
    });
    expect(await page.locator('#queue-items .queue-item').count()).toBe(0);
    await page.close();
  });

  it('at 360 px wide: no sideways scroll, every tap target at least 44 px high, text at least 16 px', async () => {
    const w = world('Có');
    const t = w.sb.callWebApp<MyTasksPage>(MAI, 'myTasksLoad').tasks.find((x) => x.code === w.dueSoon)!;
    w.sb.callWebApp(MAI, 'myTasksSave', {
      code: w.dueSoon,
      base: t.fields,
      values: { progressStatus: 'Hoàn thành' },
      evidenceAdd: 'https://drive.google.com/file/d/bien-ban/view',
    });
    const page = await opened(w.sb, PRINCIPAL);
    await page.setViewportSize({ width: 360, height: 780 });
    /** Visible controls lower than 44 px, and visible text (own text or a control) under 16 px. */
    const problems = () =>
      page.evaluate(() => {
        const visible = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
        };
        const name = (e: Element) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`;
        const small = Array.from(document.querySelectorAll('button, input, select, textarea, a'))
          .filter((e) => visible(e) && e.getBoundingClientRect().height < 44)
          .map((e) => `${name(e)}: ${e.getBoundingClientRect().height}px high`);
        const tiny = Array.from(document.body.querySelectorAll('*'))
          .filter(
            (e) =>
              visible(e) &&
              (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(e.tagName) ||
                Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())),
          )
          .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16)
          .map((e) => `${name(e)}: ${getComputedStyle(e).fontSize}`);
        return [...small, ...tiny];
      });
    // The list with the manager's queue, a send-back reason open.
    await page.click(`#queue-items .queue-item[data-code="${w.dueSoon}"] .send-back`);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await problems()).toEqual([]);
    await screenshot(page, 'my-tasks-360-list');
    // The task form, with its evidence link and a conflict on screen.
    await page.click(`#groups .card[data-code="${w.later}"]`);
    await page.fill('#f-result', 'Trên trang');
    w.sb.edit(PRINCIPAL, TASKS, w.cell(w.later, 'Kết quả thực hiện'), 'Trong sổ');
    await page.click('#save');
    await expect.poll(() => page.isVisible('#conflicts')).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await problems()).toEqual([]);
    await page.click('#back');
    await page.click(`#groups .card[data-code="${w.dueSoon}"]`);
    expect(await page.locator('#d-evidence a').count()).toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await problems()).toEqual([]);
    // Every input has a label tied to it.
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
        .filter((e) => !(e as HTMLInputElement).labels?.length)
        .map((e) => e.id),
    );
    expect(unlabelled).toEqual([]);
    await screenshot(page, 'my-tasks-360-detail');
    await page.close();
  });
});
