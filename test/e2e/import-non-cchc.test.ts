// Issue 16 §3 through the built bundle: a plan that is not about CCHC (the team's Kế hoạch chuyển đổi
// số, test/fixtures/plans/ke-hoach-chuyen-doi-so-2026.md) imports with its own sections as areas; the
// preview names the mode and the manager can switch it; a second plan in the CCHC tracker appends its
// tasks and leaves the first plan's rows alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/runtime';
import { EXPECTED_2026 } from '../fixtures/plans/expected2026';
import { CDS_AREAS, CDS_PLAN, CDS_SOURCE } from '../fixtures/plans/cdsPlan';
import {
  PRINCIPAL,
  samplePlanText,
  sheetRecords,
  sheetValues,
  trackerWithPlan,
  workbookSnapshot,
  type World,
} from '../support/world';
import { built, payload } from '../support/reportWorld';
import { expectRole, findParagraph as find, itFollowsNd30, paragraphsOf } from '../support/nd30';
import { AREA_TABLE_KEYS, dashboardLayout, LAYOUT } from '../../src/core/report/dashboard';
import { AREAS } from '../../src/core/domain';
import { colOf, scriptWrite } from '../support/flagsWorld';

type Result = { ok: boolean; message: string; [k: string]: unknown };
const preview = (sb: Sandbox, payload: unknown) => sb.callServer<Result>(PRINCIPAL, 'importPreview', payload);
const confirm = (sb: Sandbox, payload: unknown) => sb.callServer<Result>(PRINCIPAL, 'importConfirm', payload);
const tasksOf = (sb: Sandbox) => sheetRecords(sb, 'Nhiệm vụ').filter((r) => r['Mã'] !== '');

describe('a plan that is not about CCHC', () => {
  it('imports with its own sections as areas, in plan order; the preview says so', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const shown = preview(sb, { kind: 'text', text: CDS_PLAN });
    expect(workbookSnapshot(sb)).toBe(before);
    expect(shown).toMatchObject({
      ok: true,
      mode: 'plan',
      suggestedMode: 'plan',
      modeLabel: 'Kế hoạch khác: lĩnh vực theo các mục của kế hoạch',
      source: CDS_SOURCE,
      total: 15,
      byArea: CDS_AREAS.map(([area, count]) => ({ area, count })),
      changes: { added: 15, updated: 0, removed: 0, unchanged: 0 },
    });

    expect(confirm(sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({ ok: true, source: CDS_SOURCE });
    const rows = tasksOf(sb);
    expect(rows.map((r) => r['Mã'])).toEqual([
      ...['II.1.1', 'II.1.2', 'II.1.3', 'II.2.1', 'II.2.2', 'II.2.3', 'II.3.1', 'II.3.2', 'II.3.3'],
      ...['II.4.1', 'II.4.2', 'II.4.3', 'II.5.1', 'III.1', 'III.2'],
    ]);
    expect(rows.map((r) => r['Lĩnh vực'])).toEqual(CDS_AREAS.flatMap(([area, n]) => Array<string>(n).fill(area)));
    expect(new Set(rows.map((r) => r['Nguồn']))).toEqual(new Set([CDS_SOURCE]));
    expect(rows.find((r) => r['Mã'] === 'II.3.2')).toMatchObject({ 'Người chủ trì': 'Phó hiệu trưởng' });
    // The only plan of the tracker: Cấu hình cites it.
    expect(sheetValues(sb, 'Cấu hình').find((r) => r[0] === 'Kế hoạch')?.[1]).toBe(CDS_SOURCE);
    // The Lĩnh vực dropdown offers the plan's own areas.
    const areaColumn = Object.keys(rows[0]!).indexOf('Lĩnh vực') + 1;
    expect(sb.spreadsheet.getSheetModel('Nhiệm vụ')!.cell(2, areaColumn)?.dv).toMatchObject({
      type: 'VALUE_IN_LIST',
      values: [CDS_AREAS.map(([area]) => area), true],
    });
  });

  it('the manager switches the mode in the preview: the CCHC reading files the tasks under NQ 76 areas', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const shown = preview(sb, { kind: 'text', text: CDS_PLAN, mode: 'cchc' });
    expect(shown).toMatchObject({
      ok: true,
      mode: 'cchc',
      suggestedMode: 'plan',
      modeLabel: 'Kế hoạch CCHC: lĩnh vực theo Nghị quyết 76',
      source: 'Kế hoạch số 12/KH-THMT ngày 15/01/2026',
      total: 15,
    });
    const byArea = shown.byArea as { area: string; count: number }[];
    expect(byArea.map((a) => a.area).slice(0, 8)).toEqual(AREAS);
    expect(byArea.find((a) => a.area === 'Chính quyền điện tử, chính quyền số')?.count).toBe(9);
    expect(confirm(sb, { kind: 'text', text: CDS_PLAN, mode: 'cchc' })).toMatchObject({ ok: true });
    expect(new Set(tasksOf(sb).map((r) => r['Lĩnh vực']))).toEqual(
      new Set(['Chính quyền điện tử, chính quyền số', 'Chỉ đạo, điều hành', 'Tổ chức thực hiện']),
    );
  });

  it('a mode the dialog cannot send is refused, nothing written', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    expect(confirm(sb, { kind: 'text', text: CDS_PLAN, mode: 'khác' })).toMatchObject({
      ok: false,
      message: 'Dữ liệu gửi lên không hợp lệ. Hãy mở lại hộp thoại và thử lại.',
    });
    expect(workbookSnapshot(sb)).toBe(before);
  });

  it('a second plan in the CCHC tracker: appended with codes that do not collide, the first plan untouched', () => {
    const { sb } = trackerWithPlan();
    const first = tasksOf(sb);
    expect(first.map((r) => [r['Mã'], r['Lĩnh vực'], r['Nội dung nhiệm vụ']])).toEqual(EXPECTED_2026);
    const cchcSource = sheetValues(sb, 'Cấu hình').find((r) => r[0] === 'Kế hoạch')?.[1];

    expect(preview(sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({
      ok: true,
      mode: 'plan',
      changes: { added: 15, updated: 0, removed: 0, unchanged: 0 },
    });
    expect(confirm(sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({
      ok: true,
      counts: { added: 15, updated: 0, removed: 0, unchanged: 0 },
    });
    const rows = tasksOf(sb);
    expect(rows.slice(0, first.length)).toEqual(first);
    const added = rows.slice(first.length);
    expect(added.map((r) => r['Mã'])).toEqual(
      [
        ...['II.1.1', 'II.1.2', 'II.1.3', 'II.2.1', 'II.2.2', 'II.2.3', 'II.3.1', 'II.3.2', 'II.3.3'],
        ...['II.4.1', 'II.4.2', 'II.4.3', 'II.5.1', 'III.1', 'III.2'],
      ].map((c) => `KH12.${c}`),
    );
    expect(new Set(added.map((r) => r['Nguồn']))).toEqual(new Set([CDS_SOURCE]));
    expect(new Set(rows.map((r) => r['Mã'])).size).toBe(rows.length);
    // The CCHC plan stays the report's căn cứ.
    expect(sheetValues(sb, 'Cấu hình').find((r) => r[0] === 'Kế hoạch')?.[1]).toBe(cchcSource);

    // Each plan re-imported: its own rows unchanged, the other plan's never marked removed.
    expect(confirm(sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({
      counts: { added: 0, updated: 0, removed: 0, unchanged: 15 },
    });
    expect(tasksOf(sb)).toEqual(rows);
    expect(sb.callServer<Result>(PRINCIPAL, 'importConfirm', { kind: 'text', text: samplePlanText() })).toMatchObject({
      counts: { added: 0, updated: 0, removed: 0, unchanged: 42 },
    });
    expect(tasksOf(sb)).toEqual(rows);
  });
});

describe('the report of a plan that is not about CCHC', () => {
  /** The CCHC sample plan, then the chuyển đổi số plan, in one tracker on 02/04/2026. */
  function twoPlans() {
    const w = trackerWithPlan({ start: '2026-04-02T09:00:00+07:00' });
    expect(confirm(w.sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({ ok: true });
    return w;
  }
  const CCHC_SOURCE = 'Kế hoạch số 47/KH-THMT ngày 20/01/2026';
  const quarter = { reportDate: '2026-04-02', number: '6' } as const;

  it('the dialog offers the tracker’s plans', () => {
    const w = twoPlans();
    expect(w.sb.callServer<{ plans: string[] }>(PRINCIPAL, 'reportLoad').plans).toEqual([CCHC_SOURCE, CDS_SOURCE]);
  });

  it('filtered to the plan: titled by it, one part per area of its own, its 15 tasks only (NĐ 30 format)', () => {
    const w = twoPlans();
    const { result, elements } = built(w, { ...quarter, plan: CDS_SOURCE });
    expect(result.name).toBe('BC KH 12/KH-THMT Quý I 2026 - TH Mỹ Thịnh');
    const body = paragraphsOf(elements).filter((e) => e.cell === null && e.text.trim() !== '');
    const subject = body[body.findIndex((e) => e.text === 'BÁO CÁO') + 1]!;
    expect(subject.text).toBe(`Kết quả thực hiện ${CDS_SOURCE} quý I năm 2026`);
    expectRole(subject, 'subject');
    expect(body.some((e) => /cải cách hành chính/i.test(e.text))).toBe(false);
    expectRole(
      find(
        elements,
        `Căn cứ ${CDS_SOURCE}, Trường Tiểu học Mỹ Thịnh báo cáo kết quả thực hiện kế hoạch quý I năm 2026 như sau:`,
      ),
      'body',
    );

    const parts = body.filter((e) => /^[IVX]+\. /.test(e.text)).map((e) => e.text);
    expect(parts).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    for (const p of parts) expectRole(find(elements, p), 'partHeading');
    const first = body.findIndex((e) => e.text === parts[0]);
    const second = body.findIndex((e) => e.text === parts[1]);
    const items = body.slice(first, second).filter((e) => /^\d+\. /.test(e.text));
    expect(items.map((e) => e.text)).toEqual(CDS_AREAS.map(([area], i) => `${i + 1}. ${area}`));
    for (const e of items) expectRole(e, 'itemHeading');
    // The overall rate counts this plan's tasks only: 15; due by 31/03/2026 7 (II.1.1, II.1.2, II.2.1, II.4.1,
    // II.4.2, II.5.1, III.2), none done, the 5 due before 31/03 overdue.
    expect(body[first + 1]!.text).toBe(
      'Tính đến ngày 31/03/2026: Tổng số 15 nhiệm vụ; đến hạn 7, đã hoàn thành 0 (đúng hạn 0, quá hạn 0), đạt 0%; quá hạn chưa hoàn thành 5.',
    );
    const annex = elements.filter((e) => e.type === 'TABLE').at(-1)!;
    expect(annex.table!.rows).toBe(1 + 15);
  });

  it('the preview counts the sections of the plan asked for; the CCHC plan alone keeps its own report', () => {
    const w = twoPlans();
    const shown = w.sb.callServer<{ ok: boolean; sections: { title: string }[] }>(
      PRINCIPAL,
      'reportPreview',
      payload({ ...quarter, plan: CDS_SOURCE }),
    );
    expect(shown.sections.map((s) => s.title)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    const { result, elements } = built(w, { ...quarter, plan: CCHC_SOURCE });
    expect(result.name).toBe('BC CCHC Quý I 2026 - TH Mỹ Thịnh');
    expect(find(elements, 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH')).toBeTruthy();
    expect(elements.filter((e) => e.type === 'TABLE').at(-1)!.table!.rows).toBe(1 + 42);
  });

  it('every plan at once: both plans cited, the areas of both, every task', () => {
    const w = twoPlans();
    const { elements } = built(w, quarter);
    const body = paragraphsOf(elements).filter((e) => e.cell === null);
    expect(
      body.some(
        (e) =>
          e.text ===
          `Căn cứ ${CCHC_SOURCE}; ${CDS_SOURCE}, Trường Tiểu học Mỹ Thịnh báo cáo kết quả thực hiện các kế hoạch quý I năm 2026 như sau:`,
      ),
    ).toBe(true);
    expect(elements.filter((e) => e.type === 'TABLE').at(-1)!.table!.rows).toBe(1 + 42 + 15);
  });
});

/** The principal signs: her name is Cấu hình's. */
const SIGNER = 'Nguyễn Thị Lê';

describe('the report of a plan that is not about CCHC passes the same NĐ 30 format checks as the CCHC report', () => {
  let w: World;
  let id: string;
  beforeAll(() => {
    w = trackerWithPlan({ start: '2026-04-02T09:00:00+07:00' });
    expect(confirm(w.sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({ ok: true });
    ({ id } = built(w, { reportDate: '2026-04-02', number: '6', plan: CDS_SOURCE }));
  });

  itFollowsNd30(() => w.sb.documents.walk(id), {
    parentAgency: 'UBND PHƯỜNG MỸ LỘC',
    issuingAgency: 'TRƯỜNG TIỂU HỌC MỸ THỊNH',
    numberLine: 'Số: 06/BC-THMT',
    placeDate: 'Mỹ Lộc, ngày 02 tháng 4 năm 2026',
    subject: `Kết quả thực hiện ${CDS_SOURCE} quý I năm 2026`,
    bodyStart: 'Căn cứ',
    bodyMoreThan: 15,
    closingTable: 1,
    annexTable: 2,
    recipients: ['- UBND phường Mỹ Lộc;', '- Lưu: VT.'],
    signature: ['HIỆU TRƯỞNG', SIGNER],
    annexHeader: ['STT', 'Mã', 'Nội dung nhiệm vụ', 'Chủ trì', 'Thời hạn, tình trạng', 'Kết quả, minh chứng'],
    annexRows: 15,
  });
});

describe('the dashboard and the digest follow the plan’s areas', () => {
  it('Tổng hợp lists the plan’s areas in plan order with live counts, then the total', () => {
    const { sb } = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    expect(confirm(sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({ ok: true });
    const L = dashboardLayout(CDS_AREAS.length);
    const values = sb.spreadsheet.valuesOf('Tổng hợp');
    const total = 1 + AREA_TABLE_KEYS.indexOf('total');
    const overdue = 1 + AREA_TABLE_KEYS.indexOf('overdue');
    const rows = values.slice(L.firstAreaRow - 1, L.totalRow);
    expect(rows.map((r) => [r[0], r[total]])).toEqual([...CDS_AREAS.map(([area, n]) => [area, n]), ['Tổng cộng', 15]]);
    // Overdue on 02/04/2026: II.1.2 and II.4.2 (31/03), II.2.1, II.4.1, II.5.1, III.2 and II.1.1.
    expect(values[L.totalRow - 1]![overdue]).toBe(7);
    // Live: a week later II.1.3 (30/04) is not due yet, nothing new overdue; a month later it is.
    sb.clock.advanceDays(30);
    expect(sb.spreadsheet.valuesOf('Tổng hợp')[L.totalRow - 1]![overdue]).toBe(8);
  });

  it('the principal’s summary groups the overdue tasks by the plan’s areas, in plan order', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    expect(confirm(w.sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({ ok: true });
    expect(w.sb.clickMenu(PRINCIPAL, 'Bật nhắc việc tự động').error).toBeUndefined();
    w.sb.run(PRINCIPAL, 'runDailyAlerts');
    const summary = w.sb.mail.outbox.find((m) => m.subject.includes('Tổng hợp ngày'))!;
    const text = summary.body;
    const from = text.indexOf('THEO LĨNH VỰC');
    expect(from).toBeGreaterThan(-1);
    const lines = text.slice(from).split('\n').slice(1);
    expect(
      lines.slice(
        0,
        lines.findIndex((l) => l.trim() === ''),
      ),
    ).toEqual([
      '- Nâng cao nhận thức, kỹ năng số: 2',
      '- Phát triển hạ tầng, thiết bị: 1',
      '- Chuyển đổi số trong quản trị nhà trường: 2',
      '- Bảo đảm an toàn thông tin: 1',
      '- Tổ chức thực hiện: 1',
    ]);
  });
});

describe('the dashboard of a tracker with two plans', () => {
  it('a Kế hoạch pick above the table: the live counts follow the plan picked, and a refresh keeps the pick', () => {
    const { sb } = trackerWithPlan({ start: '2026-04-02T09:00:00+07:00' });
    expect(confirm(sb, { kind: 'text', text: CDS_PLAN })).toMatchObject({ ok: true });
    // Tổ chức thực hiện is an area of both plans: one row.
    const L = dashboardLayout(8 + CDS_AREAS.length - 1);
    const total = 1 + AREA_TABLE_KEYS.indexOf('total');
    const dash = () => sb.spreadsheet.valuesOf('Tổng hợp');
    expect(dash()[0]![0]).toBe('TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH');
    expect(dash()[L.planFilterRow - 1]!.slice(0, 2)).toEqual(['Kế hoạch:', 'Tất cả các kế hoạch']);
    // The CCHC areas in NQ 76 order, then the plan's own.
    expect(
      dash()
        .slice(L.firstAreaRow - 1, L.totalRow - 1)
        .map((r) => r[0]),
    ).toEqual([...AREAS, ...CDS_AREAS.slice(0, -1).map(([area]) => area)]);
    expect(dash()[L.totalRow - 1]![total]).toBe(42 + 15);
    // The table grew by five rows: the CCHC-only total row (row 13) is an area row now, plain; the total is bold.
    const cell = (row: number) => sb.spreadsheet.getSheetModel('Tổng hợp')!.cell(row, 1);
    expect([cell(LAYOUT.totalRow)?.fontWeight ?? 'normal', cell(L.totalRow)?.fontWeight]).toEqual(['normal', 'bold']);

    sb.edit(PRINCIPAL, 'Tổng hợp', `B${L.planFilterRow}`, [[CDS_SOURCE]]);
    expect(dash()[L.totalRow - 1]![total]).toBe(15);
    expect(dash()[L.firstAreaRow - 1]![total]).toBe(0);
    // Tổ chức thực hiện is an area of both plans: only this plan's two tasks are counted.
    expect(dash()[L.firstAreaRow - 1 + 7]![total]).toBe(2);

    expect(sb.clickMenu(PRINCIPAL, 'Làm mới định dạng').error).toBeUndefined();
    expect(dash()[L.planFilterRow - 1]![1]).toBe(CDS_SOURCE);
    expect(dash()[L.totalRow - 1]![total]).toBe(15);

    sb.edit(PRINCIPAL, 'Tổng hợp', `B${L.planFilterRow}`, [['Kế hoạch số 47/KH-THMT ngày 20/01/2026']]);
    expect(dash()[L.totalRow - 1]![total]).toBe(42);

    // A row with no Nguồn (typed by hand) belongs to no plan, and Tất cả counts it: the "<>Tất cả các kế hoạch"
    // criterion takes every cell not equal to that text, blank ones too (COUNTIF's operators,
    // support.google.com/docs/answer/3093480; HyperFormula evaluates it so in the sandbox).
    scriptWrite(sb, 'Nhiệm vụ', 2, colOf(sb, 'source'), [['']]);
    expect(dash()[L.totalRow - 1]![total]).toBe(41);
    sb.edit(PRINCIPAL, 'Tổng hợp', `B${L.planFilterRow}`, [['Tất cả các kế hoạch']]);
    expect(dash()[L.totalRow - 1]![total]).toBe(42 + 15);
  });
});
