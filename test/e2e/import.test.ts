// CCHC → "Nhập kế hoạch…" through the built bundle and the google.script.run bridge: the sample plan
// pasted or read from a Google Doc, preview before writing, re-import that keeps people's values,
// every bad input refused with nothing written, and call counts that do not grow with the plan.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineFromText } from '../../src/core/plan/outline';
import type { Sandbox } from '../../sandbox/runtime';
import { EXPECTED_2026 } from '../fixtures/plans/expected2026';
import {
  a1,
  columnOf,
  PRINCIPAL,
  samplePlanText,
  SETUP_MENU,
  sheetRecords,
  sheetValues,
  trackerWithPlan,
  workbookSnapshot,
} from '../support/world';

const SOURCE = 'Kế hoạch số 47/KH-THMT ngày 20/01/2026';
type Result = { ok: boolean; message: string; [k: string]: unknown };
const confirm = (sb: Sandbox, user: string, payload: unknown) => sb.callServer<Result>(user, 'importConfirm', payload);
const preview = (sb: Sandbox, user: string, payload: unknown) => sb.callServer<Result>(user, 'importPreview', payload);
const tasksOf = (sb: Sandbox) => sheetRecords(sb, 'Nhiệm vụ');

/** The sample plan as a Google Doc: letterhead table, auto-numbered part II, bulleted lists. */
function sampleAsDoc(sb: Sandbox, owner: string): string {
  const item = sb.documents.createAs(owner, 'Kế hoạch CCHC 2026', (body) => {
    body.appendTable([
      ['TRƯỜNG TIỂU HỌC MỸ THỊNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Số: 47/KH-THMT', 'Mỹ Lộc, ngày 20 tháng 01 năm 2026'],
    ]);
    let part = '';
    for (const block of outlineFromText(samplePlanText())) {
      if (block.kind !== 'paragraph' || /^Số:|^Mỹ Lộc, ngày/.test(block.text)) continue;
      if (/^[IVX]+\. /.test(block.text)) part = block.text.split('.')[0]!;
      const bullet = /^- (.*)$/.exec(block.text);
      const numbered = part === 'II' ? /^\d+\. (.*)$/.exec(block.text) : null;
      if (bullet) body.appendListItem(bullet[1]!).setGlyphType('BULLET' as never);
      else if (numbered) body.appendListItem(numbered[1]!).setGlyphType('NUMBER' as never);
      else body.appendParagraph(block.text);
    }
  });
  return item.id;
}

describe('importing the 2026 plan', () => {
  it('from pasted text: a preview first (nothing written), then the 42 tasks in one batch, the plan in Cấu hình, the log', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const shown = preview(sb, PRINCIPAL, { kind: 'text', text: samplePlanText() });
    expect(workbookSnapshot(sb)).toBe(before);
    expect(shown).toMatchObject({
      ok: true,
      source: SOURCE,
      total: 42,
      byArea: [
        { area: 'Chỉ đạo, điều hành', count: 7 },
        { area: 'Cải cách thể chế', count: 7 },
        { area: 'Cải cách TTHC', count: 5 },
        { area: 'Cải cách tổ chức bộ máy', count: 2 },
        { area: 'Cải cách chế độ công vụ', count: 5 },
        { area: 'Cải cách tài chính công', count: 6 },
        { area: 'Chính quyền điện tử, chính quyền số', count: 4 },
        { area: 'Tổ chức thực hiện', count: 6 },
      ],
      changes: { added: 42, updated: 0, removed: 0, unchanged: 0 },
    });
    expect((shown.first as unknown[]).length).toBe(8);

    const done = sb.callServerResult<Result>(PRINCIPAL, 'importConfirm', { kind: 'text', text: samplePlanText() });
    expect(done.result).toMatchObject({ ok: true, counts: { added: 42, updated: 0, removed: 0, unchanged: 0 } });
    const rows = tasksOf(sb);
    expect(rows.map((r) => [r['Mã'], r['Lĩnh vực'], r['Nội dung nhiệm vụ']])).toEqual(EXPECTED_2026);
    expect(new Set(rows.map((r) => r['Nguồn']))).toEqual(new Set([SOURCE]));
    expect(rows.every((r) => r['Trạng thái'] === 'Chưa thực hiện')).toBe(true);
    expect(sheetValues(sb, 'Cấu hình').find((r) => r[0] === 'Kế hoạch')?.[1]).toBe(SOURCE);
    const log = sheetRecords(sb, 'Nhật ký');
    expect(log.find((r) => r['Thao tác'] === 'Thêm nhiệm vụ')?.['Chi tiết']).toMatch(
      /^42 nhiệm vụ: II\.1, II\.2, .*, IV\.6$/,
    );
    expect(log.find((r) => r['Thao tác'] === 'Nhập kế hoạch')?.['Chi tiết']).toBe(
      `${SOURCE}: thêm 42, cập nhật 0, bỏ 0, giữ nguyên 0`,
    );
    // One batch: the rows are written by one setValues, the log by one more.
    expect(done.execution.calls.get('Range.setValues')).toBeLessThanOrEqual(3);
    expect(
      done.execution.calls.get('LockService.getScriptLock') ?? done.execution.calls.get('LockService'),
    ).toBeGreaterThan(0);
  });

  it('from a Google Doc link (lists with glyphs and nesting, letterhead table): the same 42 tasks', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const id = sampleAsDoc(sb, PRINCIPAL);
    const done = confirm(sb, PRINCIPAL, {
      kind: 'doc',
      ref: `https://docs.google.com/document/d/${id}/edit?usp=sharing`,
    });
    expect(done).toMatchObject({ ok: true, source: SOURCE });
    expect(tasksOf(sb).map((r) => [r['Mã'], r['Lĩnh vực'], r['Nội dung nhiệm vụ']])).toEqual(EXPECTED_2026);
  });

  it('importing the same plan twice changes nothing the second time', () => {
    const { sb } = trackerWithPlan();
    const before = sheetValues(sb, 'Nhiệm vụ');
    expect(confirm(sb, PRINCIPAL, { kind: 'text', text: samplePlanText() })).toMatchObject({
      ok: true,
      counts: { added: 0, updated: 0, removed: 0, unchanged: 42 },
    });
    expect(sheetValues(sb, 'Nhiệm vụ')).toEqual(before);
  });
});

describe('a plan whose appendix table restates its body tasks', () => {
  const text = readFileSync(new URL('../fixtures/plans/thcs-an-binh-2026.txt', import.meta.url), 'utf8');
  const cells = (r: Record<string, unknown>) => [r['Mã'], r['Lĩnh vực'], r['Người chủ trì'], r['Phối hợp']];

  it('lists the rows that match no task in the preview, refuses to import until each is placed, then carries them as chosen', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const shown = preview(sb, PRINCIPAL, { kind: 'text', text });
    expect(shown).toMatchObject({
      ok: true,
      total: 17,
      unmatchedRows: [
        {
          row: 'B1.4',
          content: 'Rà soát, sửa đổi các quy chế của nhà trường',
          area: 'Cải cách thể chế',
          candidates: ['II.2.1', 'II.2.3'],
        },
        { row: 'B1.9', area: 'Chính quyền điện tử, chính quyền số', candidates: [] },
        { row: 'B1.10', area: 'Cải cách TTHC', candidates: [] },
      ],
    });
    expect((shown.tasks as { code: string }[]).map((t) => t.code)).toHaveLength(17);

    // Confirmed with a row still unplaced: refused, nothing written.
    const partial = { kind: 'text', text, tableRows: [{ row: 'B1.4', task: 'II.2.3' }] };
    expect(confirm(sb, PRINCIPAL, partial)).toMatchObject({
      ok: false,
      message:
        'Còn 2 dòng bảng chưa khớp chưa được chọn (B1.9, B1.10). Hãy chọn nhiệm vụ tương ứng hoặc "Thêm thành nhiệm vụ mới" cho từng dòng, rồi bấm nhập lại.',
    });
    expect(workbookSnapshot(sb)).toBe(before);

    const placed = {
      kind: 'text',
      text,
      tableRows: [
        { row: 'B1.4', task: 'II.2.3' },
        { row: 'B1.9', task: null },
        { row: 'B1.10', task: 'II.3.2' },
      ],
    };
    expect(confirm(sb, PRINCIPAL, placed)).toMatchObject({ ok: true, counts: { added: 18 } });
    const rows = tasksOf(sb);
    expect(rows.map((r) => r['Mã'])).toEqual([...rows.slice(0, 17).map((r) => r['Mã']), 'B1.9']);
    expect(rows.filter((r) => r['Người chủ trì']).map(cells)).toEqual([
      ['II.1.1', 'Chỉ đạo, điều hành', 'Hiệu trưởng', 'Tổ Văn phòng'],
      ['II.1.2', 'Chỉ đạo, điều hành', 'Phó hiệu trưởng', 'Các tổ chuyên môn'],
      ['II.2.1', 'Cải cách thể chế', 'Kế toán', 'Tổ Văn phòng'],
      ['II.2.3', 'Cải cách thể chế', 'Phó hiệu trưởng', 'Công đoàn'],
      ['II.3.1', 'Cải cách TTHC', 'Văn thư', ''],
      ['II.3.2', 'Cải cách TTHC', 'Văn thư', 'Giáo viên chủ nhiệm'],
      ['II.4.2', 'Cải cách tổ chức bộ máy', 'Hiệu trưởng', 'Kế toán'],
      ['II.5.2', 'Cải cách chế độ công vụ', 'Phó hiệu trưởng', 'Tổ trưởng chuyên môn'],
      ['II.7.1', 'Chính quyền điện tử, chính quyền số', 'Phó hiệu trưởng', 'Tổ Tin học'],
      ['B1.9', 'Chính quyền điện tử, chính quyền số', 'Tổ trưởng chuyên môn', 'Giáo viên'],
    ]);
    expect(rows.find((r) => r['Mã'] === 'III.2')?.['Nội dung nhiệm vụ']).toBe(
      'Văn thư tổng hợp, báo cáo kết quả CCHC quý, 6 tháng, năm về UBND xã.',
    );
  });

  it('the same plan pasted from Word (tab-separated table, list numbers with tabs) previews the same', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const word = readFileSync(new URL('../fixtures/plans/thcs-an-binh-2026-word.txt', import.meta.url), 'utf8');
    const shown = preview(sb, PRINCIPAL, { kind: 'text', text: word });
    expect(shown).toMatchObject({ ok: true, total: 17 });
    expect((shown.unmatchedRows as { row: string }[]).map((r) => r.row)).toEqual(['B1.4', 'B1.9', 'B1.10']);
  });
});

describe('re-importing a revised plan', () => {
  it('keeps every value people typed, updates changed text, adds new items, marks removed ones', () => {
    const { sb, staffEmails, staff } = trackerWithPlan();
    const teacher = staffEmails[6]!;
    const col = (h: string) => columnOf(sb, 'Nhiệm vụ', h);
    const rowOf = (code: string) => tasksOf(sb).findIndex((r) => r['Mã'] === code) + 2;
    const changed = rowOf('III.1.3');
    const gone = rowOf('IV.6');
    const owner = staff[1]!.name;
    sb.edit(PRINCIPAL, 'Nhiệm vụ', a1(changed, col('Người chủ trì')), owner);
    sb.edit(PRINCIPAL, 'Nhiệm vụ', a1(changed, col('Thời hạn')), '31/03/2026');
    for (const row of [changed, gone]) {
      sb.edit(teacher, 'Nhiệm vụ', a1(row, col('Trạng thái')), 'Đang thực hiện');
      sb.edit(teacher, 'Nhiệm vụ', a1(row, col('Tiến độ (%)')), 0.6);
      sb.edit(teacher, 'Nhiệm vụ', a1(row, col('Kết quả thực hiện')), `Đã làm phần việc hàng ${row}`);
      sb.edit(teacher, 'Nhiệm vụ', a1(row, col('Minh chứng')), `https://drive.google.com/file/d/minh-chung-${row}`);
    }
    const typed = tasksOf(sb);

    const revised = samplePlanText()
      .replace(
        '1.3. Tổ chức kiểm tra cải cách hành chính qua đó',
        '1.3. Tổ chức tự kiểm tra cải cách hành chính định kỳ qua đó',
      )
      .replace(
        /- Báo cáo kết quả thực hiện các nhiệm vụ công tác CCHC;[^\n]*\n/,
        '- Tổng kết, khen thưởng công tác cải cách hành chính cuối năm 2026.\n',
      );
    const done = confirm(sb, PRINCIPAL, { kind: 'text', text: revised });
    expect(done).toMatchObject({ ok: true, counts: { added: 1, updated: 1, removed: 1, unchanged: 40 } });

    const after = tasksOf(sb);
    expect(after.length).toBe(43);
    const kept = [
      'Người chủ trì',
      'Thời hạn',
      'Trạng thái',
      'Tiến độ (%)',
      'Kết quả thực hiện',
      'Minh chứng',
      'Phối hợp',
      'Ngày bắt đầu',
      'Ngày hoàn thành',
    ];
    for (const row of [changed, gone]) {
      for (const h of kept) expect(after[row - 2]![h]).toEqual(typed[row - 2]![h]);
    }
    expect(after[changed - 2]).toMatchObject({
      Mã: 'III.1.3',
      'Người chủ trì': owner,
      'Tiến độ (%)': 0.6,
      'Nội dung nhiệm vụ': expect.stringContaining('Tổ chức tự kiểm tra cải cách hành chính định kỳ'),
    });
    expect(after[changed - 2]!['Thời hạn']).toBeInstanceOf(Date);
    expect(after[gone - 2]).toMatchObject({
      Mã: 'IV.6 (cũ)',
      'Ghi chú kế hoạch': 'Đã bỏ khỏi kế hoạch',
      'Tiến độ (%)': 0.6,
    });
    expect(after[42]).toMatchObject({
      Mã: 'IV.6',
      'Nội dung nhiệm vụ': 'Tổng kết, khen thưởng công tác cải cách hành chính cuối năm 2026.',
    });
    // Every other row is exactly as it was.
    after.slice(0, 42).forEach((r, i) => {
      if (i === changed - 2 || i === gone - 2) return;
      for (const [h, v] of Object.entries(typed[i]!))
        if (h !== 'Tình trạng' && h !== 'Số ngày quá hạn') expect(r[h]).toEqual(v);
    });
    const log = sheetRecords(sb, 'Nhật ký');
    expect(log.some((r) => r['Thao tác'] === 'Cập nhật nội dung nhiệm vụ' && r['Mã nhiệm vụ'] === 'III.1.3')).toBe(
      true,
    );
    expect(log.some((r) => r['Thao tác'] === 'Đã bỏ khỏi kế hoạch' && r['Mã nhiệm vụ'] === 'IV.6')).toBe(true);
  });
});

describe('bad input is refused with a clear Vietnamese message and nothing written', () => {
  const world = trackerWithPlan();
  const { sb } = world;
  const other = 'giaovien.truongkhac@gmail.com';
  const cases: [string, () => unknown, string][] = [
    [
      'an empty document',
      () => ({ kind: 'doc', ref: sb.documents.createAs(PRINCIPAL, 'Trống').id }),
      'Văn bản trống: không có nội dung để nhập.',
    ],
    [
      'a document with no plan structure',
      () => ({
        kind: 'doc',
        ref: sb.documents.createAs(PRINCIPAL, 'Đơn xin nghỉ', (b) => {
          b.appendParagraph('Kính gửi: Ban giám hiệu');
          b.appendParagraph('Em xin phép nghỉ ngày 12/3/2026 vì lý do gia đình.');
          b.appendListItem('Người làm đơn: Trần Văn B');
        }).id,
      }),
      'Không nhận ra cấu trúc kế hoạch',
    ],
    [
      'a Doc the user cannot open',
      () => ({
        kind: 'doc',
        ref: `https://docs.google.com/document/d/${sb.documents.createAs(other, 'Kế hoạch riêng', (b) => b.appendParagraph('II. NHIỆM VỤ')).id}/edit`,
      }),
      'Không mở được tài liệu',
    ],
    [
      'a link to a spreadsheet',
      () => ({ kind: 'doc', ref: `https://docs.google.com/spreadsheets/d/${sb.spreadsheet.id}/edit` }),
      'Tệp này không phải Google Tài liệu',
    ],
    [
      'the ID of a file that is not a Doc',
      () => ({ kind: 'doc', ref: sb.spreadsheet.id }),
      'Tệp này không phải Google Tài liệu',
    ],
    [
      'a link outside Google Docs',
      () => ({ kind: 'doc', ref: 'https://example.com/ke-hoach-2026.pdf' }),
      'Đường liên kết không phải của một Google Tài liệu',
    ],
    [
      'pasted text of only a title',
      () => ({ kind: 'text', text: 'KẾ HOẠCH\nCải cách hành chính năm 2026' }),
      'Văn bản chỉ có tiêu đề',
    ],
    ['empty pasted text', () => ({ kind: 'text', text: '   ' }), 'Hãy dán nội dung kế hoạch'],
    ['a malformed payload', () => ({ kind: 'pdf', url: 1 }), 'Dữ liệu gửi lên không hợp lệ'],
  ];
  for (const [what, payload, message] of cases) {
    it(`refuses ${what}`, () => {
      const before = workbookSnapshot(sb);
      const p = payload();
      expect(preview(sb, PRINCIPAL, p)).toMatchObject({ ok: false, message: expect.stringContaining(message) });
      expect(confirm(sb, PRINCIPAL, p)).toMatchObject({ ok: false, message: expect.stringContaining(message) });
      expect(workbookSnapshot(sb)).toBe(before);
    });
  }

  it('refuses a staff member who is not a manager', () => {
    const before = workbookSnapshot(sb);
    expect(confirm(sb, world.staffEmails[8]!, { kind: 'text', text: samplePlanText() })).toEqual({
      ok: false,
      message: 'Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.',
      errors: [],
    });
    expect(workbookSnapshot(sb)).toBe(before);
  });

  it('opens the dialog for managers from the menu', () => {
    sb.open(PRINCIPAL);
    sb.clickMenu(PRINCIPAL, 'Nhập kế hoạch…');
    const dialog = sb.ui.shown.at(-1);
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Nhập kế hoạch' });
    expect((dialog as { html: string }).html).toContain('importPreview');
  });
});

describe('call counts do not grow with the plan', () => {
  // The same budget at 5,000 tasks is enforced by npm run bench (scripts/bench/setup-import.ts), which CI runs.
  it('setup and import take the same calls at 40 and at 400 tasks', () => {
    const small = trackerWithPlan({ plan: 40 });
    const large = trackerWithPlan({ plan: 400 });
    expect(sheetValues(large.sb, 'Nhiệm vụ').length).toBe(401);
    const calls = (m?: Map<string, number>) => Object.fromEntries([...(m ?? new Map())].sort());
    expect(calls(large.importExecution?.calls)).toEqual(calls(small.importExecution?.calls));
    const setupSmall = small.sb.clickMenu(PRINCIPAL, SETUP_MENU);
    const setupLarge = large.sb.clickMenu(PRINCIPAL, SETUP_MENU);
    expect(calls(setupLarge.execution.calls)).toEqual(calls(setupSmall.execution.calls));
    // Re-import of the same plans: the same calls too.
    const again = (w: typeof small) =>
      w.sb.callServerResult(PRINCIPAL, 'importConfirm', { kind: 'text', text: w.planText }).execution.calls;
    expect(calls(again(large))).toEqual(calls(again(small)));
  });
});
