import { describe, expect, it } from 'vitest';
import {
  entryNumber,
  nextReportNumber,
  numberTakenBy,
  parseReportPayload,
  periodValue,
} from '../../../src/core/report/request';

const good = {
  period: 'H1:2026',
  reportDate: '2026-06-18',
  number: '7',
  blankNumber: false,
  signer: 'principal',
  recipients: ['UBND phường Mỹ Lộc', ' ', 'Lưu: VT'],
  pdf: true,
};

describe('report dialog payload', () => {
  it('turns a valid payload into a request (ISO dates; blank lines dropped)', () => {
    const r = parseReportPayload(good);
    expect(r).toEqual({
      ok: true,
      pdf: true,
      request: {
        period: { kind: 'H1', year: 2026 },
        reportDate: '2026-06-18',
        number: 7,
        signer: { kind: 'principal' },
        recipients: ['UBND phường Mỹ Lộc', 'Lưu: VT'],
        // No internal proposal ticked in unless the dialog says so.
        includeInternal: [],
      },
    });
  });

  it('accepts a full ISO instant for a date, a custom range, a deputy, a blank number', () => {
    const r = parseReportPayload({
      ...good,
      period: 'custom',
      from: '2025-12-15',
      to: '2026-03-14T00:00:00.000Z',
      reportDate: '2026-03-16T02:00:00.000Z',
      blankNumber: true,
      number: '',
      signer: 'deputy',
      signerName: 'Trần Văn Hùng',
    });
    expect(r.ok && r.request).toMatchObject({
      period: { kind: 'custom', from: '2025-12-15', to: '2026-03-14' },
      reportDate: '2026-03-16',
      number: null,
      signer: { kind: 'deputy', name: 'Trần Văn Hùng' },
    });
  });

  it('reports each bad field in Vietnamese', () => {
    const r = parseReportPayload({
      ...good,
      period: 'Q9:2026',
      reportDate: '2026-02-30',
      number: '0',
      signer: 'deputy',
      recipients: [],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'period', message: 'Hãy chọn kỳ báo cáo.' },
      { field: 'reportDate', message: 'Ngày báo cáo không hợp lệ (dd/MM/yyyy).' },
      { field: 'number', message: 'Số báo cáo phải là số nguyên từ 1 đến 9999.' },
      { field: 'signerName', message: 'Hãy nhập họ tên phó hiệu trưởng ký thay.' },
      { field: 'recipients', message: 'Hãy nhập ít nhất một nơi nhận.' },
    ]);
    expect(parseReportPayload({ ...good, period: 'custom', from: '2026-01-01', to: '2027-06-01' })).toMatchObject({
      ok: false,
      errors: [{ field: 'to' }],
    });
    expect(parseReportPayload('not an object')).toMatchObject({ ok: false, errors: [{ field: 'form' }] });
  });

  it('names periods for the dialog', () => {
    expect(periodValue({ kind: 'Q3', year: 2026 })).toBe('Q3:2026');
    expect(periodValue({ kind: 'custom', from: '2026-01-01', to: '2026-01-31' })).toBe('custom');
  });
});

describe('register numbering', () => {
  const entries = [
    { number: '03/BC-THMT', date: '2025-12-20' },
    { number: '01/BC-THMT', date: '2026-03-25' },
    { number: '', date: '2026-04-01' },
    { number: '02/BC-THMT', date: '2026-06-18' },
  ];

  it('runs from 01 each year, blanks ignored', () => {
    expect(entryNumber(entries[0]!)).toBe(3);
    expect(entryNumber(entries[2]!)).toBeNull();
    expect(nextReportNumber(entries, 2026)).toBe(3);
    expect(nextReportNumber(entries, 2027)).toBe(1);
    expect(nextReportNumber([], 2026)).toBe(1);
  });

  it('finds the entry already using a number in the year only', () => {
    expect(numberTakenBy(entries, 2, 2026)).toEqual(entries[3]);
    expect(numberTakenBy(entries, 3, 2026)).toBeNull();
    expect(numberTakenBy(entries, 3, 2025)).toEqual(entries[0]);
  });
});
