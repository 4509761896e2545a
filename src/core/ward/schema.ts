// The ward tracker's sheets (issue 15): Đơn vị (one row per member unit, the pull's results in its
// script columns), Số liệu đơn vị (the pulled figures, one row per unit and area, keyed by the
// unit's spreadsheet id), the ward's Cấu hình and Tổng hợp phường. Columns are found by header, never by position.
import type { ColumnDef, SheetDef } from '../schema';
import { DATE_FORMAT, DATETIME_FORMAT } from '../schema';
import { wardMsg } from '../../messages/ward';

const u = wardMsg.unitColumns;
const f = wardMsg.figureColumns;

const unitColumns = [
  { key: 'name', header: u.name, aliases: ['Đơn vị', 'Tên trường'], width: 220, owner: 'plan' },
  { key: 'type', header: u.type, aliases: ['Loại đơn vị', 'Cấp học'], width: 100, owner: 'plan' },
  { key: 'link', header: u.link, aliases: ['Liên kết', 'Link sổ theo dõi'], width: 320, owner: 'plan' },
  { key: 'email', header: u.email, aliases: ['Email'], width: 220, owner: 'plan' },
  { key: 'responsible', header: u.responsible, aliases: ['Phụ trách'], width: 170, owner: 'plan' },
  { key: 'state', header: u.state, width: 170, owner: 'script' },
  { key: 'reason', header: u.reason, width: 300, owner: 'script' },
  { key: 'report', header: u.report, width: 180, owner: 'script' },
  { key: 'reportLink', header: u.reportLink, width: 260, owner: 'script' },
  { key: 'overdueCount', header: u.overdueCount, width: 110, owner: 'script', numberFormat: '0' },
  { key: 'overdueCodes', header: u.overdueCodes, width: 220, owner: 'script' },
  { key: 'pulledAt', header: u.pulledAt, width: 140, owner: 'script', numberFormat: DATETIME_FORMAT },
] as const satisfies readonly ColumnDef[];
export type UnitColumnKey = (typeof unitColumns)[number]['key'];

const figureColumns = [
  { key: 'unitKey', header: f.unitKey, width: 200, owner: 'script', numberFormat: '@' },
  { key: 'unitName', header: f.unitName, width: 220, owner: 'script' },
  { key: 'period', header: f.period, width: 160, owner: 'script' },
  { key: 'asOf', header: f.asOf, width: 110, owner: 'script', numberFormat: DATE_FORMAT },
  { key: 'area', header: f.area, width: 200, owner: 'script' },
  { key: 'total', header: f.total, width: 90, owner: 'script', numberFormat: '0' },
  { key: 'due', header: f.due, width: 90, owner: 'script', numberFormat: '0' },
  { key: 'doneOfDue', header: f.doneOfDue, width: 110, owner: 'script', numberFormat: '0' },
  { key: 'doneOnTime', header: f.doneOnTime, width: 110, owner: 'script', numberFormat: '0' },
  { key: 'doneLate', header: f.doneLate, width: 110, owner: 'script', numberFormat: '0' },
  { key: 'overdue', header: f.overdue, width: 110, owner: 'script', numberFormat: '0' },
  { key: 'pulledAt', header: f.pulledAt, width: 140, owner: 'script', numberFormat: DATETIME_FORMAT },
] as const satisfies readonly ColumnDef[];
export type FigureColumnKey = (typeof figureColumns)[number]['key'];

export const WARD_SHEETS = {
  units: { name: wardMsg.sheets.units, aliases: ['Don vi', 'Danh sách đơn vị'], columns: unitColumns },
  figures: { name: wardMsg.sheets.figures, aliases: ['So lieu don vi'], columns: figureColumns },
  settings: { name: wardMsg.sheets.settings, aliases: ['Cau hinh', 'Settings'], columns: [] },
  /** Written whole by the script (src/core/ward/summary.ts): no columns to find. */
  summary: { name: wardMsg.summary.sheet, aliases: ['Tong hop phuong'], columns: [] },
} as const satisfies Record<string, SheetDef>;

/** The columns the pull writes on Đơn vị, in sheet order when the sheet was made by setup. */
export const UNIT_SCRIPT_COLUMNS: readonly UnitColumnKey[] = unitColumns
  .filter((c) => c.owner === 'script')
  .map((c) => c.key);
