// Fidelity tests taken from brucemcpherson/gas-fakes, whose author runs each assertion on live
// Apps Script too: each `it` names the gas-fakes test file it restates. Issue 11 §1.
import { describe, expect, it } from 'vitest';
import { SpreadsheetService } from '../../sandbox/spreadsheet';
import { SessionImpl } from '../../sandbox/services/session';
import { UtilitiesImpl } from '../../sandbox/services/utilities';
import { createSandbox } from '../../sandbox/runtime';
import { OWNER, STAFF, serviceSandbox } from '../support/serviceSandbox';

function setup() {
  const { env, as } = serviceSandbox();
  const service = new SpreadsheetService(env);
  service.createSpreadsheet({ name: 'Sổ theo dõi CCHC', owner: OWNER, editors: [STAFF] });
  const app = service.app;
  const sheet = () => app.getActiveSpreadsheet().getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  const run = <T>(fn: () => T): T => as(OWNER, fn).result;
  return { env, app, sheet, run };
}

describe('A1 notation of whole rows and columns (gas-fakes test/testsheetsdeveloper.js)', () => {
  it("'5:7' reads back as 5:7 and spans every column", () => {
    const { sheet, run } = setup();
    const r = run(() => sheet().getRange('5:7'));
    expect(run(() => [r.getA1Notation(), r.getRow(), r.getNumRows(), r.getColumn(), r.getNumColumns()])).toEqual([
      '5:7',
      5,
      3,
      1,
      run(() => sheet().getMaxColumns()),
    ]);
  });
  it("'D:F' reads back as D:F and spans every row", () => {
    const { sheet, run } = setup();
    const r = run(() => sheet().getRange('D:F'));
    expect(run(() => [r.getA1Notation(), r.getColumn(), r.getNumColumns(), r.getNumRows()])).toEqual([
      'D:F',
      4,
      3,
      run(() => sheet().getMaxRows()),
    ]);
  });
  it("inverted references are normalised: '5:2' → 2:5, 'D:B' → B:D, 'C5:B2' → B2:C5; '$C$3' → C3", () => {
    const { sheet, run } = setup();
    expect(run(() => ['5:2', 'D:B', 'C5:B2', '$C$3'].map((a) => sheet().getRange(a).getA1Notation()))).toEqual([
      '2:5',
      'B:D',
      'B2:C5',
      'C3',
    ]);
  });
  it('a range made by row and column numbers stays bounded, even when it covers whole rows', () => {
    const { sheet, run } = setup();
    expect(run(() => sheet().getRange(5, 1, 3, sheet().getMaxColumns()).getA1Notation())).toMatch(/^A5:[A-Z]+7$/);
  });
});

describe('toString of service objects (gas-fakes test/testsheetsdatavalidations.js, testconditionalformat.js, testsession.js)', () => {
  it('Range, DataValidationBuilder, DataValidation and ConditionalFormatRule print their class name', () => {
    const { app, sheet, run } = setup();
    const texts = run(() => {
      const builder = app.newDataValidation();
      const rule = app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#ff0000')
        .setRanges([sheet().getRange('A1')])
        .build();
      return [
        String(sheet().getRange('A1')),
        builder.toString(),
        builder.requireCheckbox().build().toString(),
        rule.toString(),
      ];
    });
    expect(texts).toEqual(['Range', 'DataValidationBuilder', 'DataValidation', 'ConditionalFormatRule']);
  });
  it('a User prints as its email', () => {
    const { env, run } = setup();
    const session = new SessionImpl(env, 'vi_VN');
    expect(run(() => String(session.getActiveUser()))).toBe(OWNER);
  });
});

describe('data validation builders (gas-fakes test/testsheetsdatavalidations.js)', () => {
  it('a new builder has no criteria type, no values, no help text, and allows invalid input', () => {
    const { app, run } = setup();
    const b = run(() => app.newDataValidation());
    expect(run(() => [b.getCriteriaType(), b.getCriteriaValues(), b.getHelpText(), b.getAllowInvalid()])).toEqual([
      null,
      [],
      null,
      true,
    ]);
    expect(run(() => String(b.requireCheckbox('A', 'B').getCriteriaType()))).toBe('CHECKBOX');
    expect(run(() => b.getCriteriaValues())).toEqual(['A', 'B']);
  });
});

describe('checkboxes with custom values (gas-fakes test/testsheetsdatavalidations.js)', () => {
  it("requireCheckbox('YES','NO'): check() writes 'YES', uncheck() writes 'NO'; plain checkboxes true/false; other cells untouched", () => {
    const { app, sheet, run } = setup();
    const values = run(() => {
      const s = sheet();
      s.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox().build()).setValue(true);
      s.getRange('B1').setDataValidation(app.newDataValidation().requireCheckbox('YES', 'NO').build()).setValue('YES');
      s.getRange('C1').setValue('some text');
      s.getRange('A1:C2').uncheck();
      const unchecked = s.getRange('A1:C2').getValues();
      s.getRange('A1:C2').check();
      return [unchecked, s.getRange('A1:C2').getValues(), s.getRange('B1').isChecked()];
    });
    expect(values).toEqual([
      [
        [false, 'NO', 'some text'],
        ['', '', ''],
      ],
      [
        [true, 'YES', 'some text'],
        ['', '', ''],
      ],
      true,
    ]);
  });
  it('insertCheckboxes(), (checked) and (checked, unchecked) keep the criteria values and start unchecked', () => {
    const { sheet, run } = setup();
    const out = run(() => {
      const s = sheet();
      s.getRange('A1').insertCheckboxes();
      s.getRange('B1').insertCheckboxes('DONE');
      s.getRange('C1').insertCheckboxes('YES', 'NO');
      return [
        ['A1', 'B1', 'C1'].map((a) => s.getRange(a).getDataValidation()!.getCriteriaValues()),
        s.getRange('A1:C1').getValues(),
      ];
    });
    expect(out).toEqual([[[], ['DONE'], ['YES', 'NO']], [[false, '', 'NO']]]);
  });
});

describe('argument errors (gas-fakes notes/oddities.md, test/testsheets.js)', () => {
  it('a wrong-shaped argument fails the method signature, before any size check', () => {
    const { sheet, run } = setup();
    expect(() =>
      run(() =>
        sheet()
          .getRange('A1:C1')
          .setValues([1, 2, 3] as unknown as unknown[][]),
      ),
    ).toThrow("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    expect(() =>
      run(() =>
        sheet()
          .getRange('A1')
          .setNotes('foo' as unknown as string[][]),
      ),
    ).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setNotes.");
  });
  it("requireDate('=i1') is refused: requireDate takes no argument", () => {
    const { app, run } = setup();
    expect(() => run(() => (app.newDataValidation().requireDate as unknown as (f: string) => unknown)('=i1'))).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.",
    );
  });
  it('requireValueInRange keeps the Range first in the builder’s criteria values, and the dropdown flag second', () => {
    const { app, sheet, run } = setup();
    const values = run(() => {
      const b = app.newDataValidation().requireValueInRange(sheet().getRange('A2:C4'), false);
      const [range, dropdown] = b.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
      return [range.getA1Notation(), dropdown];
    });
    expect(values).toEqual(['A2:C4', false]);
  });
});

describe('formats (gas-fakes test/testsheets.js and notes/oddities.md)', () => {
  it('a cell never formatted wraps (getWrap true) while its strategy reads OVERFLOW', () => {
    const { sheet, run } = setup();
    expect(run(() => [sheet().getRange('B2').getWrap(), String(sheet().getRange('B2').getWrapStrategy())])).toEqual([
      true,
      'OVERFLOW',
    ]);
  });
  it("setHorizontalAlignment('normal') reads back as general-left, null as general", () => {
    const { sheet, run } = setup();
    expect(
      run(() => {
        const r = sheet().getRange('A1');
        const normal = r.setHorizontalAlignment('normal').getHorizontalAlignment();
        return [
          normal,
          r.setHorizontalAlignment(null).getHorizontalAlignment(),
          r.setHorizontalAlignment('center').getHorizontalAlignment(),
        ];
      }),
    ).toEqual(['general-left', 'general', 'center']);
  });
  it('a number as a note: "25.0" after setNotes, "25" after setNote', () => {
    const { sheet, run } = setup();
    expect(
      run(() => {
        const r = sheet().getRange('A1');
        const viaNotes = r.setNotes([[25]] as unknown as string[][]).getNote();
        return [viaNotes, r.setNote(25 as unknown as string).getNote()];
      }),
    ).toEqual(['25.0', '25']);
  });
  it("setNumberFormat('general') and (null) reset the format: the value shows, never the word", () => {
    const { sheet, run } = setup();
    expect(
      run(() => {
        const r = sheet().getRange('A1').setValue(12.5);
        const general = [r.setNumberFormat('general').getNumberFormat(), r.getDisplayValue()];
        r.setNumberFormat('0.00%');
        return [...general, r.setNumberFormat(null as unknown as string).getDisplayValue()];
      }),
    ).toEqual(['0.###############', '12,5', '12,5']); // the vi_VN decimal comma
  });
  it("an invalid colour is accepted without an error: setBackground('foo') and '#gggggg'", () => {
    const { sheet, run } = setup();
    expect(
      run(() => {
        const r = sheet().getRange('A1').setBackground('#ff0000');
        r.setBackground('foo').setBackground('#gggggg');
        return r.getBackground();
      }),
    ).toBe('#ff0000');
  });
});

describe('Utilities (gas-fakes test/testutilities.js; Java SimpleDateFormat, which Utilities uses)', () => {
  function utilities() {
    const { env, run } = setup();
    return { u: new UtilitiesImpl(env), run };
  }
  const md5 = (bytes: number[]) => bytes.slice(0, 4);
  it("formatDate 'YYYY' is the week year: 29/12/2025 is in the first week of 2026", () => {
    const { u, run } = utilities();
    const d = new Date('2025-12-29T10:00:00+07:00');
    expect(
      run(() => [u.formatDate(d, 'Asia/Ho_Chi_Minh', 'YYYY'), u.formatDate(d, 'Asia/Ho_Chi_Minh', 'yyyy')]),
    ).toEqual(['2026', '2025']);
  });
  it("parseDate: 'yy' keeps within 80 years back and 20 ahead ('47' is 1947 in 2026); 'yyyyMMdd' takes each width; 'MMM' reads month names", () => {
    const { u, run } = utilities();
    const iso = (s: string, f: string) => run(() => u.parseDate(s, 'UTC', f).toISOString().slice(0, 10));
    expect([
      iso('01/02/47', 'dd/MM/yy'),
      iso('01/02/45', 'dd/MM/yy'),
      iso('20260315', 'yyyyMMdd'),
      iso('15 Mar 2026', 'dd MMM yyyy'),
      iso('15 March 2026', 'dd MMMM yyyy'),
    ]).toEqual(['1947-02-01', '2045-02-01', '2026-03-15', '2026-03-15', '2026-03-15']);
  });
  it('computeDigest hashes a string as US-ASCII unless UTF_8 is named, each non-ASCII code point as "?"', () => {
    const { u, run } = utilities();
    const { MD5 } = u.DigestAlgorithm;
    const { US_ASCII, UTF_8 } = u.Charset;
    expect(
      run(() => [
        md5(u.computeDigest(MD5, '€🙂')),
        md5(u.computeDigest(MD5, '€🙂', US_ASCII)),
        md5(u.computeDigest(MD5, '€🙂', UTF_8)),
      ]),
    ).toEqual([
      [-22, 3, -4, -72],
      [-22, 3, -4, -72],
      [-71, 89, 42, -99],
    ]);
  });
  it('computeDigest with a fourth argument, bytes with a charset, or a made-up charset fails the signature', () => {
    const { u, run } = utilities();
    const digest = u.computeDigest as unknown as (...a: unknown[]) => number[];
    for (const args of [
      [u.DigestAlgorithm.MD5, 'x', u.Charset.US_ASCII, 4],
      [u.DigestAlgorithm.MD5, [0, 1, 2], u.Charset.UTF_8],
      [u.DigestAlgorithm.MD5, 'x', 'fake'],
    ]) {
      expect(() => run(() => digest.apply(u, args))).toThrow(
        /^The parameters \(.*\) don't match the method signature for Utilities\.computeDigest\.$/,
      );
    }
  });
});

describe('the MimeType global (gas-fakes test/testmimetype.js)', () => {
  it('names Drive’s MIME types, and the bundle sees it as a global', () => {
    const sb = createSandbox({
      start: '2026-01-20T08:00:00+07:00',
      owner: OWNER,
      bundle:
        'function mime() { return [MimeType.GOOGLE_DOCS, MimeType.GOOGLE_SHEETS, MimeType.FOLDER, MimeType.PDF, MimeType.JPEG, MimeType.PLAIN_TEXT, MimeType.ZIP]; }',
    });
    expect(sb.run(OWNER, 'mime').result).toEqual([
      'application/vnd.google-apps.document',
      'application/vnd.google-apps.spreadsheet',
      'application/vnd.google-apps.folder',
      'application/pdf',
      'image/jpeg',
      'text/plain',
      'application/zip',
    ]);
  });
});

describe('limits Apps Script enforces (Google Sheets: 50,000 characters per cell)', () => {
  it('a value over 50,000 characters fails the whole write with Sheets’ text, and nothing is written', () => {
    const { sheet, run } = setup();
    const long = 'x'.repeat(50_001);
    expect(() =>
      run(() =>
        sheet()
          .getRange('A1:B1')
          .setValues([['giữ', long]]),
      ),
    ).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(() => run(() => sheet().getRange('C1').setValue(long))).toThrow('50000 characters');
    expect(run(() => sheet().getRange('A1:C1').getValues())).toEqual([['', '', '']]);
    expect(run(() => sheet().getRange('A2').setValue('x'.repeat(50_000)).getValue())).toHaveLength(50_000);
  });
});

describe('protections (gas-fakes notes/oddities.md "Protection.getEditors() and the Owner", test/testsheetspermissions.js)', () => {
  it('a fresh protection lists the other editors but never the owner, who can still edit; a sheet protection’s range has no A1 notation', () => {
    const { sheet, run } = setup();
    const out = run(() => {
      const p = sheet().getRange('A1:B2').protect();
      const s = sheet().protect();
      const editors = p.getEditors().map((u) => u.getEmail());
      p.removeEditors(p.getEditors());
      return [
        editors,
        p.getEditors().length,
        p.canEdit(),
        s.getRange().getA1Notation(),
        s.getRange().getNumRows() === sheet().getMaxRows(),
      ];
    });
    expect(out).toEqual([[STAFF], 0, true, '', true]);
  });
});

describe('what the sandbox cannot know, it refuses', () => {
  it('getRange with a NaN coordinate (a column lookup that found nothing) throws "not supported", never a silent range', () => {
    const { sheet, run } = setup();
    expect(() => run(() => sheet().getRange(2, Number.NaN))).toThrow(
      /not supported in the sandbox: a range coordinate that is not a number/,
    );
  });
});
