// Issue 10, the edit handler's edges on the built bundle: a deleted optional column, what the notes
// quote, and a progress edit that completes a task saying so on the cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { asPerson, trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { colOf, taskCell } from '../support/flagsWorld';
import { columnLetter } from '../../src/core/statusFormulas';
import type { TaskColumnKey } from '../../src/core/schema';

const noteOf = (w: World, row: number, key: TaskColumnKey) => w.sb.spreadsheet.getSheetModel('Nhiệm vụ')!.cell(row, colOf(w.sb, key))?.note ?? '';
const at = (w: World, key: TaskColumnKey, row: number) => `${columnLetter(colOf(w.sb, key))}${row}`;

describe('a deleted optional column', () => {
  it.each<TaskColumnKey>(['completedDate', 'progressStatus', 'lastUpdated', 'startDate'])('without %s, edits are still handled', (gone) => {
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
    if (gone === 'lastUpdated' || gone === 'startDate') expect(taskCell(w.sb, 5, 'completedDate')).toBeInstanceOf(Date);
    const date = gone === 'completedDate'
      ? w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'dueDate', 7), '15/03/2026')
      : w.sb.edit(staff, 'Nhiệm vụ', at(w, 'completedDate', 7), '15/03/2026');
    expect(date.installable[0]?.error).toBeUndefined();
  });
});

describe('notes on progress', () => {
  let w: World;
  let staff: string;
  beforeAll(() => {
    w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    staff = w.staffEmails[0]!;
  });

  it.each([['-5', '"-5"'], ['150', '"150"'], ['150%', '"150%"']])('out of range: typed %s, the note quotes %s', (typed, quoted) => {
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
