// Menu labels.
export const menuMsg = {
  title: 'CCHC',
  setup: 'Khởi tạo / sửa sổ theo dõi',
  importPlan: 'Nhập kế hoạch…',
  assign: 'Giao nhiệm vụ…',
  refreshFormatting: 'Làm mới định dạng',
  confirmCompletion: 'Xác nhận hoàn thành (dòng đang chọn)',
  sendBack: 'Trả lại nhiệm vụ chờ xác nhận (dòng đang chọn)…',
  enableAlerts: 'Bật nhắc việc tự động',
  disableAlerts: 'Tắt nhắc việc tự động',
  createReport: 'Tạo báo cáo…',
} as const;
