// The "Giao nhiệm vụ" sidebar in headless Chromium (Debian's chromium via playwright-core): the
// built dist/assign.html with a google.script.run shim wired to the sandbox running the built
// bundle, so each click goes through the real server functions and changes the sandbox sheet.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/runtime';
import { SHEETS } from '../../src/core/schema';
import { assignWorld, BINH, HOA, PRINCIPAL, taskField } from '../support/assignWorld';
import { screenshot, describeInBrowser, useBrowser } from '../support/browser';

const browser = useBrowser({ viewport: { width: 320, height: 900 } });

/** Opens the sidebar page as `user` on a sandbox whose selection is already set. */
async function openSidebar(sb: Sandbox, user = PRINCIPAL): Promise<Page> {
  const page = await browser.page(sb, user, 'assign');
  await page.waitForSelector('#tasks li');
  return page;
}

async function pick(page: Page, input: string, query: string, label: string): Promise<void> {
  await page.fill(input, query);
  await page
    .locator(`${input.replace('-search', '-options')} li`, { hasText: label })
    .first()
    .click();
}

describeInBrowser('the Giao nhiệm vụ sidebar in Chromium', () => {
  it('finds people without diacritics and lists the selected tasks safely', async () => {
    const sb = assignWorld();
    sb.edit(PRINCIPAL, SHEETS.tasks.name, 'C3', '<img src=x onerror="window.__pwned=1"> Rà soát TTHC');
    sb.select(PRINCIPAL, SHEETS.tasks.name, ['A2:A3', 'A5']);
    const page = await openSidebar(sb);
    expect(await page.locator('#title').textContent()).toBe('Giao 3 nhiệm vụ');
    expect(await page.locator('#tasks li .code').allTextContents()).toEqual(['1.1', '1.2', '1.4']);
    expect(await page.locator('#tasks li').nth(1).textContent()).toContain(
      '<img src=x onerror="window.__pwned=1"> Rà soát TTHC',
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.fill('#owner-search', 'nguyen thi le');
    expect(await page.locator('#owner-options li').allTextContents()).toEqual([
      expect.stringContaining('Nguyễn Thị Lê'),
    ]);
    await page.fill('#owner-search', 'NGUYEN VAN an');
    expect(await page.locator('#owner-options li').count()).toBe(2);
    await page.fill('#owner-search', 'to 4');
    expect(await page.locator('#owner-options li').first().textContent()).toContain('Tổ 4-5');
    await page.fill('#owner-search', 'khong ai ca');
    expect(await page.locator('#owner-options li').allTextContents()).toEqual(['Không tìm thấy ai phù hợp']);
    await page.close();
  });

  it('shows validation errors next to their field and writes nothing', async () => {
    const sb = assignWorld();
    sb.select(PRINCIPAL, SHEETS.tasks.name, ['A2']);
    const page = await openSidebar(sb);
    await pick(page, '#owner-search', 'tran van binh', 'Trần Văn Bình');
    await page.fill('#start-date', '01/04/2026');
    await page.fill('#due-date', '1/3/2026');
    await page.click('#submit');
    await expect
      .poll(() => page.locator('#error-dueDate').textContent())
      .toBe('Thời hạn không được trước ngày bắt đầu.');
    expect(await page.locator('#due-date').getAttribute('class')).toContain('invalid');
    expect(await page.locator('#error-ownerId').textContent()).toBe('');

    await page.locator('#owner-chosen button').click();
    await page.fill('#owner-search', 'Người Không Có');
    await page.fill('#due-date', '01/05/2026');
    await page.click('#submit');
    await expect
      .poll(() => page.locator('#error-ownerId').textContent())
      .toBe('Không tìm thấy "Người Không Có" trong danh sách cán bộ đang công tác.');
    expect(await page.locator('#error-dueDate').textContent()).toBe('');

    await pick(page, '#owner-search', 'tran van binh', 'Trần Văn Bình');
    await page.fill('#start-date', '31/02/2026');
    await page.click('#submit');
    await expect.poll(() => page.locator('#error-startDate').textContent()).toBe('Ngày không hợp lệ (dd/MM/yyyy).');
    expect(await page.locator('#error-ownerId').textContent()).toBe('');
    expect(taskField(sb, '1.1', 'owner')).toBe('');
    await page.close();
  });

  it('assigns: the sandbox sheet changes, emails go out, the sidebar stays usable and asks before reassigning', async () => {
    const sb = assignWorld();
    sb.select(PRINCIPAL, SHEETS.tasks.name, ['A2:A3', 'A6']);
    const page = await openSidebar(sb);
    await pick(page, '#owner-search', 'binh', 'Trần Văn Bình');
    await pick(page, '#co-search', 'le thi hoa', 'Lê Thị Hoa');
    await page.fill('#due-date', '31/03/2026');
    expect(await page.inputValue('#start-date')).toBe('20/01/2026');
    await page.fill('#note', 'Nộp báo cáo <trước> ngày 25');
    expect(await page.isChecked('#send-email')).toBe(true);
    await screenshot(page, 'assign-sidebar-form');
    await page.click('#submit');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Đã giao 3 nhiệm vụ cho Trần Văn Bình\nĐã gửi email báo giao việc cho 2 người.');
    expect(['1.1', '1.2', '1.5'].map((c) => taskField(sb, c, 'owner'))).toEqual([
      'Trần Văn Bình',
      'Trần Văn Bình',
      'Trần Văn Bình',
    ]);
    expect(taskField(sb, '1.1', 'coOwners')).toBe('Lê Thị Hoa');
    expect(sb.mail.outbox.map((m) => m.to)).toEqual([[BINH], [HOA]]);
    await expect
      .poll(() => page.locator('#tasks li .owner').first().textContent())
      .toContain('Đang giao cho: Trần Văn Bình · hạn 31/03/2026');
    await screenshot(page, 'assign-sidebar');

    // Same tasks to someone else: the sidebar asks first, then reassigns.
    await page.locator('#owner-chosen button').click();
    await pick(page, '#owner-search', 'hoa', 'Lê Thị Hoa');
    expect(await page.isEnabled('#submit')).toBe(true);
    await page.click('#submit');
    await page.waitForSelector('#confirm-yes');
    expect(await page.locator('#confirm').textContent()).toContain('1.1: đang giao cho Trần Văn Bình');
    expect(taskField(sb, '1.1', 'owner')).toBe('Trần Văn Bình');
    await page.click('#confirm-yes');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Đã giao 3 nhiệm vụ cho Lê Thị Hoa');
    expect(taskField(sb, '1.1', 'owner')).toBe('Lê Thị Hoa');
    await page.close();
  });

  it('shows a server error instead of swallowing it', async () => {
    const sb = assignWorld();
    sb.select(PRINCIPAL, SHEETS.tasks.name, ['A2']);
    const page = await openSidebar(sb);
    await pick(page, '#owner-search', 'binh', 'Trần Văn Bình');
    sb.holdScriptLock();
    await page.click('#submit');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Đang có thao tác khác, vui lòng thử lại sau giây lát');
    expect(await page.locator('#status').getAttribute('class')).toContain('fail');
    expect(taskField(sb, '1.1', 'owner')).toBe('');
    sb.releaseHeldLock();

    // A thrown server error reaches the failure handler and is shown.
    sb.select(PRINCIPAL, SHEETS.staff.name, ['A2']);
    await page.click('#reload');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toContain('Không thực hiện được: Hãy chọn các dòng nhiệm vụ trong trang "Nhiệm vụ"');
    await page.close();
  });
});
