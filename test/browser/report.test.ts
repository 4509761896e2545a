// The "Tạo báo cáo" dialog in headless Chromium on the built dist/report.html: it opens with the
// period due now, the next number and the recipients from Cấu hình; a validation error shows next
// to its field and builds nothing; a success shows the link to the Doc the sandbox now holds.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/runtime';
import { docIdOf } from '../support/reportWorld';
import { horizontalOverflow, screenshot, describeInBrowser, useBrowser } from '../support/browser';
import { PRINCIPAL, sheetRecords, trackerWithPlan } from '../support/world';
import { CDS_PLAN, CDS_SOURCE } from '../fixtures/plans/cdsPlan';

// The size report.ts gives showModalDialog.
const browser = useBrowser({ viewport: { width: 560, height: 680 } });
const APRIL = '2026-04-02T09:00:00+07:00';

async function openDialog(sb: Sandbox): Promise<Page> {
  const page = await browser.page(sb, PRINCIPAL, 'report');
  await expect.poll(() => page.isEnabled('#submit')).toBe(true);
  return page;
}

const selectedPeriod = (page: Page) => page.locator('#period option:checked').textContent();

describeInBrowser('the Tạo báo cáo dialog in Chromium', () => {
  it('opens with the period due now, the next number, the signer and the recipients from Cấu hình', async () => {
    const { sb } = trackerWithPlan({ start: APRIL });
    const page = await openDialog(sb);
    expect(await page.inputValue('#period')).toBe('Q1:2026');
    expect(await selectedPeriod(page)).toBe('Quý I năm 2026');
    expect(await page.inputValue('#report-date')).toBe('02/04/2026');
    expect(await page.inputValue('#number')).toBe('01');
    expect(await page.locator('#number-preview').textContent()).toBe('Số: 01/BC-THMT');
    expect(await page.locator('#principal-label').textContent()).toBe('HIỆU TRƯỞNG – Nguyễn Thị Lê');
    expect(await page.inputValue('#recipients')).toBe('UBND phường Mỹ Lộc\nLưu: VT');
    expect(await page.isVisible('#custom-range')).toBe(false);
    expect(await page.isVisible('#signer-name')).toBe(false);
    expect(await page.locator('#status').textContent()).toBe('');
    expect(await horizontalOverflow(page)).toBe(0);

    await page.check('#blank-number');
    expect(await page.isDisabled('#number')).toBe(true);
    expect(await page.locator('#number-preview').textContent()).toBe('Số:      /BC-THMT');
    await page.uncheck('#blank-number');
    await page.check('input[name=signer][value=deputy]');
    expect(await page.isVisible('#signer-name')).toBe(true);
    await page.close();
  });

  it('shows each validation error next to its field and builds nothing', async () => {
    const { sb } = trackerWithPlan({ start: APRIL });
    const page = await openDialog(sb);
    await page.selectOption('#period', 'custom');
    expect(await page.isVisible('#custom-range')).toBe(true);
    await page.fill('#from', '10/03/2026');
    await page.fill('#to', '1/2/2026');
    await page.fill('#report-date', '31/02/2026');
    await page.fill('#recipients', '  \n ');
    await page.click('#submit');
    await expect.poll(() => page.locator('#error-to').textContent()).toBe('Ngày kết thúc phải sau ngày bắt đầu.');
    expect(await page.locator('#to').getAttribute('class')).toContain('invalid');
    expect(await page.locator('#error-recipients').textContent()).toBe('Hãy nhập ít nhất một nơi nhận.');
    expect(await page.locator('#recipients').getAttribute('class')).toContain('invalid');
    expect(await page.locator('#error-reportDate').textContent()).toBe('Ngày báo cáo không hợp lệ (dd/MM/yyyy).');
    expect(await page.locator('#report-date').getAttribute('class')).toContain('invalid');
    expect(await page.locator('#error-from').textContent()).toBe('');
    expect(await page.locator('#error-number').textContent()).toBe('');
    expect(await page.locator('#status').textContent()).toBe('');
    expect(await page.isEnabled('#submit')).toBe(true);
    await screenshot(page, 'report-dialog-invalid');
    expect(sb.documents.all()).toEqual([]);

    // Fixed, the errors go away and the report is built.
    await page.fill('#to', '31/03/2026');
    await page.fill('#report-date', '02/04/2026');
    await page.fill('#recipients', 'UBND phường Mỹ Lộc');
    await page.click('#submit');
    await expect.poll(() => page.isVisible('#preview')).toBe(true);
    expect(sb.documents.all().filter((d) => !d.trashed)).toHaveLength(0);
    await page.click('#submit');
    await expect.poll(() => page.locator('#status a').count()).toBe(1);
    expect(await page.locator('#error-to').textContent()).toBe('');
    expect(await page.locator('.invalid').count()).toBe(0);
    expect(sb.documents.all().filter((d) => !d.trashed)).toHaveLength(1);
    await page.close();
  });

  it('builds the report: the link to the Doc, the Doc in the sandbox, the register row, the next number', async () => {
    const { sb } = trackerWithPlan({ start: APRIL });
    const page = await openDialog(sb);
    await page.fill('#recipients', 'UBND phường Mỹ Lộc\nPhòng Giáo dục và Đào tạo');
    await screenshot(page, 'report-dialog');
    expect(await page.textContent('#submit')).toBe('Xem trước');
    await page.click('#submit');
    // The preview first: what the Doc will hold, and nothing created yet.
    await expect.poll(() => page.isVisible('#preview')).toBe(true);
    const preview = (await page.textContent('#preview'))!;
    expect(preview).toMatch(/^Báo cáo sẽ gồm:Khoảng \d+ trang báo cáo \(đến phần chữ ký\) và \d+ trang phụ lục\./u);
    for (const part of ['I. CÔNG TÁC CHỈ ĐẠO', 'II. KẾT QUẢ', 'III. ĐÁNH GIÁ CHUNG', 'IV. PHƯƠNG HƯỚNG', 'V. ĐỀ XUẤT'])
      expect(preview).toContain(part);
    expect(await page.textContent('#submit')).toBe('Tạo báo cáo');
    expect(sb.documents.all()).toEqual([]);
    await screenshot(page, 'report-dialog-preview');
    await page.click('#submit');
    await expect.poll(() => page.locator('#status').getAttribute('class')).toContain('ok');
    const name = 'BC CCHC Quý I 2026 - TH Mỹ Thịnh';
    expect(await page.locator('#status').textContent()).toBe(`Đã tạo báo cáo "${name}".\nMở báo cáo`);
    const link = page.locator('#status a');
    expect(await link.textContent()).toBe('Mở báo cáo');
    const url = (await link.getAttribute('href'))!;
    expect(await link.getAttribute('target')).toBe('_blank');

    const id = docIdOf(url);
    expect(sb.documents.all().map((d) => ({ id: d.id, name: d.name, trashed: d.trashed }))).toEqual([
      { id, name, trashed: false },
    ]);
    const paragraphs = sb.documents.walk(id).elements.filter((e) => e.type === 'PARAGRAPH');
    expect(paragraphs.map((e) => e.text)).toContain('BÁO CÁO');
    // The recipients typed in the dialog, "Lưu: VT" added: the closing table's left column.
    expect(paragraphs.filter((e) => e.cell?.table === 1 && e.cell.column === 0).map((e) => e.text)).toEqual([
      'Nơi nhận:',
      '- UBND phường Mỹ Lộc;',
      '- Phòng Giáo dục và Đào tạo;',
      '- Lưu: VT.',
    ]);
    const register = sheetRecords(sb, 'Sổ báo cáo');
    expect(register).toHaveLength(1);
    expect(Object.values(register[0]!)).toContain(url);

    expect(await page.inputValue('#number')).toBe('02');
    expect(await page.locator('#number-preview').textContent()).toBe('Số: 02/BC-THMT');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'report-dialog-done');
    await page.close();
  });

  it('a tracker with two plans: the Kế hoạch pick reports on one of them', async () => {
    const { sb } = trackerWithPlan({ start: APRIL });
    expect(sb.callServer<{ ok: boolean }>(PRINCIPAL, 'importConfirm', { kind: 'text', text: CDS_PLAN }).ok).toBe(true);
    const page = await openDialog(sb);
    expect(await page.isVisible('#plan')).toBe(true);
    expect(await page.locator('#plan option').allTextContents()).toEqual([
      'Tất cả các kế hoạch',
      'Kế hoạch số 47/KH-THMT ngày 20/01/2026',
      CDS_SOURCE,
    ]);
    await page.selectOption('#plan', CDS_SOURCE);
    await page.click('#submit');
    await expect.poll(() => page.isVisible('#preview')).toBe(true);
    const preview = (await page.textContent('#preview'))!;
    for (const part of ['I. KẾT QUẢ THỰC HIỆN', 'II. TỒN TẠI, HẠN CHẾ', 'III. PHƯƠNG HƯỚNG', 'IV. ĐỀ XUẤT'])
      expect(preview).toContain(part);
    expect(preview).not.toContain('CÔNG TÁC CHỈ ĐẠO');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.click('#submit');
    await expect.poll(() => page.locator('#status').getAttribute('class')).toContain('ok');
    expect(sb.documents.all().map((d) => d.name)).toEqual(['BC KH 12/KH-THMT Quý I 2026 - TH Mỹ Thịnh']);
    await page.close();
  });
});
