// Alerts: the digest and summary emails, the Cấu hình status line, menu results and Nhật ký actions.
import { formatVn } from './format';

const count = (n: number, what: string) => `${n} ${what}`;

export const alertsMsg = {
  /** Who the daily run's Nhật ký lines name. */
  systemUser: 'Nhắc việc tự động',

  // Emails.
  senderName: (school: string) => (school ? `Sổ theo dõi CCHC - ${school}` : 'Sổ theo dõi CCHC'),
  digestSubject: (overdue: number, dueSoon: number) =>
    `[CCHC] ${[overdue ? count(overdue, 'nhiệm vụ quá hạn') : '', dueSoon ? count(dueSoon, 'nhiệm vụ sắp đến hạn') : ''].filter(Boolean).join(', ')}`,
  digestGreeting: (name: string) => `Kính gửi thầy/cô ${name},`,
  digestIntro: (school: string, today: string) =>
    `Sổ theo dõi kế hoạch của ${school} nhắc thầy/cô các nhiệm vụ sau (ngày ${formatVn(today)}):`,
  overdueHeading: (n: number) => `Nhiệm vụ quá hạn (${n})`,
  dueSoonHeading: (n: number) => `Nhiệm vụ sắp đến hạn (${n})`,
  colCode: 'Mã',
  colContent: 'Nội dung nhiệm vụ',
  colDue: 'Thời hạn',
  colDays: 'Số ngày quá hạn',
  colLeft: 'Còn lại',
  colCoOwners: 'Phối hợp',
  colOwner: 'Người chủ trì',
  colArea: 'Lĩnh vực',
  colCount: 'Số nhiệm vụ quá hạn',
  colMaxDays: 'Quá hạn lâu nhất (ngày)',
  colLink: 'Sổ theo dõi',
  colUpdate: 'Cập nhật',
  openLink: 'Mở',
  daysOverdue: (n: number) => `quá hạn ${n} ngày`,
  daysLeft: (n: number) => (n === 0 ? 'đến hạn hôm nay' : n === 1 ? 'hạn là ngày mai' : `còn ${n} ngày`),
  asCoOwner: '(thầy/cô phối hợp)',
  digestClosing:
    'Khi có tiến độ, thầy/cô vui lòng cập nhật Trạng thái, Tiến độ, Kết quả và Minh chứng trong sổ theo dõi. Trả lời email này để liên hệ hiệu trưởng.',
  automatic: 'Email gửi tự động từ sổ theo dõi CCHC.',

  summarySubject: (today: string, overdue: number) =>
    overdue
      ? `[CCHC] Tổng hợp ngày ${formatVn(today)}: ${count(overdue, 'nhiệm vụ quá hạn')}`
      : `[CCHC] Tổng hợp ngày ${formatVn(today)}: không có nhiệm vụ quá hạn`,
  summaryIntro: (school: string, today: string, overdue: number) =>
    overdue
      ? `Đến ngày ${formatVn(today)}, ${school} có ${count(overdue, 'nhiệm vụ quá hạn chưa hoàn thành')}.`
      : `Đến ngày ${formatVn(today)}, ${school} không có nhiệm vụ quá hạn.`,
  byOwnerHeading: 'Theo người chủ trì',
  byAreaHeading: 'Theo lĩnh vực',
  detailHeading: 'Danh sách nhiệm vụ quá hạn',
  problemsHeading: 'Chưa gửi được nhắc việc',
  noOwner: '(chưa giao)',
  problemFailed: (who: string, error: string, date: string, tries: number, gaveUp: boolean) =>
    `${who}: gửi lỗi ngày ${formatVn(date)} (${error})` +
    (gaveUp
      ? `, đã thử ${tries} lần, không gửi lại nữa: hãy kiểm tra địa chỉ email`
      : tries > 1
        ? `, lần thử thứ ${tries}, sẽ gửi lại trong lần chạy sau`
        : ', sẽ gửi lại trong lần chạy sau'),
  problemUnknown: (who: string, date: string) =>
    `${who}: email ngày ${formatVn(date)} có thể chưa tới (lần chạy bị ngắt giữa lúc gửi, không gửi lại để tránh trùng); hãy hỏi lại người nhận`,
  problemUnresolved: (who: string, codes: string, why: string) => `${who} (nhiệm vụ ${codes}): ${why}`,
  problemCarried: (who: string, why: string) => `${who}: ${why}, sẽ gửi trong lần chạy sau`,
  why: {
    unknown: 'không tìm thấy trong danh sách cán bộ',
    inactive: 'không còn công tác',
    noEmail: 'chưa có địa chỉ email trong danh sách cán bộ',
    noTeamLeader: 'tổ chưa có tổ trưởng trong danh sách cán bộ',
    ambiguous: 'nhiều cán bộ cùng tên, chưa rõ gửi cho ai (hãy chọn lại người bằng "Giao nhiệm vụ…")',
    quota: 'hết hạn mức gửi email trong ngày',
    time: 'hết thời gian của lần chạy',
    journal: (error: string) => `chưa ghi được nhật ký gửi (${error}), chưa gửi`,
  },
  // What a run could not write after sending (its result and the console say so).
  writeRecord: 'sổ "Nhắc việc đã gửi" (lần chạy sau ghi bù từ nhật ký gửi)',
  writeLog: 'Nhật ký',
  writeStatus: 'dòng trạng thái',
  writeFailed: (what: string, error: string) => `chưa ghi được ${what}: ${error}`,
  // Bounded lists in emails.
  moreTasks: (n: number, url: string) =>
    `và ${n} nhiệm vụ khác${url ? `: xem trong sổ theo dõi ${url}` : ' (xem trong sổ theo dõi)'}`,
  moreOwners: (n: number) => `và ${n} người chủ trì khác (xem trong sổ theo dõi)`,
  moreProblems: (n: number) => `và ${n} vấn đề khác (xem Nhật ký trong sổ theo dõi)`,
  // A manager's own tasks in the summary (one email a day).
  ownHeading: 'Nhiệm vụ của thầy/cô',
  schoolHeading: 'Toàn trường',

  brokenSubject: '[CCHC] Nhắc việc tự động không chạy được: sổ theo dõi cần sửa',
  brokenBody: (problem: string, url: string) =>
    [
      'Kính gửi hiệu trưởng,',
      '',
      'Lần chạy nhắc việc tự động hôm nay không đọc được sổ theo dõi nên chưa gửi nhắc việc cho ai:',
      '',
      problem,
      '',
      'Cách sửa: mở sổ theo dõi, chạy "CCHC → Khởi tạo / sửa sổ theo dõi" để khôi phục các trang tính, rồi kiểm tra lại Cấu hình. Lần chạy sau sẽ gửi bù những gì chưa gửi.',
      url,
      '',
      'Email gửi tự động từ sổ theo dõi CCHC.',
    ].join('\n'),

  // Cấu hình status line.
  statusOn: (owner: string, hour: number) =>
    `Đang bật: chạy lúc ${hour} giờ hằng ngày bằng tài khoản ${owner} (email gửi từ hộp thư này).`,
  statusOff: 'Đã tắt.',
  statusLastRun: (when: string, result: string) => ` Lần chạy gần nhất: ${when}, ${result}.`,
  runResult: (sent: number, failed: number, carried: number) =>
    [`đã gửi ${sent} email`, failed ? `${failed} lỗi` : '', carried ? `${carried} chuyển sang lần sau` : '']
      .filter(Boolean)
      .join(', '),
  runWeekend: 'cuối tuần, không gửi (gửi bù vào ngày làm việc tiếp theo)',
  runBusy: 'không chạy vì đang có thao tác khác giữ khóa',
  runBroken: 'sổ theo dõi bị lỗi, đã báo hiệu trưởng',

  // Menu results.
  enabled: (hour: number, owner: string) =>
    `Đã bật nhắc việc tự động: hằng ngày lúc ${hour} giờ (giờ Việt Nam). Nhắc việc chạy bằng tài khoản ${owner} và gửi từ hộp thư này.`,
  disabled: 'Đã tắt nhắc việc tự động.',
  alreadyOff: 'Nhắc việc tự động đang tắt.',
  ownedByOther: (owner: string) =>
    `Nhắc việc tự động đang chạy bằng tài khoản ${owner}. Người đó cần tắt trước (CCHC → Tắt nhắc việc tự động) thì thầy/cô mới bật hoặc đổi giờ được.`,

  takenOver: (hour: number, owner: string, previous: string) =>
    `Đã chuyển nhắc việc tự động sang tài khoản ${owner}: hằng ngày lúc ${hour} giờ (giờ Việt Nam), gửi từ hộp thư này. Trình kích hoạt cũ của ${previous} sẽ tự dừng và tự xóa ở lần chạy tới (Apps Script không cho xóa trình kích hoạt của người khác).`,
  disabledOther: (previous: string) =>
    `Đã tắt nhắc việc tự động. Trình kích hoạt của ${previous} sẽ tự dừng và tự xóa ở lần chạy tới, không gửi email nào.`,
  enableFailed: (why: string) => `Chưa bật được nhắc việc tự động, không có gì thay đổi: ${why}`,
  disableFailed: (why: string) => `Chưa tắt được nhắc việc tự động: ${why}`,
  platform: {
    tooManyTriggers:
      'tài khoản này đã có 20 trình kích hoạt (giới hạn của Google). Hãy xóa bớt trình kích hoạt không dùng trong Tiện ích mở rộng → Apps Script → Trình kích hoạt rồi thử lại.',
    propertyStoreFull:
      'bộ nhớ cài đặt của tập lệnh đã đầy (giới hạn 500 KB của Google). Hãy báo người quản trị sổ theo dõi dọn bớt thuộc tính tập lệnh rồi thử lại.',
    protected:
      'tài khoản này chưa được quyền sửa các trang tính được bảo vệ. Hãy chạy "CCHC → Khởi tạo / sửa sổ theo dõi" (hoặc nhờ hiệu trưởng chạy) để cập nhật quyền, rồi thử lại.',
    other: 'Google báo lỗi khi ghi. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo người quản trị sổ theo dõi.',
  },
  refusedNotOwner: (user: string, owner: string) =>
    `${user || '(không rõ tài khoản)'} không phải tài khoản chạy nhắc việc tự động (${owner}): không gửi email, không ghi gì.`,
  refusedOff: (user: string) =>
    `${user || '(không rõ tài khoản)'}: nhắc việc tự động đang tắt: không gửi email, đã xóa trình kích hoạt còn sót.`,
  refusedNotManager: (user: string) =>
    `${user} không còn là hiệu trưởng hoặc cán bộ quản lý: không gửi email, đã xóa trình kích hoạt của tài khoản này. Một cán bộ quản lý cần bật lại nhắc việc.`,
  // Nhật ký actions.
  logDetailDigest: (to: string, overdue: number, dueSoon: number) =>
    `${to}: ${overdue} quá hạn, ${dueSoon} sắp đến hạn`,
  logDetailSummary: (to: string, overdue: number) => `${to}: tổng hợp ${overdue} nhiệm vụ quá hạn`,
  logDetailFailed: (to: string, error: string) => `${to}: ${error}`,
  logDetailCarried: (to: string, why: string) => `${to}: ${why}`,
  brokenMissingColumns: (sheet: string, headers: string) => `Trang "${sheet}" thiếu cột: ${headers}.`,
} as const;

/** The hidden sheet "Nhắc việc đã gửi" (src/core/alerts/record.ts): its header. */
export const alertRecordMsg = {
  header: ['Khóa', 'Ngày', 'Người nhận', 'Loại', 'Mã nhiệm vụ', 'Trạng thái', 'Chi tiết', 'Số lần gửi'],
} as const;
