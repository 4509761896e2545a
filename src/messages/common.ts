// Messages shared by every feature.
export const commonMsg = {
  busy: 'Đang có thao tác khác, vui lòng thử lại sau giây lát',
  managersOnly: 'Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.',
  missingSheet: (name: string) => `Không tìm thấy trang tính "${name}". Hãy chạy "CCHC → Khởi tạo / sửa sổ theo dõi".`,
  invalidSettings: 'Trang Cấu hình có giá trị không hợp lệ:',
  comingSoon: 'Tính năng này đang được hoàn thiện.',
  missingColumn: (header: string) =>
    `Trang "Nhiệm vụ" thiếu cột "${header}". Hãy chạy "CCHC → Khởi tạo / sửa sổ theo dõi".`,
} as const;

/** The Có/Không dropdown (Cán bộ's Đang công tác, Cấu hình's yes/no settings): the first means yes. */
export const YES_NO = ['Có', 'Không'] as const;

/** The date boxes' placeholder on every page (in each feature's page words). */
export const DATE_PLACEHOLDER = 'dd/mm/yyyy';

/** Words every page's script shows (bundled into the browser by src/ui/clientCommon.ts). */
export const commonClientMsg = {
  /** A dialog's server call that threw (the server's own message after it). */
  serverFailed: (message: string) => `Không thực hiện được: ${message}`,
} as const;

/** Descriptions of the tracker's whole-sheet protections beyond assignMsg's (found by their "CCHC:" start). */
export const protectionMsg = {
  reports: 'CCHC: Sổ báo cáo – chỉ quản lý sửa',
  dashboard: 'CCHC: Tổng hợp – chỉ quản lý sửa',
  sentAlerts: 'CCHC: Nhắc việc đã gửi – chỉ hệ thống ghi',
} as const;

/** Who may repair the tracker when Cấu hình or Cán bộ is missing or broken (issue 10). */
export const rolesMsg = {
  setupDamaged:
    'Sổ theo dõi đang thiếu trang Cấu hình hoặc Cán bộ. Chỉ chủ sở hữu bảng tính hoặc cán bộ quản lý được khởi tạo lại; ' +
    'hãy báo hiệu trưởng chạy "CCHC → Khởi tạo / sửa sổ theo dõi". Chưa có gì bị thay đổi.',
  setupBrokenSettings: (errors: readonly { label: string; message: string }[]) =>
    [
      'Trang Cấu hình có giá trị không hợp lệ:',
      ...errors.map((e) => `- ${e.label}: ${e.message}`),
      'Chỉ hiệu trưởng hoặc cán bộ quản lý được sửa trang này: hãy báo họ sửa ô trên rồi chạy lại. Chưa có gì bị thay đổi.',
    ].join('\n'),
  firstSetupOwnerOnly:
    'Chỉ chủ sở hữu bảng tính được khởi tạo sổ theo dõi lần đầu. Hãy nhờ chủ sở hữu chạy "CCHC → Khởi tạo / sửa sổ theo dõi".',
} as const;
