// Nhật ký: the words shown in its Hành động column, by the LogAction id (src/core/domain.ts) of
// each action the tracker records. The log's writer types this as Record<LogAction, string>, so an
// action without words here does not compile.

export const logActionLabel = {
  setup: 'Khởi tạo / sửa sổ',
  'plan-imported': 'Nhập kế hoạch',
  'plan-task-added': 'Thêm nhiệm vụ',
  'plan-task-updated': 'Cập nhật nội dung nhiệm vụ',
  'plan-task-removed': 'Đã bỏ khỏi kế hoạch',
  'plan-task-restored': 'Đưa lại vào kế hoạch',
  assigned: 'Giao nhiệm vụ',
  reassigned: 'Giao lại nhiệm vụ',
  'assign-email-sent': 'Gửi email giao việc',
  'assign-email-failed': 'Gửi email giao việc thất bại',
  'invalid-input': 'Dữ liệu chưa hợp lệ',
  'edit-on-behalf': 'Sửa hộ',
  'edit-late': 'Xử lý muộn một lần sửa',
  'log-recreated': 'Trang Nhật ký đã bị xoá và được tạo lại; các dòng trước đó không còn trong sổ',
  'formatting-refreshed': 'Làm mới định dạng',
  'alerts-refused': 'Nhắc việc: từ chối chạy',
  'alert-sent': 'Gửi nhắc việc',
  'alert-summary-sent': 'Gửi tổng hợp quá hạn',
  'alert-failed': 'Lỗi gửi nhắc việc',
  'alert-carried': 'Hoãn nhắc việc',
  'alerts-broken': 'Nhắc việc: sổ lỗi',
  'alerts-enabled': 'Bật nhắc việc',
  'alerts-disabled': 'Tắt nhắc việc',
  'awaiting-confirmation': 'Báo hoàn thành, chờ xác nhận',
  'completion-confirmed': 'Xác nhận hoàn thành',
  'completion-sent-back': 'Trả lại nhiệm vụ chờ xác nhận',
} as const;
