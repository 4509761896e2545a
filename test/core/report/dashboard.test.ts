// The Tổng hợp grid evaluated by HyperFormula against the TypeScript engine: per-area table and
// total row against figuresByArea/figuresOf, per-person counts against taskState, the count of tasks
// done without evidence against doneWithoutEvidence, the top list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dashboardGrid,
  LAYOUT,
  AREA_TABLE_KEYS,
  mostOverdue,
  ownersOf,
  type DashboardRefs,
} from '../../../src/core/report/dashboard';
import { AREAS, TaskCondition } from '../../../src/core/domain';
import { figuresByArea, figuresOf, taskState } from '../../../src/core/status/engine';
import {
  absoluteCellRef,
  statusColumnFormulas,
  statusColumnLetters,
  wholeColumnRef,
} from '../../../src/core/status/formulas';
import { FormulaBook } from '../../support/formulaBook';
import { doneWithoutEvidence } from '../../../src/core/evidence';
import { matrixRows, statusMatrix } from '../../support/statusMatrix';

afterEach(() => vi.useRealTimers());

const owners = ['Trần Văn Bình', 'Lê Thị Hoa', 'Phạm Minh Đức'];

describe('dashboard formulas', () => {
  for (const today of ['2026-02-28', '2026-09-05']) {
    it(`agree with the TypeScript figures on ${today}`, () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(`${today}T10:00:00`));
      const book = new FormulaBook();
      // Three copies of the matrix spread over the areas (one area left empty) and owners.
      const rows = [0, 1, 2].flatMap((k) =>
        matrixRows(statusMatrix(3), today, AREAS.slice(0, AREAS.length - 1)).map((r, i) => ({
          ...r,
          code: `${k + 1}.${i + 1}`,
          area: AREAS[(i + k) % (AREAS.length - 1)]!,
          owner: r.owner.trim() ? owners[(i + k) % owners.length]! : r.owner,
        })),
      );
      // Minh chứng on every other row; some of those rows are Hoàn thành, some removed from the plan.
      const withEvidence = rows.map((r, i) => ({
        ...r,
        evidence: i % 2 ? '' : 'Kế hoạch số 12/KH-THMT ngày 05/02/2026',
      }));
      book.setRows(withEvidence);
      const letters = statusColumnLetters(book.headerMap());
      if (!letters.ok) throw new Error('missing columns');
      const f = statusColumnFormulas(letters.letters, 2, rows.length + 1, absoluteCellRef('Cấu hình', 2, 2));
      book.setColumn(book.tasks, book.col('condition'), 2, f.condition);
      book.setColumn(book.tasks, book.col('daysOverdue'), 2, f.daysOverdue);

      const refs: DashboardRefs = {
        area: wholeColumnRef('Nhiệm vụ', book.col('area') + 1),
        condition: wholeColumnRef('Nhiệm vụ', book.col('condition') + 1),
        dueDate: wholeColumnRef('Nhiệm vụ', book.col('dueDate') + 1),
        owner: wholeColumnRef('Nhiệm vụ', book.col('owner') + 1),
        evidence: wholeColumnRef('Nhiệm vụ', book.col('evidence') + 1),
      };
      const top = mostOverdue(rows, today, 3);
      const people = ownersOf(rows);
      const dash = book.hf.getSheetId('Tổng hợp')!;
      book.hf.setCellContents(
        { sheet: dash, row: 0, col: 0 },
        dashboardGrid({ refs, top, owners: people, refreshedAt: '05/09/2026 07:00' }),
      );

      const cell = (row: number, col1: number) => book.value(dash, row, col1 - 1);
      const read = (row: number) => AREA_TABLE_KEYS.map((_, j) => cell(row, 2 + j));
      const expected = (fig: ReturnType<typeof figuresOf>) => AREA_TABLE_KEYS.map((k) => fig[k] ?? '');
      const byArea = figuresByArea(rows, today, 3);
      AREAS.forEach((area, i) => {
        expect(cell(LAYOUT.firstAreaRow + i, 1)).toBe(area);
        const got = read(LAYOUT.firstAreaRow + i);
        const want = expected(byArea.find((a) => a.area === area)!.figures);
        expect(
          got.map((v) => (typeof v === 'number' ? Number(v.toFixed(10)) : v)),
          area,
        ).toEqual(want.map((v) => (typeof v === 'number' ? Number(v.toFixed(10)) : v)));
      });
      const total = figuresOf(rows, today, 3);
      expect(read(LAYOUT.totalRow).map((v) => (typeof v === 'number' ? Number(v.toFixed(10)) : v))).toEqual(
        expected(total).map((v) => (typeof v === 'number' ? Number(v.toFixed(10)) : v)),
      );
      expect(total.due).toBeGreaterThan(0);
      expect(total.overdue).toBeGreaterThan(0);

      people.forEach((name, i) => {
        const row = LAYOUT.firstListRow + i;
        const mine = rows.filter((r) => r.owner === name).map((r) => taskState(r, today, 3).condition);
        expect(cell(row, LAYOUT.byPersonCol)).toBe(name);
        expect(cell(row, LAYOUT.byPersonCol + 1)).toBe(mine.filter((c) => c === TaskCondition.OverdueNotDone).length);
        expect(cell(row, LAYOUT.byPersonCol + 2)).toBe(mine.filter((c) => c === TaskCondition.DueSoon).length);
      });
      expect(String(cell(LAYOUT.noteRow, 1))).toContain(today.split('-').reverse().join('/'));

      // Hoàn thành chưa có minh chứng: the formula keeps doneWithoutEvidence's count.
      const missing = doneWithoutEvidence(withEvidence, today);
      expect(missing.length).toBeGreaterThan(0);
      expect(missing.length).toBeLessThan(withEvidence.filter((r) => r.progressStatus === 'Hoàn thành').length);
      expect(cell(LAYOUT.missingEvidenceRow, 1)).toBe('Hoàn thành chưa có minh chứng');
      expect(cell(LAYOUT.missingEvidenceRow, 2)).toBe(missing.length);
    });
  }

  it('lists the ten most overdue, most days first', () => {
    const today = '2026-05-01';
    const tasks = Array.from({ length: 14 }, (_, i) => ({
      code: `2.${i + 1}`,
      owner: 'Lê Thị Hoa',
      dueDate: `2026-04-${String(10 + i).padStart(2, '0')}`,
      planNote: '',
      progressStatus: '',
      completedDate: null,
    }));
    const top = mostOverdue(tasks, today, 3);
    expect(top).toHaveLength(10);
    expect(top[0]).toEqual({ code: '2.1', owner: 'Lê Thị Hoa', days: 21 });
    expect(top.map((t) => t.days)).toEqual([21, 20, 19, 18, 17, 16, 15, 14, 13, 12]);
    expect(ownersOf([...tasks, { ...tasks[0]!, owner: 'le thi hoa ' }, { ...tasks[0]!, owner: '' }])).toEqual([
      'Lê Thị Hoa',
    ]);
  });
});
