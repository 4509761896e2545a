// The "Nhập kế hoạch" dialog in headless Chromium on the built dist/import.html: the sample plan
// pasted shows its preview (42 tasks, counts per area) with nothing written, Confirm writes the 42
// rows into the sandbox sheet, bad input shows a Vietnamese refusal and writes nothing, and the
// sample plan as a Word file is uploaded as the dialog's form, previewed and imported.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/runtime';
import { EXPECTED_2026 } from '../fixtures/plans/expected2026';
import { CDS_AREAS, CDS_PLAN } from '../fixtures/plans/cdsPlan';
import { sampleDocx } from '../fixtures/plans/sampleDocx';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
import { horizontalOverflow, screenshot, describeInBrowser, useBrowser } from '../support/browser';
import { PRINCIPAL, samplePlanText, sheetRecords, trackerWithPlan, workbookSnapshot } from '../support/world';

// The size importPlan.ts gives showModalDialog.
const browser = useBrowser({ viewport: { width: 760, height: 600 } });
const tasksOf = (sb: Sandbox) => sheetRecords(sb, 'Nhiệm vụ');

async function openDialog(sb: Sandbox): Promise<Page> {
  const page = await browser.page(sb, PRINCIPAL, 'import');
  await expect.poll(() => page.locator('#heading').textContent()).toBe('Nhập kế hoạch');
  return page;
}

async function paste(page: Page, text: string): Promise<void> {
  await page.check('input[name=kind][value=text]');
  await page.fill('#plan-text', text);
}

describeInBrowser('the Nhập kế hoạch dialog in Chromium', () => {
  it('pasting the sample plan shows the preview before anything is written; Confirm writes the 42 tasks', async () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const page = await openDialog(sb);
    expect(await page.isDisabled('#confirm-button')).toBe(true);
    await paste(page, samplePlanText());
    await page.click('#preview-button');
    await page.waitForSelector('#preview table');

    const headings = await page.locator('#preview h3').allTextContents();
    expect(headings.slice(0, 3)).toEqual([
      'Kế hoạch số 47/KH-THMT ngày 20/01/2026: 42 nhiệm vụ',
      'Số nhiệm vụ theo lĩnh vực',
      'Các nhiệm vụ đầu tiên',
    ]);
    const rows = await page
      .locator('#preview tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent)));
    expect(rows).toEqual([
      ['Chỉ đạo, điều hành', '7'],
      ['Cải cách thể chế', '7'],
      ['Cải cách TTHC', '5'],
      ['Cải cách tổ chức bộ máy', '2'],
      ['Cải cách chế độ công vụ', '5'],
      ['Cải cách tài chính công', '6'],
      ['Chính quyền điện tử, chính quyền số', '4'],
      ['Tổ chức thực hiện', '6'],
    ]);
    const first = EXPECTED_2026[0]!;
    expect(await page.locator('#preview ul li').first().textContent()).toBe(`${first[0]} — ${first[2]}`);
    expect(await page.locator('#preview').textContent()).toContain(
      'Khi nhập: thêm 42, cập nhật 0, đánh dấu bỏ 0, giữ nguyên 0.',
    );
    expect(workbookSnapshot(sb)).toBe(before);
    expect(await page.isEnabled('#confirm-button')).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'import-dialog');

    // Editing the text after the preview asks for a new preview before anything can be written.
    await page.fill('#plan-text', `${samplePlanText()}\n`);
    expect(await page.isDisabled('#confirm-button')).toBe(true);
    await page.fill('#plan-text', samplePlanText());
    await page.click('#preview-button');
    await expect.poll(() => page.isEnabled('#confirm-button')).toBe(true);

    await page.click('#confirm-button');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Đã nhập kế hoạch: thêm 42 nhiệm vụ, cập nhật 0, đánh dấu bỏ 0, giữ nguyên 0.');
    expect(await page.locator('#status').getAttribute('class')).toContain('ok');
    expect(tasksOf(sb).map((r) => [r['Mã'], r['Lĩnh vực'], r['Nội dung nhiệm vụ']])).toEqual(EXPECTED_2026);
    expect(await page.isDisabled('#confirm-button')).toBe(true);
    await screenshot(page, 'import-dialog-done');
    await page.close();
  });

  it('a plan that is not CCHC: the preview names the mode it chose; switching it previews again, and Confirm imports in the mode picked', async () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const page = await openDialog(sb);
    await paste(page, CDS_PLAN);
    await page.click('#preview-button');
    await page.waitForSelector('#preview table');
    const areaRows = () =>
      page
        .locator('#preview tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent)));
    expect(await page.inputValue('#mode-pick')).toBe('plan');
    expect(await page.locator('#mode-pick option').allTextContents()).toEqual([
      'Kế hoạch CCHC: lĩnh vực theo Nghị quyết 76',
      'Kế hoạch khác: lĩnh vực theo các mục của kế hoạch (đề xuất)',
    ]);
    expect(await areaRows()).toEqual(CDS_AREAS.map(([area, n]) => [area, String(n)]));
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'import-dialog-other-plan');

    await page.selectOption('#mode-pick', 'cchc');
    await expect.poll(async () => (await areaRows())[0]).toEqual(['Chỉ đạo, điều hành', '4']);
    expect(await page.inputValue('#mode-pick')).toBe('cchc');
    await expect.poll(() => page.isEnabled('#confirm-button')).toBe(true);
    await page.click('#confirm-button');
    await expect.poll(() => page.locator('#status').getAttribute('class')).toContain('ok');
    expect(new Set(tasksOf(sb).map((r) => r['Lĩnh vực']))).toEqual(
      new Set(['Chính quyền điện tử, chính quyền số', 'Chỉ đạo, điều hành', 'Tổ chức thực hiện']),
    );
    await page.close();
  });

  it('a table row that matches no task is placed by the manager before Confirm is enabled', async () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const text = readFileSync(new URL('../fixtures/plans/thcs-an-binh-2026.txt', import.meta.url), 'utf8');
    const page = await openDialog(sb);
    await paste(page, text);
    await page.click('#preview-button');
    await page.waitForSelector('#unmatched-rows select');
    expect(await page.locator('#unmatched-rows h3').textContent()).toBe('Dòng bảng chưa khớp');
    // The counts above are of the plan's tasks: a row kept as a new task comes on top, and the hint says so.
    expect(await page.locator('#unmatched-rows .hint').textContent()).toContain(
      '(dòng đó được thêm ngoài số nhiệm vụ nêu ở trên)',
    );
    expect(await page.locator('#unmatched-rows label').allTextContents()).toEqual([
      'B1.4 — Rà soát, sửa đổi các quy chế của nhà trường (khớp ngang nhau với II.2.1, II.2.3)',
      'B1.9 — Xây dựng kho học liệu số dùng chung (không khớp nhiệm vụ nào)',
      'B1.10 — Khảo sát sự hài lòng của cha mẹ HS khi giải quyết TTHC (không khớp nhiệm vụ nào)',
    ]);
    // The equals come first, after "— Chọn —" and the new task in the area the row resembles.
    const options = await page.locator('#row-B1\\.4 option').allTextContents();
    expect(options.slice(0, 4)).toEqual([
      '— Chọn —',
      'Thêm thành nhiệm vụ mới (Cải cách thể chế)',
      'II.2.1 — Rà soát, sửa đổi quy chế chi tiêu nội bộ và quy chế quản lý tài sản công của nhà trường.',
      'II.2.3 — Rà soát, sửa đổi quy chế thực hiện dân chủ ở cơ sở của nhà trường.',
    ]);
    expect(options).toHaveLength(2 + 17);
    expect(await page.isDisabled('#confirm-button')).toBe(true);
    await page.selectOption('#row-B1\\.4', 'II.2.3');
    await page.selectOption('#row-B1\\.9', { label: 'Thêm thành nhiệm vụ mới (Chính quyền điện tử, chính quyền số)' });
    expect(await page.isDisabled('#confirm-button')).toBe(true);
    await page.selectOption('#row-B1\\.10', 'II.3.2');
    expect(await page.isEnabled('#confirm-button')).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'import-dialog-unmatched-rows');

    await page.click('#confirm-button');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Đã nhập kế hoạch: thêm 18 nhiệm vụ, cập nhật 0, đánh dấu bỏ 0, giữ nguyên 0.');
    const rows = tasksOf(sb);
    expect(rows.find((r) => r['Mã'] === 'II.2.3')?.['Người chủ trì']).toBe('Phó hiệu trưởng');
    expect(rows[rows.length - 1]).toMatchObject({ Mã: 'B1.9', 'Người chủ trì': 'Tổ trưởng chuyên môn' });
    await page.close();
  });

  it('bad input shows a Vietnamese refusal and writes nothing', async () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const page = await openDialog(sb);

    await paste(page, 'KẾ HOẠCH\nCải cách hành chính năm 2026');
    await page.click('#preview-button');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(
        'Văn bản chỉ có tiêu đề, chưa có các phần nhiệm vụ. Hãy dán toàn bộ kế hoạch (gồm các phần NHIỆM VỤ, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN).',
      );
    expect(await page.locator('#status').getAttribute('class')).toContain('fail');
    expect(await page.locator('#preview').textContent()).toBe('');
    expect(await page.isDisabled('#confirm-button')).toBe(true);

    await page.check('input[name=kind][value=doc]');
    expect(await page.isVisible('#plan-text')).toBe(false);
    await page.fill('#doc-ref', 'https://example.com/ke-hoach-2026.pdf');
    await page.click('#preview-button');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(
        'Đường liên kết không phải của một Google Tài liệu (Docs). Hãy mở kế hoạch trong Google Tài liệu và sao chép đường liên kết.',
      );
    expect(await page.isDisabled('#confirm-button')).toBe(true);
    expect(await page.isEnabled('#preview-button')).toBe(true);
    await screenshot(page, 'import-dialog-refused');
    expect(workbookSnapshot(sb)).toBe(before);
    expect(tasksOf(sb)).toEqual([]);
    await page.close();
  });

  it('a staff member who is not a manager is refused in Vietnamese, nothing written', async () => {
    const { sb, staff } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const teacher = staff.find((s) => s.role !== 'Quản lý' && s.email !== PRINCIPAL)!.email;
    const page = await browser.page(sb, teacher, 'import');
    await paste(page, samplePlanText());
    await page.click('#preview-button');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.');
    expect(await page.isEnabled('#preview-button')).toBe(true);
    expect(workbookSnapshot(sb)).toBe(before);
    await page.close();
  });

  it('a Word file: no file picked is asked for, a PDF refused, the sample .docx previewed and imported, its copy trashed', async () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const page = await openDialog(sb);
    await page.check('input[name=kind][value=docx]');
    expect(await page.isVisible('#docx-file')).toBe(true);
    expect(await page.isVisible('#plan-text')).toBe(false);
    await page.click('#preview-button');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Hãy chọn tệp Word (.docx) của kế hoạch trước khi xem trước.');

    await page.setInputFiles('#docx-file', {
      name: 'KH.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await page.click('#preview-button');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Tệp "KH.pdf" là PDF');
    expect(workbookSnapshot(sb)).toBe(before);

    const docx = Buffer.from(await sampleDocx());
    const name = 'KH CCHC 2026.docx';
    await page.setInputFiles('#docx-file', { name, mimeType: DOCX_MIME, buffer: docx });
    await page.click('#preview-button');
    await page.waitForSelector('#preview table');
    expect(await page.locator('#preview h3').first().textContent()).toBe(
      'Kế hoạch số 47/KH-THMT ngày 20/01/2026: 42 nhiệm vụ',
    );
    expect(workbookSnapshot(sb)).toBe(before);
    await screenshot(page, 'import-dialog-docx');
    await page.click('#confirm-button');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Đã nhập kế hoạch: thêm 42 nhiệm vụ, cập nhật 0, đánh dấu bỏ 0, giữ nguyên 0.');
    expect(tasksOf(sb).map((r) => [r['Mã'], r['Lĩnh vực'], r['Nội dung nhiệm vụ']])).toEqual(EXPECTED_2026);
    // Each of the two calls converted the file once and trashed its copy.
    const copies = [...sb.drive.model.items.values()].filter((it) => it.name.startsWith('KH CCHC 2026 (bản chuyển'));
    expect(copies.map((c) => c.trashed)).toEqual([true, true]);
    await page.close();
  });
});
