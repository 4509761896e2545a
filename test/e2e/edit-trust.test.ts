// Issue 10, the edit handler's edges on the built bundle: a deleted optional column, what the notes
// quote, and a progress edit that completes a task saying so on the cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { asPerson, trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { colOf, taskCell } from '../support/flagsWorld';
import { columnLetter } from '../../src/core/status/formulas';
import type { TaskColumnKey } from '../../src/core/schema';

const noteOf = (w: World, row: number, key: TaskColumnKey) =>
  w.sb.spreadsheet.getSheetModel('Nhiệm vụ')!.cell(row, colOf(w.sb, key))?.note ?? '';
const at = (w: World, key: TaskColumnKey, row: number) => `${columnLetter(colOf(w.sb, key))}${row}`;

describe('a deleted optional column', () => {
  it.each<TaskColumnKey>(['completedDate', 'progressStatus', 'lastUpdated', 'startDate'])(
    'without %s, edits are still handled',
    (gone) => {
      const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
      const staff = w.staffEmails[0]!;
      const index = colOf(w.sb, gone);
      asPerson(w.sb, PRINCIPAL, (ss) => ss.getSheetByName('Nhiệm vụ')!.deleteColumn(index));
      const progress = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 5), '100');
      expect(progress.installable[0]?.error).toBeUndefined();
      expect(taskCell(w.sb, 5, 'progress')).toBe(1);
      if (gone !== 'progressStatus') {
        expect(taskCell(w.sb, 5, 'progressStatus')).toBe('Hoàn thành');
        const status = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progressStatus', 6), 'Hoàn thành');
        expect(status.installable[0]?.error).toBeUndefined();
        expect(taskCell(w.sb, 6, 'progressStatus')).toBe('Hoàn thành');
      }
      // Completion is read from Trạng thái: without it, 100% alone fills no completion date.
      if (gone === 'lastUpdated' || gone === 'startDate')
        expect(taskCell(w.sb, 5, 'completedDate')).toBeInstanceOf(Date);
      const date =
        gone === 'completedDate'
          ? w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'dueDate', 7), '15/03/2026')
          : w.sb.edit(staff, 'Nhiệm vụ', at(w, 'completedDate', 7), '15/03/2026');
      expect(date.installable[0]?.error).toBeUndefined();
    },
  );
});

describe('notes on progress', () => {
  let w: World;
  let staff: string;
  beforeAll(() => {
    w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    staff = w.staffEmails[0]!;
  });

  it.each([
    ['-5', '"-5"'],
    ['150', '"150"'],
    ['150%', '"150%"'],
  ])('out of range: typed %s, the note quotes %s', (typed, quoted) => {
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 9), typed);
    expect(noteOf(w, 9, 'progress')).toContain(`Tiến độ ${quoted} vượt quá`);
  });

  it('a typed "1" completes the task and the cell says why; the next fine edit clears it', () => {
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 10), '1');
    expect(taskCell(w.sb, 10, 'progressStatus')).toBe('Hoàn thành');
    expect(noteOf(w, 10, 'progress')).toContain('đã đánh dấu Hoàn thành vì tiến độ 100%');
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 10), '1%');
    expect(taskCell(w.sb, 10, 'progress')).toBe(0.01);
    expect(noteOf(w, 10, 'progress')).toBe('');
  });
});

describe('the tracker’s notes, read from the cells themselves', () => {
  it('a note left while a task code was duplicated is cleared once the cell is fixed', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = w.staffEmails[0]!;
    const code5 = String(taskCell(w.sb, 5, 'code'));
    const code6 = String(taskCell(w.sb, 6, 'code'));
    expect(code5).not.toBe(code6);
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'code', 6), code5); // the Mã column is plain text
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 5), 'năm mươi');
    expect(noteOf(w, 5, 'progress')).toContain('Không hiểu tiến độ');
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 6), '30');
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'code', 6), code6);
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 5), '40');
    expect(taskCell(w.sb, 5, 'progress')).toBe(0.4);
    expect(noteOf(w, 5, 'progress')).toBe('');
  });

  it('a paste of 700 values it cannot read: every cell noted, every line logged, no property grows', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00', plan: 700 });
    const staff = w.staffEmails[0]!;
    const before = w.sb.spreadsheet.valuesOf('Nhật ký').length;
    const run = w.sb.edit(
      staff,
      'Nhiệm vụ',
      at(w, 'progress', 2),
      Array.from({ length: 700 }, () => ['năm mươi']),
    ).installable[0]!;
    expect(run.error).toBeUndefined();
    expect(noteOf(w, 701, 'progress')).toContain('Không hiểu tiến độ');
    expect(w.sb.spreadsheet.valuesOf('Nhật ký').length - before).toBe(700);
    const props = w.sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
      w.sb.properties.getDocumentProperties().getProperties(),
    ).result;
    expect(Math.max(...Object.values(props).map((v) => String(v).length))).toBeLessThan(1000);
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 2), '20');
    expect(noteOf(w, 2, 'progress')).toBe('');
  });
});

describe('an edit made while the script lock is held', () => {
  it('waits a bounded time, then says so on the cell; the next edit finishes it and logs it', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = w.staffEmails[0]!;
    const stampBefore = taskCell(w.sb, 12, 'lastUpdated');
    w.sb.holdScriptLock();
    const busy = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 12), '50');
    expect(busy.installable[0]?.error).toBeUndefined();
    expect(taskCell(w.sb, 12, 'lastUpdated')).toBe(stampBefore);
    expect(noteOf(w, 12, 'progress')).toContain('chưa được xử lý');
    w.sb.releaseHeldLock();
    const logBefore = w.sb.spreadsheet.valuesOf('Nhật ký').length;
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 13), '20');
    expect(taskCell(w.sb, 12, 'progress')).toBe(0.5);
    expect(String(taskCell(w.sb, 12, 'lastUpdated'))).toContain(staff);
    expect(noteOf(w, 12, 'progress')).toBe('');
    const logged = w.sb.spreadsheet.valuesOf('Nhật ký').slice(logBefore);
    expect(logged.map((r) => [r[1], r[2]])).toEqual([[staff, 'Xử lý muộn một lần sửa']]);
    expect(String(logged[0]![4])).toContain(at(w, 'progress', 12));
  });

  it('Làm mới định dạng finishes it too', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = w.staffEmails[0]!;
    w.sb.holdScriptLock();
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 14), '100');
    w.sb.releaseHeldLock();
    expect(w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng').error).toBeUndefined();
    expect(taskCell(w.sb, 14, 'progress')).toBe(1);
    expect(taskCell(w.sb, 14, 'progressStatus')).toBe('Hoàn thành');
    expect(noteOf(w, 14, 'progress')).toContain('đã đánh dấu Hoàn thành');
  });
});

describe('Nhật ký deleted', () => {
  it('is recreated by the next line it must keep, which says so', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = w.staffEmails[0]!;
    asPerson(w.sb, PRINCIPAL, (ss) => ss.deleteSheet(ss.getSheetByName('Nhật ký')!));
    const run = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 15), 'năm mươi').installable[0]!;
    expect(run.error).toBeUndefined();
    const log = w.sb.spreadsheet.valuesOf('Nhật ký');
    expect(log[0]).toEqual(['Thời gian', 'Người thực hiện', 'Thao tác', 'Mã nhiệm vụ', 'Chi tiết']);
    expect(log.slice(1).map((r) => r[2])).toEqual([expect.stringContaining('được tạo lại'), 'Dữ liệu chưa hợp lệ']);
  });
});

describe('a task typed by hand in a new row', () => {
  it('gets its Tình trạng formula from the edit handler, so the flag is live at once', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const row = w.sb.spreadsheet.getSheetModel('Nhiệm vụ')!.lastRow() + 1;
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'code', row), 'IX.1');
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'content', row), 'Nhiệm vụ giao thêm');
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'owner', row), w.staff.find((s) => s.email === w.staffEmails[0])!.name);
    const run = w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'dueDate', row), '01/03/2026').installable[0]!;
    expect(run.error).toBeUndefined();
    expect(taskCell(w.sb, row, 'condition')).toBe('Quá hạn chưa hoàn thành');
    expect(taskCell(w.sb, row, 'daysOverdue')).toBe(15);
  });
});

describe('the simple trigger as staff, with no installable trigger', () => {
  it('keeps the Nhật ký lines it may not write until a run that can, which writes them', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = w.staffEmails[0]!;
    const store = w.sb.triggers.triggers; // the mode with no installable trigger
    store.splice(
      store.findIndex((t) => t.handler === 'onEditInstalled'),
      1,
    );
    w.sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
      w.sb.properties.getDocumentProperties().deleteProperty('CCHC_EDIT_TRIGGER_OWNER'),
    );
    const before = w.sb.spreadsheet.valuesOf('Nhật ký').length;
    const out = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 16), 'năm mươi');
    expect(out.simple?.error).toBeUndefined();
    expect(noteOf(w, 16, 'progress')).toContain('Không hiểu tiến độ');
    expect(w.sb.spreadsheet.valuesOf('Nhật ký').length).toBe(before);
    expect(w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng').error).toBeUndefined();
    const logged = w.sb.spreadsheet.valuesOf('Nhật ký').slice(before);
    // The simple trigger is not told who typed (the sandbox, like a consumer account, hides it).
    const line = logged.find((r) => r[2] === 'Dữ liệu chưa hợp lệ' && String(r[4]).includes('Dòng 16'));
    expect(line).toBeDefined();
  });
});

describe('a full document property store', () => {
  it('loses no Nhật ký line of an edit: the handler keeps nothing in properties on an ordinary edit', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = w.staffEmails[0]!;
    w.sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () => {
      const props = w.sb.properties.getDocumentProperties();
      try {
        for (let i = 0; ; i++) props.setProperty(`filler_${i}`, 'x'.repeat(8000));
      } catch {
        // full: exactly what the test wants
      }
    });
    const before = w.sb.spreadsheet.valuesOf('Nhật ký').length;
    const run = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 17), 'năm mươi').installable[0]!;
    expect(run.error).toBeUndefined();
    expect(noteOf(w, 17, 'progress')).toContain('Không hiểu tiến độ');
    expect(
      w.sb.spreadsheet
        .valuesOf('Nhật ký')
        .slice(before)
        .map((r) => r[2]),
    ).toEqual(['Dữ liệu chưa hợp lệ']);
  });
});
