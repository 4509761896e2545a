import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineFromText } from '../../../src/core/plan/outline';
import { parsePlan } from '../../../src/core/plan/parser';
import { deriveShortTitle } from '../../../src/core/report/wording';
import {
  buildReport,
  fillTemplate,
  numberLine,
  placeDateLine,
  rateSentence,
  recipientLines,
  shortSchoolName,
  type Block,
  type Paragraph,
  type ReportRequest,
} from '../../../src/core/report/model';
import { parseSettings, PeriodMode, type Settings } from '../../../src/core/settings';
import { AREAS, Area, ProgressStatus, type Task } from '../../../src/core/domain';
import { figuresByArea, figuresOf } from '../../../src/core/status/engine';
import { FORMAT, RULED } from '../../../src/core/report/format';
import { testTask } from '../../support/task';

function settingsWith(raw: Record<string, unknown> = {}): Settings {
  const r = parseSettings(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.settings;
}

let seq = 0;
function task(over: Partial<Task>): Task {
  seq++;
  return testTask({
    code: `T${seq}`,
    area: Area.Institution,
    content: `Nhiệm vụ ${seq}`,
    owner: 'Trần Văn An',
    dueDate: '2026-03-31',
    row: seq + 1,
    ...over,
  });
}

const request = (over: Partial<ReportRequest> = {}): ReportRequest => ({
  period: { kind: 'Q1', year: 2026 },
  reportDate: '2026-03-25',
  number: 5,
  signer: { kind: 'principal' },
  recipients: ['UBND phường Mỹ Lộc', 'Lưu: VT'],
  today: '2026-04-10',
  ...over,
});

function paragraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph] : b.kind === 'layout' ? b.rows.flat(2) : []));
}
const texts = (blocks: readonly Block[]) => paragraphs(blocks).map((p) => p.text);

describe('report model: the fixed lines', () => {
  it('numbers with a leading zero, or leaves the number blank', () => {
    expect(numberLine(5, 'THMT')).toBe('Số: 05/BC-THMT');
    expect(numberLine(12, 'THMT')).toBe('Số: 12/BC-THMT');
    expect(numberLine(null, 'THMT')).toBe('Số:      /BC-THMT');
  });

  it('writes the place and date with ND30 leading zeros (day < 10, months 1–2)', () => {
    expect(placeDateLine('Mỹ Lộc', '2026-01-05')).toBe('Mỹ Lộc, ngày 05 tháng 01 năm 2026');
    expect(placeDateLine('Mỹ Lộc', '2026-02-28')).toBe('Mỹ Lộc, ngày 28 tháng 02 năm 2026');
    expect(placeDateLine('Mỹ Lộc', '2026-03-09')).toBe('Mỹ Lộc, ngày 09 tháng 3 năm 2026');
    expect(placeDateLine('Mỹ Lộc', '2026-12-20')).toBe('Mỹ Lộc, ngày 20 tháng 12 năm 2026');
  });

  it('ends recipients with ";" and the last with ".", adding "Lưu: VT" when missing', () => {
    expect(recipientLines(['UBND phường Mỹ Lộc;', '- Phòng GD&ĐT.'])).toEqual([
      '- UBND phường Mỹ Lộc;',
      '- Phòng GD&ĐT;',
      '- Lưu: VT.',
    ]);
    expect(recipientLines(['UBND phường Mỹ Lộc', 'Lưu: VT, HS'])).toEqual(['- UBND phường Mỹ Lộc;', '- Lưu: VT, HS.']);
  });

  it('shortens the school name for the file name', () => {
    expect(shortSchoolName('Trường Tiểu học Mỹ Thịnh')).toBe('TH Mỹ Thịnh');
    expect(shortSchoolName('Trường THCS Mỹ Lộc')).toBe('THCS Mỹ Lộc');
  });

  it('fills template placeholders, keeping unknown ones', () => {
    expect(fillTemplate('A {kỳ} B {KỲ} {lạ}', { kỳ: 'quý I' })).toBe('A quý I B quý I {lạ}');
  });
});

describe('report model: figures from the status engine', () => {
  const tasks = [
    task({
      dueDate: '2026-01-31',
      progressStatus: ProgressStatus.Done,
      completedDate: '2026-01-20',
      result: 'Đã ban hành kế hoạch',
      area: Area.Direction,
    }),
    task({
      dueDate: '2026-02-15',
      progressStatus: ProgressStatus.Done,
      completedDate: '2026-02-20',
      result: 'Xong muộn',
    }),
    task({
      dueDate: '2026-02-28',
      progressStatus: ProgressStatus.InProgress,
      difficulties: 'Thiếu máy tính',
      owner: 'Lê Thị Bình',
    }),
    task({
      dueDate: '2026-03-10',
      progressStatus: ProgressStatus.Done,
      completedDate: '2026-03-01',
      evidence: 'https://drive.google.com/x',
      area: Area.DigitalGovernment,
      result: 'Đã số hóa hồ sơ',
    }),
    task({ dueDate: '2026-05-15', area: Area.Procedure }),
    task({ dueDate: '2026-06-20', area: Area.Procedure, proposal: 'Đề nghị cấp kinh phí' }),
    task({ dueDate: '2026-02-01', planNote: 'Đã bỏ khỏi kế hoạch' }),
    task({ dueDate: null, owner: '' }),
  ];
  const settings = settingsWith();
  const model = buildReport(tasks, settings, request());

  it('computes as of the end of the window, never past the build day', () => {
    expect(model.window).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(model.asOf).toBe('2026-03-31');
    expect(buildReport(tasks, settings, request({ today: '2026-03-20' })).asOf).toBe('2026-03-20');
  });

  it('uses figuresOf and figuresByArea on the same day, and quotes them in the rate sentence', () => {
    const live = tasks.filter((t) => t.planNote === '');
    expect(model.figures).toEqual(figuresOf(live, '2026-03-31', settings.dueSoonDays));
    expect(model.byArea).toEqual(figuresByArea(live, '2026-03-31', settings.dueSoonDays));
    expect(model.figures).toMatchObject({ total: 7, due: 4, doneOfDue: 3, doneLate: 1, overdue: 1 });
    const rate = texts(model.blocks).find((t) => t.startsWith('Tính đến ngày 31/03/2026'));
    expect(rate).toBe(
      'Tính đến ngày 31/03/2026: Tổng số 7 nhiệm vụ; đến hạn 4, đã hoàn thành 3 (đúng hạn 2, quá hạn 1), đạt 75%; quá hạn chưa hoàn thành 1.',
    );
  });

  it('uses the decimal comma: 10 of 12 is 83,3%', () => {
    const f = {
      ...figuresOf([], '2026-03-31', 3),
      total: 42,
      due: 12,
      doneOfDue: 10,
      doneLate: 1,
      doneOnTime: 9,
      completionRate: 10 / 12,
      onTimeRate: 9 / 12,
    };
    expect(rateSentence(f, settings)).toBe(
      'Tổng số 42 nhiệm vụ; đến hạn 12, đã hoàn thành 10 (đúng hạn 9, quá hạn 1), đạt 83,3%; quá hạn chưa hoàn thành 0.',
    );
  });

  it('lays out the sections I–V with an area part each, numbered, and the closing and Phụ lục', () => {
    const t = texts(model.blocks);
    const headings = paragraphs(model.blocks)
      .filter((p) => p.role === 'partHeading')
      .map((p) => p.text);
    expect(headings).toEqual([
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    const items = paragraphs(model.blocks)
      .filter((p) => p.role === 'itemHeading')
      .map((p) => p.text);
    expect(items).toEqual([
      ...AREAS.filter((a) => a !== Area.Direction).map((a, i) => `${i + 1}. ${a}`),
      '1. Ưu điểm',
      '2. Tồn tại, hạn chế',
      '3. Nguyên nhân',
    ]);
    expect(t).toContain('UBND PHƯỜNG MỸ LỘC');
    expect(t).toContain('TRƯỜNG TIỂU HỌC MỸ THỊNH');
    expect(t).toContain('Số: 05/BC-THMT');
    expect(t).toContain('Mỹ Lộc, ngày 25 tháng 3 năm 2026');
    expect(t).toContain('Kết quả thực hiện công tác cải cách hành chính quý I năm 2026');
    // The body names a task by code and short title; its full text is in the Phụ lục.
    expect(t).toContain('- T1 Nhiệm vụ 1: Đã ban hành kế hoạch.');
    expect(t).toContain('Chưa hoàn thành: T3 Nhiệm vụ 3 (quá hạn 31 ngày).');
    expect(t).toContain('Còn 1 nhiệm vụ quá hạn chưa hoàn thành (chi tiết tại Phụ lục).');
    expect(t).toContain('- Thiếu máy tính (T3).');
    expect(t).toContain('+ T3 Nhiệm vụ 3 (chủ trì: Lê Thị Bình; thời hạn 28/02/2026);');
    expect(t).toContain('- Đề nghị cấp kinh phí (T6).');
    expect(t).toContain('Các nhiệm vụ đến hạn trong quý II năm 2026 (từ ngày 01/04/2026 đến ngày 30/06/2026):');
    expect(t).toContain('+ T5 Nhiệm vụ 5 (chủ trì: Trần Văn An; thời hạn 15/05/2026);');
    expect(t.filter((x) => x.includes('Trong kỳ không có nhiệm vụ thuộc lĩnh vực này.')).length).toBe(4);
    const linked = paragraphs(model.blocks).find((p) => p.links?.length)!;
    expect(linked.text).toBe('- T4 Nhiệm vụ 4: Đã số hóa hồ sơ. Minh chứng: Minh chứng 1.');
    const [link] = linked.links!;
    expect([linked.text.slice(link!.start, link!.end), link!.url]).toEqual([
      'Minh chứng 1',
      'https://drive.google.com/x',
    ]);
    expect(model.name).toBe('BC CCHC Quý I 2026 - TH Mỹ Thịnh');
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(7);
    expect(table?.kind === 'table' && table.rows[2]).toEqual([
      { text: '3' },
      { text: 'T3' },
      { text: 'Nhiệm vụ 3' },
      { text: 'Lê Thị Bình' },
      { text: '28/02/2026\nQuá hạn chưa hoàn thành (31 ngày)' },
      { text: '' },
    ]);
  });

  it('closes with Nơi nhận and the signature side by side; KT. for a deputy', () => {
    const closing = (m: typeof model) => m.blocks.find((b) => b.kind === 'layout' && b.name === 'closing');
    const c1 = closing(model);
    expect(c1?.kind === 'layout' && c1.rows[0]![1]!.map((p) => p.text)).toEqual(['HIỆU TRƯỞNG', 'Nguyễn Thị Lê']);
    const deputy = buildReport(tasks, settings, request({ signer: { kind: 'deputy', name: 'Phạm Văn Cường' } }));
    const c2 = closing(deputy);
    expect(c2?.kind === 'layout' && c2.rows[0]![1]!.map((p) => p.text)).toEqual([
      'KT. HIỆU TRƯỞNG',
      'PHÓ HIỆU TRƯỞNG',
      'Phạm Văn Cường',
    ]);
    expect(c2?.kind === 'layout' && c2.rows[0]![0]!.map((p) => p.text)).toEqual([
      'Nơi nhận:',
      '- UBND phường Mỹ Lộc;',
      '- Lưu: VT.',
    ]);
  });

  it('takes the wording from the Cấu hình template', () => {
    const custom = settingsWith({
      reportPart1: 'CHỈ ĐẠO',
      reportRate: 'Có {tổng} việc, đạt {tỷ lệ}.',
      reportSubject: 'Báo cáo CCHC {kỳ}',
    });
    const t = texts(buildReport(tasks, custom, request()).blocks);
    expect(t).toContain('I. CHỈ ĐẠO');
    expect(t).toContain('Báo cáo CCHC quý I năm 2026');
    expect(t).toContain('Tính đến ngày 31/03/2026: Có 7 việc, đạt 75%.');
  });
});

describe('report model: odd content', () => {
  const settings = settingsWith();

  it('copies hostile texts verbatim (NFD → NFC only)', () => {
    const long = 'Kết quả '.repeat(625); // 5,000 characters
    const nfd = 'Đã tổ chức hội nghị cán bộ'.normalize('NFD');
    const hostile = [
      long,
      'dòng 1\ndòng 2\r\ndòng 3',
      '<b>đậm</b><script>alert(1)</script>',
      '=SUM(A1:A3)',
      'Xong 🎉👍🏽',
      nfd,
    ];
    const tasks = hostile.map((result, i) =>
      task({
        result,
        proposal: result,
        difficulties: result,
        content: `Nội dung ${i}`,
        dueDate: '2026-03-20',
        progressStatus: i % 2 ? ProgressStatus.Done : ProgressStatus.InProgress,
        completedDate: i % 2 ? '2026-03-15' : null,
      }),
    );
    const model = buildReport(tasks, settings, request());
    const all = texts(model.blocks).join('\u0000');
    const table = model.blocks.find((b) => b.kind === 'table');
    const cells = table?.kind === 'table' ? table.rows.map((r) => r[5]!.text).join('\u0000') : '';
    for (const text of hostile) {
      // Verbatim but for the ends: the sentence's own space before its full stop goes (issue 13).
      const expected = text.normalize('NFC').trim();
      expect(all).toContain(`: ${expected}`);
      expect(cells).toContain(expected);
    }
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(all).not.toContain(nfd);
    expect(long.length).toBe(5000);
  });

  it('says so for an area with no tasks, and does not divide by zero when nothing is due', () => {
    const tasks = [task({ dueDate: '2026-12-31' }), task({ dueDate: '2026-11-30', area: Area.Procedure })];
    const model = buildReport(tasks, settings, request());
    expect(model.figures.due).toBe(0);
    expect(model.figures.completionRate).toBeNull();
    const t = texts(model.blocks);
    expect(t).toContain('Tính đến ngày 31/03/2026: Tổng số 2 nhiệm vụ; chưa có nhiệm vụ nào đến hạn.');
    expect(t.join(' ')).not.toMatch(/NaN|Infinity|—%/);
    expect(t).toContain('Chưa có nhiệm vụ nào đến hạn; 2 nhiệm vụ đang được triển khai trong hạn.');
  });

  it('counts a window that crosses the year (cut-off quý I: 15/12/2025 → 14/03/2026)', () => {
    const cutSettings = settingsWith({ periodMode: PeriodMode.CutOff });
    const tasks = [
      task({
        dueDate: '2025-12-20',
        progressStatus: ProgressStatus.Done,
        completedDate: '2025-12-18',
        result: 'Làm trong tháng 12',
      }),
      task({
        dueDate: '2025-12-10',
        progressStatus: ProgressStatus.Done,
        completedDate: '2025-12-05',
        result: 'Làm trước kỳ',
      }),
      task({ dueDate: '2026-03-12' }),
      task({ dueDate: '2026-03-20' }),
    ];
    const model = buildReport(tasks, cutSettings, request({ today: '2026-03-18' }));
    expect(model.window).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(model.asOf).toBe('2026-03-14');
    expect(model.figures).toMatchObject({ total: 4, due: 3, doneOfDue: 2, overdue: 1 });
    const t = texts(model.blocks);
    expect(t).toContain('- T' + String(seq - 3) + ' Nhiệm vụ ' + String(seq - 3) + ': Làm trong tháng 12.');
    expect(t.join('\n')).not.toContain('Làm trước kỳ');
    expect(t).toContain('Các nhiệm vụ đến hạn trong quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026):');
  });

  it('tags every paragraph with a role the format table knows; rules only where ND30 puts them', () => {
    const model = buildReport([task({})], settings, request({ number: null }));
    for (const p of paragraphs(model.blocks)) expect(FORMAT[p.role]).toBeDefined();
    expect([...RULED].sort()).toEqual(['issuingAgency', 'motto', 'subject']);
    expect(texts(model.blocks)).toContain('Số:      /BC-THMT');
  });
});

describe('report model: bounded cell text', () => {
  it('a 50,000-character cell goes into the report cut to 10,000 characters, in the body and in the Phụ lục', () => {
    const huge = 'Kết quả '.repeat(6_250);
    const model = buildReport(
      [task({ result: huge, difficulties: huge, proposal: huge, content: huge })],
      settingsWith(),
      request(),
    );
    const all = [
      ...texts(model.blocks),
      ...model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : [])),
    ];
    expect(all.some((t) => t.includes('Kết quả Kết quả'))).toBe(true);
    // taskRef joins code and content, and the Phụ lục joins result and evidence: a line holds at most two cells.
    for (const t of all) expect(t.length).toBeLessThan(2 * 10_000 + 100);
    expect(all.join('').length).toBeLessThan(100_000);
    expect(all.some((t) => t.includes(`${huge.slice(0, 9_999)}…`))).toBe(true);
  });
});

describe("report model: each task's full text once, in the Phụ lục", () => {
  const plan = parsePlan(
    outlineFromText(
      readFileSync(new URL('../../../samples/ke-hoach-cchc-2026-th-my-thinh.md', import.meta.url), 'utf8'),
    ),
  );
  if (!plan.ok) throw new Error(plan.message);
  // Every task done with a result and evidence, one in four overdue with a difficulty and a
  // proposal, due in the window: each section has every task to name.
  const tasks = plan.tasks.map((p, i) =>
    task({
      ...p,
      owner: p.owner || 'Trần Văn An',
      dueDate: '2026-03-10',
      ...(i % 4 === 3
        ? { difficulties: 'Thiếu máy scan', proposal: 'Đề nghị UBND phường hỗ trợ' }
        : {
            progressStatus: ProgressStatus.Done,
            completedDate: '2026-03-05',
            // Most results are a task's own; every fifth is the same words, grouped.
            result: i % 5 === 0 ? 'Đã xong' : `Đã xong hạng mục ${i}`,
            evidence: `https://drive.google.com/${i}`,
          }),
    }),
  );
  const model = buildReport(tasks, settingsWith(), request());
  const table = model.blocks.find((b) => b.kind === 'table');
  const cells = table?.kind === 'table' ? table.rows.flat().map((c) => c.text) : [];
  const all = [...texts(model.blocks), ...cells].join('\n');
  const count = (needle: string) => all.split(needle).length - 1;

  it('appears exactly once, in the Phụ lục; the body names the task by code and short title', () => {
    expect(tasks.length).toBe(42);
    for (const t of tasks) {
      expect(cells).toContain(t.content);
      const title = deriveShortTitle(t.content);
      // A task whose whole text is its short title cannot be named without it: it appears as its title.
      if (title !== t.content) expect(count(t.content), t.code).toBe(1);
      const body = texts(model.blocks).join('\n');
      // Named by code and short title, or by code in the list of a result shared with other tasks.
      const inGroup = new RegExp(`[ (]${t.code.replaceAll('.', '\\.')}[,)]`, 'u').test(body);
      expect(body.includes(`${t.code} ${title}`) || (t.result === 'Đã xong' && inGroup), t.code).toBe(true);
    }
  });

  it("a line listing several tasks' evidence links each by its code", () => {
    const shared = paragraphs(model.blocks).find((p) => p.text.startsWith('- Đã xong (các nhiệm vụ'))!;
    const linked = shared.links!.map((l) => shared.text.slice(l.start, l.end));
    expect(linked.length).toBeGreaterThan(1);
    expect(linked.every((text) => tasks.some((t) => t.code === text))).toBe(true);
  });
});
