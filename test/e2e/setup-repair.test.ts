// Setup on a damaged workbook (issue 10): who manages is known from the owner and the copy kept in
// Document Properties, never from Cấu hình or Cán bộ as they are now, nor from the person running
// setup. A staff member is refused in Vietnamese and nothing is written; a manager repairs from the copy.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/runtime';
import { ensureBundle } from '../support/bundle';
import {
  asPerson,
  PRINCIPAL,
  SETUP_MENU,
  sheetRecords,
  sheetValues,
  trackerWithPlan,
  workbookSnapshot,
} from '../support/world';

const DAMAGED = 'Sổ theo dõi đang thiếu trang Cấu hình hoặc Cán bộ.';

/** A tracker in use whose managers (the principal and the two vice-principals of Cán bộ) are in the copy. */
function trackerInUse() {
  const world = trackerWithPlan();
  // The first setup ran before Cán bộ was filled in; a manager's later setup takes the managers in.
  expect(world.sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
  const managers = world.staff.filter((s) => s.role === 'Quản lý').map((s) => s.email);
  const teacher = world.staff.find((s) => s.role !== 'Quản lý')!.email;
  return { ...world, managers, teacher, vice: managers.find((e) => e !== PRINCIPAL)! };
}

type Damage = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void;
// Done as the owner: the sheets are protected now, but the workbook was damaged before they were.
const deleteSheet =
  (name: string): Damage =>
  (ss) =>
    ss.deleteSheet(ss.getSheetByName(name)!);
const renameSheet =
  (name: string): Damage =>
  (ss) =>
    ss.getSheetByName(name)!.setName(`${name} (cũ)`);

describe('a staff member running setup on a damaged workbook', () => {
  it.each([
    ['Cấu hình deleted', deleteSheet('Cấu hình')],
    ['Cấu hình renamed', renameSheet('Cấu hình')],
    ['Cán bộ deleted', deleteSheet('Cán bộ')],
  ] as const)(
    '%s: gets a Vietnamese refusal, and nothing is written (no principal, no manager, no log line)',
    (_what, damage) => {
      const { sb, teacher } = trackerInUse();
      asPerson(sb, PRINCIPAL, damage);
      sb.open(teacher);
      const before = workbookSnapshot(sb);
      const run = sb.clickMenu(teacher, SETUP_MENU);
      expect(run.error).toBeUndefined();
      expect(sb.ui.alerts.at(-1)?.message).toContain(DAMAGED);
      expect(workbookSnapshot(sb)).toBe(before);
    },
  );
});

describe('a manager repairing the workbook', () => {
  it('recreates a deleted Cấu hình from the stored copy: the principal and managers as before, not the person running it', () => {
    const { sb, vice, managers } = trackerInUse();
    asPerson(sb, PRINCIPAL, deleteSheet('Cấu hình'));
    sb.open(vice);
    expect(sb.clickMenu(vice, SETUP_MENU).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)?.message).toContain('Tạo mới: Cấu hình');
    const rows = sheetValues(sb, 'Cấu hình');
    expect(rows.find((r) => r[0] === 'Email hiệu trưởng')?.[1]).toBe(PRINCIPAL);
    const named = String(rows.find((r) => r[0] === 'Email quản lý')?.[1])
      .split(',')
      .map((e) => e.trim());
    expect(named.sort()).toEqual(managers.filter((e) => e !== PRINCIPAL).sort());
  });

  it('recreates a deleted Cán bộ with a Quản lý row for each stored manager, and no one else', () => {
    const { sb, vice, staff, managers } = trackerInUse();
    asPerson(sb, PRINCIPAL, deleteSheet('Cán bộ'));
    sb.open(vice);
    expect(sb.clickMenu(vice, SETUP_MENU).error).toBeUndefined();
    const rows = sheetRecords(sb, 'Cán bộ');
    expect(rows.map((r) => r['Email']).sort()).toEqual([...managers].sort());
    for (const r of rows) {
      expect(r['Vai trò']).toBe('Quản lý');
      expect(r['Họ và tên']).toBe(staff.find((s) => s.email === r['Email'])!.name);
    }
  });

  it('the owner repairs a renamed Cấu hình from the copy, and the staff member is still refused afterwards', () => {
    const { sb, teacher } = trackerInUse();
    asPerson(sb, PRINCIPAL, renameSheet('Cấu hình'));
    sb.open(PRINCIPAL);
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    expect(sheetValues(sb, 'Cấu hình').find((r) => r[0] === 'Email hiệu trưởng')?.[1]).toBe(PRINCIPAL);
    sb.open(teacher);
    const before = workbookSnapshot(sb);
    sb.clickMenu(teacher, SETUP_MENU);
    expect(sb.ui.alerts.at(-1)?.message).toBe('Chỉ hiệu trưởng hoặc cán bộ quản lý được khởi tạo / sửa sổ theo dõi.');
    expect(workbookSnapshot(sb)).toBe(before);
  });
});

describe('the first setup of a new spreadsheet', () => {
  it('only the owner may run it: an editor gets a Vietnamese refusal and nothing is created', () => {
    ensureBundle();
    const editor = 'giaovien@thmythinh.edu.vn';
    const sb = createSandbox({ start: '2026-01-20T08:00:00+07:00', owner: PRINCIPAL, editors: [editor] });
    sb.open(editor);
    const before = workbookSnapshot(sb);
    expect(sb.clickMenu(editor, SETUP_MENU).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)?.message).toBe(
      'Chỉ chủ sở hữu bảng tính được khởi tạo sổ theo dõi lần đầu. Hãy nhờ chủ sở hữu chạy "CCHC → Khởi tạo / sửa sổ theo dõi".',
    );
    expect(workbookSnapshot(sb)).toBe(before);
    sb.open(PRINCIPAL);
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    expect(sheetValues(sb, 'Cấu hình').find((r) => r[0] === 'Email hiệu trưởng')?.[1]).toBe(PRINCIPAL);
  });
});
