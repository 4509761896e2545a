// The ward's pure core (issue 15): unit rows and their keys, the period deadline and unit states,
// merging pulled rows by unit, the resumable cursor, and the ward's Cấu hình.
import { describe, expect, it } from 'vitest';
import { periodDeadline, unitState, UnitState, type UnitReport } from '../../../src/core/ward/state';
import { spreadsheetIdOf, unitsOf } from '../../../src/core/ward/units';
import { mergeByUnit, resumeFrom } from '../../../src/core/ward/pull';
import { parseWardSettings } from '../../../src/core/ward/settings';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const Q1 = { kind: 'Q1', year: 2026 } as const;
const report = (date: string | null, period = 'Quý I năm 2026', number = '05/BC'): UnitReport => ({
  number,
  date,
  period,
  link: '',
});

describe('units', () => {
  it('reads the spreadsheet id from a link in any of its forms, or a bare id; nothing from other text', () => {
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`)).toBe(ID);
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/u/1/d/${ID}`)).toBe(ID);
    expect(spreadsheetIdOf(` ${ID} `)).toBe(ID);
    expect(spreadsheetIdOf('sổ của trường')).toBeNull();
    expect(spreadsheetIdOf(`https://docs.google.com/document/d/${ID}/edit`)).toBeNull();
  });

  it('keys a unit by its id, or by its link when none; skips blank rows', () => {
    const cells = (name: string, link: string) => ({ name, type: 'THCS', link, email: '', responsible: '' });
    expect(
      unitsOf([
        { row: 2, cells: cells(' Trường A ', `https://docs.google.com/spreadsheets/d/${ID}/edit`) },
        { row: 3, cells: cells('', '') },
        { row: 4, cells: cells('Trường B', 'sai') },
      ]).map((u) => [u.row, u.name, u.key, u.spreadsheetId]),
    ).toEqual([
      [2, 'Trường A', ID, ID],
      [4, 'Trường B', 'sai', null],
    ]);
  });
});

describe('unit states', () => {
  const deadline = periodDeadline(Q1, 20);
  it("the deadline is the day of the period's last month", () => {
    expect(deadline).toBe('2026-03-20');
    expect(periodDeadline({ kind: 'H1', year: 2026 }, 15)).toBe('2026-06-15');
  });
  it('on time up to the deadline, late after it, missing without a report of the period; the first report decides', () => {
    expect(unitState([report('2026-03-20')], Q1, deadline).state).toBe(UnitState.OnTime);
    expect(unitState([report('2026-03-21')], Q1, deadline).state).toBe(UnitState.Late);
    expect(unitState([report(null)], Q1, deadline).state).toBe(UnitState.Late);
    expect(unitState([report('2026-03-10', 'Năm 2025')], Q1, deadline).state).toBe(UnitState.Missing);
    expect(unitState([], Q1, deadline)).toEqual({ state: UnitState.Missing, report: null });
    const late = report('2026-03-25', 'quý I năm 2026', '09/BC');
    const first = report('2026-03-19', 'Quý I năm 2026', '07/BC');
    expect(unitState([late, first], Q1, deadline)).toEqual({ state: UnitState.OnTime, report: first });
  });
});

describe('pull', () => {
  it('replaces the rows of the units pulled and keeps the others', () => {
    const rows = [
      { k: 'a', v: 1 },
      { k: 'b', v: 1 },
      { k: 'a', v: 2 },
    ];
    expect(
      mergeByUnit(rows, (r) => r.k, new Set(['a', 'c']), [
        { k: 'a', v: 3 },
        { k: 'c', v: 3 },
      ]),
    ).toEqual([
      { k: 'b', v: 1 },
      { k: 'a', v: 3 },
      { k: 'c', v: 3 },
    ]);
  });

  it('continues a cursor of the same period only; a damaged one starts over', () => {
    const cursor = { period: 'Quý I năm 2026', next: 40, startedAt: '2026-04-10T01:00:00.000Z' };
    expect(resumeFrom(JSON.stringify(cursor), 'Quý I năm 2026')).toEqual(cursor);
    expect(resumeFrom(JSON.stringify(cursor), '6 tháng đầu năm 2026')).toBeNull();
    expect(resumeFrom('{not json', 'Quý I năm 2026')).toBeNull();
    expect(resumeFrom(JSON.stringify({ ...cursor, next: -1 }), 'Quý I năm 2026')).toBeNull();
    expect(resumeFrom(null, 'Quý I năm 2026')).toBeNull();
  });
});

describe("the ward's Cấu hình", () => {
  it('takes defaults for empty values and names a wrong one by its label', () => {
    expect(parseWardSettings({ wardName: 'Bạch Mai', managerEmails: 'a@x.vn, b@x.vn' })).toEqual({
      ok: true,
      settings: {
        wardName: 'Bạch Mai',
        province: '',
        deadlineDay: 20,
        managerEmails: ['a@x.vn', 'b@x.vn'],
        signer: 'Chủ tịch',
        signerName: '',
        reportRecipients: 'Sở Giáo dục và Đào tạo; Các đơn vị trường học trên địa bàn phường; Lưu: VT',
      },
    });
    const bad = parseWardSettings({ deadlineDay: 31 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]!.label).toBe('Hạn báo cáo (ngày của tháng cuối kỳ)');
    // Người ký báo cáo is Chủ tịch or Phó Chủ tịch, nothing else.
    const signer = parseWardSettings({ signer: 'Bí thư' });
    expect(!signer.ok && signer.errors.map((e) => [e.label, e.message])).toEqual([
      ['Người ký báo cáo', 'Chỉ được chọn "Chủ tịch" hoặc "Phó Chủ tịch"'],
    ]);
    expect(parseWardSettings({ signer: 'Phó Chủ tịch' }).ok).toBe(true);
  });
});
