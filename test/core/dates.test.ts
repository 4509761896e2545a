import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  findDateInText,
  isoDateInZone,
  midnightInZone,
  parseDateText,
  weekday,
} from '../../src/core/dates';
import { formatVn } from '../../src/messages/format';

describe('calendar dates', () => {
  it('parses the forms Vietnamese users type, and refuses impossible dates', () => {
    expect(parseDateText('15/3/2026')).toBe('2026-03-15');
    expect(parseDateText('15-03-2026')).toBe('2026-03-15');
    expect(parseDateText('15.03.2026')).toBe('2026-03-15');
    expect(parseDateText(' 2026-03-15 ')).toBe('2026-03-15');
    expect(parseDateText('31/02/2026')).toBeNull();
    expect(parseDateText('năm mươi')).toBeNull();
    expect(parseDateText('3/15/2026')).toBeNull();
  });

  it('finds a deadline inside a sentence', () => {
    expect(findDateInText('Hoàn thành trước ngày 31/01/2026.')).toBe('2026-01-31');
    expect(findDateInText('Trong tháng 3')).toBeNull();
  });

  it('does day arithmetic across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-01-20', '2026-03-15')).toBe(54);
    expect(weekday('2026-11-27')).toBe(5); // a Friday
  });

  it('formats dd/MM/yyyy with leading zeros', () => {
    expect(formatVn('2026-01-05')).toBe('05/01/2026');
    expect(formatVn(null)).toBe('');
  });

  it('reads a sheet date (midnight in Asia/Ho_Chi_Minh) as its calendar date, and writes it back', () => {
    const cell = new Date('2026-03-14T17:00:00Z'); // 15/03/2026 00:00 in Vietnam
    expect(isoDateInZone(cell, 'Asia/Ho_Chi_Minh')).toBe('2026-03-15');
    expect(isoDateInZone(cell, 'UTC')).toBe('2026-03-14');
    expect(midnightInZone('2026-03-15', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-03-14T17:00:00.000Z');
    expect(midnightInZone('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });
});
