// Issue 10: Nhật ký is the audit trail, so a line is never lost: not when the document property
// store is full, not in the mode with no installable trigger (the simple trigger runs as the staff
// member, who cannot write the protected Nhật ký: the line is queued and written by the next run
// that can, with its own time).
import { describe, expect, it } from 'vitest';
import { trackerWithPlan, PRINCIPAL, type World } from '../support/world';
import { colOf } from '../support/flagsWorld';
import { columnLetter } from '../../src/core/status/formulas';
import { PROPERTY_STORE_LIMIT_BYTES } from '../../sandbox/services/properties';
import type { TaskColumnKey } from '../../src/core/schema';

/** A plain staff member (Tổ 1, Cán bộ). */
const STAFF = 'mai.dt@thmythinh.edu.vn';
const at = (w: World, key: TaskColumnKey, row: number) => `${columnLetter(colOf(w.sb, key))}${row}`;
const logRows = (w: World) => w.sb.spreadsheet.valuesOf('Nhật ký').slice(1);
const asOwner = (w: World, fn: (props: GoogleAppsScript.Properties.Properties) => void) =>
  w.sb.env.run('editor', 'testSetup', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
    fn(w.sb.properties.getDocumentProperties()),
  );

describe('Nhật ký keeps every line', () => {
  it('when the document property store is full', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = STAFF;
    // Fill the store to within 5 bytes of its 500 KB.
    asOwner(w, (props) => {
      const used = () =>
        Object.entries(props.getProperties()).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
      for (let i = 0; PROPERTY_STORE_LIMIT_BYTES - used() > 9_100; i++)
        props.setProperty(`filler${i}`, 'x'.repeat(9_000));
      props.setProperty('fillerLast', 'x'.repeat(PROPERTY_STORE_LIMIT_BYTES - used() - 'fillerLast'.length - 5));
    });
    const before = logRows(w).length;
    const out = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 9), 'năm mươi');
    expect(out.installable[0]?.error).toBeUndefined();
    const logged = logRows(w).slice(before);
    expect(logged.map((r) => [r[1], r[2], r[3]])).toEqual([[staff, 'Dữ liệu chưa hợp lệ', expect.any(String)]]);
    expect(String(logged[0]![4])).toContain('Dòng 9');
  });

  it('in the mode with no installable trigger: queued by the simple trigger, written by the next privileged run', () => {
    const w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
    const staff = STAFF;
    const store = w.sb.triggers.triggers;
    for (const t of store.filter((x) => x.handler === 'onEditInstalled')) store.splice(store.indexOf(t), 1);
    asOwner(w, (props) => props.deleteProperty('CCHC_EDIT_TRIGGER_OWNER'));
    const before = logRows(w).length;
    const out = w.sb.edit(staff, 'Nhiệm vụ', at(w, 'progress', 9), 'năm mươi');
    expect(out.simple?.error).toBeUndefined();
    expect(logRows(w)).toHaveLength(before); // staff cannot write Nhật ký
    const typedAt = w.sb.clock.now().getTime();
    w.sb.clock.advance(60 * 60_000);
    w.sb.open(PRINCIPAL);
    expect(w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng').error).toBeUndefined();
    const logged = logRows(w).slice(before);
    expect(logged.map((r) => r[2])).toEqual(['Dữ liệu chưa hợp lệ', 'Làm mới định dạng']);
    expect(String(logged[0]![4])).toContain('Dòng 9, cột "Tiến độ (%)"');
    expect((logged[0]![0] as Date).getTime()).toBe(typedAt - (typedAt % 1000));
    // Written once: the queue is empty afterwards.
    w.sb.clickMenu(PRINCIPAL, 'Làm mới định dạng');
    expect(logRows(w).filter((r) => r[2] === 'Dữ liệu chưa hợp lệ')).toHaveLength(1);
  });
});
