// The ward part of `npm start` (scripts/demo/ward.ts, issue 15 §4) on the built bundles: four school
// trackers made by dist/ from the sample plan at their own pace, one never shared, one reporting
// late from its own report dialog; the ward bundle (dist-ward/) pulls them from its menu. The
// school demo's Mỹ Thịnh (its whole term with alerts and the phone page) stands in here as a
// tracker made the same way as the other four, reporting on 30/06/2026 as the demo's does, so the
// test does not replay the school part.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_PLANNED, schoolTracker, TERM_END, wardDemo, type WardDemo } from '../../scripts/demo/ward';
import { MY_THINH, OTHER_SCHOOLS, principalOf, WARD_OFFICER } from '../../samples/ward';
import { UnitState } from '../../src/core/ward/state';
import { wardMsg } from '../../src/messages/ward';
import { ensureBundle } from '../support/bundle';
import { sheetRecords } from '../support/world';

let out: string;
let demo: WardDemo;

beforeAll(async () => {
  ensureBundle();
  out = mkdtempSync(join(tmpdir(), 'ward-demo-'));
  const myThinh = schoolTracker({ school: MY_THINH, story: '', pace: AS_PLANNED, reportsOn: TERM_END, shares: true });
  demo = await wardDemo(myThinh, out);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const S = wardMsg.states;
const C = wardMsg.unitColumns;

describe('npm start, the ward part: a ward with 5 schools', () => {
  it('pulls the 6-month report due on 06/07/2026, past its 20/06 deadline', () => {
    expect(demo.today).toBe('2026-07-06');
    expect(demo.period).toBe('6 tháng đầu năm 2026');
    expect(demo.deadline).toBe('2026-06-20');
    expect(demo.message).toBe(wardMsg.pullDone(demo.period, 5, 1));
  });

  it('shows all four states: on time, late (its report really built on 03/07), not reported, not shared', () => {
    const [mnMyHa, thMyHung, thcsMyThinh, thcsMyPhuc] = OTHER_SCHOOLS.map((s) => s.name);
    expect(demo.units.map((u) => [u.name, u.state])).toEqual([
      [MY_THINH.name, S.late],
      [mnMyHa, S.onTime],
      [thMyHung, S.late],
      [thcsMyThinh, S.missing],
      [thcsMyPhuc, S.unreachable],
    ]);
    expect(new Set(demo.units.map((u) => u.state))).toEqual(new Set(Object.values(UnitState)));
    expect(demo.units.map((u) => u.report)).toEqual([
      'Số 01/BC-THMT ngày 30/06/2026',
      'Số 01/BC-MNMH ngày 17/06/2026',
      'Số 01/BC-THMH ngày 03/07/2026',
      '',
      '',
    ]);
    expect(demo.units.map((u) => u.reason)).toEqual(['', '', '', '', wardMsg.reasons.notShared]);
    // The reports are the schools' own Docs (Document.getUrl), linked from their Sổ báo cáo.
    const rows = sheetRecords(demo.ward, wardMsg.sheets.units);
    expect(rows.map((r) => String(r[C.reportLink]))).toEqual([
      ...[0, 1, 2].map(() => expect.stringMatching(/^https:\/\/docs\.google\.com\/open\?id=\w+$/)),
      '',
      '',
    ]);
  });

  it("each school's pace shows in its figures: the school ahead has done every due task, the one behind the fewest", () => {
    const done = demo.units.map((u) => (u.due ? u.doneOfDue / u.due : null));
    expect(demo.units.slice(0, 4).every((u) => u.due > 0)).toBe(true);
    expect(done[1]).toBe(1);
    expect(done[2]).toBeLessThan(Math.min(done[0]!, done[3]!));
    expect(demo.units[4]!.due).toBe(0);
  });

  it('the next morning the daily run, turned on from the menu, reminds only the unit that has not reported and the one not shared, once each, as overdue', () => {
    const [, , , thcsMyThinh, thcsMyPhuc] = [MY_THINH, ...OTHER_SCHOOLS];
    const to = demo.reminders.map((r) => r.to);
    expect(to).toHaveLength(2);
    expect(to).toEqual([thcsMyThinh, thcsMyPhuc].map((s) => principalOf(s!)));
    for (const r of demo.reminders)
      expect(r.subject).toBe(wardMsg.remind.subject('overdue', demo.period, '20/06/2026'));
    expect(readdirSync(join(out, 'ward-emails'))).toHaveLength(2);
  });

  it("builds the ward's report and writes it as .docx with the UBND header and every unit", async () => {
    expect(demo.reportFile.startsWith(out) && demo.reportFile.endsWith('.docx')).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(demo.reportFile));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('UBND PHƯỜNG MỸ LỘC');
    for (const s of [MY_THINH, ...OTHER_SCHOOLS]) expect(text).toContain(s.name);
  });

  it('returns the ward sandbox and its manager, for the steps after the pull', () => {
    expect(demo.manager).toBe(WARD_OFFICER.email);
    expect(demo.ward.spreadsheet.owner).toBe(WARD_OFFICER.email);
    expect(demo.ward.spreadsheet.valuesOf(wardMsg.sheets.settings).find((r) => r[0] === 'Tên phường')?.[1]).toBe(
      'Mỹ Lộc',
    );
  });

  it('writes out/ward-tracker.xlsx: a workbook with the ward sheets and the pulled states', async () => {
    expect(demo.file).toBe(join(out, 'ward-tracker.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demo.file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(wardMsg.sheets)));
    const units = wb.getWorksheet(wardMsg.sheets.units)!;
    const header = (units.getRow(1).values as unknown[]).map(String);
    const stateCol = header.indexOf(C.state);
    const states = demo.units.map((_, i) => String(units.getRow(i + 2).getCell(stateCol).value));
    expect(states).toEqual(demo.units.map((u) => u.state));
    expect(wb.getWorksheet(wardMsg.sheets.figures)!.actualRowCount).toBeGreaterThan(1 + 4 * 5);
  });
});
