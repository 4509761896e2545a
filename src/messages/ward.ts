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
    report: 'Lập báo cáo phường',
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
    signer: { label: 'Người ký báo cáo', defaultValue: 'Chủ tịch', help: 'Chủ tịch hoặc Phó Chủ tịch (ký thay)' },
    signerName: { label: 'Họ tên người ký', defaultValue: '' },
    reportRecipients: {
      label: 'Nơi nhận báo cáo',
      defaultValue: 'Sở Giáo dục và Đào tạo; Các đơn vị trường học trên địa bàn phường; Lưu: VT',
      help: 'Cách nhau bởi dấu chấm phẩy; "Lưu: VT" được thêm nếu thiếu',
    },
  },
  /** Người ký báo cáo's choices: the Chủ tịch signs, or a Phó Chủ tịch signs for the Chủ tịch (KT.). */
  signers: { chair: 'Chủ tịch', deputy: 'Phó Chủ tịch' },
  signerInvalid: 'Chỉ được chọn "Chủ tịch" hoặc "Phó Chủ tịch"',
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
  /** CCHC phường → Lập báo cáo phường: the ward's report Doc in the NĐ 30 format (src/core/ward/report.ts). */
  wardReport: {
    /** The header's left column (issue 15): the province's UBND, then the ward's. */
    parentAgency: (province: string) => `UBND tỉnh ${province}`,
    issuingAgency: (ward: string) => `UBND phường ${ward}`,
    /** Số, ký hiệu: "…/BC-UBND", the number left for the văn thư. */
    docCode: 'UBND',
    subject: (period: string) =>
      `Kết quả thực hiện công tác cải cách hành chính ${period} của các đơn vị trường học trên địa bàn phường`,
    intro: (ward: string, period: string, units: number) =>
      `Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, UBND phường ${ward} tổng hợp kết quả thực hiện ${period} của ${units} đơn vị trường học trên địa bàn phường từ sổ theo dõi của các đơn vị như sau:`,
    parts: [
      'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'KẾT QUẢ THEO TỪNG ĐƠN VỊ',
      'CÁC ĐƠN VỊ BÁO CÁO MUỘN, CHƯA BÁO CÁO, KHÔNG TRUY CẬP ĐƯỢC',
    ],
    stateCounts: (units: number, onTime: number, late: number, missing: number, unreachable: number) =>
      `Tổng số ${units} đơn vị: đã báo cáo đúng hạn ${onTime}; báo cáo muộn ${late}; chưa báo cáo ${missing}; không truy cập được ${unreachable}.`,
    deadline: (date: string) => `Hạn báo cáo của kỳ: ngày ${date}.`,
    /** Before the rate sentence: whose figures these are. */
    totals: (units: number, date: string) =>
      `Số liệu của ${units} đơn vị đọc được sổ theo dõi, tính đến ngày ${date}: `,
    byArea: 'Theo lĩnh vực:',
    unitTableIntro:
      'Kết quả của từng đơn vị (số nhiệm vụ đến hạn, đã hoàn thành, hoàn thành đúng hạn, quá hạn chưa hoàn thành):',
    unitHeader: [
      'STT',
      'Tên đơn vị',
      'Loại',
      'Tình trạng báo cáo',
      'Đến hạn',
      'Đã hoàn thành',
      'Đúng hạn',
      'Quá hạn',
      'Báo cáo của đơn vị',
    ] as readonly string[],
    total: 'Tổng cộng',
    late: (units: readonly string[]) => `- Báo cáo muộn: ${units.join('; ')}.`,
    missing: (units: readonly string[]) => `- Chưa báo cáo: ${units.join('; ')}.`,
    unreachable: '- Không truy cập được sổ theo dõi:',
    unreachableItem: (unit: string, reason: string, last: boolean) => `+ ${unit}: ${reason}${last ? '.' : ';'}`,
    /** A unit with its report: "Trường 2 (Số 07/BC-THMT ngày 27/03/2026)". */
    withReport: (unit: string, report: string) => (report ? `${unit} (${report})` : unit),
    allOnTime: 'Tất cả các đơn vị đã báo cáo đúng hạn.',
    /** A unit listed on Đơn vị after the last pull: no state yet. */
    notPulled: 'Chưa cập nhật',
    chairTitles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] as readonly string[],
    deputyTitles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] as readonly string[],
    annexTitle: 'PHỤ LỤC',
    annexSubtitle: (number: string, date: string, ward: string) =>
      `Báo cáo của các đơn vị (Kèm theo Báo cáo số ${number} ngày ${date} của UBND phường ${ward})`,
    annexHeader: ['STT', 'Tên đơn vị', 'Tình trạng báo cáo', 'Báo cáo của đơn vị'] as readonly string[],
    docName: (period: string, ward: string) => `BC CCHC ${period} - các trường phường ${ward}`,
    folder: 'Báo cáo CCHC phường',
    // What the person who builds it is told.
    settingsMissing: (labels: readonly string[]) =>
      `Hãy điền ${labels.map((l) => `"${l}"`).join(', ')} trong trang Cấu hình của sổ phường trước khi lập báo cáo.`,
    noPull: (period: string) =>
      `Chưa có số liệu ${period} của các đơn vị. Hãy chạy "CCHC phường → Cập nhật số liệu các đơn vị" trước khi lập báo cáo.`,
    pullUnfinished: (period: string) =>
      `Việc cập nhật số liệu ${period} của các đơn vị chưa xong (sổ đang tự chạy tiếp). Hãy lập báo cáo sau khi cập nhật xong.`,
    built: (name: string, url: string) => `Đã lập báo cáo "${name}".\n${url}`,
  },
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
    unknownOutcome: (unit: string, email: string, date: string) =>
      `${unit} (${email}): email nhắc ngày ${formatVn(date)} có thể chưa tới (lần chạy bị ngắt giữa lúc gửi; không gửi lại để tránh trùng), hãy hỏi lại đơn vị.`,
    writeFailed: (error: string) => `chưa ghi được sổ nhắc đã gửi (${error}); lần chạy sau sẽ ghi, không gửi lại.`,
    why: {
      journal: (error: string) => `chưa ghi được nhật ký gửi (${error})`,
      time: 'hết thời gian của lần chạy',
      quota: 'hết hạn mức email trong ngày',
    },
  },
  /** Who manages the ward tracker (src/ward/app/roles.ts) and the protections of its sheets. */
  roles: {
    managersOnly:
      'Chỉ chủ sở hữu sổ phường hoặc người có tên ở mục "Email quản lý" của trang Cấu hình được thực hiện thao tác này. Người vừa được thêm vào "Email quản lý" cần một quản lý chạy lại "CCHC phường → Khởi tạo sổ phường".',
    firstSetupOwnerOnly: 'Chỉ chủ sở hữu sổ phường được khởi tạo sổ lần đầu.',
    notTriggerAccount: (caller: string, me: string) =>
      `${caller} không phải tài khoản chạy cập nhật tự động (${me}): không cập nhật, không ghi gì.`,
    notManager: (me: string) =>
      `${me || '(không rõ tài khoản)'} không phải quản lý sổ phường: không cập nhật, không ghi gì.`,
    managersKept: 'Danh sách quản lý giữ như cũ vì trang Cấu hình có giá trị không hợp lệ:',
    managersTakeEffect:
      'Mỗi lần thêm hay bớt người ở mục "Email quản lý" của trang Cấu hình, hãy chạy lại "Khởi tạo sổ phường" để thay đổi có hiệu lực.',
    protectSettings: 'CCHC: Cấu hình phường – chỉ quản lý sửa',
    protectFigures: 'CCHC: Số liệu đơn vị – chỉ hệ thống ghi',
    protectSummary: 'CCHC: Tổng hợp phường – chỉ hệ thống ghi',
  },
  /** The sheet Tổng hợp phường (src/core/ward/summary.ts). */
  summary: {
    sheet: 'Tổng hợp phường',
    title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH CỦA CÁC ĐƠN VỊ',
    period: 'Kỳ báo cáo',
    liveNote:
      'Các số liệu là công thức tính trực tiếp từ trang "Số liệu đơn vị" của đúng kỳ báo cáo ở ô bên trên: mỗi lần cập nhật số liệu, bảng tự thay đổi.',
    rateNote:
      'Tỷ lệ hoàn thành = số nhiệm vụ đến hạn đã hoàn thành ÷ số nhiệm vụ đến hạn; tỷ lệ đúng hạn = số nhiệm vụ đến hạn hoàn thành đúng hạn ÷ số nhiệm vụ đến hạn. Hai tỷ lệ cùng mẫu số là số nhiệm vụ đến hạn, như trong báo cáo của từng trường, nên so được với báo cáo của trường.',
    columns: {
      total: 'Tổng số nhiệm vụ',
      due: 'Đến hạn',
      doneOfDue: 'Đến hạn đã hoàn thành',
      onTimeOfDue: 'Trong đó hoàn thành đúng hạn',
      overdue: 'Quá hạn chưa hoàn thành',
      completionRate: 'Tỷ lệ hoàn thành nhiệm vụ đến hạn',
      onTimeRate: 'Tỷ lệ hoàn thành đúng hạn',
      unitKey: 'Mã sổ đơn vị',
    },
    byArea: 'Lĩnh vực',
    byUnit: 'Đơn vị',
    wardTotal: 'Toàn phường',
    topTitle: (n: number) => `${n} đơn vị có nhiều nhiệm vụ quá hạn nhất`,
    topNote: (at: string) => `Theo cột "Số nhiệm vụ quá hạn" của trang Đơn vị, cập nhật lúc ${at}`,
    topHeader: ['Đơn vị', 'Số nhiệm vụ quá hạn', 'Tình trạng báo cáo'],
    noOverdue: 'Không đơn vị nào có nhiệm vụ quá hạn.',
    chartTitle: 'Tỷ lệ hoàn thành nhiệm vụ theo đơn vị',
  },
} as const;
