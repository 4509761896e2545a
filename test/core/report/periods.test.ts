import { describe, expect, it } from 'vitest';
import {
  duePeriod,
  namedPeriods,
  nextPeriod,
  nextWindow,
  periodLabel,
  periodPhrase,
  periodShortLabel,
  periodWindow,
  type Period,
} from '../../../src/core/report/periods';
import { PeriodMode } from '../../../src/core/settings';

const cal = PeriodMode.Calendar;
const cut = PeriodMode.CutOff;

describe('report periods: data windows', () => {
  it.each<[Period['kind'], string, string]>([
    ['Q1', '2026-01-01', '2026-03-31'],
    ['Q2', '2026-04-01', '2026-06-30'],
    ['Q3', '2026-07-01', '2026-09-30'],
    ['Q4', '2026-10-01', '2026-12-31'],
    ['H1', '2026-01-01', '2026-06-30'],
    ['M9', '2026-01-01', '2026-09-30'],
    ['Y', '2026-01-01', '2026-12-31'],
  ])('calendar %s 2026 is %s → %s', (kind, from, to) => {
    expect(periodWindow({ kind, year: 2026 } as Period, cal)).toEqual({ from, to });
  });

  it.each<[Period['kind'], string, string]>([
    // docs/nd30-bao-cao.md: quý I 15/12 of last year → 14/3; 6 tháng → 14/6; 9 tháng → 14/9; năm → 14/12.
    ['Q1', '2025-12-15', '2026-03-14'],
    ['H1', '2025-12-15', '2026-06-14'],
    ['M9', '2025-12-15', '2026-09-14'],
    ['Y', '2025-12-15', '2026-12-14'],
    ['Q2', '2026-03-15', '2026-06-14'],
    ['Q3', '2026-06-15', '2026-09-14'],
    ['Q4', '2026-09-15', '2026-12-14'],
  ])('cut-off %s 2026 is %s → %s (crossing the year where it starts in December)', (kind, from, to) => {
    expect(periodWindow({ kind, year: 2026 } as Period, cut)).toEqual({ from, to });
  });

  it('a custom window is taken as given, whatever the mode', () => {
    const p: Period = { kind: 'custom', from: '2025-11-20', to: '2026-02-10' };
    expect(periodWindow(p, cut)).toEqual({ from: '2025-11-20', to: '2026-02-10' });
    expect(periodWindow(p, cal)).toEqual({ from: '2025-11-20', to: '2026-02-10' });
  });

  it('February of a leap year ends on the 29th (quý I calendar window of 2028 unaffected, custom fine)', () => {
    expect(periodWindow({ kind: 'Q1', year: 2028 }, cal).to).toBe('2028-03-31');
    expect(nextPeriod({ kind: 'custom', from: '2028-02-01', to: '2028-02-29' })).toEqual({
      kind: 'custom',
      from: '2028-03-01',
      to: '2028-03-29',
    });
  });
});

describe('report periods: names', () => {
  it('says the period the way the report does', () => {
    expect(periodPhrase({ kind: 'Q1', year: 2026 })).toBe('quý I năm 2026');
    expect(periodPhrase({ kind: 'Q4', year: 2026 })).toBe('quý IV năm 2026');
    expect(periodPhrase({ kind: 'H1', year: 2026 })).toBe('6 tháng đầu năm 2026');
    expect(periodPhrase({ kind: 'M9', year: 2026 })).toBe('9 tháng năm 2026');
    expect(periodPhrase({ kind: 'Y', year: 2026 })).toBe('năm 2026');
    expect(periodPhrase({ kind: 'custom', from: '2026-02-01', to: '2026-02-28' })).toBe(
      'từ ngày 01/02/2026 đến ngày 28/02/2026',
    );
    expect(periodLabel({ kind: 'Q3', year: 2026 })).toBe('Quý III năm 2026');
    expect(periodShortLabel({ kind: 'Q1', year: 2026 })).toBe('Quý I 2026');
    expect(periodShortLabel({ kind: 'H1', year: 2026 })).toBe('6 tháng đầu năm 2026');
    expect(periodShortLabel({ kind: 'custom', from: '2026-02-01', to: '2026-02-28' })).toBe('01.02.2026-28.02.2026');
  });

  it('lists the seven named periods of a year in order', () => {
    expect(namedPeriods(2026).map(periodLabel)).toEqual([
      'Quý I năm 2026',
      'Quý II năm 2026',
      'Quý III năm 2026',
      'Quý IV năm 2026',
      '6 tháng đầu năm 2026',
      '9 tháng năm 2026',
      'Năm 2026',
    ]);
  });
});

describe('report periods: the one due now and the next one', () => {
  it.each<[string, string]>([
    ['2026-01-05', 'năm 2025'], // last year's report is still due until 20/01
    ['2026-01-25', 'quý I năm 2026'],
    ['2026-03-10', 'quý I năm 2026'],
    ['2026-04-15', 'quý I năm 2026'],
    ['2026-04-21', '6 tháng đầu năm 2026'],
    ['2026-06-10', '6 tháng đầu năm 2026'],
    ['2026-08-15', '9 tháng năm 2026'],
    ['2026-11-30', 'năm 2026'],
    ['2026-12-31', 'năm 2026'],
  ])('on %s the report due is %s', (today, phrase) => {
    expect(periodPhrase(duePeriod(today))).toBe(phrase);
  });

  it('names the next period', () => {
    const next = (p: Period) => periodPhrase(nextPeriod(p));
    expect(next({ kind: 'Q1', year: 2026 })).toBe('quý II năm 2026');
    expect(next({ kind: 'Q4', year: 2026 })).toBe('quý I năm 2027');
    expect(next({ kind: 'H1', year: 2026 })).toBe('6 tháng cuối năm 2026');
    expect(next({ kind: 'M9', year: 2026 })).toBe('quý IV năm 2026');
    expect(next({ kind: 'Y', year: 2026 })).toBe('năm 2027');
  });

  it('the next window starts the day after this one ends, in both modes', () => {
    expect(nextWindow({ kind: 'H1', year: 2026 }, cal)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(nextWindow({ kind: 'H1', year: 2026 }, cut)).toEqual({ from: '2026-06-15', to: '2026-12-14' });
    expect(nextWindow({ kind: 'Q4', year: 2026 }, cut)).toEqual({ from: '2026-12-15', to: '2027-03-14' });
    expect(nextWindow({ kind: 'Y', year: 2026 }, cal)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(nextWindow({ kind: 'custom', from: '2026-02-01', to: '2026-02-10' }, cal)).toEqual({
      from: '2026-02-11',
      to: '2026-02-20',
    });
  });
});
