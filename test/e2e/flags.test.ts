// Status formulas and flags through the built bundle and the sandbox spreadsheet (HyperFormula):
// the agreement of taskState() with the sheet's Tình trạng / Số ngày quá hạn on the whole matrix on
// several simulated dates, the conditional-format rules lighting the right rows, a user's own
// rule kept, and "Làm mới định dạng" restoring deleted rules in a fixed number of calls.
import { beforeAll, describe, expect, it } from 'vitest';
import { taskState } from '../../src/core/status/engine';
import { FLAG_RULES } from '../../src/core/status/flagRules';
import { trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { matrixRows, SIMULATED_DAYS, statusMatrix, type MatrixRow } from '../support/statusMatrix';
import { colOf, scriptWrite, taskCell, taskGrid } from '../support/flagsWorld';

const REFRESH = 'Làm mới định dạng';
let w: World;
let count = 0;

function writeMatrix(today: string, n: number): MatrixRow[] {
  const rows = matrixRows(statusMatrix(n), today);
  scriptWrite(w.sb, 'Nhiệm vụ', 2, 1, taskGrid(w.sb, rows));
  return rows;
}

function setDueSoonDays(n: number): void {
  const settings = w.sb.spreadsheet.valuesOf('Cấu hình');
  const row = settings.findIndex((r) => String(r[0]).startsWith('Số ngày')) + 1;
  scriptWrite(w.sb, 'Cấu hình', row, 2, [[n]]);
}

beforeAll(() => {
  w = trackerWithPlan({ plan: 'none' });
  const rows = writeMatrix('2026-01-20', 3);
  count = rows.length;
  const r = w.sb.clickMenu(PRINCIPAL, REFRESH);
  expect(r.error).toBeUndefined();
});

describe('status formulas in the sandbox agree with taskState', () => {
  for (const n of [3, 7]) {
    for (const today of SIMULATED_DAYS) {
      it(`on ${today}, N = ${n}`, () => {
        setDueSoonDays(n);
        w.sb.clock.set(`${today}T08:00:00+07:00`);
        const rows = writeMatrix(today, n);
        const sheet = rows.map((r, i) => ({
          name: r.content,
          condition: taskCell(w.sb, i + 2, 'condition'),
          daysOverdue: taskCell(w.sb, i + 2, 'daysOverdue'),
        }));
        const engine = rows.map((r) => ({ name: r.content, ...taskState(r, today, n) }));
        expect(sheet).toEqual(engine);
      });
    }
  }
});

describe('conditional flags in the sandbox', () => {
  const litRules = (row: number) => {
    const styles = w.sb.spreadsheet.conditionalFormatsAt('Nhiệm vụ', `B${row}`).map((h) => h.style);
    return FLAG_RULES.filter((rule) =>
      styles.some((s) => JSON.stringify(s).includes(rule.style.background ?? rule.style.fontColor!)),
    ).map((r) => r.id);
  };

  it('light up the rows of their Tình trạng, on two dates', () => {
    setDueSoonDays(3);
    for (const today of ['2026-03-01', '2026-06-30']) {
      w.sb.clock.set(`${today}T08:00:00+07:00`);
      const rows = writeMatrix(today, 3);
      rows.forEach((r, i) => {
        const condition = taskState(r, today, 3).condition;
        const expected = FLAG_RULES.filter((rule) => rule.conditions.includes(condition)).map((rule) => rule.id);
        expect(litRules(i + 2), `${r.content}: ${condition}`).toEqual(expected);
      });
    }
  });

  it('keep a rule a user added, and come back after being deleted, in a fixed number of calls', () => {
    w.sb.env.run('editor', 'userAddsRule', { active: PRINCIPAL, effective: PRINCIPAL }, () => {
      const sheet = w.sb.spreadsheet.spreadsheetApi().getSheetByName('Nhiệm vụ')!;
      const userRule = SpreadsheetApp_.newConditionalFormatRule()
        .whenTextContains('gấp')
        .setBold(true)
        .setRanges([sheet.getRange('C2:C100') as unknown as GoogleAppsScript.Spreadsheet.Range])
        .build();
      sheet.setConditionalFormatRules([userRule]); // the user's edit also deletes the tracker's rules
    });
    const calls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = w.sb.clickMenu(PRINCIPAL, REFRESH);
      expect(r.error).toBeUndefined();
      calls.push(r.execution.calls.get('SpreadsheetApp') ?? 0);
    }
    const rules = w.sb.spreadsheet.getSheetModel('Nhiệm vụ')!.conditionalRules;
    expect(rules).toHaveLength(FLAG_RULES.length + 1);
    expect(rules.filter((r) => r.criteria === 'TEXT_CONTAINS')).toHaveLength(1);
    // Reading the existing rules costs calls per rule (not per task): steady once ours are back.
    expect(calls[1]).toBe(calls[2]);
    expect(count).toBeGreaterThan(20);
  });

  it('cover the columns the formulas need', () => {
    expect(colOf(w.sb, 'condition')).toBeGreaterThan(colOf(w.sb, 'dueDate'));
  });
});

// The sandbox's SpreadsheetApp for test-side setup (a user's own rule).
const SpreadsheetApp_ = {
  newConditionalFormatRule: () =>
    (
      w.sb as unknown as { sheets: { app: GoogleAppsScript.Spreadsheet.SpreadsheetApp } }
    ).sheets.app.newConditionalFormatRule(),
};
