// The ward edition's words (issue 15): its menu, its sheets and columns, the unit states and why a
// unit could not be read, its Cấu hình, and what the pull tells the person who ran it.
import { formatVn } from './format';

export const wardMsg = {
  menu: {
    title: 'CCHC phường',
    setup: 'Khởi tạo sổ phường',
    pull: 'Cập nhật số liệu các đơn vị',
    dailyOn: 'Bật cập nhật và nhắc báo cáo hằng ngày',
    dailyOff: 'Tắt cập nhật và nhắc báo cáo hằng ngày',
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
  /** Nhắc báo cáo: the daily run's emails to units that have not reported, and the menu items that turn the run on and off. */
  remind: {
    senderName: (ward: string) => (ward ? `Sổ CCHC phường - UBND phường ${ward}` : 'Sổ CCHC phường'),
    subject: (milestone: 'before' | 'overdue', period: string, deadline: string) =>
      milestone === 'overdue'
        ? `[CCHC phường] Quá hạn gửi báo cáo CCHC ${period} (hạn ${deadline})`
        : `[CCHC phường] Nhắc gửi báo cáo CCHC ${period}, hạn ${deadline}`,
    greeting: (unit: string) => `Kính gửi: ${unit}.`,
    body: (ward: string, period: string, deadline: string) =>
      `${ward ? `UBND phường ${ward}` : 'UBND phường'} nhắc: đơn vị chưa gửi báo cáo kết quả thực hiện cải cách hành chính ${period}. Hạn gửi báo cáo: ngày ${deadline}.`,
    daysLeft: (days: number) =>
      days === 0 ? 'Hôm nay là ngày cuối của hạn.' : days === 1 ? 'Còn 1 ngày.' : `Còn ${days} ngày.`,
    daysOver: (days: number) => `Đã quá hạn ${days} ngày; đề nghị đơn vị gửi báo cáo ngay.`,
    unreachable: (reason: string) =>
      `Lưu ý: phường chưa đọc được sổ theo dõi CCHC của đơn vị (${reason}). Đề nghị đơn vị kiểm tra liên kết sổ và chia sẻ sổ (quyền xem) với tài khoản của phường.`,
    afterReport:
      'Sau khi gửi, đề nghị đơn vị ghi báo cáo vào trang Sổ báo cáo của sổ theo dõi để phường cập nhật tình trạng.',
    signature: (ward: string) => (ward ? `Văn phòng UBND phường ${ward}` : 'Văn phòng UBND phường'),
    notManager: (who: string) =>
      `${who || 'Tài khoản này'} không phải chủ sở hữu sổ phường và không có trong "Email quản lý" ở trang Cấu hình: chỉ quản lý mới bật hoặc tắt được việc chạy hằng ngày.`,
    enabled: (hour: number, owner: string) =>
      `Đã bật: hằng ngày khoảng ${hour} giờ sổ tự cập nhật số liệu các đơn vị, rồi gửi email nhắc các đơn vị chưa báo cáo (trước hạn 5 ngày, trước hạn 1 ngày và khi quá hạn). Email gửi từ tài khoản ${owner}.`,
    takenOver: (hour: number, owner: string, previous: string) =>
      `Đã bật, chuyển từ tài khoản ${previous} sang ${owner}: hằng ngày khoảng ${hour} giờ sổ tự cập nhật số liệu và nhắc các đơn vị chưa báo cáo.`,
    enableFailed: (why: string) => `Chưa bật được việc chạy hằng ngày, không có gì thay đổi: ${why}`,
    disabled: 'Đã tắt việc cập nhật và nhắc báo cáo hằng ngày.',
    disabledOther: (previous: string) =>
      `Đã tắt. Trình kích hoạt của tài khoản ${previous} sẽ tự dừng ở lần chạy tới, không gửi email nhắc nào.`,
    alreadyOff: 'Việc cập nhật và nhắc báo cáo hằng ngày đang tắt.',
    statusOn: (owner: string, hour: number) => `Đang bật: hằng ngày khoảng ${hour} giờ, tài khoản ${owner}.`,
    statusOff: 'Đã tắt.',
    statusLastRun: (at: string, result: string) => ` Lần chạy gần nhất: ${at}: ${result}`,
    runResult: (sent: number, failed: number, carried: number) =>
      `nhắc báo cáo: đã gửi ${sent} email` +
      (failed ? `, ${failed} email lỗi (sẽ gửi lại lần sau)` : '') +
      (carried ? `, ${carried} email để lần sau` : '') +
      '.',
    noEmail: (units: readonly string[]) => `Không gửi được nhắc cho đơn vị chưa có Email liên hệ: ${units.join(', ')}.`,
    refused: (who: string, owner: string) =>
      owner
        ? `${who} không phải tài khoản đã bật chạy hằng ngày (${owner}): không gửi email nhắc.`
        : `${who}: việc chạy hằng ngày đang tắt, không gửi email nhắc.`,
    writeFailed: (error: string) => `chưa ghi được sổ nhắc đã gửi (${error}); lần chạy sau sẽ ghi, không gửi lại.`,
    why: {
      journal: (error: string) => `chưa ghi được nhật ký gửi (${error})`,
      time: 'hết thời gian của lần chạy',
      quota: 'hết hạn mức email trong ngày',
    },
  },
} as const;
