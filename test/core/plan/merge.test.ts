import { describe, expect, it } from 'vitest';
import { Area, LogAction, REMOVED_FROM_PLAN, type ParsedTask } from '../../../src/core/domain';
import { mergePlan, planScope, type ExistingTask } from '../../../src/core/plan/merge';

const SOURCE = 'Kế hoạch số 47/KH-THMT ngày 20/01/2026';
const parsed = (code: string, content: string, more: Partial<ParsedTask> = {}): ParsedTask => ({
  code,
  area: Area.Institution,
  content,
  source: SOURCE,
  owner: '',
  coOwners: '',
  startDate: null,
  dueDate: null,
  group: '',
  ...more,
});
const row = (row: number, code: string, content: string, more: Partial<ExistingTask> = {}): ExistingTask => ({
  row,
  code,
  area: Area.Institution,
  content,
  source: SOURCE,
  owner: '',
  coOwners: '',
  startDate: null,
  dueDate: null,
  planNote: '',
  ...more,
});

describe('mergePlan (re-import)', () => {
  it('changes nothing when the same plan is imported again', () => {
    const rows = [row(2, 'II.1', 'Rà soát quy chế nội bộ.'), row(3, 'II.2', 'Phổ biến pháp luật cho viên chức.')];
    const result = mergePlan(rows, [
      parsed('II.1', 'Rà soát quy chế nội bộ.'),
      parsed('II.2', 'Phổ biến pháp luật cho viên chức.'),
    ]);
    expect(result).toEqual({
      updates: [],
      additions: [],
      log: [],
      counts: { added: 0, updated: 0, removed: 0, unchanged: 2 },
    });
  });

  it('adds new items, updates and logs changed text, marks gone items, never deletes', () => {
    const rows = [
      row(2, 'II.1', 'Rà soát quy chế nội bộ của nhà trường.'),
      row(3, 'II.2', 'Phổ biến pháp luật cho viên chức.'),
      row(4, 'II.3', 'Tổ chức hội thi tìm hiểu cải cách hành chính.'),
    ];
    const result = mergePlan(rows, [
      parsed('II.1', 'Rà soát, sửa đổi quy chế nội bộ của nhà trường.'),
      parsed('II.2', 'Phổ biến pháp luật cho viên chức.'),
      parsed('II.4', 'Số hóa hồ sơ viên chức.'),
    ]);
    expect(result.updates).toEqual([
      { row: 2, set: { content: 'Rà soát, sửa đổi quy chế nội bộ của nhà trường.' } },
      { row: 4, set: { planNote: REMOVED_FROM_PLAN } },
    ]);
    expect(result.additions.map((t) => t.code)).toEqual(['II.4']);
    expect(result.counts).toEqual({ added: 1, updated: 1, removed: 1, unchanged: 1 });
    expect(result.log).toEqual([
      { action: LogAction.PlanTaskAdded, code: 'II.4', detail: '1 nhiệm vụ: II.4' },
      {
        action: LogAction.PlanTaskUpdated,
        code: 'II.1',
        detail: '«Rà soát quy chế nội bộ của nhà trường.» → «Rà soát, sửa đổi quy chế nội bộ của nhà trường.»',
      },
      { action: LogAction.PlanTaskRemoved, code: 'II.3', detail: 'Tổ chức hội thi tìm hiểu cải cách hành chính.' },
    ]);
  });

  it('keeps every value people typed and only fills empty plan cells', () => {
    const typed = row(2, 'II.1', 'Rà soát quy chế nội bộ.', {
      owner: 'Trần Văn Hùng',
      dueDate: '2026-03-15',
      area: Area.Apparatus,
    });
    const result = mergePlan(
      [typed],
      [
        parsed('II.1', 'Rà soát quy chế nội bộ.', {
          owner: 'Hiệu trưởng',
          coOwners: 'Tổ Văn phòng',
          dueDate: '2026-01-31',
          area: Area.Institution,
        }),
      ],
    );
    expect(result.updates).toEqual([{ row: 2, set: { coOwners: 'Tổ Văn phòng' } }]);
  });

  it('follows renumbered items by their text, and gives the removed row a distinct code', () => {
    const rows = [row(2, 'II.1', 'Rà soát quy chế nội bộ.'), row(3, 'II.2', 'Phổ biến pháp luật cho viên chức.')];
    const result = mergePlan(rows, [
      parsed('II.1', 'Xây dựng kế hoạch tự kiểm tra công tác cải cách hành chính.'),
      parsed('II.2', 'Rà soát quy chế nội bộ.'),
    ]);
    expect(result.updates).toEqual([
      { row: 2, set: { code: 'II.2' } },
      { row: 3, set: { planNote: REMOVED_FROM_PLAN, code: 'II.2 (cũ)' } },
    ]);
    expect(result.additions.map((t) => t.code)).toEqual(['II.1']);
  });

  it('brings back a row marked removed when the item returns; leaves rows typed by hand alone', () => {
    const rows = [
      row(2, 'II.1', 'Rà soát quy chế nội bộ.', { planNote: REMOVED_FROM_PLAN }),
      row(3, 'TT.1', 'Việc do hiệu trưởng tự thêm', { source: '' }),
    ];
    const result = mergePlan(rows, [parsed('II.1', 'Rà soát quy chế nội bộ.')]);
    expect(result.updates).toEqual([{ row: 2, set: { planNote: '' } }]);
    expect(result.log.map((l) => l.action)).toEqual([LogAction.PlanTaskRestored]);
  });

  it('matches reworded items across codes when the words are close enough', () => {
    const rows = [row(2, 'III.1.1', 'Tổ chức kiểm tra cải cách hành chính tại các tổ chuyên môn trong năm học.')];
    const result = mergePlan(rows, [
      parsed('III.2.1', 'Tổ chức kiểm tra cải cách hành chính tại các tổ chuyên môn trong học kỳ.'),
    ]);
    expect(result.additions).toEqual([]);
    expect(result.updates[0]).toMatchObject({ row: 2, set: { code: 'III.2.1' } });
  });
});

describe('planScope: several plans in one tracker (issue 16 §3)', () => {
  const first = [row(2, 'II.1', 'Ban hành kế hoạch CCHC'), row(3, 'II.2', 'Rà soát quy chế')];
  const cds = (code: string, content: string) => parsed(code, content, { source: 'KH 12', area: 'Hạ tầng' });

  it('a new plan beside another: merges with no row of it, its codes prefixed from its number', () => {
    const got = planScope(first, [cds('II.1', 'Nâng cấp wifi')], '12/KH-THMT');
    expect(got.scope).toEqual([]);
    expect(got.tasks.map((t) => t.code)).toEqual(['KH12.II.1']);
  });

  it('its re-import keeps the prefix; the first plan’s re-import keeps its codes and rows', () => {
    const both = [...first, row(4, 'KH12.II.1', 'Nâng cấp wifi', { source: 'KH 12' })];
    expect(planScope(both, [cds('II.1', 'Nâng cấp wifi')], '12/KH-THMT').tasks[0]!.code).toBe('KH12.II.1');
    const again = planScope(both, [parsed('II.1', 'Ban hành kế hoạch CCHC')], '47/KH-THMT');
    expect(again.scope).toEqual(first);
    expect(again.tasks[0]!.code).toBe('II.1');
  });

  it('a revised plan under a new number merges with the plan it restates', () => {
    const revised = [
      parsed('II.1', 'Ban hành kế hoạch CCHC', { source: 'KH 50' }),
      parsed('II.2', 'Rà soát quy chế', { source: 'KH 50' }),
    ];
    const got = planScope(first, revised, '50/KH-THMT');
    expect(got.scope).toEqual(first);
    expect(got.tasks.map((t) => t.code)).toEqual(['II.1', 'II.2']);
  });
});
