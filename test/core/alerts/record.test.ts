// The send journal's packing (core/alerts/record.ts): rows come back exactly, and a digest's intent and
// outcome take a small part of what plain rows would, so the journal fits Script Properties at scale.
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../../src/core/alerts/record';

const intent = Array.from({ length: 200 }, (_, i) => [
  `item|ha.ptt@thmythinh.edu.vn|III.2.${i}|Quá hạn|2026-04-16|7`,
  '2026-06-15',
  'ha.ptt@thmythinh.edu.vn',
  'Nhắc việc',
  `III.2.${i}`,
  'Đang gửi',
  `Quá hạn, ${i % 3 ? 7 : 14}`,
  '1',
]);
const sent = intent.map((r) => [...r.slice(0, 5), 'Đã gửi', ...r.slice(6)]);
const gaveUp = intent.map((r, i) => [
  ...r.slice(0, 5),
  i % 2 ? 'Lỗi' : 'Lỗi, đã ngừng gửi lại',
  'Invalid email: x',
  '3',
]);

describe('journal packing', () => {
  it('an intent and its outcomes (sent; failed with mixed statuses) unpack to the same rows', () => {
    expect(unpackRows(packRows(intent))).toEqual(intent);
    expect(unpackRows(packRows(sent, intent), intent)).toEqual(sent);
    expect(unpackRows(packRows(gaveUp, intent), intent)).toEqual(gaveUp);
    expect(unpackRows(packRows([]))).toEqual([]);
  });

  it('a 200-task digest journals in well under half of its plain rows, the outcome in a few hundred bytes', () => {
    const plain = JSON.stringify(intent).length;
    expect(JSON.stringify(packRows(intent)).length).toBeLessThan(plain * 0.6);
    expect(JSON.stringify(packRows(sent, intent)).length).toBeLessThan(300);
  });
});
