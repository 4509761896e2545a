// The flag rules' formulas, evaluated by HyperFormula the way Sheets applies a custom formula to a
// range: written for the first row, shifted down row by row (copy/paste keeps the $ parts).
// The sandbox twin (test/e2e/flags.test.ts) checks the rules the bundle writes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FLAG_RULES, flagFormula, isTrackerFlagFormula } from '../../../src/core/status/flagRules';
import { TaskCondition } from '../../../src/core/domain';
import { taskState } from '../../../src/core/status/engine';
import {
  absoluteCellRef,
  columnLetter,
  statusColumnFormulas,
  statusColumnLetters,
} from '../../../src/core/status/formulas';
import { FormulaBook } from '../../support/formulaBook';
import { matrixRows, statusMatrix } from '../../support/statusMatrix';

afterEach(() => vi.useRealTimers());

describe('conditional flags', () => {
  it('light up exactly the rows in their Tình trạng', () => {
    const today = '2026-03-01';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${today}T10:00:00`));
    const book = new FormulaBook();
    const rows = matrixRows(statusMatrix(3), today);
    book.setRows(rows);
    const letters = statusColumnLetters(book.headerMap());
    if (!letters.ok) throw new Error('missing columns');
    const last = rows.length + 1;
    const f = statusColumnFormulas(letters.letters, 2, last, absoluteCellRef('Cấu hình', 2, 2));
    book.setColumn(book.tasks, book.col('condition'), 2, f.condition);
    book.setColumn(book.tasks, book.col('daysOverdue'), 2, f.daysOverdue);

    const scratch = book.header.length + 2;
    for (const rule of FLAG_RULES) {
      const formula = flagFormula(rule, letters.letters.condition, 2);
      expect(isTrackerFlagFormula(formula)).toBe(true);
      book.setColumn(book.tasks, scratch, 2, [[formula]]);
      book.hf.copy({
        start: { sheet: book.tasks, row: 1, col: scratch },
        end: { sheet: book.tasks, row: 1, col: scratch },
      });
      for (let r = 3; r <= last; r++) book.hf.paste({ sheet: book.tasks, row: r - 1, col: scratch });
      const lit = rows.filter((_, i) => book.value(book.tasks, i + 2, scratch) === true).map((r) => r.content);
      const expected = rows
        .filter((r) => rule.conditions.includes(taskState(r, today, 3).condition))
        .map((r) => r.content);
      expect(lit, rule.id).toEqual(expected);
      expect(lit.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('recognise only the tracker’s own formulas', () => {
    const overdue = FLAG_RULES[0]!;
    expect(isTrackerFlagFormula(flagFormula(overdue, columnLetter(30), 5))).toBe(true);
    expect(isTrackerFlagFormula(`=$Q2="${TaskCondition.OverdueNotDone}"`)).toBe(true);
    expect(isTrackerFlagFormula(`=$Q2="${TaskCondition.OverdueNotDone}"*1`)).toBe(false);
    expect(isTrackerFlagFormula('=$E2="Nguyễn Văn A"')).toBe(false);
    expect(isTrackerFlagFormula('=ISBLANK($M2)')).toBe(false);
  });
});
