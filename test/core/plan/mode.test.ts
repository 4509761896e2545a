// Issue 16 §3: which mode a plan is read in, the areas a plan that is not CCHC gets, and the order
// every view lists areas in. How a second plan shares the tracker: merge.test.ts (planScope).
import { CDS_AREAS, CDS_PLAN, CDS_SOURCE } from '../../fixtures/plans/cdsPlan';
import { describe, expect, it } from 'vitest';
import { Area, AREAS } from '../../../src/core/domain';
import { areaOrder, chooseMode, isCchcWork, sectionArea } from '../../../src/core/plan/mode';
import { outlineFromText } from '../../../src/core/plan/outline';
import { parsePlan } from '../../../src/core/plan/parser';

describe('chooseMode', () => {
  it('a title that names cải cách hành chính is CCHC whatever its sections', () => {
    expect(chooseMode('Cải cách hành chính năm 2026', ['Phát triển hạ tầng'])).toBe('cchc');
    expect(chooseMode('Công tác CCHC năm 2026', [])).toBe('cchc');
  });

  it('no title to go by: CCHC, as every plan the tracker took before', () => {
    expect(chooseMode('', ['Nhiệm vụ trọng tâm'])).toBe('cchc');
  });

  it('a chuyển đổi số plan names one CCHC area in every section: not CCHC', () => {
    const sections = ['Chuyển đổi số trong dạy học', 'Chuyển đổi số trong quản lý', 'Phát triển hạ tầng'];
    expect(chooseMode('Chuyển đổi số năm 2026', sections)).toBe('plan');
  });

  it('a titled plan whose sections are the CCHC areas is CCHC', () => {
    const sections = ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách chế độ công vụ'];
    expect(chooseMode('Thực hiện nhiệm vụ năm 2026', sections)).toBe('cchc');
  });

  it('a Kế hoạch năm học or phổ biến giáo dục pháp luật plan is not CCHC', () => {
    expect(chooseMode('Năm học 2025 - 2026', ['Thực hiện chương trình giáo dục', 'Phát triển đội ngũ'])).toBe('plan');
    expect(
      chooseMode('Phổ biến, giáo dục pháp luật năm 2026', ['Phổ biến pháp luật cho giáo viên', 'Cho học sinh']),
    ).toBe('plan');
  });
});

describe('sectionArea', () => {
  it('a heading in capitals turns to sentence case, its closing colon dropped; otherwise as written', () => {
    expect(sectionArea('NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ:')).toBe('Nâng cao nhận thức về chuyển đổi số');
    expect(sectionArea('Chuyển đổi số trong quản trị nhà trường.')).toBe('Chuyển đổi số trong quản trị nhà trường');
  });
});

describe('the team’s chuyển đổi số plan parsed', () => {
  const text = CDS_PLAN;
  it('chooses the plan mode; its sections are the areas; Nguồn says what the plan is about', () => {
    const plan = parsePlan(outlineFromText(text));
    expect(plan).toMatchObject({
      ok: true,
      mode: 'plan',
      suggestedMode: 'plan',
      planRef: { source: CDS_SOURCE },
    });
    if (!plan.ok) return;
    expect(areaOrder(plan.tasks)).toEqual(CDS_AREAS.map(([area]) => area));
    // No "unknown area" guess: each task sits in a section.
    expect(plan.warnings).toEqual(['Bỏ qua phần "I. MỤC ĐÍCH, YÊU CẦU" (không phải phần nhiệm vụ).']);
  });

  it('read as CCHC when the manager asks: the NQ 76 areas, the plain Nguồn', () => {
    const plan = parsePlan(outlineFromText(text), 'cchc');
    expect(plan).toMatchObject({ ok: true, mode: 'cchc', suggestedMode: 'plan' });
    if (plan.ok) expect(plan.tasks.every((t) => (AREAS as readonly string[]).includes(t.area))).toBe(true);
  });
});

describe('areaOrder and isCchcWork', () => {
  it('CCHC tasks (or none): the NQ 76 list, then other areas by row', () => {
    expect(areaOrder([])).toEqual(AREAS);
    expect(
      areaOrder([
        { area: 'B', row: 5 },
        { area: Area.Institution, row: 2 },
        { area: 'A', row: 3 },
      ]),
    ).toEqual([...AREAS, 'A', 'B']);
  });

  it('another plan: its own areas by row, no CCHC list', () => {
    expect(
      areaOrder([
        { area: Area.Implementation, row: 9 },
        { area: 'Hạ tầng', row: 4 },
        { area: 'Nhận thức', row: 2 },
      ]),
    ).toEqual(['Nhận thức', 'Hạ tầng', Area.Implementation]);
  });

  it('CCHC work when every plan among the tasks has a CCHC area', () => {
    const cchc = { area: Area.Institution, source: 'KH 1' };
    const cds = { area: 'Hạ tầng', source: 'KH 2' };
    expect(isCchcWork([cchc, { area: 'Khác', source: '' }])).toBe(true);
    expect(isCchcWork([cds, { area: Area.Implementation, source: 'KH 2' }])).toBe(false);
    expect(isCchcWork([cchc, cds])).toBe(false);
  });
});
