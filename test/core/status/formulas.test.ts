// Both faces of the status engine on the same matrix: taskState() in TypeScript and the sheet
// formulas evaluated by HyperFormula (the sandbox's formula engine), on several simulated dates
// and two values of N. The e2e twin (test/e2e/status-agreement.test.ts) runs them through the
// built bundle and the sandbox spreadsheet.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskCondition } from '../../../src/core/domain';
import { taskState } from '../../../src/core/status/engine';
import { absoluteCellRef, statusColumnFormulas, statusColumnLetters } from '../../../src/core/status/formulas';
import { FormulaBook } from '../../support/formulaBook';
import { matrixRows, SIMULATED_DAYS, statusMatrix } from '../../support/statusMatrix';

afterEach(() => vi.useRealTimers());

describe('status engine: TypeScript and sheet formulas agree', () => {
  for (const n of [3, 7]) {
    for (const today of SIMULATED_DAYS) {
      it(`on ${today} with N = ${n}`, () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date(`${today}T10:00:00`));
        const book = new FormulaBook(undefined, n);
        const rows = matrixRows(statusMatrix(n), today);
        book.setRows([...rows, {}]);
        const letters = statusColumnLetters(book.headerMap());
        if (!letters.ok) throw new Error('missing columns');
        const last = rows.length + 2; // one blank row after the tasks
        const f = statusColumnFormulas(letters.letters, 2, last, absoluteCellRef('Cấu hình', 2, 2));
        book.setColumn(book.tasks, book.col('condition'), 2, f.condition);
        book.setColumn(book.tasks, book.col('daysOverdue'), 2, f.daysOverdue);

        const fromSheet = rows.map((r, i) => ({
          name: r.content,
          condition: book.value(book.tasks, i + 2, book.col('condition')),
          daysOverdue: book.value(book.tasks, i + 2, book.col('daysOverdue')),
        }));
        const fromEngine = rows.map((r) => ({ name: r.content, ...taskState(r, today, n) }));
        expect(fromSheet).toEqual(fromEngine);
        expect(book.value(book.tasks, last, book.col('condition'))).toBe('');
        expect(book.value(book.tasks, last, book.col('daysOverdue'))).toBe('');
      });
    }
  }

  it('covers every Tình trạng', () => {
    const seen = new Set(matrixRows(statusMatrix(3), '2026-03-01').map((r) => taskState(r, '2026-03-01', 3).condition));
    // Chờ xác nhận included: the matrix reaches every condition the engine knows.
    expect([...seen].sort()).toEqual(Object.values(TaskCondition).sort());
  });
});
