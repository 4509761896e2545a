// Roles that hold (issue 10): a staff member is stopped on the server at every entry point a
// manager owns, cannot forge rows in the sheets the script writes, and sees Vietnamese only.
import { describe, expect, it } from 'vitest';
import { asPerson, PRINCIPAL, SETUP_MENU, sheetValues, trackerWithPlan, workbookSnapshot } from '../support/world';
import type { Sandbox } from '../../sandbox/runtime';

/** Words of Apps Script's own English errors that must never reach a person. */
const ENGLISH = /\b(the|you|are|is|not|error|cannot|invalid|please|exception|undefined|failed|protected)\b/i;

function shownSince(sb: Sandbox, from: number): string[] {
  return sb.ui.shown.slice(from).map((s) => ('message' in s ? s.message : s.title));
}

describe('sheets the script owns', () => {
  const PROTECTED =
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

  it.each(['Nhắc việc đã gửi', 'Sổ báo cáo', 'Tổng hợp'])(
    'a staff member pasting forged rows into %s gets the protected-cell error and nothing changes',
    (name) => {
      const { sb, staffEmails } = trackerWithPlan();
      const teacher = staffEmails[5]!;
      const before = workbookSnapshot(sb);
      const forged = [
        ['2026-01-20', teacher, 'TĐ-01', 'digest', 'sent'],
        ['2026-01-21', teacher, 'TĐ-02', 'summary', 'sent'],
      ];
      expect(() => sb.edit(teacher, name, 'A2', forged)).toThrow(PROTECTED);
      expect(workbookSnapshot(sb)).toBe(before);
    },
  );

  it('the principal and a manager named in Cán bộ may still write them (the report, the refresh, the daily run)', () => {
    const { sb, staff } = trackerWithPlan();
    const manager = staff.find((s) => s.role === 'Quản lý' && s.email !== PRINCIPAL)!.email;
    // Setup takes in the managers of Cán bộ (pasted after the first setup).
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    for (const name of ['Nhắc việc đã gửi', 'Sổ báo cáo', 'Tổng hợp']) {
      for (const who of [PRINCIPAL, manager])
        expect(() => sb.edit(who, name, 'Z90', who), `${who} on ${name}`).not.toThrow();
    }
  });
});

describe('staff running setup', () => {
  it('after a malformed email in Cấu hình sees a Vietnamese refusal that says what to do, and nothing changes', () => {
    const { sb, staffEmails } = trackerWithPlan({ plan: 'none' });
    const teacher = staffEmails[5]!;
    const rows = sheetValues(sb, 'Cấu hình');
    const row = rows.findIndex((r) => r[0] === 'Email hiệu trưởng') + 1;
    asPerson(sb, PRINCIPAL, (ss) => ss.getSheetByName('Cấu hình')!.getRange(row, 2).setValue('hieutruong@@thmythinh'));
    sb.open(teacher);
    const before = workbookSnapshot(sb);
    const from = sb.ui.shown.length;
    const run = sb.clickMenu(teacher, SETUP_MENU);
    expect(run.error?.message).toBeUndefined();
    const shown = shownSince(sb, from);
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toMatch(ENGLISH);
    expect(shown[0]).toContain('Email hiệu trưởng');
    expect(workbookSnapshot(sb)).toBe(before);
  });
});

describe('a manager action while Cấu hình is unreadable', () => {
  const MANAGERS_ONLY = 'Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.';

  function brokenSettings() {
    const world = trackerWithPlan();
    const { sb, staff } = world;
    // A manager's setup after Cán bộ was filled in stores the managers' copy.
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    const row = sheetValues(sb, 'Cấu hình').findIndex((r) => r[0] === 'Email hiệu trưởng') + 1;
    asPerson(sb, PRINCIPAL, (ss) => ss.getSheetByName('Cấu hình')!.getRange(row, 2).setValue('hieutruong@@thmythinh'));
    const vice = staff.find((s) => s.role === 'Quản lý' && s.email !== PRINCIPAL)!.email;
    const teacher = staff.find((s) => s.role !== 'Quản lý')!.email;
    return { sb, vice, teacher };
  }

  it('a staff member gets the managers-only refusal, not the details of what is broken', () => {
    const { sb, teacher } = brokenSettings();
    sb.open(teacher);
    expect(sb.clickMenu(teacher, 'Giao nhiệm vụ…').error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)?.message).toBe(MANAGERS_ONLY);
  });

  it('a manager known from the stored copy is told what to fix in Cấu hình', () => {
    const { sb, vice } = brokenSettings();
    sb.open(vice);
    expect(sb.clickMenu(vice, 'Giao nhiệm vụ…').error).toBeUndefined();
    const shown = sb.ui.alerts.at(-1)!.message;
    expect(shown).toContain('Trang Cấu hình có giá trị không hợp lệ');
    expect(shown).toContain('Email hiệu trưởng');
  });
});

describe('the spreadsheet owner', () => {
  it('stays a manager when Cấu hình names another principal (and Cán bộ does not name the owner)', () => {
    const { sb } = trackerWithPlan({ plan: 'none', staff: false });
    const row = sheetValues(sb, 'Cấu hình').findIndex((r) => r[0] === 'Email hiệu trưởng') + 1;
    sb.edit(PRINCIPAL, 'Cấu hình', `B${row}`, 'hieutruong.moi@thmythinh.edu.vn');
    sb.open(PRINCIPAL);
    expect(sb.clickMenu(PRINCIPAL, 'Giao nhiệm vụ…').error).toBeUndefined();
    expect(sb.ui.sidebars.length).toBe(1);
  });
});
