// A real school tracker (the built school bundle's setup and the sample plan import, test/support/
// world.ts) copied into a ward sandbox with sb.addSpreadsheet({ from }) (issue 15 §3): the copy holds
// what the school's own spreadsheet holds, and reads the same through openById as the school reads
// its own. A harness check (no Apps Script counterpart): the ward e2e relies on it to generate trackers.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/runtime';
import { SPREADSHEETS_READONLY_SCOPE } from '../../sandbox/spreadsheet';
import { trackerWithPlan } from '../support/world';

const WARD = 'vanphong@phuongbachmai.gov.vn';

const WARD_BUNDLE = String.raw`
function readAll(id) {
  return SpreadsheetApp.openById(id).getSheets().map(function (sh) {
    return { name: sh.getName(), display: sh.getDataRange().getDisplayValues() };
  });
}
`;

describe("a school tracker copied from the school's own sandbox", () => {
  it('holds the same sheets, values (formula results included) and display values, and the ward reads them through openById', () => {
    const school = trackerWithPlan();
    const source = school.sb.spreadsheet;
    const ward = createSandbox({
      start: '2026-01-20T08:00:00+07:00',
      owner: WARD,
      bundle: WARD_BUNDLE,
      manifest: {
        oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', SPREADSHEETS_READONLY_SCOPE],
      },
    });
    const copy = ward.addSpreadsheet({
      name: 'Sổ CCHC trường',
      owner: school.principal,
      viewers: [WARD],
      from: school.sb,
    });
    expect(copy.sheets.map((s) => s.name)).toEqual(source.sheets.map((s) => s.name));
    for (const s of source.sheets) {
      expect(copy.valuesOf(s.name), s.name).toEqual(source.valuesOf(s.name));
      expect(copy.displayValuesOf(s.name), s.name).toEqual(source.displayValuesOf(s.name));
      const to = copy.requireSheet(s.name);
      expect(to.conditionalRules, s.name).toEqual(s.conditionalRules);
      expect([to.frozenRows, to.hidden, [...to.columnWidths]], s.name).toEqual([
        s.frozenRows,
        s.hidden,
        [...s.columnWidths],
      ]);
    }
    expect(copy.protections.map((p) => [p.sheet.name, p.description, p.editors])).toEqual(
      source.protections.map((p) => [p.sheet.name, p.description, p.editors]),
    );
    const read = ward.run(WARD, 'readAll', copy.id);
    expect(read.error).toBeUndefined();
    // getDataRange() of an empty sheet is its A1 cell.
    const shown = (name: string) => {
      const d = source.displayValuesOf(name);
      return d.length ? d : [['']];
    };
    expect(read.result).toEqual(source.sheets.map((s) => ({ name: s.name, display: shown(s.name) })));
  });
});
