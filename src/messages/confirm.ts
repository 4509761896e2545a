// The principal's confirmation of completions (Cấu hình "Hiệu trưởng xác nhận hoàn thành").
export const confirmMsg = {
  notTaskSheet: 'Hãy chọn các dòng nhiệm vụ "Chờ xác nhận" trong trang "Nhiệm vụ" rồi chọn lại "Xác nhận hoàn thành".',
  noneWaiting: 'Trong các dòng đang chọn không có nhiệm vụ nào "Chờ xác nhận".',
  confirmed: (codes: readonly string[]) =>
    `Đã xác nhận hoàn thành ${codes.length} nhiệm vụ: ${codes.join(', ')}. Ngày hoàn thành giữ nguyên như cán bộ đã ghi.`,
} as const;
