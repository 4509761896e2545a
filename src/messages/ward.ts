// The ward edition's words (issue 15): its menu, its sheets and columns, the unit states and why a
// unit could not be read, its Cấu hình, and what the pull tells the person who ran it.
import { formatVn } from './format';

export const wardMsg = {
  menu: {
    title: 'CCHC phường',
    setup: 'Khởi tạo sổ phường',
    pull: 'Cập nhật số liệu các đơn vị',
  },
  sheets: { units: 'Đơn vị', figures: 'Số liệu đơn vị', settings: 'Cấu hình' },
  unitColumns: {
    name: 'Tên đơn vị',
    type: 'Loại',
    link: 'Liên kết sổ theo dõi',
    email: 'Email liên hệ',
    responsible: 'Người phụ trách',
    state: 'Tình trạng báo cáo',
    reason: 'Lý do',
    report: 'Báo cáo kỳ',
    reportLink: 'Liên kết báo cáo',
    overdueCount: 'Số nhiệm vụ quá hạn',
    overdueCodes: 'Nhiệm vụ quá hạn',
    pulledAt: 'Cập nhật lúc',
  },
  figureColumns: {
    unitKey: 'Mã sổ đơn vị',
    unitName: 'Tên đơn vị',
    period: 'Kỳ báo cáo',
    asOf: 'Số liệu tính đến',
    area: 'Lĩnh vực',
    total: 'Tổng số nhiệm vụ',
    due: 'Đến hạn',
    doneOfDue: 'Đến hạn đã hoàn thành',
    doneOnTime: 'Hoàn thành đúng hạn',
    doneLate: 'Hoàn thành quá hạn',
    overdue: 'Quá hạn chưa hoàn thành',
    pulledAt: 'Cập nhật lúc',
  },
  /** The Loại dropdown. */
  unitTypes: ['Mầm non', 'Tiểu học', 'THCS', 'Khác'],
  states: {
    onTime: 'Đã báo cáo đúng hạn',
    late: 'Báo cáo muộn',
    missing: 'Chưa báo cáo',
    unreachable: 'Không truy cập được',
  },
  reasons: {
    noLink: 'Chưa có liên kết sổ theo dõi',
    badLink: 'Liên kết không phải liên kết của một Google Trang tính',
    notFound: 'Không có sổ theo dõi nào ở liên kết này (liên kết sai hoặc sổ đã bị xoá)',
    notShared: 'Sổ theo dõi chưa được chia sẻ (quyền xem) với tài khoản của phường',
    missingColumns: (sheet: string, headers: readonly string[]) =>
      `Trang "${sheet}" của sổ thiếu cột: ${headers.join(', ')}`,
    other: (detail: string) => `Không đọc được sổ theo dõi: ${detail}`,
  },
  report: (number: string, date: string | null) => (date ? `Số ${number} ngày ${formatVn(date)}` : `Số ${number}`),
  settings: {
    wardName: { label: 'Tên phường', defaultValue: '' },
    province: { label: 'UBND tỉnh', defaultValue: '' },
    deadlineDay: {
      label: 'Hạn báo cáo (ngày của tháng cuối kỳ)',
      defaultValue: 20,
      help: 'Đơn vị gửi báo cáo đến hết ngày này của tháng cuối kỳ (1–28)',
    },
    managerEmails: { label: 'Email quản lý', defaultValue: '', help: 'Cách nhau bởi dấu phẩy' },
  },
  settingsHeader: ['Mục', 'Giá trị', 'Ghi chú'],
  settingsInvalid: 'Trang Cấu hình của sổ phường có giá trị không hợp lệ:',
  setupDone: (created: readonly string[]) =>
    created.length
      ? `Đã khởi tạo sổ phường: đã tạo trang ${created.map((n) => `"${n}"`).join(', ')}. Hãy điền trang "Đơn vị" và "Cấu hình".`
      : 'Sổ phường đã đủ các trang; các cột thiếu (nếu có) đã được thêm.',
  setupFirst: 'Sổ phường chưa được khởi tạo. Hãy chạy "CCHC phường → Khởi tạo sổ phường".',
  noUnits: 'Trang "Đơn vị" chưa có đơn vị nào.',
  pullDone: (period: string, total: number, unreachable: number) =>
    `Đã cập nhật số liệu ${period} của ${total} đơn vị` +
    (unreachable ? `; ${unreachable} đơn vị không truy cập được (xem cột Lý do).` : '.'),
  pullPartial: (done: number, total: number) =>
    `Đã cập nhật ${done}/${total} đơn vị. Thời gian một lần chạy có hạn: khoảng một phút nữa sổ tự chạy tiếp các đơn vị còn lại, không làm lại từ đầu.`,
} as const;
