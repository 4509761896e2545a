// Fidelity tests of the sandbox's RichTextValue, RichTextValueBuilder and the Range rich text
// methods: each names its source — the Apps Script reference pages (RichTextValue,
// RichTextValueBuilder, Range), gas-fakes test/testsheets.js ("rich text tests", run on live Apps
// Script by its author), or the Sheets API's CellData.textFormatRuns. Where none says, the sandbox
// throws "not supported" (pinned last). Issue 13 §3.
import { describe, expect, it } from 'vitest';
import { callsOf, NOT_SUPPORTED, valuesKey } from '../../sandbox/env';
import { PROTECTED_EDIT_ERROR, SpreadsheetService } from '../../sandbox/spreadsheet';
import { OWNER, STAFF, serviceSandbox } from '../support/serviceSandbox';

const RTV_REF = 'RichTextValue reference (developers.google.com/apps-script/reference/spreadsheet/rich-text-value)';
const BUILDER_REF =
  'RichTextValueBuilder reference (developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder)';
const RANGE_REF = 'Range reference, getRichTextValue (quoted in gas-fakes progress/spreadsheet.md)';
const FAKES = 'gas-fakes test/testsheets.js, "rich text tests"';
const SHEETS_API =
  'Sheets API CellData.textFormatRuns ("When writing a new user_entered_value, previous runs are erased")';

function setup() {
  const { env, as: run } = serviceSandbox();
  const service = new SpreadsheetService(env);
  const model = service.createSpreadsheet({ name: 'Sổ theo dõi CCHC', owner: OWNER, editors: [STAFF] });
  const app = service.app;
  const sheet = () => app.getActiveSpreadsheet().getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  const as = <T>(fn: () => T, user = OWNER) => run(user, fn);
  const runsOf = (v: GoogleAppsScript.Spreadsheet.RichTextValue) =>
    v.getRuns().map((r) => [r.getText(), r.getStartIndex(), r.getEndIndex(), r.getLinkUrl()]);
  /** "foo no baz": "foo" → https://bar.foo, "baz" → https://abc.xyz (the builder reference's example). */
  const fooNoBaz = () =>
    app
      .newRichTextValue()
      .setText('foo no baz')
      .setLinkUrl(0, 3, 'https://bar.foo')
      .setLinkUrl(7, 10, 'https://abc.xyz')
      .build();
  return { env, model, app, sheet, as, runsOf, fooNoBaz };
}

describe(`runs (${RTV_REF}; ${FAKES})`, () => {
  it('a text linked on its last word, set with setRichTextValue, reads back in runs split at the link, indices relative to the cell', () => {
    const { app, sheet, as, runsOf } = setup();
    const back = as(() => {
      const value = app.newRichTextValue().setText('Bold Italic Link').setLinkUrl(12, 16, 'https://google.com').build();
      sheet().getRange('A1').setRichTextValue(value);
      const read = sheet().getRange('A1').getRichTextValue()!;
      return { text: read.getText(), runs: runsOf(read), start: read.getStartIndex(), end: read.getEndIndex() };
    }).result;
    expect(back).toEqual({
      text: 'Bold Italic Link',
      runs: [
        ['Bold Italic ', 0, 12, null],
        ['Link', 12, 16, 'https://google.com'],
      ],
      start: 0,
      end: 16,
    });
  });

  it('a plain value set with setValue reads back as a rich text of one run with no link', () => {
    const { sheet, as, runsOf } = setup();
    const back = as(() => {
      sheet().getRange('E5').setValue('Plain text');
      const read = sheet().getRange('E5').getRichTextValue()!;
      return [read.getText(), runsOf(read), read.getLinkUrl()];
    }).result;
    expect(back).toEqual(['Plain text', [['Plain text', 0, 10, null]], null]);
  });

  it('the builder example "foo no baz": three runs, two links; getLinkUrl() is null for several different links', () => {
    const { as, runsOf, fooNoBaz } = setup();
    const back = as(() => {
      const v = fooNoBaz();
      return [runsOf(v), v.getLinkUrl()];
    }).result;
    expect(back).toEqual([
      [
        ['foo', 0, 3, 'https://bar.foo'],
        [' no ', 3, 7, null],
        ['baz', 7, 10, 'https://abc.xyz'],
      ],
      null,
    ]);
  });
});

describe(`links (${RTV_REF}; ${BUILDER_REF})`, () => {
  it('getLinkUrl(start, end): the link of the substring, null when it has none or several different ones', () => {
    const { as, fooNoBaz } = setup();
    const v = as(fooNoBaz).result;
    expect(as(() => [v.getLinkUrl(0, 3), v.getLinkUrl(7, 10), v.getLinkUrl(3, 7), v.getLinkUrl(0, 10)]).result).toEqual(
      ['https://bar.foo', 'https://abc.xyz', null, null],
    );
  });

  it('setLinkUrl(url) links the whole value, and getLinkUrl() then returns it ("Foo" → https://bar.foo)', () => {
    const { app, as, runsOf } = setup();
    const v = as(() => app.newRichTextValue().setText('Foo').setLinkUrl('https://bar.foo').build()).result;
    expect(as(() => [v.getLinkUrl(), runsOf(v)]).result).toEqual([
      'https://bar.foo',
      [['Foo', 0, 3, 'https://bar.foo']],
    ]);
  });

  it('setLinkUrl with null clears the link of that substring; setText clears every link', () => {
    const { app, as, runsOf } = setup();
    const back = as(() => {
      const cleared = app
        .newRichTextValue()
        .setText('foo no baz')
        .setLinkUrl('https://bar.foo')
        .setLinkUrl(3, 10, null)
        .build();
      const retexted = app.newRichTextValue().setText('foo').setLinkUrl('https://bar.foo').setText('foo').build();
      return [runsOf(cleared), runsOf(retexted)];
    }).result;
    expect(back).toEqual([
      [
        ['foo', 0, 3, 'https://bar.foo'],
        [' no baz', 3, 10, null],
      ],
      [['foo', 0, 3, null]],
    ]);
  });

  it('copy() gives a builder holding the value: its text and links', () => {
    const { as, runsOf, fooNoBaz } = setup();
    const back = as(() => runsOf(fooNoBaz().copy().setLinkUrl(7, 10, null).build())).result;
    expect(back).toEqual([
      ['foo', 0, 3, 'https://bar.foo'],
      [' no baz', 3, 10, null],
    ]);
  });
});

describe(`cells (${RANGE_REF}; ${SHEETS_API})`, () => {
  it('getRichTextValues: null where the value is not text (number, boolean, date), a rich text where it is', () => {
    const { sheet, as } = setup();
    const back = as(() => {
      sheet()
        .getRange('A1:D1')
        .setValues([[12, true, new Date('2026-02-05T00:00:00+07:00'), 'Kế hoạch số 12/KH-THMT']]);
      return sheet()
        .getRange('A1:D1')
        .getRichTextValues()
        .map((row) => row.map((v) => (v === null ? null : v.getText())));
    }).result;
    expect(back).toEqual([[null, null, null, 'Kế hoạch số 12/KH-THMT']]);
  });

  it('an empty cell reads as a rich text with no text (as getValues reads it as ""; gas-fakes sheetrangemakers.js)', () => {
    const { sheet, as } = setup();
    expect(as(() => sheet().getRange('H9').getRichTextValue()!.getText()).result).toBe('');
  });

  it('writing a new value with setValue erases the links; setRichTextValue on a range writes every cell', () => {
    const { sheet, as, runsOf, fooNoBaz } = setup();
    const back = as(() => {
      sheet().getRange('A1:A2').setRichTextValue(fooNoBaz());
      sheet().getRange('A2').setValue('foo no baz');
      return sheet()
        .getRange('A1:A2')
        .getRichTextValues()
        .map(([v]) => runsOf(v!).length);
    }).result;
    expect(back).toEqual([3, 1]);
  });

  it('setRichTextValues writes a grid; the text stays text, and getValues reads it', () => {
    const { app, sheet, as } = setup();
    const back = as(() => {
      const one = app.newRichTextValue().setText('Biên bản họp tổ').setLinkUrl('https://drive.google.com/x').build();
      const two = app.newRichTextValue().setText('Báo cáo số 05/BC-THMT').build();
      sheet()
        .getRange('B2:B3')
        .setRichTextValues([[one], [two]]);
      return [
        sheet().getRange('B2:B3').getValues(),
        sheet()
          .getRange('B2:B3')
          .getRichTextValues()
          .map(([v]) => v!.getLinkUrl()),
      ];
    }).result;
    expect(back).toEqual([
      [['Biên bản họp tổ'], ['Báo cáo số 05/BC-THMT']],
      ['https://drive.google.com/x', null],
    ]);
  });

  it('a rich text is a value written like any other: a staff member cannot write a protected range (Sheets text)', () => {
    const { sheet, as, fooNoBaz } = setup();
    as(() => sheet().getRange('A1:C1').protect().removeEditor(STAFF));
    const v = as(fooNoBaz, STAFF).result;
    expect(() => as(() => sheet().getRange('B1').setRichTextValue(v), STAFF)).toThrow(PROTECTED_EDIT_ERROR);
  });
});

describe('calls: a rich text is a value the script holds', () => {
  it('its calls count by Class.method and as values, not as SpreadsheetApp calls; each value of getRichTextValues is one', () => {
    const { sheet, as, fooNoBaz } = setup();
    const { execution } = as(() => {
      const v = fooNoBaz();
      sheet()
        .getRange('A1:A2')
        .setRichTextValues([[v], [v]]);
      const [a, b] = sheet()
        .getRange('A1:A2')
        .getRichTextValues()
        .map(([v]) => v!);
      return [a!.getRuns().map((r) => r.getLinkUrl()), b!.getText()];
    });
    // getActiveSpreadsheet, getSheets, getRange, setRichTextValues / getRichTextValues; newRichTextValue
    expect(callsOf(execution, 'SpreadsheetApp')).toBe(9);
    expect(callsOf(execution, 'RichTextValue.getRuns')).toBe(1);
    expect(callsOf(execution, 'RichTextValue.getLinkUrl')).toBe(3);
    expect(callsOf(execution, 'RichTextValue.getText')).toBe(1);
    // setText, setLinkUrl ×2, build; getRuns, getLinkUrl ×3, getText
    expect(callsOf(execution, valuesKey('SpreadsheetApp'))).toBe(9);
    expect([...execution.calls.keys()].filter((k) => k.startsWith('RichTextValue.content'))).toEqual([]);
  });
});

describe('what no source says: "not supported in the sandbox"', () => {
  it('text styles, the runs of an empty text, a partly linked getLinkUrl(), a formula cell, text Sheets may not keep as text', () => {
    const { app, sheet, as } = setup();
    const refusals = as(() => {
      const attempt = (fn: () => unknown): string => {
        try {
          fn();
          return 'no error';
        } catch (e) {
          return String((e as Error).message).startsWith(NOT_SUPPORTED) ? 'not supported' : String(e);
        }
      };
      sheet().getRange('C1').setFormula('="a"&"b"');
      const partly = app.newRichTextValue().setText('xem https://x.vn').setLinkUrl(4, 16, 'https://x.vn').build();
      return [
        attempt(() => partly.getTextStyle()),
        attempt(() => app.newRichTextValue().setText('a').setTextStyle(null)),
        attempt(() => sheet().getRange('H9').getRichTextValue()!.getRuns()),
        attempt(() => partly.getLinkUrl()),
        attempt(() => sheet().getRange('C1').getRichTextValue()),
        attempt(() => sheet().getRange('D1').setRichTextValue(app.newRichTextValue().setText('05/02/2026').build())),
        attempt(() => sheet().getRange('D1').setRichTextValue(app.newRichTextValue().setText('=A1').build())),
        attempt(() => app.newRichTextValue().setText('abc').setLinkUrl(2, 9, 'https://x.vn')),
      ];
    }).result;
    expect(refusals).toEqual(Array(8).fill('not supported'));
  });
});
