import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Area } from '../../../src/core/domain';
import { outlineFromText } from '../../../src/core/plan/outline';
import { parsePlan, type PlanParse } from '../../../src/core/plan/parser';
import { applyRowChoices, MATCH_THRESHOLD } from '../../../src/core/plan/tables';
import { textSimilarity } from '../../../src/core/plan/text';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url), 'utf8');

function ok(result: PlanParse) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}
const carried = (plan: ReturnType<typeof ok>) =>
  plan.tasks.filter((t) => t.owner).map((t) => [t.code, t.owner, t.coOwners, t.startDate, t.dueDate]);
const unmatched = (plan: ReturnType<typeof ok>) =>
  plan.unmatchedRows.map((r) => [r.task.code, r.task.area, r.task.content, r.candidates]);

describe('an appendix table matched to the body tasks it restates', () => {
  const plan = ok(parsePlan(outlineFromText(fixture('thcs-an-binh-2026.txt'))));

  it('carries owner, co-owners, start and due date of each restating row onto its body task', () => {
    expect(carried(plan)).toEqual([
      ['II.1.1', 'Hiệu trưởng', 'Tổ Văn phòng', '2026-01-05', '2026-01-31'],
      ['II.1.2', 'Phó hiệu trưởng', 'Các tổ chuyên môn', '2026-02-01', '2026-12-31'],
      ['II.2.1', 'Kế toán', 'Tổ Văn phòng', '2026-01-05', '2026-03-31'],
      ['II.3.1', 'Văn thư', '', '2026-01-05', '2026-02-15'],
      ['II.4.2', 'Hiệu trưởng', 'Kế toán', '2026-03-01', '2026-06-30'],
      ['II.5.2', 'Phó hiệu trưởng', 'Tổ trưởng chuyên môn', '2026-06-01', '2026-08-31'],
      ['II.7.1', 'Phó hiệu trưởng', 'Tổ Tin học', '2026-08-01', '2026-09-30'],
    ]);
    expect(plan.tasks).toHaveLength(17);
  });

  it('adds no task on a guess: a row matching two tasks equally, or none, waits for the manager, in the area it resembles', () => {
    expect(unmatched(plan)).toEqual([
      ['B1.4', Area.Institution, 'Rà soát, sửa đổi các quy chế của nhà trường', ['II.2.1', 'II.2.3']],
      ['B1.9', Area.DigitalGovernment, 'Xây dựng kho học liệu số dùng chung', []],
      ['B1.10', Area.Procedure, 'Khảo sát sự hài lòng của cha mẹ HS khi giải quyết TTHC', []],
    ]);
  });

  it('reads the abbreviations of a table (BGH, CB, GV, NV, HS, VC, CNTT, CSDL, CĐS) as the words of the body', () => {
    const hoaSen = ok(parsePlan(outlineFromText(fixture('th-hoa-sen-2026.txt'))));
    expect(carried(hoaSen).map((row) => row[0])).toEqual(['II.1.1', 'II.2.1', 'II.4.1', 'II.4.2', 'II.6.1', 'II.6.2']);
    expect(unmatched(hoaSen)).toEqual([
      ['B1.3', Area.Procedure, 'Tuyển sinh lớp 1 trực tuyến', []],
      ['B1.8', Area.DigitalGovernment, 'Ứng dụng CĐS trong quản lý của nhà trường', []],
      ['B1.9', Area.DigitalGovernment, 'Tổ chức ngày hội đọc sách cho HS', []],
    ]);
    expect(
      textSimilarity(
        'Ban hành kế hoạch CCHC năm 2026',
        'Xây dựng và ban hành kế hoạch cải cách hành chính năm 2026 của nhà trường',
      ),
    ).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(
      textSimilarity(
        'Tuyên truyền CCHC đến CB, GV, NV và cha mẹ HS',
        'Tuyên truyền về cải cách hành chính đến cán bộ, giáo viên, nhân viên và cha mẹ học sinh',
      ),
    ).toBe(1);
  });

  it('reads the same table pasted from Word as tab-separated lines, not glued onto the task above it', () => {
    const word = ok(parsePlan(outlineFromText(fixture('thcs-an-binh-2026-word.txt'))));
    expect(word.tasks.find((t) => t.code === 'III.2')?.content).toBe(
      'Văn thư tổng hợp, báo cáo kết quả CCHC quý, 6 tháng, năm về UBND xã.',
    );
    expect(word.tasks.map((t) => t.content)).toEqual(plan.tasks.map((t) => t.content));
    expect(carried(word)).toEqual(carried(plan));
    expect(unmatched(word)).toEqual(unmatched(plan));
    // "1.<tab>Text", as Word pastes a numbered list, is an item, not a table.
    expect(outlineFromText('1.\tCải cách thể chế\n-\tRà soát quy chế.')).toEqual([
      { kind: 'paragraph', text: '1. Cải cách thể chế' },
      { kind: 'paragraph', text: '- Rà soát quy chế.' },
    ]);
  });

  it('places each waiting row as the manager chose, and places none while one is unchosen', () => {
    const choices = [
      { row: 'B1.4', task: 'II.2.3' },
      { row: 'B1.9', task: null },
    ];
    const waiting = applyRowChoices(plan.tasks, plan.unmatchedRows, choices);
    expect('unchosen' in waiting && waiting.unchosen.map((r) => r.task.code)).toEqual(['B1.10']);
    const wrongCode = applyRowChoices(plan.tasks, plan.unmatchedRows, [...choices, { row: 'B1.10', task: 'IX.9' }]);
    expect('unchosen' in wrongCode && wrongCode.unchosen.map((r) => r.task.code)).toEqual(['B1.10']);

    const placed = applyRowChoices(plan.tasks, plan.unmatchedRows, [...choices, { row: 'B1.10', task: 'II.3.2' }]);
    if (!('tasks' in placed)) throw new Error('not placed');
    expect(placed.tasks.map((t) => t.code)).toEqual([...plan.tasks.map((t) => t.code), 'B1.9']);
    expect(placed.tasks.find((t) => t.code === 'II.2.3')).toMatchObject({
      content: 'Rà soát, sửa đổi quy chế thực hiện dân chủ ở cơ sở của nhà trường.',
      owner: 'Phó hiệu trưởng',
      coOwners: 'Công đoàn',
      startDate: '2026-02-01',
      dueDate: '2026-04-30',
    });
    expect(placed.tasks.find((t) => t.code === 'II.3.2')).toMatchObject({ owner: 'Văn thư', dueDate: '2026-11-30' });
    expect(placed.tasks[placed.tasks.length - 1]).toMatchObject({
      code: 'B1.9',
      area: Area.DigitalGovernment,
      owner: 'Tổ trưởng chuyên môn',
    });
    // The parse itself is left as it was: a second preview places the rows afresh.
    expect(plan.tasks.find((t) => t.code === 'II.2.3')?.owner).toBe('');
  });
});
