// Fidelity tests of the sandbox SpreadsheetApp: each pins one Apps Script / Sheets behaviour
// (named in the test) that the product relies on.
import { describe, expect, it } from 'vitest';
import { callsOf, type ExecutionKind } from '../../sandbox/env';
import { PROTECTED_EDIT_ERROR, SpreadsheetService } from '../../sandbox/spreadsheet';
import { UI_FROM_TIME_TRIGGER_ERROR } from '../../sandbox/spreadsheet/app';
import { RULE_WITHOUT_RANGE_ERROR } from '../../sandbox/spreadsheet/sheet';
import { OWNER, STAFF, serviceSandbox } from '../support/serviceSandbox';

function setup() {
  const { env, as: run } = serviceSandbox();
  const service = new SpreadsheetService(env);
  const model = service.createSpreadsheet({ name: 'Sổ theo dõi CCHC', owner: OWNER, editors: [STAFF] });
  const as = <T>(
    user: string,
    fn: (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => T,
    kind: ExecutionKind = 'editor',
  ) => run(user, () => fn(service.app), kind);
  const sheet = () => service.app.getActiveSpreadsheet().getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  return { env, service, model, as, sheet };
}

describe('values (Range.getValues / setValues reference)', () => {
  it('getValues returns Date, Number, Boolean, String and "" for empty cells', () => {
    const { as, sheet } = setup();
    const values = as(OWNER, () => {
      sheet()
        .getRange('A1:E1')
        .setValues([[new Date('2026-03-15T00:00:00+07:00'), 0.5, true, 'văn bản', '']]);
      return sheet().getRange('A1:F1').getValues();
    }).result;
    const [date, num, bool, text, empty, untouched] = values[0] as unknown[];
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2026-03-14T17:00:00.000Z'); // midnight in Asia/Ho_Chi_Minh
    expect(num).toBe(0.5);
    expect(bool).toBe(true);
    expect(text).toBe('văn bản');
    expect(empty).toBe('');
    expect(untouched).toBe('');
  });

  it('a date-formatted cell reads back as a Date at midnight in the SPREADSHEET time zone', () => {
    const { as, sheet, model } = setup();
    model.timeZone = 'Asia/Tokyo';
    const d = as(OWNER, () => {
      sheet().getRange('A1').setValue(46096).setNumberFormat('dd/MM/yyyy');
      return sheet().getRange('A1').getValue() as Date;
    }).result;
    expect(d.toISOString()).toBe('2026-03-14T15:00:00.000Z');
  });

  it("setValues with wrong row count throws Apps Script's text (Range.setValues reference)", () => {
    const { as, sheet } = setup();
    expect(() =>
      as(OWNER, () =>
        sheet()
          .getRange('A1:B3')
          .setValues([
            [1, 2],
            [3, 4],
          ]),
      ),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it("setValues with wrong column count throws Apps Script's text (Range.setValues reference)", () => {
    const { as, sheet } = setup();
    expect(() =>
      as(OWNER, () =>
        sheet()
          .getRange('A1:C1')
          .setValues([[1, 2]]),
      ),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  it('a string starting with "=" written by setValue becomes a formula; a leading apostrophe keeps text', () => {
    const { as, sheet } = setup();
    const r = as(OWNER, () => {
      sheet().getRange('A1').setValue(2);
      sheet().getRange('B1').setValue('=A1*10');
      sheet().getRange('C1').setValue("'=A1*10");
      sheet().getRange('D1').setValue("'0012");
      return [sheet().getRange('B1').getFormula(), sheet().getRange('B1:D1').getValues()[0]];
    }).result;
    expect(r[0]).toBe('=A1*10');
    expect(r[1]).toEqual([20, '=A1*10', '0012']);
  });

  it('setValue parses numeric text like Sheets in vi_VN ("0012" → 12), but not in a plain-text (@) cell', () => {
    const { as, sheet } = setup();
    const v = as(OWNER, () => {
      sheet().getRange('A1').setValue('0012');
      sheet().getRange('B1').setNumberFormat('@').setValue('0012');
      return sheet().getRange('A1:B1').getValues()[0];
    }).result;
    expect(v).toEqual([12, '0012']);
  });

  it('getDisplayValues formats with the number format (dd/MM/yyyy, 0%, 0.0%, 0, #,##0, @) in vi_VN', () => {
    const { as, sheet } = setup();
    const shown = as(OWNER, () => {
      const r = sheet().getRange('A1:G1');
      r.setValues([[new Date('2026-03-05T00:00:00+07:00'), 0.5, 0.125, 3.6, 1234567, 42, 1.5]]);
      r.setNumberFormats([['dd/MM/yyyy', '0%', '0.0%', '0', '#,##0', '@', '0.###############']]);
      return r.getDisplayValues()[0];
    }).result;
    expect(shown).toEqual(['05/03/2026', '50%', '12,5%', '4', '1.234.567', '42', '1,5']);
  });

  it('insertCheckboxes fills cells with false, so getLastRow counts the checkbox column (getLastRow reference)', () => {
    const { as, sheet } = setup();
    const r = as(OWNER, () => {
      sheet()
        .getRange('A1:A2')
        .setValues([['Mã'], ['NV01']]);
      sheet().getRange('B1:B10').insertCheckboxes();
      return [
        sheet().getLastRow(),
        sheet().getRange('B5').getValue(),
        sheet().getRange('B5').getDataValidation()?.getCriteriaType(),
      ];
    }).result;
    expect(r).toEqual([10, false, 'CHECKBOX']);
  });
});

describe('formulas (HyperFormula)', () => {
  it('TODAY() follows the sandbox clock in the spreadsheet time zone, recalculated after the clock moves', () => {
    const { as, sheet, env, service, model } = setup();
    as(OWNER, () => {
      sheet().getRange('A1').setValue(new Date('2026-01-25T00:00:00+07:00'));
      sheet().getRange('B1').setFormula('=IF(A1<TODAY(),"Quá hạn","Trong hạn")');
      sheet().getRange('C1').setFormula('=TODAY()');
    });
    expect(model.valuesOf('Trang tính1')[0]?.slice(1)).toEqual(['Trong hạn', new Date('2026-01-19T17:00:00.000Z')]);
    env.clock.set('2026-01-26T00:30:00+07:00'); // still 25/01 in UTC, already 26/01 in Hà Nội
    service.recalculate();
    expect(model.valuesOf('Trang tính1')[0]?.[1]).toBe('Quá hạn');
    expect(model.displayValuesOf('Trang tính1')[0]?.[2]).toBe('26/01/2026');
  });

  it('text comparisons ignore case but not accents, as Sheets does (COUNTIF, =): "Quá hạn" is not "Qua han"', () => {
    const { as, sheet } = setup();
    const v = as(OWNER, () => {
      sheet()
        .getRange('A1:A3')
        .setValues([['Quá hạn'], ['Qua han'], ['QUÁ HẠN']]);
      sheet()
        .getRange('B1:B2')
        .setFormulas([['=COUNTIF(A1:A3,"quá hạn")'], ['=A1=A2']]);
      return sheet().getRange('B1:B2').getValues();
    }).result;
    expect(v).toEqual([[2], [false]]);
  });

  it('setFormula on a multi-cell range moves relative references per cell, like a fill', () => {
    const { as, sheet } = setup();
    const f = as(OWNER, () => {
      sheet()
        .getRange('A1:A3')
        .setValues([[1], [2], [3]]);
      sheet().getRange('B1:B3').setFormula('=A1*$A$1+1');
      return [sheet().getRange('B1:B3').getFormulas(), sheet().getRange('B1:B3').getValues()];
    }).result;
    expect(f[0]).toEqual([['=A1*$A$1+1'], ['=A2*$A$1+1'], ['=A3*$A$1+1']]);
    expect(f[1]).toEqual([[2], [3], [4]]);
  });

  it('a Sheets-only function (REGEXMATCH) throws "not supported in the sandbox"; an unknown name is #NAME?', () => {
    const { as, sheet } = setup();
    as(OWNER, () => {
      sheet().getRange('A1').setFormula('=REGEXMATCH("abc","b")');
      sheet().getRange('B1').setFormula('=KHONGCO(1)');
    });
    expect(() => as(OWNER, () => sheet().getRange('A1').getValue())).toThrow(
      'not supported in the sandbox: formula function REGEXMATCH',
    );
    expect(as(OWNER, () => sheet().getRange('B1').getValue()).result).toBe('#NAME?');
  });

  it('evaluateFormulaAt and conditionalFormatsAt evaluate custom rule formulas relative to the rule range', () => {
    const { as, sheet, model } = setup();
    as(OWNER, (app) => {
      sheet()
        .getRange('A2:A3')
        .setValues([['Quá hạn'], ['']]);
      const rule = app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$A2="Quá hạn"')
        .setBackground('#F4CCCC')
        .setRanges([sheet().getRange('A2:C100')])
        .build();
      sheet().setConditionalFormatRules([rule]);
    });
    expect(model.evaluateFormulaAt('Trang tính1', '=$A2="Quá hạn"', 3, 2, { row: 2, col: 1 })).toBe(false);
    expect(model.conditionalFormatsAt('Trang tính1', 'B2').map((r) => r.style.background)).toEqual(['#f4cccc']);
    expect(model.conditionalFormatsAt('Trang tính1', 'B3')).toEqual([]);
  });
});

describe('conditional formats and data validation', () => {
  it('setConditionalFormatRules REPLACES all rules of the sheet (Sheet.setConditionalFormatRules reference)', () => {
    const { as, sheet } = setup();
    const n = as(OWNER, (app) => {
      const r = (f: string) =>
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(f)
          .setBold(true)
          .setRanges([sheet().getRange('A1:A5')])
          .build();
      sheet().setConditionalFormatRules([r('=A1>1'), r('=A1>2')]);
      sheet().setConditionalFormatRules([r('=A1>3')]);
      return sheet()
        .getConditionalFormatRules()
        .map((x) => x.getBooleanCondition()?.getCriteriaValues()[0]);
    }).result;
    expect(n).toEqual(['=A1>3']);
  });

  it('a conditional format rule without a range is rejected by setConditionalFormatRules', () => {
    const { as, sheet } = setup();
    expect(() =>
      as(OWNER, (app) =>
        sheet().setConditionalFormatRules([
          app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').build(),
        ]),
      ),
    ).toThrow(RULE_WITHOUT_RANGE_ERROR);
  });

  it('data validation allowInvalid defaults to true: invalid typed input is kept (DataValidationBuilder.setAllowInvalid reference)', () => {
    const { as, sheet, model } = setup();
    const allow = as(OWNER, (app) => {
      const rule = app.newDataValidation().requireValueInList(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành']).build();
      sheet().getRange('A2:A10').setDataValidation(rule);
      return sheet().getRange('A5').getDataValidation()?.getAllowInvalid();
    }).result;
    expect(allow).toBe(true);
    model.userEdit(STAFF, 'Trang tính1', 'A5', [['gì đó']]);
    expect(model.valuesOf('Trang tính1')[4]?.[0]).toBe('gì đó');
  });

  it("a rejecting rule (setAllowInvalid(false)) refuses a person's invalid input and changes nothing", () => {
    const { as, sheet, model } = setup();
    as(OWNER, (app) =>
      sheet()
        .getRange('B2:B10')
        .setDataValidation(app.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build()),
    );
    expect(() => model.userEdit(STAFF, 'Trang tính1', 'B2', [['150%']])).toThrow(/violates the data validation rules/);
    model.userEdit(STAFF, 'Trang tính1', 'B2', [['50%']]);
    expect(model.valuesOf('Trang tính1')[1]?.[1]).toBe(0.5);
  });
});

describe('protections (Range.protect / Protection reference)', () => {
  it("userEdit on a protected range by a non-editor throws Sheets' own text; the owner and listed editors may edit", () => {
    const { as, sheet, model } = setup();
    as(OWNER, () => {
      const p = sheet().getRange('A1:C1').protect().setDescription('Tiêu đề');
      p.removeEditors(p.getEditors());
    });
    expect(() => model.userEdit(STAFF, 'Trang tính1', 'B1', [['x']])).toThrow(PROTECTED_EDIT_ERROR);
    expect(model.userEdit(OWNER, 'Trang tính1', 'B1', [['Hạn']]).value).toBe('Hạn');
    expect(model.userEdit(STAFF, 'Trang tính1', 'B2', [['ok']]).oldValue).toBeUndefined();
    as(OWNER, () => sheet().getRange('A1:C1').protect().addEditor(STAFF));
    expect(model.userEdit(STAFF, 'Trang tính1', 'C1', [['Tình trạng']]).value).toBe('Tình trạng');
  });

  it('protecting an already protected range returns the existing protection; a new one mirrors the spreadsheet editors, the owner not listed (gas-fakes notes/oddities.md)', () => {
    const { as, sheet } = setup();
    const r = as(OWNER, (app) => {
      const first = sheet().getRange('A1:B2').protect().setDescription('một');
      const again = sheet().getRange('A1:B2').protect();
      return [
        again.getDescription(),
        first
          .getEditors()
          .map((u) => u.getEmail())
          .sort(),
        app.getActive().getProtections(app.ProtectionType.RANGE).length,
      ];
    }).result;
    expect(r).toEqual(['một', [STAFF], 1]);
  });

  it('a script running as a non-editor of a protected range is refused with the same error; warning-only protections allow it', () => {
    const { as, sheet } = setup();
    as(OWNER, () => {
      const p = sheet().getRange('A1').protect();
      p.removeEditors([STAFF]);
    });
    expect(() => as(STAFF, () => sheet().getRange('A1').setValue('x'), 'installableOnEdit')).toThrow(
      PROTECTED_EDIT_ERROR,
    );
    as(OWNER, () => sheet().getRange('A1').protect().setWarningOnly(true));
    expect(() => as(STAFF, () => sheet().getRange('A1').setValue('x'))).not.toThrow();
  });

  it('a protected sheet with unprotected ranges lets editors type only there', () => {
    const { as, sheet, model } = setup();
    as(OWNER, () => {
      const p = sheet().protect();
      p.removeEditors([STAFF]);
      p.setUnprotectedRanges([sheet().getRange('J2:P100')]);
    });
    expect(model.userEdit(STAFF, 'Trang tính1', 'K5', [['50%']]).value).toBe('0.5');
    expect(() => model.userEdit(STAFF, 'Trang tính1', 'A5', [['x']])).toThrow(PROTECTED_EDIT_ERROR);
  });
});

describe('typed input (a person typing in vi_VN)', () => {
  it('parses decimal comma, percent, dd/MM/yyyy dates, leading "=" and apostrophe like Sheets in vi_VN', () => {
    const { model } = setup();
    model.userEdit(OWNER, 'Trang tính1', 'A1', [
      ['1,5', '50%', '15/03/2026', '=A1*2', "'15/03/2026", 'TRUE', '1.234,5'],
    ]);
    const [row] = model.valuesOf('Trang tính1');
    expect(row?.slice(0, 2)).toEqual([1.5, 0.5]);
    expect((row?.[2] as Date).toISOString()).toBe('2026-03-14T17:00:00.000Z');
    expect(row?.slice(3)).toEqual([3, '15/03/2026', true, 1234.5]);
    expect(model.displayValuesOf('Trang tính1')[0]?.slice(0, 3)).toEqual(['1,5', '50%', '15/03/2026']);
  });
});

describe('rows and columns (Sheet.insertRows / deleteRows reference)', () => {
  it('insert and delete rows shift formulas, validations, rule ranges and protections', () => {
    const { as, sheet, model } = setup();
    as(OWNER, (app) => {
      const s = sheet();
      s.getRange('A1:A3').setValues([[1], [2], [3]]);
      s.getRange('B3').setFormula('=SUM(A1:A3)');
      s.getRange('C2:C3').setDataValidation(app.newDataValidation().requireCheckbox().build());
      s.setConditionalFormatRules([
        app
          .newConditionalFormatRule()
          .whenCellEmpty()
          .setBold(true)
          .setRanges([s.getRange('A2:A3')])
          .build(),
      ]);
      s.getRange('A3').protect().setDescription('dòng 3');
      s.insertRowsBefore(2, 2);
    });
    const after = as(OWNER, (app) => {
      const s = sheet();
      return {
        formula: s.getRange('B5').getFormula(),
        value: s.getRange('B5').getValue(),
        dv: s.getRange('C4').getDataValidation()?.getCriteriaType(),
        rule: s
          .getConditionalFormatRules()[0]
          ?.getRanges()
          .map((r) => r.getA1Notation()),
        protection: app.getActive().getProtections(app.ProtectionType.RANGE)[0]?.getRange().getA1Notation(),
      };
    }).result;
    expect(after).toEqual({ formula: '=SUM(A1:A5)', value: 6, dv: 'CHECKBOX', rule: ['A4:A5'], protection: 'A5' });
    as(OWNER, () => sheet().deleteRows(2, 3));
    expect(model.valuesOf('Trang tính1')).toEqual([
      [1, ''],
      [3, 4],
    ]);
    const rest = as(OWNER, () => [
      sheet().getRange('B2').getFormula(),
      sheet().getRange('C2').getDataValidation()?.getCriteriaType(),
    ]).result;
    expect(rest).toEqual(['=SUM(A1:A2)', 'CHECKBOX']);
  });

  it('deleting every non-frozen row throws the Sheets text', () => {
    const { as, sheet } = setup();
    expect(() => as(OWNER, () => sheet().deleteRows(1, 1000))).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });
});

describe('SpreadsheetApp service', () => {
  it('counts every call the bundle makes, by service and by Class.method (instrument())', () => {
    const { as, sheet } = setup();
    const { execution } = as(OWNER, () => {
      sheet().getDataRange().getValues();
      sheet().getRange('A1').setValue(1);
    });
    expect(callsOf(execution, 'Range.getValues')).toBe(1);
    expect(callsOf(execution, 'Sheet.getDataRange')).toBe(1);
    expect(callsOf(execution, 'Range.setValue')).toBe(1);
    // (getActiveSpreadsheet + getSheets) ×2, getDataRange, getValues, getRange, setValue
    expect(callsOf(execution, 'SpreadsheetApp')).toBe(8);
  });

  it('anything not implemented throws "not supported in the sandbox: Class.method"', () => {
    const { as, sheet } = setup();
    expect(() => as(OWNER, () => sheet().getRange('A1:B1').mergeAcross())).toThrow(
      'not supported in the sandbox: Range.mergeAcross',
    );
    expect(() => as(OWNER, () => sheet().getRange('A1').getTextStyle())).toThrow(
      'not supported in the sandbox: Range.getTextStyle',
    );
  });

  it("getUi() throws Apps Script's text under a time-driven trigger, and returns the runtime's Ui otherwise", () => {
    const { as, env } = setup();
    const ui = { alert: () => 'OK' };
    env.uiProvider = () => ui;
    expect(as(OWNER, (app) => app.getUi()).result).toBe(ui);
    expect(() => as(OWNER, (app) => app.getUi(), 'timeDriven')).toThrow(UI_FROM_TIME_TRIGGER_ERROR);
  });

  it('openById needs the spreadsheets (or spreadsheets.readonly) scope, which the school add-on does not request (spreadsheets.currentonly); checked before the id', () => {
    const { as, env } = setup();
    env.oauthScopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
    expect(() => as(OWNER, (app) => app.openById('abc'))).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    // A simple trigger has no authorization at all (test/sandbox/open-by-id.test.ts has the rest).
    expect(() => as(OWNER, (app) => app.openById('abc'), 'simpleOnEdit')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it("the active range and range list follow the user's selection", () => {
    const { as, model } = setup();
    model.select(STAFF, 'Trang tính1', ['A5:C5', 'A9']);
    const r = as(STAFF, (app) => [
      app.getActiveRange()?.getA1Notation(),
      app
        .getActiveRangeList()
        ?.getRanges()
        .map((x) => x.getA1Notation()),
    ]).result;
    expect(r).toEqual(['A5:C5', ['A5:C5', 'A9']]);
  });

  it('getRange outside the grid throws the Apps Script text', () => {
    const { as, sheet } = setup();
    expect(() => as(OWNER, () => sheet().getRange(1001, 1))).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('insertImage returns an OverGridImage whose assignScript/getScript name the entry point', () => {
    const { as, sheet } = setup();
    const name = as(OWNER, () => {
      sheet().insertImage('https://example.org/nut.png', 2, 3).assignScript('menuCreateReport');
      return sheet().getImages()[0]?.getScript();
    }).result;
    expect(name).toBe('menuCreateReport');
  });
});
