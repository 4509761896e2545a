import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Area } from '../../src/core/domain';
import { outlineFromText, type PlanBlock } from '../../src/core/planOutline';
import { parsePlan, type PlanParse } from '../../src/core/planParser';
import { areaOfHeading, areaOfText } from '../../src/core/planAreas';
import { readDeadline, splitLabels, textSimilarity } from '../../src/core/planText';

const SAMPLE = readFileSync(new URL('../../samples/ke-hoach-cchc-2026-th-my-thinh.md', import.meta.url), 'utf8');
const AN_HOA = readFileSync(new URL('../fixtures/plans/thcs-an-hoa-2026.txt', import.meta.url), 'utf8');

function ok(result: PlanParse) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

/** The 2026 plan of Trường Tiểu học Mỹ Thịnh, read by hand: code, area, full text. */
const EXPECTED_2026: [string, Area, string][] = [
  ['II.1', Area.Direction, "Hoàn thành các mục tiêu, nhiệm vụ được đề ra tại các kế hoạch công tác CCHC, tuyên truyền CCHC, chuyển đổi số năm 2026."],
  ['II.2', Area.Institution, "Nâng cao chất lượng công tác soạn thảo, tham mưu đối với các văn bản quy phạm pháp luật (VBQPPL) thuộc thẩm quyền đảm bảo đúng tiến độ, trình tự thủ tục theo quy định của pháp luật, phù hợp với tình hình thực tế tại địa phương. Nâng cao hiệu quả công tác theo dõi thi hành pháp luật, xử lý hoặc kiến nghị xử lý kết quả theo dõi thi hành pháp luật theo thẩm quyền."],
  ['II.3', Area.Procedure, "Nâng cao chất lượng giải quyết thủ tục hành chính (TTHC), đẩy mạnh thực hiện dịch vụ công trực tuyến. Rà soát, đánh giá đề kiến nghị cắt giảm, đơn giản hóa TTHC. Kịp thời xử lý các vướng mắc dẫn đến việc giải quyết TTHC bị chậm, muộn."],
  ['II.4', Area.CivilService, "Tăng cường kỷ luật, kỷ cương công vụ; nâng cao chất lượng đội ngũ cán bộ, viên chức (CB, VC); tăng cường năng lực đội ngũ cán bộ, viên chức thực hiện CCHC."],
  ['II.5', Area.PublicFinance, "Thực hiện nhiệm vụ tài chính - ngân sách năm 2026 đảm bảo đúng quy định. Hoàn thiện cơ chế tài chính tại đơn vị."],
  ['II.6', Area.DigitalGovernment, "Tiếp tục đẩy mạnh xây dựng và phát triển chính quyền điện tử; thực hiện kết nối và khai thác hiệu quả dữ liệu dân cư trong giải quyết TTHC và các hoạt động hành chính."],
  ['III.1.1', Area.Direction, "Chỉ đạo, tổ chức thực hiện đồng bộ, hiệu quả các nhóm nhiệm vụ trong cải cách hành chính, xây dựng kế hoạch thực hiện cụ thể, xác định rõ trách nhiệm, tổ chức thực hiện quyết liệt gắn với nhiệm vụ thường xuyên, theo dõi, kiểm tra, đôn đốc tình hình thực hiện."],
  ['III.1.2', Area.Direction, "Phân công rõ trách nhiệm của cơ quan, đơn vị trong tổ chức thực hiện các mục tiêu, nhiệm vụ, giải pháp trọng tâm. Tăng cường trách nhiệm, vai trò của người đứng đầu các cơ quan, đơn vị, của cán bộ, viên chức trong triển khai thực hiện các nhiệm vụ theo chức năng, nhiệm vụ được giao."],
  ['III.1.3', Area.Direction, "Tổ chức kiểm tra cải cách hành chính qua đó kịp thời phát hiện, chấn chỉnh những mặt hạn chế, vướng mắc nảy sinh trong quá trình thực hiện."],
  ['III.1.4', Area.Direction, "Tiếp tục đổi mới, nâng cao chất lượng công tác tổ chức đánh giá, xác định chỉ số cải cách hành chính của cơ quan hành chính, sửa đổi các Bộ Chỉ số cải cách hành chính, Chỉ số đo lường sự hài lòng của người dân theo hướng đánh giá toàn diện, đa chiều, công khai, minh bạch, tăng cường ứng dụng công nghệ thông tin, truyền thông trong đánh giá chỉ số cải cách hành chính."],
  ['III.1.5', Area.Direction, "Đẩy mạnh công tác thông tin, tuyên truyền về chủ trương đường lối của Đảng, chính sách pháp luật của Nhà nước nhằm nâng cao nhận thức, ý thức, tinh thần trách nhiệm về ý nghĩa, mục tiêu, tầm quan trọng của công tác cải cách hành chính đối với sự phát triển kinh tế - xã hội của phường; tăng cường hiểu biết về cải cách hành chính, sự tham gia của người dân, doanh nghiệp và các tổ chức xã hội trong triển khai cải cách hành chính và giám sát quá trình thực hiện cải cách hành chính đối với cơ quan hành chính nhà nước các cấp."],
  ['III.1.6', Area.Direction, "Khuyến khích cán bộ, viên chức, đề xuất các sáng kiến, giải pháp mới trong công tác cải cách hành chính góp phần phục vụ tốt hơn cho người dân, doanh nghiệp."],
  ['III.2.1', Area.Institution, "Tăng cường công tác rà soát, xây dựng, hoàn thiện thể chế, cơ chế, chính sách thuộc phạm vi quản lý nhà nước của phường, phù hợp với thực tiễn và theo quy định của pháp luật."],
  ['III.2.2', Area.Institution, "Triển khai thực hiện hiệu quả Nghị quyết số 27-NQ/TW, Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới."],
  ['III.2.3', Area.Institution, "Đổi mới và nâng cao chất lượng công tác xây dựng pháp luật theo hướng chặt chẽ, khoa học, hiện đại, chuyên nghiệp; tăng cường trách nhiệm và nâng cao hiệu quả phối hợp giữa các cơ quan trong quá trình xây dựng văn bản quy phạm pháp luật."],
  ['III.2.4', Area.Institution, "Đẩy mạnh công tác kiểm tra, theo dõi, đánh giá việc thực hiện trách nhiệm quản lý nhà nước trong công tác tổ chức thi hành pháp luật; kịp thời xử lý các vấn đề mới phát sinh trong tổ chức thi hành pháp luật."],
  ['III.2.5', Area.Institution, "Thực hiện cập nhật đầy đủ, kịp thời các văn bản quy phạm pháp luật do HĐND, UBND phường ban hành."],
  ['III.2.6', Area.Institution, "Tổ chức triển khai có hiệu quả công tác tổ chức thi hành pháp luật. Thực hiện hiệu quả công tác phổ biến, giáo dục pháp luật thông qua tăng cường ứng dụng công nghệ thông tin và số hoá công tác phổ biến, giáo dục pháp luật"],
  ['III.3.1.1', Area.Procedure, "Đảm bảo cập nhật TTHC đầy đủ, đúng quy định, thống nhất trên Cổng thông tin điện tử đơn vị. Công khai đầy đủ tiến độ, kết quả hồ sơ trong giải quyết TTHC."],
  ['III.3.2.1', Area.Procedure, "Nâng cao chất lượng giải quyết TTHC, hướng tới sự hài lòng của người dân, tổ chức."],
  ['III.3.2.2', Area.Procedure, "Kiểm soát chất lượng quy trình nội bộ trong giải quyết TTHC."],
  ['III.3.2.3', Area.Procedure, "Phối hợp chặt chẽ trong việc thực hiện các TTHC liên thông nhằm đảm bảo thời gian thực hiện; quy định trách nhiệm cụ thể của các bên liên quan trong các bước giải quyết TTHC."],
  ['III.4.1', Area.Apparatus, "Quản lý, sử dụng biên chế và thực hiện việc tinh giản biên chế theo quy định đảm bảo khách quan, công khai, minh bạch."],
  ['III.4.2', Area.Apparatus, "Căn cứ các văn bản chỉ đạo kịp thời thực hiện các nhiệm vụ sửa đổi, bổ sung, ban hành mới các VBQPPL để thể chế hóa nội dung phân cấp theo quy định."],
  ['III.5.1', Area.CivilService, "Tiếp tục thực hiện đánh giá, xếp loại chất lượng viên chức theo hướng dân chủ, công khai, minh bạch, lượng hóa các tiêu chí đánh giá dựa trên kết quả thực hiện nhiệm vụ và gắn với vị trí việc làm, thông qua các sản phẩm cụ thể, lấy hiệu quả thực hiện nhiệm vụ làm thước đo chính để đánh giá, sử dụng viên chức gắn với công tác khen thưởng, kỷ luật."],
  ['III.5.2', Area.CivilService, "Tăng cường cử viên chức tham gia bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp viên chức; chức vụ, chức danh lãnh đạo, quản lý và yêu cầu vị trí việc làm."],
  ['III.5.3', Area.CivilService, "Thực hiện cập nhật đầy đủ, chính xác, kịp thời dữ liệu cán bộ, công chức, viên chức trên Hệ thống phần mềm cơ sở dữ liệu cán bộ, công chức, viên chức đảm bảo cơ sở dữ liệu “Đúng - Đủ - Sạch - Sống - Thống nhất - Dùng chung” theo hướng dẫn."],
  ['III.5.4', Area.CivilService, "Tiếp tục tăng cường kỷ luật, kỷ cương hành chính; thực hiện đúng quy định về quy tắc ứng xử, quy chế văn hóa công sở; tăng cường khen thưởng, kỷ luật kịp thời, nghiêm minh với các hành vi những nhiễu, tiêu cực, vi phạm pháp luật."],
  ['III.6.1', Area.PublicFinance, "Hoàn thiện cơ chế tài chính tại đơn vị sự nghiệp công lập."],
  ['III.6.2', Area.PublicFinance, "Tăng cường công tác chỉ đạo, điều hành, giám sát việc quản lý ngân sách nhà nước, thực hiện có hiệu quả công tác quản lý thu, chi ngân sách nhà nước, đảm bảo tính thống nhất của hệ thống tài chính."],
  ['III.6.3', Area.PublicFinance, "Tổ chức thực hiện đầy đủ các chính sách về tiền lương, tiền công."],
  ['III.6.4', Area.PublicFinance, "Thực hiện đầy đủ các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách."],
  ['III.6.5', Area.PublicFinance, "Thực hiện quyền tự chủ, tự chịu trách nhiệm về nhiệm vụ, tổ chức bộ máy, biên chế và tài chính đối với cơ quan hành chính nhà nước theo Nghị định số 130/2005/NĐ-CP, Nghị định số 117/2013/NĐ-CP của Chính phủ."],
  ['III.7.1', Area.DigitalGovernment, "Tiếp tục đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số và ứng dụng công nghệ thúc đẩy xây dựng và phát triển Chính quyền điện tử, Chính quyền số, góp phần đổi mới phương thức làm việc, nâng cao năng suất, hiệu quả hoạt động của cơ quan hành chính nước các cấp có đủ năng lực vận hành nền kinh tế số, xã hội số đáp ứng yêu cầu phát triển kinh tế - xã hội, quốc phòng an ninh và hội nhập quốc tế."],
  ['III.7.2', Area.DigitalGovernment, "Triển khai, hoàn thiện các nền tảng dùng chung; xây dựng và phát triển kho dữ liệu điện tử; kết nối với hệ thống phần mềm, cơ sở dữ liệu của cấp trên."],
  ['III.7.3', Area.DigitalGovernment, "Tiếp tục thực hiện đồng bộ các giải pháp nhằm nâng cao chất lượng và hiệu quả sử dụng dịch vụ công trực tuyến."],
  ['IV.1', Area.Implementation, "Xây dựng Kế hoạch duy trì, áp dụng CCHC."],
  ['IV.2', Area.Implementation, "Ứng dụng có hiệu quả phần mềm Hệ thống quản lý văn bản điều hành."],
  ['IV.3', Area.Implementation, "Tiếp tục đổi mới và nâng cao chất lượng công tác xây dựng và ban hành văn bản."],
  ['IV.4', Area.Implementation, "Tuyên truyền, phổ biến các biện pháp, sáng kiến nhằm đẩy mạnh việc thực hiện CCHC ở đơn vị."],
  ['IV.5', Area.Implementation, "Phối hợp với các cơ quan liên quan thực hiện công tác thông tin, tuyên truyền về CCHC."],
  ['IV.6', Area.Implementation, "Báo cáo kết quả thực hiện các nhiệm vụ công tác CCHC; việc sử dụng phần mềm quản lý văn bản; việc duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."],
];

describe('parsePlan on the 2026 plan of Trường Tiểu học Mỹ Thịnh (pasted text)', () => {
  const plan = ok(parsePlan(outlineFromText(SAMPLE)));

  it('gives exactly the 42 expected tasks: codes, areas and full texts', () => {
    expect(plan.tasks.map((t) => [t.code, t.area, t.content])).toEqual(EXPECTED_2026);
  });

  it('counts 7,7,5,2,5,6,4,6 by area and 6/30/6 by part', () => {
    const byArea = new Map<string, number>();
    for (const t of plan.tasks) byArea.set(t.area, (byArea.get(t.area) ?? 0) + 1);
    expect(Object.fromEntries(byArea)).toEqual({
      [Area.Direction]: 7, [Area.Institution]: 7, [Area.Procedure]: 5, [Area.Apparatus]: 2,
      [Area.CivilService]: 5, [Area.PublicFinance]: 6, [Area.DigitalGovernment]: 4, [Area.Implementation]: 6,
    });
    const byPart = (p: string) => plan.tasks.filter((t) => t.code.split('.')[0] === p).length;
    expect([byPart('II'), byPart('III'), byPart('IV')]).toEqual([6, 30, 6]);
  });

  it('reads the plan reference from the header and writes it as every task source', () => {
    expect(plan.planRef).toEqual({
      number: '47/KH-THMT', date: '2026-01-20',
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

describe('parsePlan on another school\'s shapes', () => {
  it('reads "Nhiệm vụ 1:", a), +, •, labelled owners and a task table in the appendix', () => {
    const plan = ok(parsePlan(outlineFromText(AN_HOA)));
    expect(plan.planRef.source).toBe('Kế hoạch số 12/KH-THCSAH ngày 05/02/2026');
    expect(plan.planRef.title).toBe('Cải cách hành chính năm 2026');
    expect(plan.tasks.map((t) => ({ code: t.code, area: t.area, content: t.content, owner: t.owner, coOwners: t.coOwners, dueDate: t.dueDate }))).toEqual([
      { code: 'II.1.a', area: Area.Institution, content: 'Rà soát các quy chế nội bộ của nhà trường, hoàn thành trước ngày 31/03/2026.', owner: 'Phó hiệu trưởng', coOwners: 'Tổ Văn phòng', dueDate: '2026-03-31' },
      { code: 'II.1.b', area: Area.Institution, content: 'Xây dựng quy chế chi tiêu nội bộ năm 2026', owner: 'Kế toán', coOwners: 'Tổ Văn phòng', dueDate: '2026-01-15' },
      { code: 'II.2.a.1', area: Area.Procedure, content: 'Cập nhật bảng niêm yết tại phòng văn thư.', owner: '', coOwners: '', dueDate: null },
      { code: 'II.2.a.2', area: Area.Procedure, content: 'Đăng tải trên trang thông tin điện tử của trường.', owner: '', coOwners: '', dueDate: null },
      { code: 'II.2.b', area: Area.Procedure, content: 'Tiếp nhận, trả kết quả hồ sơ học sinh đúng hạn.', owner: '', coOwners: '', dueDate: null },
      { code: 'II.3.1', area: Area.DigitalGovernment, content: 'Sử dụng sổ điểm điện tử, học bạ số.', owner: 'Tổ trưởng', coOwners: 'Giáo viên', dueDate: null },
      { code: 'II.3.2', area: Area.DigitalGovernment, content: 'Triển khai thanh toán không dùng tiền mặt.', owner: '', coOwners: '', dueDate: null },
      { code: 'IV.1', area: Area.Implementation, content: 'Hiệu trưởng chỉ đạo chung, kiểm tra việc thực hiện kế hoạch.', owner: '', coOwners: '', dueDate: null },
      { code: 'IV.2', area: Area.Implementation, content: 'Văn thư tổng hợp báo cáo CCHC quý, 6 tháng, năm.', owner: '', coOwners: '', dueDate: null },
      { code: 'B1.3', area: Area.Procedure, content: 'Hướng dẫn cha mẹ học sinh thủ tục hành chính khi nhập học trực tuyến', owner: 'Văn thư', coOwners: '', dueDate: '2026-05-15' },
    ]);
    expect(plan.warnings).toContain('Không đọc được thời hạn "Thường xuyên" của nhiệm vụ II.3.1; ô Thời hạn để trống.');
  });

  it('reads a Google Doc outline: auto-numbered list nesting (roman, number, bullet) and a table with dates', () => {
    const li = (nestingLevel: number, glyph: 'romanUpper' | 'number' | 'bullet', text: string): PlanBlock =>
      ({ kind: 'listItem', nestingLevel, glyph, listId: 'kix.1', text });
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
      ['B1.3', Area.Apparatus, 'Rà soát vị trí việc làm của nhân viên', 'Hiệu trưởng', '2026-06-30'],
    ]);
    expect(plan.warnings).toContain('Không đọc được thời hạn "tháng 13/2026" của nhiệm vụ II.2.2; ô Thời hạn để trống.');
  });

  it('keeps codes unique when a task part repeats its roman numeral', () => {
    const text = 'Số: 1/KH-X\nX, ngày 02 tháng 01 năm 2026\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát quy chế.\n\nII. GIẢI PHÁP\n1. Cải cách thể chế\n- Phổ biến pháp luật.\n';
    const plan = ok(parsePlan(outlineFromText(text)));
    expect(plan.tasks.map((t) => t.code)).toEqual(['II.1.1', 'II.1.1-2']);
    expect(plan.warnings).toContain('Số thứ tự II.1.1 bị lặp trong kế hoạch; nhiệm vụ sau được ghi mã II.1.1-2.');
  });

  it('never relies on markdown heading levels', () => {
    const text = '# II. NHIỆM VỤ\n\n###### 1. Cải cách thể chế\n\n# 1.1. Rà soát quy chế.\n\n## 1.2. Phổ biến pháp luật.\n\n#### 2. Cải cách công vụ\n\n# - Bồi dưỡng viên chức.\n';
    const plan = ok(parsePlan(outlineFromText(text)));
    expect(plan.tasks.map((t) => [t.code, t.area])).toEqual([
      ['II.1.1', Area.Institution], ['II.1.2', Area.Institution], ['II.2.1', Area.CivilService],
    ]);
  });
});

describe('parsePlan refusals', () => {
  it('refuses an empty document', () => {
    expect(parsePlan([])).toMatchObject({ ok: false, reason: 'empty', message: 'Văn bản trống: không có nội dung để nhập.' });
    expect(parsePlan(outlineFromText('  \n\n \n'))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses pasted text of only a title', () => {
    expect(parsePlan(outlineFromText('KẾ HOẠCH\nCải cách hành chính năm 2026 của trường tiểu học Mỹ Thịnh')))
      .toMatchObject({ ok: false, reason: 'titleOnly' });
  });

  it('refuses text with no recognisable plan structure', () => {
    const letter = 'Kính gửi: Ban giám hiệu\n\nEm xin phép nghỉ ngày 12/3/2026 vì lý do gia đình.\n\nEm xin cảm ơn.\n\nNgười làm đơn\n\nTrần Văn B';
    expect(parsePlan(outlineFromText(letter))).toMatchObject({ ok: false, reason: 'noStructure' });
    const onlyGoals = 'Số: 3/KH-X\n\nI. MỤC TIÊU, YÊU CẦU\n- Nâng cao chất lượng.\n\nII. KINH PHÍ\n- Ngân sách.';
    expect(parsePlan(outlineFromText(onlyGoals))).toMatchObject({ ok: false, reason: 'noStructure' });
  });
});

describe('plan wording helpers', () => {
  it('maps area headings, including "Chuyển đổi số" and "Chính phủ điện tử"', () => {
    expect(areaOfHeading('7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số')).toBe(Area.DigitalGovernment);
    expect(areaOfHeading('Nhiệm vụ 3: Chuyển đổi số')).toBe(Area.DigitalGovernment);
    expect(areaOfHeading('Nhiệm vụ trọng tâm')).toBeNull();
    expect(areaOfText('Thực hiện nhiệm vụ tài chính - ngân sách năm 2026')).toBe(Area.PublicFinance);
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
    expect(splitLabels('Rà soát quy chế (Chủ trì: Phó hiệu trưởng; Phối hợp: Tổ 1, Tổ 2-3; Thời hạn: 15/3/2026)')).toEqual({
      content: 'Rà soát quy chế', owner: 'Phó hiệu trưởng', coOwners: 'Tổ 1, Tổ 2-3', deadline: '15/3/2026',
    });
  });

  it('scores text similarity on folded words', () => {
    expect(textSimilarity('Rà soát quy chế nội bộ', 'Ra soat quy che noi bo')).toBe(1);
    expect(textSimilarity('Rà soát quy chế nội bộ của trường', 'Rà soát quy chế nội bộ của trường, hoàn thành trước 31/3')).toBeGreaterThanOrEqual(0.9);
    expect(textSimilarity('Sổ điểm điện tử', 'Thanh toán không dùng tiền mặt')).toBe(0);
  });
});
