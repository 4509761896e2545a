import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Area } from '../../../src/core/domain';
import { outlineFromText, type PlanBlock } from '../../../src/core/plan/outline';
import { parsePlan, planNumberIn, type PlanParse } from '../../../src/core/plan/parser';
import { areaOfHeading, areaOfText } from '../../../src/core/plan/areas';
import { readDeadline, splitLabels, textSimilarity } from '../../../src/core/plan/text';
import { EXPECTED_2026 } from '../../fixtures/plans/expected2026';

const SAMPLE = readFileSync(new URL('../../../samples/ke-hoach-cchc-2026-th-my-thinh.md', import.meta.url), 'utf8');
const AN_HOA = readFileSync(new URL('../../fixtures/plans/thcs-an-hoa-2026.txt', import.meta.url), 'utf8');
const PHU_MY = readFileSync(new URL('../../fixtures/plans/ubnd-xa-phu-my-2026.txt', import.meta.url), 'utf8');
const BINH_MINH = readFileSync(new URL('../../fixtures/plans/th-binh-minh-2026-wrapped.txt', import.meta.url), 'utf8');
const AN_BINH = readFileSync(new URL('../../fixtures/plans/thcs-an-binh-2026.txt', import.meta.url), 'utf8');

function ok(result: PlanParse) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

describe('parsePlan on the 2026 plan of Trường Tiểu học Mỹ Thịnh (pasted text)', () => {
  const plan = ok(parsePlan(outlineFromText(SAMPLE)));

  it('gives exactly the 42 expected tasks: codes, areas and full texts', () => {
    expect(plan.tasks.map((t) => [t.code, t.area, t.content])).toEqual(EXPECTED_2026);
  });

  it('counts 7,7,5,2,5,6,4,6 by area and 6/30/6 by part', () => {
    const byArea = new Map<string, number>();
    for (const t of plan.tasks) byArea.set(t.area, (byArea.get(t.area) ?? 0) + 1);
    expect(Object.fromEntries(byArea)).toEqual({
      [Area.Direction]: 7,
      [Area.Institution]: 7,
      [Area.Procedure]: 5,
      [Area.Apparatus]: 2,
      [Area.CivilService]: 5,
      [Area.PublicFinance]: 6,
      [Area.DigitalGovernment]: 4,
      [Area.Implementation]: 6,
    });
    const byPart = (p: string) => plan.tasks.filter((t) => t.code.split('.')[0] === p).length;
    expect([byPart('II'), byPart('III'), byPart('IV')]).toEqual([6, 30, 6]);
  });

  it('reads the plan reference from the header and writes it as every task source', () => {
    expect(plan.planRef).toEqual({
      number: '47/KH-THMT',
      date: '2026-01-20',
      title: 'Cải cách hành chính năm 2026 của trường tiểu học Mỹ Thịnh',
      source: 'Kế hoạch số 47/KH-THMT ngày 20/01/2026',
    });
    expect(new Set(plan.tasks.map((t) => t.source))).toEqual(new Set(['Kế hoạch số 47/KH-THMT ngày 20/01/2026']));
  });

  it('survives the repeated roman III (KINH PHÍ) and stops at the closing', () => {
    expect(plan.tasks.some((t) => /ngân sách nhà nước trong dự toán/.test(t.content))).toBe(false);
    expect(plan.tasks.some((t) => /Lưu VT|Các tổ CM|Trên đây/.test(t.content))).toBe(false);
    expect(plan.warnings).toEqual([
      'Bỏ qua phần "I. MỤC TIÊU, YÊU CẦU" (không phải phần nhiệm vụ).',
      'Bỏ qua phần "III. KINH PHÍ THỰC HIỆN" (không phải phần nhiệm vụ).',
    ]);
  });

  it('gives unique codes, NFC text, no markdown markers, no reference date taken as a deadline', () => {
    expect(new Set(plan.tasks.map((t) => t.code)).size).toBe(42);
    for (const t of plan.tasks) {
      expect(t.content).toBe(t.content.normalize('NFC'));
      expect(t.content).not.toMatch(/\*\*|^#|^[-•+]\s/);
      expect(t.dueDate).toBeNull();
    }
  });

  it('reads the same plan typed with NFD diacritics and Windows line ends', () => {
    const nfd = ok(parsePlan(outlineFromText(SAMPLE.normalize('NFD').replace(/\n/g, '\r\n'))));
    expect(nfd.tasks.map((t) => [t.code, t.area, t.content])).toEqual(EXPECTED_2026);
  });
});

describe("parsePlan on another school's shapes", () => {
  it('reads "Nhiệm vụ 1:", a), +, •, labelled owners and a task table in the appendix', () => {
    const plan = ok(parsePlan(outlineFromText(AN_HOA)));
    expect(plan.planRef.source).toBe('Kế hoạch số 12/KH-THCSAH ngày 05/02/2026');
    expect(plan.planRef.title).toBe('Cải cách hành chính năm 2026');
    expect(
      plan.tasks.map((t) => ({
        code: t.code,
        area: t.area,
        content: t.content,
        owner: t.owner,
        coOwners: t.coOwners,
        dueDate: t.dueDate,
      })),
    ).toEqual([
      {
        code: 'II.1.a',
        area: Area.Institution,
        content: 'Rà soát các quy chế nội bộ của nhà trường, hoàn thành trước ngày 31/03/2026.',
        owner: 'Phó hiệu trưởng',
        coOwners: 'Tổ Văn phòng',
        dueDate: '2026-03-31',
      },
      {
        code: 'II.1.b',
        area: Area.Institution,
        content: 'Xây dựng quy chế chi tiêu nội bộ năm 2026',
        owner: 'Kế toán',
        coOwners: 'Tổ Văn phòng',
        dueDate: '2026-01-15',
      },
      {
        code: 'II.2.a.1',
        area: Area.Procedure,
        content: 'Cập nhật bảng niêm yết tại phòng văn thư.',
        owner: '',
        coOwners: '',
        dueDate: null,
      },
      {
        code: 'II.2.a.2',
        area: Area.Procedure,
        content: 'Đăng tải trên trang thông tin điện tử của trường.',
        owner: '',
        coOwners: '',
        dueDate: null,
      },
      {
        code: 'II.2.b',
        area: Area.Procedure,
        content: 'Tiếp nhận, trả kết quả hồ sơ học sinh đúng hạn.',
        owner: '',
        coOwners: '',
        dueDate: null,
      },
      {
        code: 'II.3.1',
        area: Area.DigitalGovernment,
        content: 'Sử dụng sổ điểm điện tử, học bạ số.',
        owner: 'Tổ trưởng',
        coOwners: 'Giáo viên',
        dueDate: null,
      },
      {
        code: 'II.3.2',
        area: Area.DigitalGovernment,
        content: 'Triển khai thanh toán không dùng tiền mặt.',
        owner: '',
        coOwners: '',
        dueDate: null,
      },
      {
        code: 'IV.1',
        area: Area.Implementation,
        content: 'Hiệu trưởng chỉ đạo chung, kiểm tra việc thực hiện kế hoạch.',
        owner: '',
        coOwners: '',
        dueDate: null,
      },
      {
        code: 'IV.2',
        area: Area.Implementation,
        content: 'Văn thư tổng hợp báo cáo CCHC quý, 6 tháng, năm.',
        owner: '',
        coOwners: '',
        dueDate: null,
      },
    ]);
    // The row that restates no body task waits for the manager, in the area of the section it resembles.
    expect(plan.unmatchedRows).toEqual([
      {
        task: expect.objectContaining({
          code: 'B1.3',
          area: Area.Procedure,
          content: 'Hướng dẫn cha mẹ học sinh thủ tục hành chính khi nhập học trực tuyến',
          owner: 'Văn thư',
          coOwners: '',
          dueDate: '2026-05-15',
        }),
        candidates: [],
      },
    ]);
    expect(plan.warnings).toContain('Không đọc được thời hạn "Thường xuyên" của nhiệm vụ II.3.1; ô Thời hạn để trống.');
  });

  it('reads a Google Doc outline: auto-numbered list nesting (roman, number, bullet) and a table with dates', () => {
    const li = (nestingLevel: number, glyph: 'romanUpper' | 'number' | 'bullet', text: string): PlanBlock => ({
      kind: 'listItem',
      nestingLevel,
      glyph,
      listId: 'kix.1',
      text,
    });
    const blocks: PlanBlock[] = [
      { kind: 'paragraph', text: 'TRƯỜNG MẦM NON HOA MAI' },
      { kind: 'paragraph', text: 'Số: 05/KH-MNHM' },
      { kind: 'paragraph', text: 'Hoa Mai, ngày 10 tháng 1 năm 2026' },
      { kind: 'paragraph', text: 'KẾ HOẠCH' },
      { kind: 'paragraph', text: 'Thực hiện công tác cải cách hành chính năm 2026' },
      li(0, 'romanUpper', 'MỤC TIÊU'),
      li(1, 'bullet', 'Nâng cao chất lượng phục vụ cha mẹ trẻ.'),
      li(0, 'romanUpper', 'NHIỆM VỤ, GIẢI PHÁP'),
      li(1, 'number', 'Cải cách thể chế'),
      li(2, 'bullet', 'Rà soát nội quy, quy chế của nhà trường.'),
      li(2, 'bullet', 'Xây dựng quy chế dân chủ cơ sở.'),
      li(1, 'number', 'Hiện đại hóa hành chính, chuyển đổi số'),
      li(2, 'bullet', 'Sử dụng phần mềm quản lý trẻ.'),
      li(2, 'bullet', 'Số hóa hồ sơ trẻ.'),
      li(1, 'number', 'Thực hiện công khai tài chính, ngân sách theo quy định.'),
      li(0, 'romanUpper', 'TỔ CHỨC THỰC HIỆN'),
      li(1, 'number', 'Phó hiệu trưởng theo dõi, đôn đốc.'),
      li(1, 'number', 'Các tổ báo cáo kết quả hằng tháng.'),
      {
        kind: 'table',
        rows: [
          ['STT', 'Nội dung công việc', 'Người thực hiện', 'Phối hợp', 'Thời hạn hoàn thành'],
          ['1', 'Rà soát nội quy, quy chế của nhà trường', 'Hiệu trưởng', 'Tổ văn phòng', '15/1/2026'],
          ['2', 'Số hóa hồ sơ trẻ', 'Văn thư', '', 'tháng 13/2026'],
          ['II', 'Cải cách tổ chức bộ máy', '', '', ''],
          ['3', 'Rà soát vị trí việc làm của nhân viên', 'Hiệu trưởng', '', 'Quý II/2026'],
        ],
      },
      { kind: 'paragraph', text: 'Nơi nhận:' },
      li(0, 'bullet', 'Lưu VT.'),
    ];
    const plan = ok(parsePlan(blocks));
    expect(plan.planRef.source).toBe('Kế hoạch số 05/KH-MNHM ngày 10/01/2026');
    expect(plan.tasks.map((t) => [t.code, t.area, t.content, t.owner, t.dueDate])).toEqual([
      ['II.1.1', Area.Institution, 'Rà soát nội quy, quy chế của nhà trường.', 'Hiệu trưởng', '2026-01-15'],
      ['II.1.2', Area.Institution, 'Xây dựng quy chế dân chủ cơ sở.', '', null],
      ['II.2.1', Area.DigitalGovernment, 'Sử dụng phần mềm quản lý trẻ.', '', null],
      ['II.2.2', Area.DigitalGovernment, 'Số hóa hồ sơ trẻ.', 'Văn thư', null],
      ['II.3', Area.PublicFinance, 'Thực hiện công khai tài chính, ngân sách theo quy định.', '', null],
      ['III.1', Area.Implementation, 'Phó hiệu trưởng theo dõi, đôn đốc.', '', null],
      ['III.2', Area.Implementation, 'Các tổ báo cáo kết quả hằng tháng.', '', null],
    ]);
    expect(
      plan.ok &&
        plan.unmatchedRows.map((r) => [r.task.code, r.task.area, r.task.content, r.task.owner, r.task.dueDate]),
    ).toEqual([['B1.3', Area.Apparatus, 'Rà soát vị trí việc làm của nhân viên', 'Hiệu trưởng', '2026-06-30']]);
    expect(plan.warnings).toContain(
      'Không đọc được thời hạn "tháng 13/2026" của nhiệm vụ II.2.2; ô Thời hạn để trống.',
    );
  });

  it('keeps codes unique when a task part repeats its roman numeral', () => {
    const text =
      'Số: 1/KH-X\nX, ngày 02 tháng 01 năm 2026\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế.\n\nII. GIẢI PHÁP\n1. Cải cách thể chế\n- Phổ biến pháp luật.\n';
    const plan = ok(parsePlan(outlineFromText(text)));
    expect(plan.tasks.map((t) => t.code)).toEqual(['II.1.1', 'II.1.1-2']);
    expect(plan.warnings).toContain('Số thứ tự II.1.1 bị lặp trong kế hoạch; nhiệm vụ sau được ghi mã II.1.1-2.');
  });

  it('never relies on markdown heading levels', () => {
    const text =
      '# II. NHIỆM VỤ\n\n###### 1. Cải cách thể chế\n\n# 1.1. Rà soát quy chế.\n\n## 1.2. Phổ biến pháp luật.\n\n#### 2. Cải cách công vụ\n\n# - Bồi dưỡng viên chức.\n';
    const plan = ok(parsePlan(outlineFromText(text)));
    expect(plan.tasks.map((t) => [t.code, t.area])).toEqual([
      ['II.1.1', Area.Institution],
      ['II.1.2', Area.Institution],
      ['II.2.1', Area.CivilService],
    ]);
  });
});

describe('parsePlan refusals', () => {
  it('refuses an empty document', () => {
    expect(parsePlan([])).toMatchObject({
      ok: false,
      reason: 'empty',
      message: 'Văn bản trống: không có nội dung để nhập.',
    });
    expect(parsePlan(outlineFromText('  \n\n \n'))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses pasted text of only a title', () => {
    expect(
      parsePlan(outlineFromText('KẾ HOẠCH\nCải cách hành chính năm 2026 của trường tiểu học Mỹ Thịnh')),
    ).toMatchObject({ ok: false, reason: 'titleOnly' });
  });

  it('refuses text with no recognisable plan structure', () => {
    const letter =
      'Kính gửi: Ban giám hiệu\n\nEm xin phép nghỉ ngày 12/3/2026 vì lý do gia đình.\n\nEm xin cảm ơn.\n\nNgười làm đơn\n\nTrần Văn B';
    expect(parsePlan(outlineFromText(letter))).toMatchObject({ ok: false, reason: 'noStructure' });
    const onlyGoals = 'Số: 3/KH-X\n\nI. MỤC TIÊU, YÊU CẦU\n- Nâng cao chất lượng.\n\nII. KINH PHÍ\n- Ngân sách.';
    expect(parsePlan(outlineFromText(onlyGoals))).toMatchObject({ ok: false, reason: 'noStructure' });
  });
});

describe('a paste cut off before its tasks', () => {
  it('says the text looks cut off, naming the part it stops in; nothing is imported', () => {
    const cut =
      'Số: 8/KH-X\nX, ngày 05 tháng 01 năm 2026\n\nI. MỤC TIÊU\n- Nâng cao chất lượng.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n';
    expect(parsePlan(outlineFromText(cut))).toEqual({
      ok: false,
      reason: 'truncated',
      message:
        'Văn bản có vẻ bị cắt giữa chừng: dừng ở phần "II. NHIỆM VỤ, GIẢI PHÁP" khi chưa có nhiệm vụ nào. Hãy sao chép lại toàn bộ kế hoạch, đến hết phần TỔ CHỨC THỰC HIỆN, rồi dán lại.',
    });
  });

  it('a plan that stops in its căn cứ, before any part, is cut off too; a letter or a Thông tư ending so is not a plan', () => {
    const head = 'Số: 8/KH-THCS\nX, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nChuyển đổi số năm 2026\n';
    const cutOff = {
      ok: false,
      reason: 'truncated',
      message:
        'Văn bản có vẻ bị cắt giữa chừng: dừng ở phần mở đầu (căn cứ, mục đích) khi chưa đến các phần nhiệm vụ. Hãy sao chép lại toàn bộ kế hoạch, đến hết phần TỔ CHỨC THỰC HIỆN, rồi dán lại.',
    };
    expect(parsePlan(outlineFromText(`${head}Căn cứ Luật Giáo dục năm 2019;`))).toEqual(cutOff);
    expect(parsePlan(outlineFromText(`${head}Trường xây dựng kế hoạch như sau:`))).toEqual(cutOff);
    expect(
      parsePlan(outlineFromText(`${head}Căn cứ Luật Giáo dục năm 2019 và tình hình thực tế của nhà trườ`)),
    ).toEqual(cutOff);
    // Ended where its writer stopped: not cut off.
    expect(parsePlan(outlineFromText(`${head}Căn cứ Luật Giáo dục năm 2019.`))).toMatchObject({
      reason: 'noStructure',
    });
    const circular = 'Số: 67/2011/TT-BGDĐT\nTHÔNG TƯ\nBan hành quy định\nCăn cứ Luật Giáo dục;';
    expect(parsePlan(outlineFromText(circular))).toMatchObject({ reason: 'noStructure' });
  });
});

describe('two deadlines in one task', () => {
  it('keeps the first and says so in the preview warnings', () => {
    const plan = parsePlan(
      outlineFromText(
        'Số: 4/KH-X\nX, ngày 05 tháng 01 năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Báo cáo kết quả CCHC 6 tháng trước ngày 10/6/2026 và năm trước ngày 10/12/2026.\n',
      ),
    );
    expect(plan.ok && plan.tasks.map((t) => t.dueDate)).toEqual(['2026-06-10']);
    expect(plan.ok && plan.warnings).toContain(
      'Nhiệm vụ III.1 nêu 2 thời hạn (10/06/2026, 10/12/2026); đã ghi thời hạn đầu 10/06/2026. Nếu đó là các việc riêng, hãy tách thành nhiệm vụ riêng sau khi nhập.',
    );
  });
});

describe('the plan number in a letterhead', () => {
  it('keeps the ký hiệu of a squashed letterhead and of a number left blank for the văn thư', () => {
    expect(planNumberIn('Số: 47/KH-THMT')).toBe('47/KH-THMT');
    expect(planNumberIn('Số: 12 /KH-THCSAB An Bình, ngày 10 tháng 01 năm 2026')).toBe('12/KH-THCSAB');
    expect(planNumberIn('Số:    /KH-THX')).toBe('/KH-THX');
    expect(planNumberIn('Số: 09/2024/TT-BGDĐT.')).toBe('09/2024/TT-BGDĐT');
    const plan = parsePlan(
      outlineFromText(
        'Số: 12 /KH-THCSAB An Bình, ngày 10 tháng 01 năm 2026\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế.\n',
      ),
    );
    expect(plan.ok && plan.planRef.source).toBe('Kế hoạch số 12/KH-THCSAB ngày 10/01/2026');
  });
});

describe('a part heading wrapped over two lines', () => {
  const head = 'Số: 7/KH-THY\nY, ngày 06 tháng 01 năm 2026\n\n';

  it('"III. TỔ CHỨC" / "THỰC HIỆN" is one part: its tasks are kept, nothing is skipped', () => {
    const text = `${head}II. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế nội bộ.\n\nIII. TỔ CHỨC\nTHỰC HIỆN\n1. Báo cáo kết quả thực hiện trước ngày 10/12/2026.\n`;
    const plan = parsePlan(outlineFromText(text));
    expect(plan.ok && plan.tasks.map((t) => [t.code, t.area])).toEqual([
      ['II.1.1', Area.Institution],
      ['III.1', Area.Implementation],
    ]);
    expect(plan.ok && plan.warnings.filter((w) => w.startsWith('Bỏ qua phần'))).toEqual([]);
  });

  it('"II. NỘI DUNG" / "NHIỆM VỤ" makes no task "NHIỆM VỤ"', () => {
    const text = `${head}I. MỤC TIÊU\n- Nâng cao chất lượng.\n\nII. NỘI DUNG\nNHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế nội bộ.\n`;
    const plan = parsePlan(outlineFromText(text));
    expect(plan.ok && plan.tasks.map((t) => t.content)).toEqual(['Rà soát quy chế nội bộ.']);
  });
});

describe('an appendix right after the last body item', () => {
  const bodyOf = (plan: PlanParse) => (plan.ok ? plan.tasks.filter((t) => !t.code.startsWith('B')) : []);

  it('PHỤ LỤC, DANH MỤC … and (Kèm theo …) end the body: the last task keeps its own words, no part opens', () => {
    const body = bodyOf(parsePlan(outlineFromText(AN_BINH)));
    expect(body).toHaveLength(17);
    expect(body[body.length - 1]).toMatchObject({
      code: 'III.2',
      area: Area.Implementation,
      content: 'Văn thư tổng hợp, báo cáo kết quả CCHC quý, 6 tháng, năm về UBND xã.',
    });
    expect(body.filter((t) => /phụ lục|danh mục|kèm theo/i.test(t.content))).toEqual([]);
  });

  it('a caption line under the last item is not its wrapped end, in pasted text and in a Google Doc', () => {
    const head =
      'Số: 9/KH-THZ\nZ, ngày 08 tháng 01 năm 2026\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế nội bộ.\n';
    const pasted = parsePlan(
      outlineFromText(`${head}(Kèm theo Kế hoạch số 9/KH-THZ ngày 08/01/2026)\nDanh mục nhiệm vụ của các tổ\n`),
    );
    expect(bodyOf(pasted).map((t) => t.content)).toEqual(['Rà soát quy chế nội bộ.']);
    const doc: PlanBlock[] = [
      { kind: 'paragraph', text: 'Số: 9/KH-THZ' },
      { kind: 'paragraph', text: 'II. NHIỆM VỤ' },
      { kind: 'paragraph', text: '1. Cải cách thể chế' },
      { kind: 'paragraph', text: '- Rà soát quy chế nội bộ.' },
      { kind: 'paragraph', text: 'Phụ lục 1' },
      { kind: 'paragraph', text: 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH' },
      { kind: 'paragraph', text: 'Các nhiệm vụ được giao cho từng tổ như sau.' },
    ];
    expect(bodyOf(parsePlan(doc)).map((t) => t.content)).toEqual(['Rà soát quy chế nội bộ.']);
  });
});

describe('"Mục tiêu" sub-sections under each area (2025 xã template)', () => {
  it('an objective, and the targets it lists, are no task; the Nhiệm vụ under it are, and the preview names what was left out', () => {
    const plan = ok(parsePlan(outlineFromText(PHU_MY)));
    expect(plan.tasks.map((t) => [t.code, t.area, t.content])).toEqual([
      ['II.1.2.a', Area.Institution, 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND xã.'],
      ['II.1.2.b', Area.Institution, 'Tổ chức phổ biến, giáo dục pháp luật cho cán bộ, công chức và nhân dân.'],
      ['II.2.2.1', Area.Procedure, 'Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa xã.'],
      ['II.2.2.2', Area.Procedure, 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.'],
      ['II.3.2.1', Area.Apparatus, 'Rà soát chức năng, nhiệm vụ của các bộ phận chuyên môn thuộc UBND xã.'],
      ['II.4.2.1', Area.DigitalGovernment, 'Vận hành hệ thống quản lý văn bản và điều hành trên môi trường mạng.'],
      ['II.4.2.2', Area.DigitalGovernment, 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến.'],
      [
        'III.1',
        Area.Implementation,
        'Văn phòng HĐND và UBND xã tham mưu triển khai, theo dõi, báo cáo kết quả thực hiện Kế hoạch.',
      ],
    ]);
    expect(plan.warnings).toContain(
      'Bỏ qua 4 mục "Mục tiêu" (II.1.1, II.2.1, II.3.1, II.4.1): mục tiêu, chỉ tiêu không phải nhiệm vụ.',
    );
  });

  it('the same in a Google Doc, where each line is its own paragraph', () => {
    const doc: PlanBlock[] = [
      'Số: 21/KH-UBND',
      'II. NHIỆM VỤ',
      '1. Cải cách thể chế',
      '1.1. Mục tiêu cụ thể:',
      'Hoàn thiện hệ thống thể chế của xã.',
      '1.2. Nhiệm vụ:',
      'Rà soát văn bản quy phạm pháp luật của xã.',
    ].map((text) => ({ kind: 'paragraph', text }));
    const plan = ok(parsePlan(doc));
    expect(plan.tasks.map((t) => [t.code, t.content])).toEqual([
      ['II.1.2.1', 'Rà soát văn bản quy phạm pháp luật của xã.'],
    ]);
  });
});

describe('a plan hard-wrapped at about 50 characters (as legal-document websites serve it)', () => {
  it('a wrapped document number or capitals line stays in its sentence; a heading keeps its own line', () => {
    const plan = ok(parsePlan(outlineFromText(BINH_MINH)));
    expect(plan.planRef.source).toBe('Kế hoạch số 06/KH-THBM ngày 09/01/2026');
    expect(plan.tasks.map((t) => [t.code, t.area, t.content])).toEqual([
      [
        'II.1.1',
        Area.Direction,
        'Xây dựng, ban hành kế hoạch cải cách hành chính năm 2026; quán triệt kế hoạch đến toàn thể CB, GV, NV.',
      ],
      [
        'II.1.2',
        Area.Direction,
        'Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính của các tổ chuyên môn theo kế hoạch kiểm tra nội bộ.',
      ],
      ['II.2.1', Area.Procedure, 'Niêm yết công khai thủ tục hành chính theo Thông tư 09/2024/TT-BGDĐT.'],
      ['II.3.1', Area.Institution, 'Phổ biến văn bản quy phạm pháp luật mới cho toàn thể CB, GV, NV.'],
      [
        'II.3.2',
        Area.Institution,
        'Rà soát quy chế thực hiện dân chủ trong trường học theo Nghị định số 04/2015/NĐ-CP và Thông tư số 11/2020/TT-BGDĐT.',
      ],
      [
        'II.4.1',
        Area.DigitalGovernment,
        'Sử dụng học bạ số, sổ điểm điện tử; ký số hồ sơ theo hướng dẫn của Sở GDĐT và UBND TỈNH.',
      ],
      [
        'III.1',
        Area.Implementation,
        'Hiệu trưởng chỉ đạo chung, phân công nhiệm vụ cụ thể cho từng tổ, báo cáo kết quả về Phòng GDĐT.',
      ],
    ]);
  });
});

describe('what the importer could not place, or guessed, is named in the preview with the line quoted', () => {
  const head = 'Số: 11/KH-THQ\nQ, ngày 07 tháng 01 năm 2026\n\n';

  it('an appendix written as a list, not a table', () => {
    const plan = ok(
      parsePlan(
        outlineFromText(
          `${head}II. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế nội bộ.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ BỔ SUNG\n1. Số hóa hồ sơ học sinh (Văn thư, quý II/2026).\n2. Tập huấn CĐS cho giáo viên.\n`,
        ),
      ),
    );
    expect(plan.tasks.map((t) => t.content)).toEqual(['Rà soát quy chế nội bộ.']);
    expect(plan.warnings).toContain(
      'Phần "PHỤ LỤC" có 2 đoạn không ở dạng bảng nên không được nhập (đoạn đầu: "1. Số hóa hồ sơ học sinh (Văn thư, quý II/2026)."). Nếu đó là nhiệm vụ, hãy thêm tay sau khi nhập.',
    );
  });

  it('a table in the body that is not a task table', () => {
    const plan = ok(
      parsePlan(
        outlineFromText(
          `${head}II. NHIỆM VỤ\n1. Chuyển đổi số\n- Tăng tỷ lệ hồ sơ trực tuyến.\n\n| Chỉ tiêu | Năm 2025 | Năm 2026 |\n|---|---|---|\n| Hồ sơ trực tuyến | 45% | 60% |\n`,
        ),
      ),
    );
    expect(plan.warnings).toContain(
      'Một bảng không có cột "Nội dung" kèm "Chủ trì", "Phối hợp" hoặc "Thời hạn" nên không được đọc: "Chỉ tiêu | Năm 2025 | Năm 2026 | Hồ sơ trực tuyến | 45% | 60%". Nếu đó là bảng nhiệm vụ, hãy đặt lại tiêu đề cột rồi nhập lại.',
    );
  });

  it('an unnumbered line in capitals taken for a part heading', () => {
    const plan = ok(
      parsePlan(
        outlineFromText(`${head}NHIỆM VỤ TRỌNG TÂM\n- Rà soát quy chế.\n\nTỔ CHỨC THỰC HIỆN\n- Báo cáo quý.\n`),
      ),
    );
    expect(plan.tasks.map((t) => [t.code, t.area])).toEqual([
      ['I.1', Area.Direction],
      ['II.1', Area.Implementation],
    ]);
    expect(plan.warnings).toEqual(
      expect.arrayContaining([
        'Dòng "NHIỆM VỤ TRỌNG TÂM" (không đánh số) được coi là tiêu đề phần I; các mục bên dưới được xếp vào phần đó.',
        'Dòng "TỔ CHỨC THỰC HIỆN" (không đánh số) được coi là tiêu đề phần II; các mục bên dưới được xếp vào phần đó.',
      ]),
    );
  });
});

describe('plan wording helpers', () => {
  it('maps area headings, including "Chuyển đổi số" and "Chính phủ điện tử"', () => {
    expect(areaOfHeading('7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số')).toBe(Area.DigitalGovernment);
    expect(areaOfHeading('Nhiệm vụ 3: Chuyển đổi số')).toBe(Area.DigitalGovernment);
    expect(areaOfHeading('Nhiệm vụ trọng tâm')).toBeNull();
    expect(areaOfText('Thực hiện nhiệm vụ tài chính - ngân sách năm 2026')).toBe(Area.PublicFinance);
  });

  it("maps the area names of the 2011–2020 programme (NQ 30c/NQ-CP) onto today's areas", () => {
    expect(areaOfHeading('6. Hiện đại hóa hành chính')).toBe(Area.DigitalGovernment);
    expect(areaOfHeading('Hiện đại hóa nền hành chính')).toBe(Area.DigitalGovernment);
    expect(areaOfHeading('4. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức')).toBe(
      Area.CivilService,
    );
    expect(areaOfHeading('3. Cải cách tổ chức bộ máy hành chính nhà nước')).toBe(Area.Apparatus);
    // A plan on the old template: its "Hiện đại hóa hành chính" tasks land in today's area, whatever their words.
    const old =
      'Số: 5/KH-THX\nX, ngày 05 tháng 01 năm 2026\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế nội bộ.\n' +
      '2. Hiện đại hóa hành chính\n- Duy trì hệ thống quản lý chất lượng ISO 9001:2015.\n- Sử dụng hộp thư công vụ.\n';
    const plan = parsePlan(outlineFromText(old));
    expect(plan.ok && plan.tasks.map((t) => [t.content, t.area])).toEqual([
      ['Rà soát quy chế nội bộ.', Area.Institution],
      ['Duy trì hệ thống quản lý chất lượng ISO 9001:2015.', Area.DigitalGovernment],
      ['Sử dụng hộp thư công vụ.', Area.DigitalGovernment],
    ]);
  });

  it('reads deadlines: 15/01/2026, 15/1/2026, "trước ngày 31/01/2026", month, quarter; flags the rest', () => {
    expect(readDeadline('15/01/2026')).toEqual({ date: '2026-01-15' });
    expect(readDeadline('15/1/2026')).toEqual({ date: '2026-01-15' });
    expect(readDeadline('trước ngày 31/01/2026')).toEqual({ date: '2026-01-31' });
    expect(readDeadline('Tháng 2/2026')).toEqual({ date: '2026-02-28' });
    expect(readDeadline('Quý IV/2026')).toEqual({ date: '2026-12-31' });
    expect(readDeadline('')).toEqual({ none: true });
    expect(readDeadline('31/02/2026')).toEqual({ unreadable: '31/02/2026' });
  });

  it('splits labelled owners and deadlines off an item', () => {
    expect(
      splitLabels('Rà soát quy chế (Chủ trì: Phó hiệu trưởng; Phối hợp: Tổ 1, Tổ 2-3; Thời hạn: 15/3/2026)'),
    ).toEqual({
      content: 'Rà soát quy chế',
      owner: 'Phó hiệu trưởng',
      coOwners: 'Tổ 1, Tổ 2-3',
      deadline: '15/3/2026',
    });
  });

  it('scores text similarity on folded words', () => {
    expect(textSimilarity('Rà soát quy chế nội bộ', 'Ra soat quy che noi bo')).toBe(1);
    expect(
      textSimilarity('Rà soát quy chế nội bộ của trường', 'Rà soát quy chế nội bộ của trường, hoàn thành trước 31/3'),
    ).toBeGreaterThanOrEqual(0.9);
    expect(textSimilarity('Sổ điểm điện tử', 'Thanh toán không dùng tiền mặt')).toBe(0);
  });
});
