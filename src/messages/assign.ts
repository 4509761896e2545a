// Assigning tasks: the sidebar, validation errors, results, the notification email, protections
// and the Nhật ký actions.
import { formatVn } from './format';
import { DATE_PLACEHOLDER } from './common';

export const assignMsg = {
  sidebarTitle: 'Giao nhiệm vụ',
  notTaskSheet: 'Hãy chọn các dòng nhiệm vụ trong trang "Nhiệm vụ" rồi mở lại "Giao nhiệm vụ…".',
  noRowSelected: 'Chưa chọn dòng nhiệm vụ nào. Hãy chọn một hoặc nhiều dòng trong trang "Nhiệm vụ".',
  rowWithoutCode: (row: number) => `Dòng ${row} chưa có mã nhiệm vụ nên không giao được.`,
  duplicateCodeRows: (code: string, rows: readonly number[]) =>
    `Mã "${code}" xuất hiện ở nhiều dòng (${rows.join(', ')}). Hãy sửa cho mỗi nhiệm vụ một mã riêng rồi giao lại.`,
  missingColumn: (header: string) =>
    `Trang "Nhiệm vụ" thiếu cột "${header}". Hãy chạy "CCHC → Khởi tạo / sửa sổ theo dõi".`,
  ownerNotInStaff: 'không có trong danh sách cán bộ',
  ownerAmbiguous: (count: number) => `${count} cán bộ trùng tên`,
  codeNotFound: (code: string) =>
    `Không tìm thấy nhiệm vụ mã "${code}" (có thể đã bị xoá hoặc đổi mã). Hãy chọn lại dòng rồi giao.`,

  // Validation of the sidebar's payload (zod), shown next to the field.
  emptySelection: 'Chưa chọn nhiệm vụ nào để giao.',
  ownerRequired: 'Hãy chọn người chủ trì.',
  unknownPerson: (text: string) => `Không tìm thấy "${text}" trong danh sách cán bộ đang công tác.`,
  ambiguousPerson: (text: string, count: number) =>
    `Có ${count} cán bộ cùng tên "${text}". Hãy chọn đúng người trong danh sách.`,
  inactivePerson: (name: string) => `${name} không còn công tác, không giao được.`,
  badDate: 'Ngày không hợp lệ (dd/MM/yyyy).',
  dueBeforeStart: 'Thời hạn không được trước ngày bắt đầu.',
  taskDueBeforeStart: (code: string, start: string, due: string) =>
    `Nhiệm vụ ${code}: thời hạn ${formatVn(due)} trước ngày bắt đầu ${formatVn(start)}.`,
  noteTooLong: (max: number) => `Ghi chú tối đa ${max} ký tự.`,
  invalidRequest: 'Dữ liệu gửi lên không hợp lệ, hãy tải lại thanh bên.',

  // Results.
  confirmReassign: 'Các nhiệm vụ sau đã được giao cho người khác. Giao lại?',
  reassignLine: (code: string, current: string) => `${code}: đang giao cho ${current}`,
  done: (count: number, owner: string) => `Đã giao ${count} nhiệm vụ cho ${owner}`,
  emailsSent: (count: number) => `Đã gửi email báo giao việc cho ${count} người.`,
  notNotified: (names: readonly string[]) => `Chưa báo được qua email cho: ${names.join(', ')}.`,
  reasonNoEmail: 'chưa có email trong Cán bộ',
  reasonMailFailed: 'gửi email không thành công',
  reasonNoLeader: 'tổ chưa có tổ trưởng',

  // Sidebar labels that come with the people (assignLoad).
  teamDetail: (leader: string) => `Tổ chuyên môn · ${leader ? `tổ trưởng ${leader}` : 'chưa có tổ trưởng'}`,
  noEmailDetail: 'chưa có email',

  // Email.
  senderName: (school: string) => `Sổ theo dõi CCHC – ${school}`,
  emailSubject: (count: number, school: string) => `[CCHC] Anh/chị được giao ${count} nhiệm vụ – ${school}`,
  emailGreeting: (name: string) => `Kính gửi ${name},`,
  emailIntro: (assigner: string, role: string) => `${assigner} đã giao cho anh/chị các nhiệm vụ sau (${role}):`,
  roleOwner: 'chủ trì',
  roleTeam: (team: string) => `tổ trưởng ${team}, tổ chủ trì`,
  roleCoOwner: 'phối hợp',
  emailColumns: { code: 'Mã', content: 'Nội dung nhiệm vụ', start: 'Bắt đầu', due: 'Thời hạn' },
  emailNote: 'Ghi chú',
  emailLink: 'Mở sổ theo dõi CCHC',
  emailPageLink: 'Cập nhật trên điện thoại',
  emailFooter:
    'Anh/chị cập nhật tiến độ, kết quả và minh chứng trực tiếp trong sổ theo dõi. Email này được gửi tự động; trả lời email sẽ gửi tới người giao việc.',
  noDate: '—',
  date: (iso: string | null) => (iso ? formatVn(iso) : '—'),

  // Nhật ký.
  logChange: (label: string, from: string, to: string) => `${label}: ${from || '(trống)'} → ${to || '(trống)'}`,
  logNote: (note: string) => `Ghi chú: ${note}`,
  logEmailDetail: (name: string, email: string) => `${name} <${email}>`,
  logEmailFailedDetail: (name: string, reason: string) => `${name}: ${reason}`,

  // Protections.
  protectPlan: 'CCHC: cột kế hoạch – chỉ quản lý sửa',
  protectHeader: 'CCHC: dòng tiêu đề – chỉ quản lý sửa',
  protectSettings: 'CCHC: Cấu hình – chỉ quản lý sửa',
  protectStaff: 'CCHC: Cán bộ – chỉ quản lý sửa',
  protectLog: 'CCHC: Nhật ký – chỉ hệ thống ghi',
  protectComputed: 'CCHC: cột do sổ tự tính – chỉ quản lý sửa',
} as const;

/** The sidebar's fixed words: src/ui/assign.html prints them as `msg` (src/adapters/pages.ts). */
export const assignPageMsg = {
  datePlaceholder: DATE_PLACEHOLDER,
  heading: 'Giao nhiệm vụ',
  selectedTasks: 'Nhiệm vụ đã chọn',
  owner: 'Người chủ trì',
  ownerSearch: 'Gõ tên, chức vụ hoặc tổ (không cần dấu)',
  coOwners: 'Phối hợp',
  coOwnerSearch: 'Thêm người phối hợp',
  startDate: 'Ngày bắt đầu',
  dueDate: 'Thời hạn',
  keepDates: 'Để trống ngày để giữ ngày đã có của nhiệm vụ.',
  note: 'Ghi chú giao việc',
  sendEmail: 'Gửi email báo giao việc',
  submit: 'Giao nhiệm vụ',
  reload: 'Tải lại',
  reloadHint: 'Đọc lại các dòng đang chọn trong trang Nhiệm vụ',
} as const;

/** Words the sidebar's script shows (bundled into the browser). */
export const assignClientMsg = {
  loading: 'Đang đọc các dòng đã chọn…',
  saving: 'Đang giao nhiệm vụ…',
  title: (count: number) => `Giao ${count} nhiệm vụ`,
  currentOwner: (owner: string) => `Đang giao cho: ${owner}`,
  unassigned: 'Chưa giao',
  due: (date: string) => `hạn ${date}`,
  noMatch: 'Không tìm thấy ai phù hợp',
  remove: 'Bỏ',
  removeSign: '×',
  confirmYes: 'Giao lại',
  confirmNo: 'Huỷ',
} as const;
