// Nhật ký: the words shown in its Hành động column for each action the tracker records.
import { LogAction } from '../core/domain';

export const logActionLabel: Readonly<Record<LogAction, string>> = {
  [LogAction.Setup]: 'Khởi tạo / sửa sổ',
  [LogAction.PlanImported]: 'Nhập kế hoạch',
  [LogAction.PlanTaskAdded]: 'Thêm nhiệm vụ',
  [LogAction.PlanTaskUpdated]: 'Cập nhật nội dung nhiệm vụ',
  [LogAction.PlanTaskRemoved]: 'Đã bỏ khỏi kế hoạch',
  [LogAction.PlanTaskRestored]: 'Đưa lại vào kế hoạch',
  [LogAction.Assigned]: 'Giao nhiệm vụ',
  [LogAction.Reassigned]: 'Giao lại nhiệm vụ',
  [LogAction.AssignEmailSent]: 'Gửi email giao việc',
  [LogAction.AssignEmailFailed]: 'Gửi email giao việc thất bại',
  [LogAction.InvalidInput]: 'Dữ liệu chưa hợp lệ',
  [LogAction.EditOnBehalf]: 'Sửa hộ',
  [LogAction.EditLate]: 'Xử lý muộn một lần sửa',
  [LogAction.LogRecreated]: 'Trang Nhật ký đã bị xoá và được tạo lại; các dòng trước đó không còn trong sổ',
  [LogAction.FormattingRefreshed]: 'Làm mới định dạng',
  [LogAction.AlertsRefused]: 'Nhắc việc: từ chối chạy',
  [LogAction.AlertSent]: 'Gửi nhắc việc',
  [LogAction.AlertSummarySent]: 'Gửi tổng hợp quá hạn',
  [LogAction.AlertFailed]: 'Lỗi gửi nhắc việc',
  [LogAction.AlertCarried]: 'Hoãn nhắc việc',
  [LogAction.AlertsBroken]: 'Nhắc việc: sổ lỗi',
  [LogAction.AlertsEnabled]: 'Bật nhắc việc',
  [LogAction.AlertsDisabled]: 'Tắt nhắc việc',
};
