// CCHC → "Khởi tạo / sửa sổ theo dõi" through the built bundle: creates every sheet, is idempotent,
// and repairs a damaged workbook without losing a value.
import { describe, expect, it } from 'vitest';
import { AREAS, PROGRESS_STATUSES } from '../../src/core/domain';
import { SHEETS } from '../../src/core/schema';
import { SETTINGS } from '../../src/core/settings';
import {
  a1,
  asPerson,
  columnOf,
  PRINCIPAL,
  SETUP_MENU,
  sheetRecords,
  sheetValues,
  trackerWithPlan,
  workbookSnapshot,
} from '../support/world';

describe('setup of a new workbook', () => {
  const { sb } = trackerWithPlan({ plan: 'none' });
  const model = sb.spreadsheet;

  it('creates every sheet with its headers, the hidden sent-alerts sheet, Vietnamese locale and time zone', () => {
    const names = model.sheets.map((s) => s.name);
    for (const def of Object.values(SHEETS)) expect(names).toContain(def.name);
    expect(model.getSheetModel(SHEETS.sentAlerts.name)!.hidden).toBe(true);
    expect(sheetValues(sb, 'Nhiệm vụ')[0]).toEqual(SHEETS.tasks.columns.map((c) => c.header));
    expect(sheetValues(sb, 'Cán bộ')[0]).toEqual(SHEETS.staff.columns.map((c) => c.header));
    expect(sheetValues(sb, 'Nhật ký')[0]).toEqual(SHEETS.log.columns.map((c) => c.header));
    expect([model.locale, model.timeZone]).toEqual(['vi_VN', 'Asia/Ho_Chi_Minh']);
  });

  it('freezes the header, sizes columns, formats whole columns and sets dropdowns and rules', () => {
    const tasks = model.getSheetModel('Nhiệm vụ')!;
    expect(tasks.frozenRows).toBe(1);
    const col = (h: string) => columnOf(sb, 'Nhiệm vụ', h);
    expect(tasks.columnWidths.get(col('Nội dung nhiệm vụ'))).toBe(420);
    for (const row of [2, tasks.maxRows]) {
      expect(tasks.cell(row, col('Thời hạn'))?.fmt).toBe('dd/MM/yyyy');
      expect(tasks.cell(row, col('Tiến độ (%)'))?.fmt).toBe('0%');
    }
    const dv = (h: string, row = 2) => tasks.cell(row, col(h))?.dv;
    expect(dv('Lĩnh vực')).toMatchObject({ type: 'VALUE_IN_LIST', values: [AREAS, true], allowInvalid: false });
    expect(dv('Trạng thái', tasks.maxRows)).toMatchObject({ type: 'VALUE_IN_LIST', values: [PROGRESS_STATUSES, true] });
    expect(dv('Người chủ trì')).toMatchObject({ type: 'VALUE_IN_RANGE', source: { sheetName: 'Cán bộ' } });
    // Flagged, not rejected: the on-edit handler normalises "50" or "15-03-2026" and notes the rest.
    expect(dv('Tiến độ (%)')).toMatchObject({ type: 'NUMBER_BETWEEN', values: [0, 1], allowInvalid: true });
    for (const h of ['Ngày bắt đầu', 'Thời hạn', 'Ngày hoàn thành'])
      expect(dv(h)).toMatchObject({ type: 'DATE_IS_VALID_DATE', allowInvalid: true });
  });

  it('writes Cấu hình as label–value rows that validate, with dropdowns for choices', () => {
    const rows = sheetValues(sb, 'Cấu hình');
    for (const d of SETTINGS) expect(rows.some((r) => r[0] === d.label)).toBe(true);
    const settings = model.getSheetModel('Cấu hình')!;
    const periodRow = rows.findIndex((r) => r[0] === 'Kỳ báo cáo') + 1;
    expect(settings.cell(periodRow, 2)?.dv).toMatchObject({ type: 'VALUE_IN_LIST' });
    expect(rows.find((r) => r[0] === 'Email hiệu trưởng')?.[1]).toBe(PRINCIPAL);
  });

  it('refuses an area outside the list; keeps a progress above 100% as typed (edits.test.ts checks its note)', () => {
    const row = 2;
    expect(() =>
      sb.edit(PRINCIPAL, 'Nhiệm vụ', a1(row, columnOf(sb, 'Nhiệm vụ', 'Lĩnh vực')), 'Lĩnh vực lạ'),
    ).toThrow();
    const progress = columnOf(sb, 'Nhiệm vụ', 'Tiến độ (%)');
    const edit = sb.edit(PRINCIPAL, 'Nhiệm vụ', a1(row, progress), 1.5);
    expect(edit.executions.filter((x) => x.error)).toEqual([]);
    const cell = sb.spreadsheet.getSheetModel('Nhiệm vụ')!.cell(row, progress);
    expect(cell?.v).toBe(1.5);
  });
});

describe('setup run again', () => {
  it('on a new workbook changes nothing: no value, format, validation, rule or protection, and logs nothing', () => {
    const { sb } = trackerWithPlan({ plan: 'none', staff: false });
    const before = workbookSnapshot(sb);
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    expect(workbookSnapshot(sb)).toBe(before);
    expect(sb.ui.alerts.at(-1)?.message).toContain('Không có gì cần sửa.');
  });

  it('on a workbook in use (staff, 42 tasks, progress typed) changes nothing the second time', () => {
    const { sb, staffEmails } = trackerWithPlan();
    sb.edit(staffEmails[2]!, 'Nhiệm vụ', a1(3, columnOf(sb, 'Nhiệm vụ', 'Tiến độ (%)')), 0.3);
    // The first run takes in what changed since (the managers named in Cán bộ get edit rights).
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    const before = workbookSnapshot(sb);
    const logRows = sheetValues(sb, 'Nhật ký').length;
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    expect(workbookSnapshot(sb)).toBe(before);
    expect(sheetValues(sb, 'Nhật ký').length).toBe(logRows);
  });
});

describe('setup repairs a damaged workbook and keeps every value', () => {
  it('finds moved columns by header, renames an aliased tab back, re-adds a deleted column at the end, keeps user columns', () => {
    const { sb, staffEmails } = trackerWithPlan();
    const teacher = staffEmails[3]!;
    const row = 8;
    sb.edit(teacher, 'Nhiệm vụ', a1(row, columnOf(sb, 'Nhiệm vụ', 'Tiến độ (%)')), 0.4);
    sb.edit(teacher, 'Nhiệm vụ', a1(row, columnOf(sb, 'Nhiệm vụ', 'Kết quả thực hiện')), 'Đã rà soát 12 quy chế');
    asPerson(sb, PRINCIPAL, (ss) => {
      const tasks = ss.getSheetByName('Nhiệm vụ')!;
      // Moves "Kết quả thực hiện" to column A (cut and paste), deletes "Minh chứng", adds a column of their own.
      const result = columnOf(sb, 'Nhiệm vụ', 'Kết quả thực hiện');
      const moved = tasks.getRange(1, result, 43, 1).getValues();
      tasks.insertColumnBefore(1);
      tasks.getRange(1, 1, 43, 1).setValues(moved);
      tasks.deleteColumn(result + 1);
      tasks.deleteColumn(columnOf(sb, 'Nhiệm vụ', 'Minh chứng'));
      tasks.insertColumnBefore(3);
      tasks.getRange(1, 3).setValue('Ghi chú riêng');
      tasks.getRange(row, 3).setValue('việc của tôi');
      tasks.setName('Danh sách nhiệm vụ');
      ss.getSheetByName('Cán bộ')!.setName('Nhân sự');
    });
    const before = sheetRecords(sb, 'Danh sách nhiệm vụ');

    const repair = sb.clickMenu(PRINCIPAL, SETUP_MENU);
    expect(repair.error).toBeUndefined();
    expect(sb.spreadsheet.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Cán bộ']));
    expect(sb.spreadsheet.sheets.map((s) => s.name)).not.toContain('Danh sách nhiệm vụ');
    const header = sheetValues(sb, 'Nhiệm vụ')[0]!;
    expect(header[0]).toBe('Kết quả thực hiện');
    expect(header[2]).toBe('Ghi chú riêng');
    expect(header.at(-1)).toBe('Minh chứng');
    const after = sheetRecords(sb, 'Nhiệm vụ');
    expect(after.length).toBe(42);
    after.forEach((r, i) => {
      for (const [h, v] of Object.entries(before[i]!))
        if (h !== 'Tình trạng' && h !== 'Số ngày quá hạn') expect(r[h]).toEqual(v);
    });
    expect(after[row - 2]).toMatchObject({
      'Tiến độ (%)': 0.4,
      'Kết quả thực hiện': 'Đã rà soát 12 quy chế',
      'Ghi chú riêng': 'việc của tôi',
    });
    const message = sb.ui.alerts.at(-1)?.message ?? '';
    expect(message).toContain('đổi tên trang "Danh sách nhiệm vụ" thành "Nhiệm vụ"');
    expect(message).toContain('thêm cột "Minh chứng" vào trang "Nhiệm vụ"');
    // The re-added column is validated/formatted like the others, and a second run is quiet.
    const snapshot = workbookSnapshot(sb);
    sb.clickMenu(PRINCIPAL, SETUP_MENU);
    expect(workbookSnapshot(sb)).toBe(snapshot);
  });

  it('lets only managers run it once the workbook is set up', () => {
    const { sb, staffEmails } = trackerWithPlan({ plan: 'none' });
    const teacher = staffEmails[5]!;
    sb.open(teacher);
    const before = workbookSnapshot(sb);
    sb.clickMenu(teacher, SETUP_MENU);
    expect(sb.ui.alerts.at(-1)?.message).toBe('Chỉ hiệu trưởng hoặc cán bộ quản lý được khởi tạo / sửa sổ theo dõi.');
    expect(workbookSnapshot(sb)).toBe(before);
  });
});
