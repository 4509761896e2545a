// Issue 10: the columns the tracker computes (Tình trạng, Số ngày quá hạn, Cập nhật lần cuối) are
// protected, so staff cannot forge a stamp; the on-edit work still happens for a staff edit in both
// modes: the installable trigger runs as the manager who installed it, the simple trigger as the
// staff member (who cannot write the stamp: it stays pending until the next privileged run).
import { describe, expect, it } from 'vitest';
import { trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { colOf, taskCell } from '../support/flagsWorld';
import { columnLetter } from '../../src/core/status/formulas';
import type { TaskColumnKey } from '../../src/core/schema';

const PROTECTED = 'You are trying to edit a protected cell or object';
/** A plain staff member (Tổ 1, Cán bộ). */
const STAFF = 'mai.dt@thmythinh.edu.vn';
const at = (w: World, key: TaskColumnKey, row: number) => `${columnLetter(colOf(w.sb, key))}${row}`;

/** No installable on-edit trigger: the mode where only the simple onEdit runs. */
function simpleMode(w: World): void {
  const store = w.sb.triggers.triggers;
  for (const t of store.filter((x) => x.handler === 'onEditInstalled')) store.splice(store.indexOf(t), 1);
  w.sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
    w.sb.properties.getDocumentProperties().deleteProperty('CCHC_EDIT_TRIGGER_OWNER'),
  );
}

describe('the computed columns', () => {
  it.each<TaskColumnKey>(['condition', 'daysOverdue', 'lastUpdated'])(
    'staff cannot type over %s; a manager can',
    (key) => {
      const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
      const staff = STAFF;
      expect(() => w.sb.edit(staff, 'Nhiệm vụ', at(w, key, 5), `01/01/2026 08:00 – ${PRINCIPAL}`)).toThrow(PROTECTED);
      expect(taskCell(w.sb, 5, key)).not.toBe(`01/01/2026 08:00 – ${PRINCIPAL}`);
      w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, key, 5), 'sửa tay');
      expect(taskCell(w.sb, 5, key)).toBe('sửa tay');
    },
  );

  it('installable mode: a staff edit is normalised, completed and stamped with the staff member’s email', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = STAFF;
    const out = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progressStatus', 6), 'Hoàn thành');
    expect(out.installable[0]?.error).toBeUndefined();
    expect(taskCell(w.sb, 6, 'progressStatus')).toBe('Hoàn thành');
    expect(taskCell(w.sb, 6, 'completedDate')).toBeInstanceOf(Date);
    expect(taskCell(w.sb, 6, 'lastUpdated')).toBe(`16/03/2026 09:15 – ${staff}`);
  });

  it('simple mode: a staff edit is normalised at once; the stamp waits for the next privileged run, no error reaches anyone', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = STAFF;
    simpleMode(w);
    const before = taskCell(w.sb, 7, 'lastUpdated');
    const shown = w.sb.ui.last;
    const out = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 7), '100');
    expect(out.installable).toHaveLength(0);
    expect(out.simple?.error).toBeUndefined();
    expect(taskCell(w.sb, 7, 'progress')).toBe(1);
    expect(taskCell(w.sb, 7, 'progressStatus')).toBe('Hoàn thành');
    expect(taskCell(w.sb, 7, 'completedDate')).toBeInstanceOf(Date);
    expect(taskCell(w.sb, 7, 'lastUpdated')).toBe(before);
    expect(w.sb.ui.last).toBe(shown);

    // A manager's edit in the same mode is stamped at once (they may write the column).
    w.sb.edit(PRINCIPAL, 'Nhiệm vụ', at(w, 'progress', 8), '40');
    expect(taskCell(w.sb, 8, 'lastUpdated')).toMatch(new RegExp(`^16/03/2026 09:15 – ${PRINCIPAL}$`));

    // Làm mới định dạng (a manager) writes the pending stamp and reinstalls the installable trigger.
    w.sb.open(PRINCIPAL);
    expect(w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng').error).toBeUndefined();
    // The simple trigger's stamp, as it would have written it (Apps Script may hide the editor's email there).
    expect(String(taskCell(w.sb, 7, 'lastUpdated'))).toMatch(/^16\/03\/2026 09:15 – /);
  });

  it('simple mode: the next installable run finishes a pending stamp too', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = STAFF;
    const trigger = w.sb.triggers.triggers.find((t) => t.handler === 'onEditInstalled')!;
    simpleMode(w);
    w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 9), '30');
    const before = taskCell(w.sb, 9, 'lastUpdated');
    expect(String(before)).not.toMatch(/^16\/03\/2026/);
    // The manager's trigger comes back (as setup would put it), and the next edit anywhere finishes it.
    w.sb.triggers.triggers.push(trigger);
    w.sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
      w.sb.properties.getDocumentProperties().setProperty('CCHC_EDIT_TRIGGER_OWNER', PRINCIPAL),
    );
    const out = w.sb.edit('lan.ht@thmythinh.edu.vn', 'Nhiệm vụ', at(w, 'progress', 12), '20');
    expect(out.installable[0]?.error).toBeUndefined();
    expect(String(taskCell(w.sb, 9, 'lastUpdated'))).toMatch(/^16\/03\/2026 09:15 – /);
    expect(String(taskCell(w.sb, 12, 'lastUpdated'))).toContain('lan.ht@thmythinh.edu.vn');
  });
});
