// Parity scenarios for SpreadsheetApp: values and types, A1 notation, formats, validation,
// conditional formats, protection, charts and images, sheet structure. Each runs on a fresh sheet.
import { thrown, type Scenario } from '../scenario';

const REF = 'developers.google.com/apps-script/reference/spreadsheet';
const FAKES = 'gas-fakes test/testsheets.js';
const app = () => SpreadsheetApp;
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

export const spreadsheetScenarios: Scenario[] = [
  {
    name: 'getValues gives numbers, booleans, strings and "" for empty cells',
    source: `${REF}/range#getvalues`,
    covers: ['Sheet.getRange', 'Range.setValues', 'Range.getValues'],
    expected: [[0.5, true, 'văn bản', '']],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:C1').setValues([[0.5, true, 'văn bản']]);
      return s.getRange('A1:D1').getValues();
    },
  },
  {
    name: 'setValue of a Date reads back as a Date of the same instant',
    source: `${REF}/range#setvaluevalue`,
    covers: ['Range.setValue', 'Range.getValues'],
    expected: true,
    run: (c) => {
      const d = new Date('2026-03-15T00:00:00+07:00');
      const s = c.sheet();
      s.getRange('A1').setValue(d);
      const back = s.getRange('A1').getValues()[0]![0] as Date;
      return back.getTime() === d.getTime();
    },
  },
  {
    name: 'setValues with the wrong number of rows names both counts',
    source: `${REF}/range#setvaluesvalues`,
    covers: ['Range.setValues'],
    expected: {
      error:
        'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    },
    run: (c) =>
      thrown(() =>
        c
          .sheet()
          .getRange('A1:B3')
          .setValues([
            [1, 2],
            [3, 4],
          ]),
      ),
  },
  {
    name: 'setValues with the wrong number of columns names both counts',
    source: `${REF}/range#setvaluesvalues`,
    covers: ['Range.setValues'],
    expected: {
      error:
        'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    },
    run: (c) =>
      thrown(() =>
        c
          .sheet()
          .getRange('A1:C1')
          .setValues([[1, 2]]),
      ),
  },
  {
    name: 'a one-dimensional array fails setValues’ signature',
    source: 'gas-fakes notes/oddities.md',
    covers: ['Range.setValues'],
    expected: {
      error: "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    },
    run: (c) =>
      thrown(() =>
        c
          .sheet()
          .getRange('A1:C1')
          .setValues([1, 2, 3] as unknown as unknown[][]),
      ),
  },
  {
    name: 'a value starting with "=" is stored as a formula; getFormulas reads it back',
    source: `${REF}/range#getformulas`,
    covers: ['Range.setValues', 'Range.getFormulas', 'Range.getValues'],
    expected: [[['2', '=A1*2']], [[2, 4]]],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:B1').setValues([[2, '=A1*2']]);
      return [
        s
          .getRange('A1:B1')
          .getFormulas()
          .map((r) => r.map((f) => f || String(s.getRange('A1').getValue()))),
        s.getRange('A1:B1').getValues(),
      ];
    },
  },
  {
    name: 'setFormulas writes formulas that evaluate at once',
    source: `${REF}/range#setformulasformulas`,
    covers: ['Range.setFormulas', 'Range.getValues', 'SpreadsheetApp.flush'],
    expected: [[3, 'ab']],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:B1').setValues([[1, 'a']]);
      s.getRange('A2:B2').setFormulas([['=A1+2', '=B1&"b"']]);
      SpreadsheetApp.flush();
      return s.getRange('A2:B2').getValues();
    },
  },
  {
    name: 'clearContent empties values and formulas',
    source: `${REF}/range#clearcontent`,
    covers: ['Range.clearContent', 'Range.getValues'],
    expected: [['', '']],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:B1').setValues([[1, '=A1']]);
      s.getRange('A1:B1').clearContent();
      return s.getRange('A1:B1').getValues();
    },
  },
  {
    name: "whole rows and columns keep their A1 form: '5:7', 'D:F'; '5:2' becomes 2:5",
    source: 'gas-fakes test/testsheetsdeveloper.js',
    covers: ['Sheet.getRange', 'Range.getRow', 'Range.getNumRows'],
    expected: [['5:7', 5, 3], 'D:F', '2:5'],
    run: (c) => {
      const s = c.sheet();
      const rows = s.getRange('5:7');
      return [
        [rows.getA1Notation(), rows.getRow(), rows.getNumRows()],
        s.getRange('D:F').getA1Notation(),
        s.getRange('5:2').getA1Notation(),
      ];
    },
  },
  {
    name: 'getRange(row, column, numRows, numColumns) is bounded A1',
    source: `${REF}/sheet#getrangerow,-column,-numrows,-numcolumns`,
    covers: ['Sheet.getRange', 'Range.getRow', 'Range.getNumRows'],
    expected: ['B2:D5', 2, 4],
    run: (c) => {
      const r = c.sheet().getRange(2, 2, 4, 3);
      return [r.getA1Notation(), r.getRow(), r.getNumRows()];
    },
  },
  {
    name: 'Range.getSheet is the sheet it came from',
    source: `${REF}/range#getsheet`,
    covers: ['Range.getSheet', 'Sheet.getName', 'Sheet.getSheetId'],
    expected: true,
    run: (c) => {
      const s = c.sheet();
      const back = s.getRange('A1').getSheet();
      return back.getName() === s.getName() && back.getSheetId() === s.getSheetId();
    },
  },
  {
    name: 'a new sheet has 1000 rows and 26 columns, and nothing in it',
    source: `${REF}/sheet#getmaxrows`,
    covers: [
      'Spreadsheet.insertSheet',
      'Sheet.getMaxRows',
      'Sheet.getMaxColumns',
      'Sheet.getLastRow',
      'Sheet.getLastColumn',
    ],
    expected: [1000, 26, 0, 0],
    run: (c) => {
      const s = c.sheet();
      return [s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()];
    },
  },
  {
    name: 'getLastRow/getLastColumn follow the last cell with content; getDataRange spans them',
    source: `${REF}/sheet#getdatarange`,
    covers: ['Sheet.getLastRow', 'Sheet.getLastColumn', 'Sheet.getDataRange'],
    expected: [4, 3, 'A1:C4'],
    run: (c) => {
      const s = c.sheet();
      s.getRange('C4').setValue('x');
      return [s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()];
    },
  },
  {
    name: 'insertRowsAfter grows the grid and moves content below',
    source: `${REF}/sheet#insertrowsafterafterposition,-howmany`,
    covers: ['Sheet.insertRowsAfter', 'Sheet.getMaxRows', 'Range.getValues'],
    expected: [1003, [['a'], [''], [''], [''], ['b']]],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:A2').setValues([['a'], ['b']]);
      s.insertRowsAfter(1, 3);
      return [s.getMaxRows(), s.getRange('A1:A5').getValues()];
    },
  },
  {
    name: 'frozen rows read back',
    source: `${REF}/sheet#setfrozenrowsrows`,
    covers: ['Sheet.setFrozenRows', 'Sheet.getFrozenRows'],
    expected: [0, 1],
    run: (c) => {
      const s = c.sheet();
      const before = s.getFrozenRows();
      s.setFrozenRows(1);
      return [before, s.getFrozenRows()];
    },
  },
  {
    name: 'setColumnWidth reads back in pixels',
    source: `${REF}/sheet#setcolumnwidthcolumnposition,-width`,
    covers: ['Sheet.setColumnWidth'],
    expected: 240,
    run: (c) => {
      const s = c.sheet();
      s.setColumnWidth(2, 240);
      return s.getColumnWidth(2);
    },
  },
  {
    name: 'a hidden sheet reads as hidden',
    source: `${REF}/sheet#hidesheet`,
    covers: ['Sheet.hideSheet'],
    expected: [false, true],
    run: (c) => {
      const s = c.sheet();
      const before = s.isSheetHidden();
      s.hideSheet();
      return [before, s.isSheetHidden()];
    },
  },
  {
    name: 'insertSheet with a taken name is refused with Sheets’ text',
    source: `${REF}/spreadsheet#insertsheetsheetname`,
    covers: ['Spreadsheet.insertSheet', 'Sheet.getName'],
    expected: { error: true },
    run: (c) => {
      const name = c.sheet().getName();
      const r = thrown(() => ss().insertSheet(name));
      return { error: r.error === `A sheet with the name "${name}" already exists. Please enter another name.` };
    },
  },
  {
    name: 'getSheets lists every sheet, the new one included; getActiveSheet is a sheet of the spreadsheet',
    source: `${REF}/spreadsheet#getsheets`,
    covers: [
      'Spreadsheet.getSheets',
      'Spreadsheet.getActiveSheet',
      'Sheet.getName',
      'SpreadsheetApp.getActiveSpreadsheet',
    ],
    expected: [true, true],
    run: (c) => {
      const s = c.sheet();
      const names = ss()
        .getSheets()
        .map((x) => x.getName());
      return [names.includes(s.getName()), names.includes(ss().getActiveSheet().getName())];
    },
  },
  {
    name: 'the spreadsheet’s time zone and locale are strings, its URL a docs.google.com address',
    source: `${REF}/spreadsheet#getspreadsheettimezone`,
    covers: ['Spreadsheet.getSpreadsheetTimeZone', 'Spreadsheet.getSpreadsheetLocale', 'Spreadsheet.getUrl'],
    expected: [true, true, true],
    run: () => [
      /^[A-Za-z_]+\/[A-Za-z_]+/.test(ss().getSpreadsheetTimeZone()) || ss().getSpreadsheetTimeZone() === 'GMT',
      /^[a-z]{2}(_[A-Z]{2})?$/.test(ss().getSpreadsheetLocale()),
      /^https:\/\/docs\.google\.com\/spreadsheets\/d\//.test(ss().getUrl()),
    ],
  },
  {
    name: 'getOwner is a User whose email is the effective user’s for a script its owner runs',
    source: `${REF}/spreadsheet#getowner`,
    covers: ['Spreadsheet.getOwner', 'User.getEmail', 'Session.getEffectiveUser'],
    expected: true,
    run: () => ss().getOwner()?.getEmail() === Session.getEffectiveUser().getEmail(),
  },
  {
    name: 'getRangeList takes A1 references; getRanges gives each',
    source: `${REF}/sheet#getrangelista1notations`,
    covers: ['Sheet.getRangeList', 'RangeList.getRanges'],
    expected: ['A1', 'C3:D4'],
    run: (c) =>
      c
        .sheet()
        .getRangeList(['A1', 'C3:D4'])
        .getRanges()
        .map((r) => r.getA1Notation()),
  },
  {
    name: 'RangeList.setBackground and setFontWeight reach every range',
    source: `${REF}/range-list#setbackgroundcolor`,
    covers: ['Sheet.getRangeList', 'RangeList.setBackground', 'RangeList.setFontWeight'],
    expected: ['#ff0000', '#ff0000', 'bold', 'bold', '#ffffff'],
    run: (c) => {
      const s = c.sheet();
      s.getRangeList(['A1', 'C3']).setBackground('#ff0000').setFontWeight('bold');
      return [
        s.getRange('A1').getBackground(),
        s.getRange('C3').getBackground(),
        s.getRange('A1').getFontWeight(),
        s.getRange('C3').getFontWeight(),
        s.getRange('B2').getBackground(),
      ];
    },
  },
  {
    name: 'number formats read back; a percent shows as such',
    source: `${REF}/range#setnumberformatnumberformat`,
    covers: ['Range.setValue', 'Range.setNumberFormat'],
    expected: ['0%', '50%', 'dd/MM/yyyy'],
    run: (c) => {
      const s = c.sheet();
      const r = s.getRange('A1').setValue(0.5).setNumberFormat('0%');
      const date = s.getRange('A2').setNumberFormat('dd/MM/yyyy');
      return [r.getNumberFormat(), r.getDisplayValue(), date.getNumberFormat()];
    },
  },
  {
    name: "setNumberFormat('general') resets: the default pattern reads back",
    source: 'gas-fakes notes/oddities.md',
    covers: ['Range.setNumberFormat'],
    expected: '0.###############',
    run: (c) => c.sheet().getRange('A1').setNumberFormat('0.00').setNumberFormat('general').getNumberFormat(),
  },
  {
    name: 'font weight, style and size read back; defaults normal and 10',
    source: `${REF}/range#setfontweightfontweight`,
    covers: ['Range.setFontWeight', 'Range.setFontStyle', 'Range.setFontSize'],
    expected: [
      ['normal', 'normal', 10],
      ['bold', 'italic', 13],
    ],
    run: (c) => {
      const r = c.sheet().getRange('A1');
      const before = [r.getFontWeight(), r.getFontStyle(), r.getFontSize()];
      r.setFontWeight('bold').setFontStyle('italic').setFontSize(13);
      return [before, [r.getFontWeight(), r.getFontStyle(), r.getFontSize()]];
    },
  },
  {
    name: 'backgrounds read back lower-case #rrggbb; the default is white',
    source: `${REF}/range#setbackgroundcolor`,
    covers: ['Range.setBackground'],
    expected: ['#ffffff', '#f4cccc'],
    run: (c) => {
      const r = c.sheet().getRange('A1');
      const before = r.getBackground();
      r.setBackground('#F4CCCC');
      return [before, r.getBackground()];
    },
  },
  {
    name: 'an invalid colour is accepted without an error',
    source: 'gas-fakes notes/oddities.md ("checking of invalid arguments")',
    covers: ['Range.setBackground'],
    expected: { error: null },
    run: (c) => thrown(() => c.sheet().getRange('A1').setBackground('foo')),
  },
  {
    name: 'a never-formatted cell wraps; setWrap(false) turns it off',
    source: FAKES,
    covers: ['Range.setWrap'],
    expected: [true, false],
    run: (c) => {
      const r = c.sheet().getRange('A1');
      const before = r.getWrap();
      r.setWrap(false);
      return [before, r.getWrap()];
    },
  },
  {
    name: "setHorizontalAlignment('normal') reads back as general-left",
    source: 'gas-fakes notes/oddities.md',
    covers: [],
    expected: ['general-left', 'center'],
    run: (c) => {
      const r = c.sheet().getRange('A1');
      return [
        r.setHorizontalAlignment('normal').getHorizontalAlignment(),
        r.setHorizontalAlignment('center').getHorizontalAlignment(),
      ];
    },
  },
  {
    name: 'a whole number as a note: "25.0" after setNotes, "25" after setNote',
    source: 'gas-fakes notes/oddities.md ("sheets notes")',
    covers: [],
    expected: ['25.0', '25'],
    run: (c) => {
      const r = c.sheet().getRange('A1');
      const viaNotes = r.setNotes([[25]] as unknown as string[][]).getNote();
      return [viaNotes, r.setNote(25 as unknown as string).getNote()];
    },
  },
  {
    name: 'a new validation builder has no criteria, no help text, and allows invalid input',
    source: 'gas-fakes test/testsheetsdatavalidations.js',
    covers: ['SpreadsheetApp.newDataValidation'],
    expected: [null, [], null, true],
    run: () => {
      const b = app().newDataValidation();
      return [b.getCriteriaType(), b.getCriteriaValues(), b.getHelpText(), b.getAllowInvalid()];
    },
  },
  {
    name: 'requireValueInList keeps the list and the dropdown flag',
    source: 'gas-fakes test/testsheetsdatavalidations.js',
    covers: [
      'SpreadsheetApp.newDataValidation',
      'DataValidationBuilder.requireValueInList',
      'DataValidationBuilder.build',
    ],
    expected: ['VALUE_IN_LIST', [['Có', 'Không'], true]],
    run: () => {
      const v = app().newDataValidation().requireValueInList(['Có', 'Không']).build();
      return [String(v.getCriteriaType()), v.getCriteriaValues()];
    },
  },
  {
    name: 'requireValueInRange keeps the Range first in the criteria values',
    source: 'gas-fakes test/testsheetsdatavalidations.js',
    covers: ['DataValidationBuilder.requireValueInRange'],
    expected: ['VALUE_IN_RANGE', 'A2:C4', false],
    run: (c) => {
      const b = app().newDataValidation().requireValueInRange(c.sheet().getRange('A2:C4'), false);
      const [range, dropdown] = b.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
      return [String(b.getCriteriaType()), range.getA1Notation(), dropdown];
    },
  },
  {
    name: 'requireNumberBetween, setAllowInvalid and setHelpText read back from the cell',
    source: `${REF}/data-validation-builder`,
    covers: [
      'DataValidationBuilder.requireNumberBetween',
      'DataValidationBuilder.setAllowInvalid',
      'DataValidationBuilder.setHelpText',
      'Range.setDataValidation',
    ],
    expected: ['NUMBER_BETWEEN', [0, 1], false, 'Từ 0 đến 1'],
    run: (c) => {
      const r = c.sheet().getRange('A1');
      r.setDataValidation(
        app().newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).setHelpText('Từ 0 đến 1').build(),
      );
      const v = r.getDataValidation()!;
      return [String(v.getCriteriaType()), v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText()];
    },
  },
  {
    name: 'requireDate takes no argument: a formula is refused',
    source: 'gas-fakes notes/oddities.md ("datavalidation with formulas")',
    covers: ['DataValidationBuilder.requireDate'],
    expected: [
      {
        error:
          "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.",
      },
      'DATE_IS_VALID_DATE',
    ],
    run: () => [
      thrown(() => (app().newDataValidation().requireDate as unknown as (f: string) => unknown)('=i1')),
      String(app().newDataValidation().requireDate().build().getCriteriaType()),
    ],
  },
  {
    name: 'requireTextIsEmail has no criteria values',
    source: `${REF}/data-validation-builder#requiretextisemail`,
    covers: ['DataValidationBuilder.requireTextIsEmail', 'DataValidationBuilder.build'],
    expected: ['TEXT_IS_VALID_EMAIL', []],
    run: () => {
      const v = app().newDataValidation().requireTextIsEmail().build();
      return [String(v.getCriteriaType()), v.getCriteriaValues()];
    },
  },
  {
    name: "checkboxes with custom values: check() writes 'YES', uncheck() writes 'NO'",
    source: 'gas-fakes test/testsheetsdatavalidations.js',
    covers: ['Range.setDataValidation'],
    expected: [['NO'], ['YES']],
    run: (c) => {
      const r = c
        .sheet()
        .getRange('A1')
        .setDataValidation(app().newDataValidation().requireCheckbox('YES', 'NO').build())
        .setValue('YES');
      r.uncheck();
      const unchecked = r.getValue();
      r.check();
      return [[unchecked], [r.getValue()]];
    },
  },
  {
    name: 'a conditional format rule built with a formula keeps it, its ranges and its format',
    source: `${REF}/conditional-format-rule-builder`,
    covers: [
      'SpreadsheetApp.newConditionalFormatRule',
      'ConditionalFormatRuleBuilder.whenFormulaSatisfied',
      'ConditionalFormatRuleBuilder.setBackground',
      'ConditionalFormatRuleBuilder.setFontColor',
      'ConditionalFormatRuleBuilder.setItalic',
      'ConditionalFormatRuleBuilder.setRanges',
      'ConditionalFormatRuleBuilder.build',
      'ConditionalFormatRule.getBooleanCondition',
      'BooleanCondition.getCriteriaType',
      'BooleanCondition.getCriteriaValues',
    ],
    expected: ['CUSTOM_FORMULA', ['=$E2="Quá hạn"'], '#f4cccc', '#990000', true, ['A2:E100']],
    run: (c) => {
      const s = c.sheet();
      const rule = app()
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$E2="Quá hạn"')
        .setBackground('#f4cccc')
        .setFontColor('#990000')
        .setItalic(true)
        .setRanges([s.getRange('A2:E100')])
        .build();
      const cond = rule.getBooleanCondition()!;
      return [
        String(cond.getCriteriaType()),
        cond.getCriteriaValues(),
        cond.getBackground(),
        cond.getFontColor(),
        cond.getItalic(),
        rule.getRanges().map((r) => r.getA1Notation()),
      ];
    },
  },
  {
    name: 'setConditionalFormatRules replaces every rule; getConditionalFormatRules reads them back in order',
    source: `${REF}/sheet#setconditionalformatrulesrules`,
    covers: ['Sheet.setConditionalFormatRules', 'Sheet.getConditionalFormatRules'],
    expected: [2, 1],
    run: (c) => {
      const s = c.sheet();
      const rule = (f: string) =>
        app()
          .newConditionalFormatRule()
          .whenFormulaSatisfied(f)
          .setBackground('#ffff00')
          .setRanges([s.getRange('A1:A9')])
          .build();
      s.setConditionalFormatRules([rule('=A1>1'), rule('=A1>2')]);
      const two = s.getConditionalFormatRules().length;
      s.setConditionalFormatRules([rule('=A1>3')]);
      return [two, s.getConditionalFormatRules().length];
    },
  },
  {
    name: 'a rule with no range builds, but setting it on a sheet is refused',
    source: `${REF}/sheet#setconditionalformatrulesrules`,
    covers: ['ConditionalFormatRuleBuilder.build', 'Sheet.setConditionalFormatRules'],
    expected: [null, true],
    run: (c) => {
      const built = thrown(() =>
        app().newConditionalFormatRule().whenFormulaSatisfied('=TRUE').setBackground('#ffff00').build(),
      );
      const rule = app().newConditionalFormatRule().whenFormulaSatisfied('=TRUE').setBackground('#ffff00').build();
      return [built.error, thrown(() => c.sheet().setConditionalFormatRules([rule])).error !== null];
    },
  },
  {
    name: 'a range protection: description reads back; removeEditors leaves the owner; canDomainEdit is false outside a domain',
    source: `${REF}/protection`,
    covers: [
      'Range.protect',
      'Protection.setDescription',
      'Protection.getEditors',
      'Protection.removeEditors',
      'Protection.canDomainEdit',
      'User.getEmail',
    ],
    expected: ['CCHC: thử', true, false],
    run: (c) => {
      const p = c.sheet().getRange('A1:B2').protect().setDescription('CCHC: thử');
      const me = Session.getEffectiveUser().getEmail();
      p.removeEditors(p.getEditors().filter((u) => u.getEmail() !== me));
      c.cleanUp(() => p.remove());
      return [p.getDescription(), p.canEdit(), p.canDomainEdit()];
    },
  },
  {
    name: 'protecting an already protected range returns that protection',
    source: 'apps-script-behaviour.md (Range.protect)',
    covers: ['Range.protect', 'Spreadsheet.getProtections'],
    expected: 1,
    run: (c) => {
      const s = c.sheet();
      const p = s.getRange('C1:C9').protect().setDescription('parity-twice');
      s.getRange('C1:C9').protect();
      c.cleanUp(() =>
        ss()
          .getProtections(SpreadsheetApp.ProtectionType.RANGE)
          .filter((x) => x.getDescription() === 'parity-twice')
          .forEach((x) => x.remove()),
      );
      void p;
      return ss()
        .getProtections(SpreadsheetApp.ProtectionType.RANGE)
        .filter((x) => x.getDescription() === 'parity-twice').length;
    },
  },
  {
    name: 'a sheet protection is listed by type SHEET and its range is the sheet',
    source: `${REF}/sheet#protect`,
    covers: ['Sheet.protect', 'Spreadsheet.getProtections', 'Protection.setDescription'],
    expected: [true, 'SHEET'],
    run: (c) => {
      const s = c.sheet();
      const p = s.protect().setDescription('parity-sheet');
      c.cleanUp(() => p.remove());
      const found = ss()
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)
        .some((x) => x.getDescription() === 'parity-sheet');
      return [found, String(p.getProtectionType())];
    },
  },
  {
    name: 'a bar chart inserted from a builder is listed, keeps its options, and can be removed',
    source: `${REF}/embedded-chart-builder`,
    covers: [
      'Sheet.newChart',
      'EmbeddedChartBuilder.setChartType',
      'EmbeddedChartBuilder.addRange',
      'EmbeddedChartBuilder.setPosition',
      'EmbeddedChartBuilder.setOption',
      'EmbeddedChartBuilder.build',
      'Sheet.insertChart',
      'Sheet.getCharts',
      'EmbeddedChart.getOptions',
      'Sheet.removeChart',
    ],
    expected: [1, 'Tổng hợp', 0],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:B3').setValues([
        ['Lĩnh vực', 'Số'],
        ['A', 1],
        ['B', 2],
      ]);
      const chart = s
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(s.getRange('A1:B3'))
        .setPosition(5, 1, 0, 0)
        .setOption('title', 'Tổng hợp')
        .build();
      s.insertChart(chart);
      const listed = s.getCharts();
      const title = listed[0]!.getOptions().get('title');
      s.removeChart(listed[0]!);
      return [listed.length, title, s.getCharts().length];
    },
  },
  {
    name: 'an image over the grid: alt title and assigned script read back',
    source: `${REF}/over-grid-image`,
    covers: [
      'Sheet.insertImage',
      'Sheet.getImages',
      'OverGridImage.assignScript',
      'OverGridImage.getScript',
      'OverGridImage.setAltTextTitle',
      'OverGridImage.getAltTextTitle',
      'Utilities.newBlob',
    ],
    expected: [1, 'dashboardCreateReport', 'Tạo báo cáo'],
    run: (c) => {
      const s = c.sheet();
      // A 1×1 PNG.
      const png = Utilities.newBlob(
        Utilities.base64Decode(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        ),
        'image/png',
        'nut.png',
      );
      const image = s.insertImage(png, 1, 1);
      image.assignScript('dashboardCreateReport').setAltTextTitle('Tạo báo cáo');
      const listed = s.getImages();
      return [listed.length, listed[0]!.getScript(), listed[0]!.getAltTextTitle()];
    },
  },
  {
    name: 'getActiveRangeList of a script run without a selection is a list of the active cell at most',
    source: `${REF}/spreadsheet#getactiverangelist`,
    covers: ['Spreadsheet.getActiveRangeList'],
    expected: true,
    run: () => {
      const list = ss().getActiveRangeList();
      return list === null || list.getRanges().length >= 1;
    },
  },
  {
    name: 'a value over 50,000 characters is refused and nothing is written',
    source: 'Google Sheets limits: 50,000 characters in a single cell',
    covers: ['Range.setValues', 'Range.getValues'],
    expected: [true, [['', '']]],
    run: (c) => {
      const s = c.sheet();
      const r = thrown(() => s.getRange('A1:B1').setValues([['giữ', 'x'.repeat(50_001)]]));
      return [r.error !== null && r.error.includes('50000'), s.getRange('A1:B1').getValues()];
    },
  },
  {
    name: 'SpreadsheetApp.flush returns nothing and changes nothing',
    source: `${REF}/spreadsheet-app#flush`,
    covers: ['SpreadsheetApp.flush'],
    expected: [null, [['x']]],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1').setValue('x');
      return [SpreadsheetApp.flush() ?? null, s.getRange('A1').getValues()];
    },
  },
  {
    name: 'getUi gives the Ui to a person at the screen',
    source: `${REF}/spreadsheet-app#getui`,
    covers: ['SpreadsheetApp.getUi'],
    interactive: true,
    expected: { error: null },
    run: () => thrown(() => SpreadsheetApp.getUi()),
  },
];
