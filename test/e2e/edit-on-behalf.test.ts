// Issue 10: a staff member marking someone else's task Hoàn thành. Allowed (colleagues type progress
// in for each other), and logged as "Sửa hộ" with both names, so Nhật ký says who completed whose
// task; the owner, a co-owner, a member of the owning tổ and a manager complete without it.
import { beforeAll, describe, expect, it } from 'vitest';
import { trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { colOf } from '../support/flagsWorld';
import { columnLetter } from '../../src/core/status/formulas';
import type { TaskColumnKey } from '../../src/core/schema';

const MAI = 'mai.dt@thmythinh.edu.vn'; // Đỗ Thị Mai, Tổ 1
const LAN = 'lan.ht@thmythinh.edu.vn'; // Hoàng Thị Lan, Tổ 1
const MANAGER = 'hung.tv@thmythinh.edu.vn'; // Trần Văn Hùng, Quản lý in Cán bộ
let w: World;
const at = (key: TaskColumnKey, row: number) => `${columnLetter(colOf(w.sb, key))}${row}`;
const logRows = () => w.sb.spreadsheet.valuesOf('Nhật ký').slice(1);
const codeAt = (row: number) => String(w.sb.spreadsheet.valuesOf('Nhiệm vụ')[row - 1]![colOf(w.sb, 'code') - 1]);

/** The Nhật ký lines an edit added. */
function edit(user: string, key: TaskColumnKey, row: number, value: string): unknown[][] {
  const before = logRows().length;
  const out = w.sb.edit(user, 'Nhiệm vụ', at(key, row), value);
  expect(out.installable[0]?.error).toBeUndefined();
  return logRows().slice(before);
}

beforeAll(() => {
  w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
  const owners: [number, string, string][] = [
    [5, 'Đỗ Thị Mai', ''],
    [6, 'Đỗ Thị Mai', ''],
    [7, 'Tổ 1', ''],
    [8, 'Đỗ Thị Mai', ''],
    [9, 'Tổ 2', ''],
    [10, 'Đỗ Thị Mai', ''],
    [11, 'Trần Văn Hùng', 'Hoàng Thị Lan, Đỗ Thị Mai'],
  ];
  for (const [row, owner, coOwners] of owners) {
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at('owner', row), owner);
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at('coOwners', row), coOwners);
  }
});

describe('completing someone else’s task', () => {
  it('is allowed and logged as "Sửa hộ" with both names', () => {
    const lines = edit(LAN, 'progressStatus', 5, 'Hoàn thành');
    expect(w.sb.spreadsheet.valuesOf('Nhiệm vụ')[4]![colOf(w.sb, 'progressStatus') - 1]).toBe('Hoàn thành');
    expect(lines.map((r) => [r[1], r[2], r[3]])).toEqual([[LAN, 'Sửa hộ', codeAt(5)]]);
    expect(lines[0]![4]).toBe(`Hoàng Thị Lan (${LAN}) đánh dấu Hoàn thành nhiệm vụ của người chủ trì Đỗ Thị Mai.`);
  });

  it('a progress of 100% that completes it is logged the same way', () => {
    const lines = edit(LAN, 'progress', 10, '100');
    expect(lines.map((r) => [r[2], r[3]])).toEqual([['Sửa hộ', codeAt(10)]]);
  });

  it('a tổ the editor is not in is someone else too', () => {
    expect(edit(LAN, 'progressStatus', 9, 'Hoàn thành').map((r) => r[2])).toEqual(['Sửa hộ']);
  });

  it('the owner, a member of the owning tổ, a co-owner and a manager complete without it', () => {
    expect(edit(MAI, 'progressStatus', 6, 'Hoàn thành')).toEqual([]);
    expect(edit(LAN, 'progressStatus', 7, 'Hoàn thành')).toEqual([]);
    expect(edit(LAN, 'progressStatus', 11, 'Hoàn thành')).toEqual([]);
    expect(edit(MANAGER, 'progressStatus', 8, 'Hoàn thành')).toEqual([]);
  });

  it('progress short of completion is not "sửa hộ"', () => {
    expect(edit(LAN, 'progress', 12, '40')).toEqual([]);
  });
});
