// The report end to end: dialog, build, the Doc's ND30 format (walked element by element), its
// figures against the status engine, hostile texts, the register, failure cleanup, call counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { trackerWithPlan, sheetValues, PRINCIPAL, type World } from '../support/world';
import type { ReportPreview } from '../../src/contracts/report';
import { build, built, payload, readBackTasks, setSetting, writeTasks, type TaskSpec } from '../support/reportWorld';
import type { WalkedElement } from '../../sandbox/document';
import { expectRole, findParagraph as find, itFollowsNd30, paragraphsOf } from '../support/nd30';
import { figuresByArea, figuresOf } from '../../src/core/status/engine';
import { rateSentence } from '../../src/core/report/model';
import { taskLabel } from '../../src/core/report/wording';
import { parseSettings } from '../../src/core/settings';
import { Area, ProgressStatus } from '../../src/core/domain';
import { callsOf } from '../../sandbox/env';

const settings = (() => {
  const r = parseSettings({});
  if (!r.ok) throw new Error('defaults');
  return r.settings;
})();

const DEPUTY = 'Phạm Văn Cường';

/** A spread of states on 31/03/2026: done on time, done late, overdue with difficulties, future. */
const QUARTER_TASKS: TaskSpec[] = [
  {
    area: Area.Direction,
    owner: 'Nguyễn Thị Lê',
    dueDate: '2026-01-31',
    progressStatus: ProgressStatus.Done,
    completedDate: '2026-01-25',
    result: 'Đã ban hành Kế hoạch 47/KH-THMT',
  },
  {
    area: Area.Institution,
    owner: 'Trần Văn An',
    dueDate: '2026-02-15',
    progressStatus: ProgressStatus.Done,
    completedDate: '2026-02-20',
    result: 'Rà soát xong 12 văn bản',
    evidence: 'https://drive.google.com/file/d/abc',
  },
  {
    area: Area.Institution,
    owner: 'Lê Thị Bình',
    dueDate: '2026-02-28',
    progressStatus: ProgressStatus.InProgress,
    difficulties: 'Thiếu máy scan',
  },
  {
    area: Area.Procedure,
    owner: 'Trần Văn An',
    dueDate: '2026-03-10',
    progressStatus: ProgressStatus.Done,
    completedDate: '2026-03-05',
    result: 'Niêm yết TTHC',
  },
  {
    area: Area.Procedure,
    owner: 'Lê Thị Bình',
    dueDate: '2026-05-20',
    progressStatus: ProgressStatus.InProgress,
    proposal: 'Đề nghị hỗ trợ kinh phí',
  },
  { area: Area.DigitalGovernment, owner: 'Trần Văn An', dueDate: '2026-06-15' },
];

describe('report: the Doc follows Nghị định 30/2020 (format walk)', () => {
  let w: World;
  let elements: WalkedElement[];
  let id: string;
  beforeAll(() => {
    w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    writeTasks(w.sb, QUARTER_TASKS);
    ({ elements, id } = built(w, { signer: 'deputy', signerName: DEPUTY, reportDate: '2026-04-02', number: '5' }));
  });

  itFollowsNd30(() => w.sb.documents.walk(id), {
    parentAgency: 'UBND PHƯỜNG MỸ LỘC',
    issuingAgency: 'TRƯỜNG TIỂU HỌC MỸ THỊNH',
    numberLine: 'Số: 05/BC-THMT',
    placeDate: 'Mỹ Lộc, ngày 02 tháng 4 năm 2026',
    subject: 'Kết quả thực hiện công tác cải cách hành chính quý I năm 2026',
    bodyStart: 'Căn cứ',
    bodyMoreThan: 20,
    closingTable: 1,
    annexTable: 2,
    recipients: ['- UBND phường Mỹ Lộc;', '- Lưu: VT.'],
    signature: ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', DEPUTY],
    annexHeader: ['STT', 'Mã', 'Nội dung nhiệm vụ', 'Chủ trì', 'Thời hạn, tình trạng', 'Kết quả, minh chứng'],
    annexRows: QUARTER_TASKS.length,
  });

  it('body: part and item headings, points and the placeholder in their ND30 roles', () => {
    for (const heading of ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 'V. ĐỀ XUẤT, KIẾN NGHỊ'])
      expectRole(find(elements, heading), 'partHeading');
    expectRole(find(elements, '1. Cải cách thể chế'), 'itemHeading');
    expectRole(find(elements, '- T4 Nhiệm vụ 4: Niêm yết TTHC.'), 'point');
    expectRole(find(elements, settings.reportCausesPlaceholder), 'placeholder');
  });

  it('Phụ lục: every task, its deadline and state', () => {
    const cells = paragraphsOf(elements).filter((e) => e.cell?.table === 2);
    expect(cells.filter((e) => e.cell!.row === 3).map((e) => e.text)).toEqual([
      '3',
      'T3',
      'Nhiệm vụ 3',
      'Lê Thị Bình',
      '28/02/2026\nQuá hạn chưa hoàn thành (31 ngày)',
      '',
    ]);
  });

  it('the evidence link is a real link', () => {
    // A bare URL shows as linked words, never as the raw URL.
    const e = find(elements, '- T2 Nhiệm vụ 2: Rà soát xong 12 văn bản. Minh chứng: Minh chứng 1.');
    const linked = e.runs!.filter((r) => r.linkUrl);
    expect(linked.map((r) => [r.text, r.linkUrl])).toEqual([['Minh chứng 1', 'https://drive.google.com/file/d/abc']]);
  });
});

describe('report: the preview, and proposals addressed to the school itself', () => {
  const INTERNAL = 'Đề nghị Ban giám hiệu điều chỉnh thời hạn và bố trí thêm người phối hợp.';
  const OUTWARD = 'Đề nghị UBND phường tổ chức tập huấn cho cán bộ phụ trách.';
  const tasks: TaskSpec[] = [
    { owner: 'Trần Văn An', dueDate: '2026-02-15', proposal: INTERNAL },
    { owner: 'Trần Văn An', dueDate: '2026-02-20', proposal: INTERNAL },
    { owner: 'Lê Thị Bình', dueDate: '2026-03-10', proposal: OUTWARD },
    { owner: 'Lê Thị Bình', dueDate: '2026-03-01', progressStatus: ProgressStatus.Done, completedDate: '2026-02-27' },
  ];

  it('the preview tells pages, sections and the internal proposals, and creates nothing', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    writeTasks(w.sb, tasks);
    const before = w.sb.drive.model.items.size;
    const preview = w.sb.callServer<ReportPreview>(PRINCIPAL, 'reportPreview', payload());
    expect(preview.ok).toBe(true);
    expect(preview.pages.body).toBeGreaterThanOrEqual(1);
    expect(preview.pages.annex).toBeGreaterThanOrEqual(1);
    expect(preview.sections.map((s) => s.title.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V']);
    // V lists the outward proposal only: the internal one waits to be ticked in.
    expect(preview.sections[4]!.items).toBe(1);
    expect(preview.internalProposals).toEqual([
      { key: expect.any(String), text: INTERNAL.replace(/\.$/u, ''), codes: 'T1, T2' },
    ]);
    // Done without evidence: counted and named before the principal sends the report.
    expect(preview.doneWithoutEvidence).toEqual({ count: 1, codes: ['T4'] });
    expect(w.sb.documents.all()).toEqual([]);
    expect(w.sb.drive.model.items.size).toBe(before);
    expect(sheetValues(w.sb, 'Sổ báo cáo').length).toBeLessThanOrEqual(1);
  });

  it('an outward report leaves the internal proposal out unless the principal ticks it in', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    writeTasks(w.sb, tasks);
    const textsOf = (r: ReturnType<typeof built>) => paragraphsOf(r.elements).map((e) => e.text);
    const out = textsOf(built(w));
    expect(out).toContain('- Đề nghị UBND phường tổ chức tập huấn cho cán bộ phụ trách (T3).');
    expect(out.some((t) => t.includes('Ban giám hiệu điều chỉnh'))).toBe(false);
    const preview = w.sb.callServer<ReportPreview>(PRINCIPAL, 'reportPreview', payload({ number: '06' }));
    const key = preview.internalProposals[0]!.key;
    const withInternal = textsOf(built(w, { number: '06', includeInternal: [key] }));
    expect(withInternal).toContain(
      '- Đề nghị Ban giám hiệu điều chỉnh thời hạn và bố trí thêm người phối hợp (T1, T2).',
    );
  });
});

describe('report: content', () => {
  it('figures match figuresOf / figuresByArea as of the end of the window; register row written', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    writeTasks(w.sb, QUARTER_TASKS);
    const { elements, result } = built(w);
    const tasks = readBackTasks(w.sb);
    const overall = figuresOf(tasks, '2026-03-31', settings.dueSoonDays);
    expect(overall).toMatchObject({ total: 6, due: 4, doneOfDue: 3, doneLate: 1, overdue: 1 });
    const texts = paragraphsOf(elements).map((e) => e.text);
    expect(texts).toContain(`Tính đến ngày 31/03/2026: ${rateSentence(overall, settings)}`);
    expect(texts).toContain(
      'Tính đến ngày 31/03/2026: Tổng số 6 nhiệm vụ; đến hạn 4, đã hoàn thành 3 (đúng hạn 2, quá hạn 1), đạt 75%; quá hạn chưa hoàn thành 1.',
    );
    for (const { area, figures } of figuresByArea(tasks, '2026-03-31', settings.dueSoonDays)) {
      if (area === Area.Direction) continue;
      const i = texts.findIndex((t) => t.endsWith(`. ${area}`));
      expect(texts[i + 1]).toBe(
        figures.total ? rateSentence(figures, settings) : 'Trong kỳ không có nhiệm vụ thuộc lĩnh vực này.',
      );
    }
    expect(texts).toContain('Chưa hoàn thành: T3 Nhiệm vụ 3 (quá hạn 31 ngày).');
    expect(texts).toContain('- Thiếu máy scan (T3).');
    expect(texts).toContain('+ T5 Nhiệm vụ 5 (chủ trì: Lê Thị Bình; thời hạn 20/05/2026);');
    expect(texts).toContain('- Đề nghị hỗ trợ kinh phí (T5).');
    expect(result.name).toBe('BC CCHC Quý I 2026 - TH Mỹ Thịnh');
    const register = sheetValues(w.sb, 'Sổ báo cáo');
    expect(register.length).toBe(2);
    expect(register[1]!.slice(0, 5)).toEqual([
      '05/BC-THMT',
      expect.any(Date),
      'Quý I năm 2026',
      result.url,
      'Nguyễn Thị Lê',
    ]);
    // The Doc sits in the Cấu hình folder.
    const doc = w.sb.documents.all()[0]!;
    expect(w.sb.drive.item(doc.parents[0]!)!.name).toBe('Báo cáo CCHC');
  });

  it('hostile texts come out verbatim: 5,000 characters, line breaks, HTML, leading "=", emoji, NFD → NFC', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    const hostile = [
      'Kết quả '.repeat(624) + 'Kết quả.',
      'dòng một\ndòng hai',
      '<b>đậm</b><script>alert("x")</script>',
      '=SUM(A1:A3)',
      'Xong 🎉👍🏽 ✅',
      'Đã tổ chức hội nghị cán bộ, viên chức'.normalize('NFD'),
    ];
    // A text that starts with "=" is typed with the apostrophe Sheets needs to keep it text.
    const typed = (text: string) => (text.startsWith('=') ? `'${text}` : text);
    writeTasks(
      w.sb,
      hostile.map((text, i) => ({
        owner: 'Trần Văn An',
        dueDate: '2026-03-20',
        progressStatus: ProgressStatus.InProgress,
        result: typed(text),
        difficulties: typed(text),
        proposal: typed(text),
        content: typed(text),
        code: `H${i + 1}`,
      })),
    );
    const { id, elements } = built(w);
    const texts = paragraphsOf(elements).map((e) => e.text);
    const annex = paragraphsOf(elements)
      .filter((e) => e.cell?.table === 2)
      .map((e) => e.text);
    hostile.forEach((raw, i) => {
      // Verbatim inside; at the ends the sentence's own spaces and full stop are the report's.
      const text = raw.normalize('NFC').trim();
      const label = taskLabel({ code: `H${i + 1}`, shortName: '', content: text });
      const bare = text.replace(/\.+$/u, '');
      expect(texts).toContain(`- ${label}: ${bare}.`); // II: code, short title, result
      expect(texts).toContain(`- ${bare} (H${i + 1}).`); // III.2 (difficulties) and V (proposal)
      expect(annex).toContain(text); // Phụ lục: Nội dung, the full text
      expect(annex).toContain(`${bare}.`); // Phụ lục: Kết quả
      expect(annex.filter((t) => t === text || t === `${bare}.`).length).toBe(2); // and nowhere else
    });
    expect(w.sb.documents.body(id).getText()).not.toContain(hostile[5]);
    expect(hostile[0]!.length).toBe(5000);
  });

  it('nothing due and areas with no task: no division by zero, a sentence instead', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-02-01T09:00:00+07:00' });
    writeTasks(w.sb, [
      { owner: 'Trần Văn An', dueDate: '2026-11-30' },
      { owner: 'Lê Thị Bình', dueDate: '2026-12-15', area: Area.Procedure },
    ]);
    const { elements } = built(w, { reportDate: '2026-02-01' });
    const texts = paragraphsOf(elements).map((e) => e.text);
    expect(texts).toContain('Tính đến ngày 01/02/2026: Tổng số 2 nhiệm vụ; chưa có nhiệm vụ nào đến hạn.');
    expect(texts.filter((t) => t === 'Trong kỳ không có nhiệm vụ thuộc lĩnh vực này.').length).toBe(6); // I and five areas of II
    expect(texts.join('\n')).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('a cut-off window crossing the year (15/12/2025 → 14/03/2026) counts December tasks', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-03-18T09:00:00+07:00' });
    setSetting(w.sb, 'periodMode', 'Chốt số liệu 15→14');
    writeTasks(w.sb, [
      {
        owner: 'Trần Văn An',
        dueDate: '2025-12-20',
        progressStatus: ProgressStatus.Done,
        completedDate: '2025-12-18',
        result: 'Làm trong tháng 12',
      },
      { owner: 'Trần Văn An', dueDate: '2026-03-12' },
      { owner: 'Trần Văn An', dueDate: '2026-03-16' },
    ]);
    const { elements } = built(w, { reportDate: '2026-03-18' });
    const texts = paragraphsOf(elements).map((e) => e.text);
    expect(texts).toContain(
      'Tính đến ngày 14/03/2026: Tổng số 3 nhiệm vụ; đến hạn 2, đã hoàn thành 1 (đúng hạn 1, quá hạn 0), đạt 50%; quá hạn chưa hoàn thành 1.',
    );
    expect(texts).toContain('- T1 Nhiệm vụ 1: Làm trong tháng 12.');
    expect(texts).toContain('Các nhiệm vụ đến hạn trong quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026):');
  });

  it('numbers: the next one for the year, blank when asked, a taken one refused', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    writeTasks(w.sb, QUARTER_TASKS);
    expect(w.sb.callServer<{ nextNumber: string }>(PRINCIPAL, 'reportLoad').nextNumber).toBe('01');
    expect(build(w, { number: '01' }).ok).toBe(true);
    expect(w.sb.callServer<{ nextNumber: string }>(PRINCIPAL, 'reportLoad').nextNumber).toBe('02');
    const taken = build(w, { number: '1' });
    expect(taken).toEqual({
      ok: false,
      message: '',
      errors: [
        {
          field: 'number',
          message: 'Số 01 năm nay đã dùng cho báo cáo ngày 25/03/2026. Hãy chọn số khác hoặc để trống.',
        },
      ],
    });
    const { elements } = built(w, { blankNumber: true, number: '' });
    expect(paragraphsOf(elements).some((e) => e.text === 'Số:      /BC-THMT')).toBe(true);
    expect(w.sb.callServer<{ nextNumber: string }>(PRINCIPAL, 'reportLoad').nextNumber).toBe('02');
  });

  it('bad input gets Vietnamese errors per field and builds nothing', () => {
    const w = trackerWithPlan({ plan: 'none' });
    const r = build(w, {
      period: 'custom',
      from: '2026-03-10',
      to: '2026-02-01',
      reportDate: '31/02/2026',
      number: 'abc',
      signer: 'deputy',
      signerName: ' ',
      recipients: [' '],
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.field).sort()).toEqual([
      'number',
      'recipients',
      'reportDate',
      'signerName',
      'to',
    ]);
    expect(!r.ok && r.errors.find((e) => e.field === 'to')!.message).toBe('Ngày kết thúc phải sau ngày bắt đầu.');
    expect(w.sb.documents.all()).toEqual([]);
  });
});

describe('report: failure part-way, dialog, permissions, calls', () => {
  it('a failure after the Doc was written trashes it, consumes no number and says what failed', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    writeTasks(w.sb, QUARTER_TASKS);
    // Moving the Doc into the Cấu hình folder fails (Drive answers a server error once).
    w.sb.env.faults.arm({ method: 'Files.update' });
    const before = sheetValues(w.sb, 'Sổ báo cáo');
    const r = build(w, { pdf: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(
      /^Không tạo được báo cáo \(bước: lưu vào thư mục\)\. .+\nVăn bản dở dang đã được chuyển vào thùng rác; số báo cáo chưa bị dùng, có thể tạo lại\.$/,
    );
    const docs = w.sb.documents.all();
    expect(docs.length).toBe(1);
    expect(docs.every((d) => d.trashed)).toBe(true);
    expect(sheetValues(w.sb, 'Sổ báo cáo')).toEqual(before);
    expect(w.sb.callServer<{ nextNumber: string }>(PRINCIPAL, 'reportLoad').nextNumber).toBe('01');
  });

  it('a report longer than Google Docs holds (1,020,000 characters) is refused in Vietnamese before anything is created', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-07-05T09:00:00+07:00' });
    const long = (i: number, size: number): TaskSpec => ({
      area: Area.Procedure,
      owner: 'Trần Văn An',
      dueDate: '2026-03-10',
      progressStatus: ProgressStatus.Done,
      completedDate: '2026-03-05',
      result: `Kết quả ${i}: ${'đã rà soát hồ sơ, '.repeat(size)}`.trim(),
    });
    writeTasks(
      w.sb,
      Array.from({ length: 300 }, (_, i) => long(i, 110)),
    );
    const before = sheetValues(w.sb, 'Sổ báo cáo');
    const r = build(w, { period: 'H1:2026', reportDate: '2026-07-05' });
    expect(!r.ok && r.message).toMatch(
      /^Báo cáo dài khoảng 1\.\d{3}\.\d{3} ký tự, vượt giới hạn 1\.020\.000 ký tự một văn bản của Google Docs, nên chưa tạo\. .+ Chưa có gì được ghi; số báo cáo chưa bị dùng\.$/,
    );
    expect(w.sb.documents.all()).toEqual([]);
    expect(sheetValues(w.sb, 'Sổ báo cáo')).toEqual(before);
    // Half as long fits, and the Doc holds about what the check counted.
    writeTasks(
      w.sb,
      Array.from({ length: 300 }, (_, i) => long(i, 60)),
    );
    const { id } = built(w, { period: 'H1:2026', reportDate: '2026-07-05' });
    expect(w.sb.documents.model(id)!.characterCount()).toBeLessThan(1_020_000);
  });

  it('the menu item and the dashboard button open the same dialog; staff are refused', () => {
    const w = trackerWithPlan({ plan: 'none' });
    w.sb.clickMenu(PRINCIPAL, 'Tạo báo cáo…');
    w.sb.clickButton(PRINCIPAL, 'dashboardCreateReport');
    const dialogs = w.sb.ui.dialogs;
    expect(dialogs.map((d) => d.title)).toEqual(['Tạo báo cáo CCHC', 'Tạo báo cáo CCHC']);
    const staff = w.staff.find((s) => s.role !== 'Quản lý' && s.email !== PRINCIPAL)!.email;
    expect(() => w.sb.callServer(staff, 'reportLoad')).toThrow(
      'Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.',
    );
  });

  it('reads the tracker in a fixed number of spreadsheet calls; the Phụ lục is one appendTable', () => {
    const counts = [6, 60].map((n) => {
      const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
      writeTasks(
        w.sb,
        Array.from({ length: n }, (_, i) => QUARTER_TASKS[i % QUARTER_TASKS.length]!),
      );
      const before = w.sb.env.executions.length;
      build(w);
      const execution = w.sb.env.executions.slice(before).find((e) => e.functionName === 'reportBuild')!;
      return {
        sheets: callsOf(execution, 'SpreadsheetApp'),
        tables: callsOf(execution, 'Body.appendTable'),
        docs: callsOf(execution, 'DocumentApp'),
      };
    });
    expect(counts[1]!.sheets).toBe(counts[0]!.sheets);
    expect(counts[0]!.tables).toBe(3);
    expect(counts[1]!.tables).toBe(3);
    // Document calls grow with the paragraphs (results, overdue, upcoming), a small constant per task.
    expect((counts[1]!.docs - counts[0]!.docs) / 54).toBeLessThan(12);
  });
});
