// More parity scenarios: the smaller behaviours the product and the sandbox lean on (typed text,
// offsets, sheet lookups, grids of formats and notes, list items, encodings, properties, the cache).
import { thrown, type Scenario } from '../scenario';

const REF = 'developers.google.com/apps-script/reference';
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

export const moreScenarios: Scenario[] = [
  {
    name: 'a leading apostrophe keeps "=…" and "0012" as text',
    source: `${REF}/spreadsheet/range#setvaluevalue`,
    covers: ['Range.setValue'],
    expected: ['=A1*10', '0012', ''],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1').setValue("'=A1*10");
      s.getRange('B1').setValue("'0012");
      return [s.getRange('A1').getValue(), s.getRange('B1').getValue(), s.getRange('A1').getFormula()];
    },
  },
  {
    name: 'display values: TRUE/FALSE for booleans, "" for empty',
    source: `${REF}/spreadsheet/range#getdisplayvalues`,
    covers: ['Range.setValues'],
    expected: [['TRUE', 'FALSE', '']],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:B1').setValues([[true, false]]);
      return s.getRange('A1:C1').getDisplayValues();
    },
  },
  {
    name: 'offset moves the range and keeps its size unless told',
    source: `${REF}/spreadsheet/range#offsetrowoffset,-columnoffset`,
    covers: [],
    expected: ['C3:D4', 'C3:E5'],
    run: (c) => {
      const r = c.sheet().getRange('A1:B2');
      return [r.offset(2, 2).getA1Notation(), r.offset(2, 2, 3, 3).getA1Notation()];
    },
  },
  {
    name: 'getCell beyond the range is refused',
    source: `${REF}/spreadsheet/range#getcellrow,-column`,
    covers: [],
    expected: [{ error: null }, { error: 'Cell reference out of range' }],
    run: (c) => {
      const r = c.sheet().getRange('B2:C3');
      return [thrown(() => r.getCell(2, 2)), thrown(() => r.getCell(3, 1))];
    },
  },
  {
    name: 'isBlank is true only when no cell has content',
    source: `${REF}/spreadsheet/range#isblank`,
    covers: [],
    expected: [true, false],
    run: (c) => {
      const s = c.sheet();
      const before = s.getRange('A1:B2').isBlank();
      s.getRange('B2').setValue(0);
      return [before, s.getRange('A1:B2').isBlank()];
    },
  },
  {
    name: 'getSheetByName finds a sheet by its name and gives null for none',
    source: `${REF}/spreadsheet/spreadsheet#getsheetbynamename`,
    covers: ['Sheet.getName'],
    expected: [true, null],
    run: (c) => {
      const s = c.sheet();
      return [
        ss().getSheetByName(s.getName())?.getSheetId() === s.getSheetId(),
        ss().getSheetByName('không-có-trang-này-123'),
      ];
    },
  },
  {
    name: 'a renamed sheet is found by its new name only',
    source: `${REF}/spreadsheet/sheet#setnamename`,
    covers: ['Sheet.getName'],
    expected: [true, null],
    run: (c) => {
      const s = c.sheet();
      const old = s.getName();
      s.setName(`${old}-mới`);
      return [ss().getSheetByName(`${old}-mới`) !== null, ss().getSheetByName(old)];
    },
  },
  {
    name: 'appendRow writes after the last row with content',
    source: `${REF}/spreadsheet/sheet#appendrowrowcontents`,
    covers: ['Sheet.getLastRow'],
    expected: [
      [
        ['a', 1],
        ['b', 2],
      ],
      2,
    ],
    run: (c) => {
      const s = c.sheet();
      s.appendRow(['a', 1]);
      s.appendRow(['b', 2]);
      return [s.getRange('A1:B2').getValues(), s.getLastRow()];
    },
  },
  {
    name: 'a Range prints as "Range", a builder as its class',
    source: 'gas-fakes test/testassist.js, test/testsheetsdatavalidations.js',
    covers: ['SpreadsheetApp.newDataValidation'],
    expected: ['Range', 'DataValidationBuilder', 'ConditionalFormatRuleBuilder'],
    run: (c) => [
      String(c.sheet().getRange('A1')),
      String(SpreadsheetApp.newDataValidation()),
      String(SpreadsheetApp.newConditionalFormatRule()),
    ],
  },
  {
    name: 'insertCheckboxes sets every cell to false; check() to true',
    source: `${REF}/spreadsheet/range#insertcheckboxes`,
    covers: [],
    expected: [
      [[false], [false]],
      [[true], [true]],
    ],
    run: (c) => {
      const r = c.sheet().getRange('A1:A2').insertCheckboxes();
      const before = r.getValues();
      r.check();
      return [before, r.getValues()];
    },
  },
  {
    name: 'grids of backgrounds and number formats read back cell by cell',
    source: `${REF}/spreadsheet/range#setbackgroundscolor`,
    covers: [],
    expected: [[['#ff0000', '#00ff00']], [['0.00', '0%']]],
    run: (c) => {
      const r = c.sheet().getRange('A1:B1');
      r.setBackgrounds([['#FF0000', '#00ff00']]).setNumberFormats([['0.00', '0%']]);
      return [r.getBackgrounds(), r.getNumberFormats()];
    },
  },
  {
    name: 'notes set as a grid read back as a grid; clearNote empties them',
    source: `${REF}/spreadsheet/range#setnotesnotes`,
    covers: [],
    expected: [[['một', 'hai']], [['', '']]],
    run: (c) => {
      const r = c.sheet().getRange('A1:B1');
      const notes = r.setNotes([['một', 'hai']]).getNotes();
      return [notes, r.clearNote().getNotes()];
    },
  },
  {
    name: 'clear() removes values and formats; clearContent keeps formats',
    source: `${REF}/spreadsheet/range#clear`,
    covers: ['Range.clearContent', 'Range.setBackground'],
    expected: ['#ff0000', '#ffffff'],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1').setValue(1).setBackground('#ff0000').clearContent();
      s.getRange('A2').setValue(1).setBackground('#ff0000').clear();
      return [s.getRange('A1').getBackground(), s.getRange('A2').getBackground()];
    },
  },
  {
    name: "the spreadsheet resolves 'Sheet'!A1 references to that sheet",
    source: `${REF}/spreadsheet/spreadsheet#getrangea1notation`,
    covers: ['Sheet.getName'],
    expected: [true, 'B2'],
    run: (c) => {
      const s = c.sheet();
      const r = ss().getRange(`'${s.getName()}'!B2`);
      return [r.getSheet().getSheetId() === s.getSheetId(), r.getA1Notation()];
    },
  },
  {
    name: 'a list item keeps its nesting level and glyph type',
    source: `${REF}/document/list-item`,
    covers: [],
    expected: [1, 'NUMBER', 'Mục'],
    run: (c) => {
      const item = c
        .doc()
        .getBody()
        .appendListItem('Mục')
        .setNestingLevel(1)
        .setGlyphType(DocumentApp.GlyphType.NUMBER);
      return [item.getNestingLevel(), String(item.getGlyphType()), item.getText()];
    },
  },
  {
    name: 'bold on part of a paragraph’s text reads back per character',
    source: `${REF}/document/text#setboldstartoffset,-endoffsetinclusive,-bold`,
    covers: ['Body.appendParagraph'],
    expected: [true, false],
    run: (c) => {
      const text = c.doc().getBody().appendParagraph('Số: 01/BC').editAsText();
      text.setBold(0, 2, true);
      return [text.isBold(0), text.isBold(5)];
    },
  },
  {
    name: 'getParagraphs lists the body’s paragraphs, the first empty one included',
    source: `${REF}/document/body#getparagraphs`,
    covers: ['Body.appendParagraph'],
    expected: ['', 'một'],
    run: (c) => {
      const b = c.doc().getBody();
      b.appendParagraph('một');
      return b.getParagraphs().map((p) => p.getText());
    },
  },
  {
    name: 'base64 of UTF-8 text round-trips',
    source: `${REF}/utilities/utilities#base64encodedata,-charset`,
    covers: [],
    expected: ['eGluIGNow6Bv', 'xin chào'],
    run: () => {
      const encoded = Utilities.base64Encode('xin chào', Utilities.Charset.UTF_8);
      return [encoded, Utilities.newBlob(Utilities.base64Decode(encoded)).getDataAsString()];
    },
  },
  {
    name: 'getUuid is a version-4 UUID',
    source: `${REF}/utilities/utilities#getuuid`,
    covers: [],
    expected: true,
    run: () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(Utilities.getUuid()),
  },
  {
    name: 'getProperties holds what was set; deleteProperty removes one key',
    source: `${REF}/properties/properties#getproperties`,
    covers: [
      'PropertiesService.getDocumentProperties',
      'Properties.setProperty',
      'Properties.getProperty',
      'Properties.getProperties',
    ],
    expected: [['1', '2'], null],
    run: () => {
      const p = PropertiesService.getDocumentProperties();
      p.setProperty('PARITY_A', '1');
      p.setProperty('PARITY_B', '2');
      const all = p.getProperties();
      p.deleteProperty('PARITY_A');
      const gone = p.getProperty('PARITY_A');
      p.deleteProperty('PARITY_B');
      return [[all.PARITY_A, all.PARITY_B], gone];
    },
  },
  {
    name: 'the cache keeps several keys at once; missing keys are left out of getAll',
    source: `${REF}/cache/cache#getallkeys`,
    covers: [],
    expected: { a: '1', b: '2' },
    run: () => {
      const cache = CacheService.getScriptCache();
      cache.putAll({ a: '1', b: '2' }, 60);
      const got = cache.getAll(['a', 'b', 'missing']);
      cache.removeAll(['a', 'b']);
      return got;
    },
  },
  {
    name: 'COUNTIF and = compare text ignoring case but not accents',
    source: 'Google Sheets function reference: COUNTIF (criteria are case-insensitive)',
    covers: ['Range.setValues', 'Range.setFormulas', 'Range.getValues'],
    expected: [[2], [false]],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:A3').setValues([['Quá hạn'], ['Qua han'], ['QUÁ HẠN']]);
      s.getRange('B1:B2').setFormulas([['=COUNTIF(A1:A3,"quá hạn")'], ['=A1=A2']]);
      return s.getRange('B1:B2').getValues();
    },
  },
  {
    name: 'RangeList.setValue writes one value into every range of the list, gaps left alone',
    source: `${REF}/spreadsheet/range-list#setvaluevalue`,
    covers: ['Sheet.getRangeList', 'RangeList.setValue', 'Range.getValues'],
    expected: [['x'], [''], ['x'], ['x']],
    run: (c) => {
      const s = c.sheet();
      s.getRangeList(['A1', 'A3:A4']).setValue('x');
      return s.getRange('A1:A4').getValues();
    },
  },
  {
    name: 'the script has an id',
    source: `${REF}/script/script-app#getscriptid`,
    covers: [],
    expected: true,
    run: () => ScriptApp.getScriptId().length > 0,
  },
  {
    // Whether the parity project is deployed as a web app is not pinned: either answer is allowed.
    name: "the web app's URL is null until deployed, else its /exec (or the editor's /dev) URL",
    source: `${REF}/script/service#getUrl()`,
    covers: ['ScriptApp.getService', 'Service.getUrl'],
    expected: true,
    run: () => {
      const url = ScriptApp.getService().getUrl();
      return url === null || /^https:\/\/script\.google\.com\/.+\/(exec|dev)$/.test(url);
    },
  },
];
