// The tracker workbook's shape: sheet names (with the aliases people rename tabs to), and each
// sheet's columns by stable key, Vietnamese header and header aliases. Adapters find columns by
// header, never by position.

export interface ColumnDef<K extends string = string> {
  key: K;
  header: string;
  /** Other headers people use for the same column (matched after diacritic/space folding). */
  aliases?: readonly string[];
  /** Column width in pixels. */
  width: number;
  /** Who may edit it: 'plan' = managers only, 'progress' = anyone, 'script' = computed by the tracker. */
  owner: 'plan' | 'progress' | 'script';
  numberFormat?: string;
  hidden?: boolean;
}

export const DATE_FORMAT = 'dd/MM/yyyy';
export const DATETIME_FORMAT = 'dd/MM/yyyy HH:mm';

const taskColumns = [
  { key: 'code', header: 'Mã', aliases: ['Mã nhiệm vụ', 'STT'], width: 80, owner: 'plan', numberFormat: '@' },
  { key: 'area', header: 'Lĩnh vực', width: 170, owner: 'plan' },
  { key: 'content', header: 'Nội dung nhiệm vụ', aliases: ['Nội dung', 'Nhiệm vụ'], width: 420, owner: 'plan' },
  { key: 'shortName', header: 'Tên ngắn', aliases: ['Tên gọn'], width: 200, owner: 'plan' },
  { key: 'source', header: 'Nguồn', aliases: ['Nguồn kế hoạch'], width: 170, owner: 'plan' },
  { key: 'owner', header: 'Người chủ trì', aliases: ['Chủ trì', 'Người phụ trách'], width: 170, owner: 'plan' },
  { key: 'coOwners', header: 'Phối hợp', aliases: ['Người phối hợp'], width: 170, owner: 'plan' },
  { key: 'startDate', header: 'Ngày bắt đầu', width: 100, owner: 'plan', numberFormat: DATE_FORMAT },
  {
    key: 'dueDate',
    header: 'Thời hạn',
    aliases: ['Hạn hoàn thành', 'Hạn'],
    width: 100,
    owner: 'plan',
    numberFormat: DATE_FORMAT,
  },
  { key: 'planNote', header: 'Ghi chú kế hoạch', width: 150, owner: 'plan' },
  { key: 'progressStatus', header: 'Trạng thái', width: 130, owner: 'progress' },
  { key: 'progress', header: 'Tiến độ (%)', aliases: ['Tiến độ'], width: 90, owner: 'progress', numberFormat: '0%' },
  { key: 'completedDate', header: 'Ngày hoàn thành', width: 110, owner: 'progress', numberFormat: DATE_FORMAT },
  { key: 'result', header: 'Kết quả thực hiện', aliases: ['Kết quả'], width: 300, owner: 'progress' },
  {
    key: 'difficulties',
    header: 'Khó khăn vướng mắc',
    aliases: ['Khó khăn, vướng mắc', 'Khó khăn'],
    width: 220,
    owner: 'progress',
  },
  { key: 'proposal', header: 'Đề xuất', aliases: ['Đề xuất, kiến nghị', 'Kiến nghị'], width: 220, owner: 'progress' },
  { key: 'evidence', header: 'Minh chứng', aliases: ['Tài liệu kiểm chứng'], width: 220, owner: 'progress' },
  { key: 'condition', header: 'Tình trạng', width: 190, owner: 'script' },
  { key: 'daysOverdue', header: 'Số ngày quá hạn', width: 90, owner: 'script', numberFormat: '0' },
  { key: 'lastUpdated', header: 'Cập nhật lần cuối', width: 220, owner: 'script' },
] as const satisfies readonly ColumnDef[];

export type TaskColumnKey = (typeof taskColumns)[number]['key'];

const staffColumns = [
  { key: 'name', header: 'Họ và tên', aliases: ['Họ tên'], width: 190, owner: 'plan' },
  { key: 'email', header: 'Email', aliases: ['Thư điện tử'], width: 230, owner: 'plan' },
  { key: 'position', header: 'Chức vụ', width: 150, owner: 'plan' },
  { key: 'team', header: 'Tổ chuyên môn', aliases: ['Tổ'], width: 150, owner: 'plan' },
  { key: 'role', header: 'Vai trò', width: 100, owner: 'plan' },
  { key: 'active', header: 'Đang công tác', width: 110, owner: 'plan' },
] as const satisfies readonly ColumnDef[];
export type StaffColumnKey = (typeof staffColumns)[number]['key'];

const logColumns = [
  { key: 'time', header: 'Thời gian', width: 140, owner: 'script', numberFormat: DATETIME_FORMAT },
  { key: 'user', header: 'Người thực hiện', width: 220, owner: 'script' },
  { key: 'action', header: 'Thao tác', width: 180, owner: 'script' },
  { key: 'code', header: 'Mã nhiệm vụ', width: 100, owner: 'script' },
  { key: 'detail', header: 'Chi tiết', width: 500, owner: 'script' },
] as const satisfies readonly ColumnDef[];
export type LogColumnKey = (typeof logColumns)[number]['key'];

const reportRegisterColumns = [
  { key: 'number', header: 'Số', width: 70, owner: 'script' },
  { key: 'date', header: 'Ngày báo cáo', width: 110, owner: 'script', numberFormat: DATE_FORMAT },
  { key: 'period', header: 'Kỳ báo cáo', width: 200, owner: 'script' },
  { key: 'link', header: 'Liên kết', width: 300, owner: 'script' },
  { key: 'builtBy', header: 'Người tạo', width: 220, owner: 'script' },
  { key: 'builtAt', header: 'Thời điểm tạo', width: 140, owner: 'script', numberFormat: DATETIME_FORMAT },
] as const satisfies readonly ColumnDef[];
export type ReportRegisterColumnKey = (typeof reportRegisterColumns)[number]['key'];

export interface SheetDef<K extends string = string> {
  name: string;
  aliases: readonly string[];
  columns: readonly ColumnDef<K>[];
  hidden?: boolean;
}

export const SHEETS = {
  tasks: { name: 'Nhiệm vụ', aliases: ['Nhiem vu', 'Danh sách nhiệm vụ', 'Tasks'], columns: taskColumns },
  staff: { name: 'Cán bộ', aliases: ['Can bo', 'Danh sách cán bộ', 'Nhân sự', 'Staff'], columns: staffColumns },
  settings: { name: 'Cấu hình', aliases: ['Cau hinh', 'Thiết lập', 'Settings'], columns: [] },
  log: { name: 'Nhật ký', aliases: ['Nhat ky', 'Log'], columns: logColumns },
  dashboard: { name: 'Tổng hợp', aliases: ['Tong hop', 'Dashboard', 'Bảng tổng hợp'], columns: [] },
  reports: { name: 'Sổ báo cáo', aliases: ['So bao cao', 'Danh sách báo cáo'], columns: reportRegisterColumns },
  sentAlerts: { name: 'Nhắc việc đã gửi', aliases: [], columns: [], hidden: true },
} as const satisfies Record<string, SheetDef>;

export type SheetKey = keyof typeof SHEETS;
