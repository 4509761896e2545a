// Cấu hình: each setting's label (column A, how rows are found), help note and default wording
// (the report template's defaults among them), the dropdown choices, and the validation errors.
/** The {placeholders} the report templates below may use: the Cấu hình contract src/core/report/model.ts fills. */
export const reportPlaceholder = {
  period: 'kỳ',
  plan: 'kế hoạch',
  school: 'trường',
  total: 'tổng',
  due: 'đến hạn',
  doneOfDue: 'hoàn thành',
  onTime: 'đúng hạn',
  doneLate: 'hoàn thành quá hạn',
  rate: 'tỷ lệ',
  onTimeRate: 'tỷ lệ đúng hạn',
  overdue: 'chưa hoàn thành',
} as const;

export const settingsMsg = {
  errors: {
    required: 'Không được để trống',
    notNumber: 'Phải là một số',
    notInteger: 'Phải là số nguyên',
    tooSmall: (min: number) => `Không nhỏ hơn ${min}`,
    tooLarge: (max: number) => `Không lớn hơn ${max}`,
    email: 'Địa chỉ email không hợp lệ',
  },
  periodMode: { calendar: 'Theo kỳ dương lịch', cutOff: 'Chốt số liệu 15→14' },
  summaryCadence: { daily: 'Hằng ngày', weeklyMonday: 'Hằng tuần (thứ Hai)' },
  /** By setting key: its label, and the default and help where they are words. */
  fields: {
    schoolName: { label: 'Tên trường', defaultValue: 'Trường Tiểu học Mỹ Thịnh' },
    parentAgency: { label: 'Cơ quan chủ quản', defaultValue: 'UBND phường Mỹ Lộc' },
    docCode: { label: 'Mã văn bản', defaultValue: 'THMT' },
    place: { label: 'Địa danh', defaultValue: 'Mỹ Lộc' },
    principalName: { label: 'Hiệu trưởng', defaultValue: 'Nguyễn Thị Lê' },
    principalEmail: { label: 'Email hiệu trưởng', defaultValue: 'hieutruong@thmythinh.edu.vn' },
    managerEmails: { label: 'Email quản lý', defaultValue: '', help: 'Cách nhau bởi dấu phẩy' },
    alertHour: { label: 'Giờ gửi nhắc việc', help: '0–23, giờ Việt Nam' },
    dueSoonDays: { label: 'Số ngày "sắp đến hạn"' },
    periodMode: { label: 'Kỳ báo cáo' },
    reportFolder: { label: 'Thư mục lưu báo cáo', defaultValue: 'Báo cáo CCHC' },
    notifyOnAssign: { label: 'Gửi email khi giao việc' },
    skipWeekends: { label: 'Không gửi nhắc thứ Bảy, Chủ nhật' },
    summaryCadence: { label: 'Tóm tắt gửi hiệu trưởng' },
    coOwnerDigest: { label: 'Gửi nhắc cho người phối hợp' },
    confirmCompletion: {
      label: 'Hiệu trưởng xác nhận hoàn thành',
      help: 'Có: cán bộ báo Hoàn thành thì nhiệm vụ "Chờ xác nhận" đến khi quản lý xác nhận',
    },
    reportRecipients: {
      label: 'Nơi nhận báo cáo',
      defaultValue: 'UBND phường Mỹ Lộc; Lưu: VT',
      help: 'Cách nhau bởi dấu chấm phẩy',
    },
    planReference: { label: 'Kế hoạch', defaultValue: '', help: 'Điền khi nhập kế hoạch' },
    alertStatus: { label: 'Trạng thái nhắc việc', defaultValue: 'Chưa bật', help: 'Do hệ thống ghi' },
    reportSubject: {
      label: 'Mẫu BC: trích yếu',
      defaultValue: 'Kết quả thực hiện công tác cải cách hành chính {kỳ}',
      help: '{kỳ}: kỳ báo cáo',
    },
    reportBasis: {
      label: 'Mẫu BC: căn cứ',
      defaultValue: 'Căn cứ {kế hoạch}, {trường} báo cáo kết quả thực hiện công tác cải cách hành chính {kỳ} như sau:',
      help: '{kế hoạch}, {trường}, {kỳ}',
    },
    reportPart1: { label: 'Mẫu BC: phần I', defaultValue: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH' },
    reportPart2: { label: 'Mẫu BC: phần II', defaultValue: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH' },
    reportPart3: { label: 'Mẫu BC: phần III', defaultValue: 'ĐÁNH GIÁ CHUNG' },
    reportStrengths: { label: 'Mẫu BC: mục III.1', defaultValue: 'Ưu điểm' },
    reportWeaknesses: { label: 'Mẫu BC: mục III.2', defaultValue: 'Tồn tại, hạn chế' },
    reportCauses: { label: 'Mẫu BC: mục III.3', defaultValue: 'Nguyên nhân' },
    reportCausesPlaceholder: {
      label: 'Mẫu BC: gợi ý mục III.3',
      defaultValue:
        '[Hiệu trưởng viết phần này: nguyên nhân khách quan, chủ quan của những tồn tại, hạn chế nêu trên.]',
    },
    reportPart4: { label: 'Mẫu BC: phần IV', defaultValue: 'PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI' },
    reportPart5: { label: 'Mẫu BC: phần V', defaultValue: 'ĐỀ XUẤT, KIẾN NGHỊ' },
    reportRate: {
      label: 'Mẫu BC: câu tỷ lệ',
      defaultValue:
        'Tổng số {tổng} nhiệm vụ; đến hạn {đến hạn}, đã hoàn thành {hoàn thành} (đúng hạn {đúng hạn}, quá hạn {hoàn thành quá hạn}), đạt {tỷ lệ}; quá hạn chưa hoàn thành {chưa hoàn thành}.',
      help: '{tổng}, {đến hạn}, {hoàn thành}, {đúng hạn}, {hoàn thành quá hạn}, {tỷ lệ}, {tỷ lệ đúng hạn}, {chưa hoàn thành}',
    },
    reportRateNoneDue: {
      label: 'Mẫu BC: câu khi chưa có việc đến hạn',
      defaultValue: 'Tổng số {tổng} nhiệm vụ; chưa có nhiệm vụ nào đến hạn.',
      help: '{tổng}',
    },
    reportAnnexTitle: { label: 'Mẫu BC: phụ lục', defaultValue: 'PHỤ LỤC' },
  },
} as const;
