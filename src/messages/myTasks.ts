// The "Nhiệm vụ của tôi" web page's server answers: refusals, save and upload results.
export const myTasksMsg = {
  pageTitle: 'Nhiệm vụ của tôi',
  noIdentity:
    'Không xác định được tài khoản của thầy/cô. Hãy đăng nhập bằng tài khoản Google của trường rồi mở lại liên kết (trang chỉ dùng được với tài khoản cùng tên miền với nhà trường).',
  notStaff: (email: string) =>
    `Tài khoản ${email} không có trong danh sách cán bộ đang công tác (trang "Cán bộ") nên không xem được nhiệm vụ. Hãy liên hệ hiệu trưởng.`,
  trackerBroken: 'Sổ theo dõi đang cần sửa (trang "Cấu hình" hoặc "Cán bộ" bị lỗi). Hãy báo hiệu trưởng.',
  badRequest: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
  codeNotFound: (code: string) =>
    `Không tìm thấy nhiệm vụ mã "${code}" trong sổ (có thể đã bị đổi mã hoặc xoá). Hãy tải lại trang.`,
  duplicateCode: (code: string) =>
    `Mã "${code}" xuất hiện ở nhiều dòng trong sổ nên chưa lưu được. Hãy báo hiệu trưởng sửa mã.`,
  notYourTask: (code: string) =>
    `Nhiệm vụ ${code} không do thầy/cô chủ trì, phối hợp hay thuộc tổ của thầy/cô, nên không xem hoặc sửa được ở đây.`,
  nothingChanged: 'Không có gì thay đổi để lưu.',
  saved: (code: string) => `Đã lưu nhiệm vụ ${code}.`,
  savedWaiting: (code: string) => `Đã lưu nhiệm vụ ${code} và báo hoàn thành; nhiệm vụ chờ hiệu trưởng xác nhận.`,
  managersOnly: 'Chỉ hiệu trưởng hoặc cán bộ quản lý được xác nhận hay trả lại nhiệm vụ.',
  fileMissing: 'Chưa chọn tệp minh chứng.',
  fileEmpty: (name: string) => `Tệp "${name}" không có nội dung.`,
  fileTooLarge: (name: string, megabytes: string) =>
    `Tệp "${name}" nặng ${megabytes} MB, quá giới hạn 10 MB. Hãy chụp lại với chất lượng thấp hơn hoặc nén tệp rồi tải lên.`,
  fileWrongType: (name: string) =>
    `Tệp "${name}" không phải PDF, ảnh hay tài liệu Word, Excel, PowerPoint nên không tải lên được.`,
  uploaded: (name: string, code: string) => `Đã tải lên "${name}" và thêm vào minh chứng của nhiệm vụ ${code}.`,
  uploadNotRecorded: 'Tệp đã tải lên nhưng chưa ghi được vào sổ, nên tệp đã được huỷ. Hãy thử lại sau giây lát.',
} as const;
