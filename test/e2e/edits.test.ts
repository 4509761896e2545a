// Edits by staff through the built bundle: sb.edit as a person types or pastes, the installable
// on-edit trigger (installed by setup) normalises, stamps and flags; the simple onEdit stays out of
// its way. Budgets in calls; a staff edit landing between the handler's read and write survives.
import { beforeAll, describe, expect, it } from 'vitest';
import { trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { colOf, taskCell } from '../support/flagsWorld';
import { columnLetter } from '../../src/core/status/formulas';
import { serialFromDate } from '../../sandbox/spreadsheet/time';
import type { TaskColumnKey } from '../../src/core/schema';

let w: World;
let staff: string;
const at = (key: TaskColumnKey, row: number) => `${columnLetter(colOf(w.sb, key))}${row}`;
const note = (row: number, key: TaskColumnKey) =>
  w.sb.spreadsheet.getSheetModel('Nhiệm vụ')!.cell(row, colOf(w.sb, key))?.note ?? '';
const logRows = () => w.sb.spreadsheet.valuesOf('Nhật ký').slice(1);
const todaySerial = () => serialFromDate(new Date('2026-03-16T00:00:00+07:00'), 'Asia/Ho_Chi_Minh');

beforeAll(() => {
  w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
  staff = w.staffEmails[0]!;
});

describe('progress typed by staff', () => {
  it('"50" becomes 50%, the row is stamped, in a handful of calls without reading the sheet', () => {
    const out = w.sb.edit(staff, 'Nhiệm vụ', at('progress', 5), '50');
    expect(out.simple?.error).toBeUndefined();
    expect(out.installable).toHaveLength(1);
    const run = out.installable[0]!;
    expect(run.error).toBeUndefined();
    expect(taskCell(w.sb, 5, 'progress')).toBe(0.5);
    expect(
      w.sb.spreadsheet.numberFormatOf(w.sb.spreadsheet.getSheetModel('Nhiệm vụ')!, 5, colOf(w.sb, 'progress')),
    ).toBe('0%');
    expect(taskCell(w.sb, 5, 'lastUpdated')).toBe(`16/03/2026 09:15 – ${staff}`);
    const calls = run.execution.calls;
    // 16, not 12: one getNotes of the edited rows (the tracker's notes are their own record), and the edited
    // rectangle read as getRow/getColumn/getNumRows/getNumColumns (A1 of a whole row is "5:7") (issue 10).
    expect(calls.get('SpreadsheetApp')).toBeLessThanOrEqual(16);
    expect(calls.get('Range.getValues')).toBe(2);
    expect(calls.get('Sheet.getDataRange') ?? 0).toBe(0);
    // The simple trigger saw the installable one and did nothing with the spreadsheet.
    expect(out.simple?.execution.calls.get('SpreadsheetApp') ?? 0).toBe(0);
  });

  it('"0,5" and "50%" are 50% too; 100% sets Hoàn thành with today as completion date', () => {
    w.sb.edit(staff, 'Nhiệm vụ', at('progress', 6), '0,5');
    expect(taskCell(w.sb, 6, 'progress')).toBe(0.5);
    w.sb.edit(staff, 'Nhiệm vụ', at('progress', 7), '50%');
    expect(taskCell(w.sb, 7, 'progress')).toBe(0.5);
    w.sb.edit(staff, 'Nhiệm vụ', at('progress', 8), '100');
    expect(taskCell(w.sb, 8, 'progress')).toBe(1);
    expect(taskCell(w.sb, 8, 'progressStatus')).toBe('Hoàn thành');
    expect(taskCell(w.sb, 8, 'completedDate')).toBeInstanceOf(Date);
  });

  it('"năm mươi" and 150% are kept as typed, with a note, a log line, and the note goes once fixed', () => {
    const before = logRows().length;
    w.sb.edit(staff, 'Nhiệm vụ', at('progress', 9), 'năm mươi');
    expect(taskCell(w.sb, 9, 'progress')).toBe('năm mươi');
    expect(note(9, 'progress')).toContain('Không hiểu tiến độ "năm mươi"');
    w.sb.edit(staff, 'Nhiệm vụ', at('progress', 10), '150%');
    expect(taskCell(w.sb, 10, 'progress')).toBe(1.5);
    expect(note(10, 'progress')).toContain('vượt quá');
    const logged = logRows().slice(before);
    expect(logged).toHaveLength(2);
    expect(logged[0]![2]).toBe('Dữ liệu chưa hợp lệ');
    expect(String(logged[0]![4])).toContain('Dòng 9, cột "Tiến độ (%)"');
    w.sb.edit(staff, 'Nhiệm vụ', at('progress', 9), '40');
    expect(taskCell(w.sb, 9, 'progress')).toBe(0.4);
    expect(note(9, 'progress')).toBe('');
  });
});

describe('Trạng thái and dates', () => {
  it('Hoàn thành with no completion date fills today', () => {
    w.sb.edit(staff, 'Nhiệm vụ', at('progressStatus', 11), 'Hoàn thành');
    const d = taskCell(w.sb, 11, 'completedDate') as Date;
    expect(serialFromDate(d, 'Asia/Ho_Chi_Minh')).toBe(todaySerial());
  });

  it('a completion date typed as text becomes a date; before the start it is kept with a note', () => {
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at('startDate', 12), '10/03/2026');
    w.sb.edit(staff, 'Nhiệm vụ', at('completedDate', 12), '2026-03-15');
    expect(taskCell(w.sb, 12, 'completedDate')).toBeInstanceOf(Date);
    w.sb.edit(staff, 'Nhiệm vụ', at('completedDate', 12), '5/3/2026');
    expect(note(12, 'completedDate')).toContain('trước ngày bắt đầu 10/03/2026');
  });
});

describe('pastes and fill-downs', () => {
  it('a pasted block of progress is normalised row by row in a fixed number of calls', () => {
    const values = ['30', '0,7', 'năm mươi', '45%'].map((v) => [v]);
    const out = w.sb.edit(staff, 'Nhiệm vụ', at('progress', 20), values);
    const run = out.installable[0]!;
    expect(run.error).toBeUndefined();
    expect([20, 21, 22, 23].map((r) => taskCell(w.sb, r, 'progress'))).toEqual([0.3, 0.7, 'năm mươi', 0.45]);
    expect([20, 21, 22, 23].every((r) => String(taskCell(w.sb, r, 'lastUpdated')).endsWith(staff))).toBe(true);
    expect(run.execution.calls.get('Range.getValues')).toBe(2);
  });

  it('a paste of many values it cannot read marks them all in the same number of calls as one', () => {
    const calls = (row: number, count: number) => {
      const run = w.sb.edit(
        staff,
        'Nhiệm vụ',
        at('progress', row),
        Array.from({ length: count }, () => ['năm mươi']),
      ).installable[0]!;
      expect(run.error).toBeUndefined();
      return run.execution.calls.get('SpreadsheetApp');
    };
    const one = calls(24, 1);
    expect(calls(25, 8)).toBe(one);
    expect([25, 28, 32].map((r) => note(r, 'progress'))).toEqual([
      note(24, 'progress'),
      note(24, 'progress'),
      note(24, 'progress'),
    ]);
    expect(note(24, 'progress')).not.toBe('');
  });
});

describe('concurrency', () => {
  it('a staff edit landing between the handler’s read and its writes survives', () => {
    const env = w.sb.env;
    const count = env.count.bind(env);
    let reads = 0;
    let landed = false;
    env.count = (service: string, method: string) => {
      if (reads === 2 && !landed && env.current?.kind === 'installableOnEdit') {
        landed = true; // after the handler read the edited rows, before any write
        w.sb.spreadsheet.userEdit(w.staffEmails[1]!, 'Nhiệm vụ', at('result', 30), 'Đã ban hành quy chế');
        w.sb.spreadsheet.userEdit(w.staffEmails[1]!, 'Nhiệm vụ', at('progressStatus', 30), 'Tạm hoãn');
      }
      if (method === 'Range.getValues' && env.current?.kind === 'installableOnEdit') reads++;
      count(service, method);
    };
    try {
      w.sb.edit(staff, 'Nhiệm vụ', at('progress', 30), '60');
    } finally {
      env.count = count;
    }
    expect(landed).toBe(true);
    expect(taskCell(w.sb, 30, 'progress')).toBe(0.6);
    expect(taskCell(w.sb, 30, 'result')).toBe('Đã ban hành quy chế');
    expect(taskCell(w.sb, 30, 'progressStatus')).toBe('Tạm hoãn');
  });
});

describe('the simple onEdit', () => {
  it('does the work, authorization-free, only while no installable on-edit trigger exists', () => {
    const store = w.sb.triggers.triggers;
    const installed = store.filter((t) => t.handler === 'onEditInstalled');
    expect(installed).toHaveLength(1); // setup installed exactly one
    store.splice(store.indexOf(installed[0]!), 1);
    w.sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
      w.sb.properties.getDocumentProperties().deleteProperty('CCHC_EDIT_TRIGGER_OWNER'),
    );
    const out = w.sb.edit(staff, 'Nhiệm vụ', at('progress', 40), '0,25');
    expect(out.installable).toHaveLength(0);
    expect(out.simple?.error).toBeUndefined();
    expect(taskCell(w.sb, 40, 'progress')).toBe(0.25);
    // Staff cannot write the protected stamp column: the stamp waits for the next privileged run.
    expect(String(taskCell(w.sb, 40, 'lastUpdated'))).toBe('');
    // Setup (or Làm mới định dạng) puts the installable trigger back and writes the stamp; the simple one then steps aside.
    expect(w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng').error).toBeUndefined();
    expect(String(taskCell(w.sb, 40, 'lastUpdated'))).toMatch(/^16\/03\/2026 \d\d:\d\d – /);
    expect(store.filter((t) => t.handler === 'onEditInstalled')).toHaveLength(1);
    const again = w.sb.edit(staff, 'Nhiệm vụ', at('progress', 41), '0,35');
    expect(again.simple?.execution.calls.get('SpreadsheetApp') ?? 0).toBe(0);
    expect(again.installable[0]?.error).toBeUndefined();
    expect(taskCell(w.sb, 41, 'progress')).toBe(0.35);
  });
});
