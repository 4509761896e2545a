// Parity scenarios for rich text in cells (RichTextValue, its builder, Range get/setRichTextValue(s)):
// the links the Minh chứng column keeps, read and written back. Each runs on a fresh sheet.
import type { Scenario } from '../scenario';

const REF = 'developers.google.com/apps-script/reference/spreadsheet';
const FAKES = 'gas-fakes test/testsheets.js ("rich text tests")';

type Rich = GoogleAppsScript.Spreadsheet.RichTextValue;
const runsOf = (v: Rich) => v.getRuns().map((r) => [r.getText(), r.getStartIndex(), r.getEndIndex(), r.getLinkUrl()]);
/** The builder reference's example: "foo" → https://bar.foo, "baz" → https://abc.xyz. */
const fooNoBaz = () =>
  SpreadsheetApp.newRichTextValue()
    .setText('foo no baz')
    .setLinkUrl(0, 3, 'https://bar.foo')
    .setLinkUrl(7, 10, 'https://abc.xyz')
    .build();

export const richTextScenarios: Scenario[] = [
  {
    name: 'a rich text with a link on its last word reads back from the cell in runs split at the link',
    source: `${FAKES}; ${REF}/rich-text-value#getruns`,
    covers: [
      'SpreadsheetApp.newRichTextValue',
      'RichTextValueBuilder.setText',
      'RichTextValueBuilder.setLinkUrl',
      'RichTextValueBuilder.build',
      'Range.setRichTextValue',
      'Range.getRichTextValue',
      'RichTextValue.getText',
      'RichTextValue.getRuns',
      'RichTextValue.getStartIndex',
      'RichTextValue.getEndIndex',
      'RichTextValue.getLinkUrl',
    ],
    expected: [
      'Bold Italic Link',
      [
        ['Bold Italic ', 0, 12, null],
        ['Link', 12, 16, 'https://google.com'],
      ],
    ],
    run: (c) => {
      const r = c.sheet().getRange('A1');
      r.setRichTextValue(
        SpreadsheetApp.newRichTextValue().setText('Bold Italic Link').setLinkUrl(12, 16, 'https://google.com').build(),
      );
      const back = r.getRichTextValue()!;
      return [back.getText(), runsOf(back)];
    },
  },
  {
    name: 'a plain value set with setValue reads back as one run with no link',
    source: FAKES,
    covers: ['Range.setValue', 'Range.getRichTextValue', 'RichTextValue.getRuns', 'RichTextValue.getLinkUrl'],
    expected: [[['Plain text', 0, 10, null]], null],
    run: (c) => {
      const r = c.sheet().getRange('E5');
      r.setValue('Plain text');
      const back = r.getRichTextValue()!;
      return [runsOf(back), back.getLinkUrl()];
    },
  },
  {
    name: 'getLinkUrl: the link of a substring; null for none, or for several different links',
    source: `${REF}/rich-text-value#getlinkurl; ${REF}/rich-text-value-builder#setlinkurlstartoffset,-endoffset,-linkurl`,
    covers: ['RichTextValue.getLinkUrl'],
    expected: [null, 'https://bar.foo', 'https://abc.xyz', null, null],
    run: () => {
      const v = fooNoBaz();
      return [v.getLinkUrl(), v.getLinkUrl(0, 3), v.getLinkUrl(7, 10), v.getLinkUrl(3, 7), v.getLinkUrl(0, 10)];
    },
  },
  {
    name: 'setLinkUrl(url) links the whole text; null clears a substring; setText clears every link',
    source: `${REF}/rich-text-value-builder#setlinkurllinkurl; ${REF}/rich-text-value-builder#settexttext`,
    covers: ['RichTextValueBuilder.setLinkUrl', 'RichTextValueBuilder.setText'],
    expected: [
      'https://bar.foo',
      [
        ['foo', 0, 3, 'https://bar.foo'],
        [' no baz', 3, 10, null],
      ],
      null,
    ],
    run: () => {
      const b = () => SpreadsheetApp.newRichTextValue().setText('foo no baz').setLinkUrl('https://bar.foo');
      return [
        b().build().getLinkUrl(),
        runsOf(b().setLinkUrl(3, 10, null).build()),
        b().setText('foo no baz').build().getLinkUrl(),
      ];
    },
  },
  {
    name: 'copy() gives a builder holding the value’s text and links',
    source: `${REF}/rich-text-value#copy`,
    covers: ['RichTextValue.copy'],
    expected: [
      ['foo', 0, 3, 'https://bar.foo'],
      [' no baz', 3, 10, null],
    ],
    run: () => runsOf(fooNoBaz().copy().setLinkUrl(7, 10, null).build()),
  },
  {
    name: 'getRichTextValues: null where the value is not text (number, boolean, date); "" for an empty cell',
    source: `${REF}/range#getrichtextvalue ("or null if the cell value is not text")`,
    covers: ['Range.setValues', 'Range.getRichTextValues', 'RichTextValue.getText'],
    expected: [[null, null, null, 'Kế hoạch số 12/KH-THMT', '']],
    run: (c) => {
      const s = c.sheet();
      s.getRange('A1:D1').setValues([[12, true, new Date(2026, 1, 5), 'Kế hoạch số 12/KH-THMT']]);
      return s
        .getRange('A1:E1')
        .getRichTextValues()
        .map((row) => row.map((v) => (v === null ? null : v.getText())));
    },
  },
  {
    name: 'setRichTextValues writes a grid; setValue over a linked cell erases its links',
    source: `${REF}/range#setrichtextvaluesvalues; Sheets API CellData.textFormatRuns ("previous runs are erased")`,
    covers: ['Range.setRichTextValues', 'Range.getRichTextValues', 'Range.getValues', 'Range.setValue'],
    expected: [
      [['foo no baz'], ['foo no baz']],
      [3, 1],
    ],
    run: (c) => {
      const s = c.sheet();
      s.getRange('B2:B3').setRichTextValues([[fooNoBaz()], [fooNoBaz()]]);
      s.getRange('B3').setValue('foo no baz');
      return [
        s.getRange('B2:B3').getValues(),
        s
          .getRange('B2:B3')
          .getRichTextValues()
          .map(([v]) => v!.getRuns().length),
      ];
    },
  },
];
