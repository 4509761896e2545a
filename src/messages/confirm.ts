// The principal's confirmation of completions (Cấu hình "Hiệu trưởng xác nhận hoàn thành").
export const confirmMsg = {
  notTaskSheet: 'Hãy chọn các dòng nhiệm vụ "Chờ xác nhận" trong trang "Nhiệm vụ" rồi chọn lại "Xác nhận hoàn thành".',
  noneWaiting: 'Trong các dòng đang chọn không có nhiệm vụ nào "Chờ xác nhận".',
  confirmed: (codes: readonly string[]) =>
    `Đã xác nhận hoàn thành ${codes.length} nhiệm vụ: ${codes.join(', ')}. Ngày hoàn thành giữ nguyên như cán bộ đã ghi.`,
  sendBackReason: 'Lý do trả lại (gửi email cho người chủ trì):',
  sendBackNeedsReason: 'Chưa trả lại: cần ghi lý do để người chủ trì biết phải làm gì thêm.',
  sentBack: (codes: readonly string[], emailed: readonly string[], unreached: readonly string[]) =>
    `Đã trả lại ${codes.length} nhiệm vụ về "Đang thực hiện": ${codes.join(', ')}.` +
    (emailed.length ? `\nĐã gửi email cho: ${emailed.join(', ')}.` : '') +
    (unreached.length ? `\nChưa gửi được email cho: ${unreached.join(', ')} (kiểm tra trang Cán bộ).` : ''),
  sendBackSubject: (code: string) => `[CCHC] Nhiệm vụ ${code} được trả lại`,
  sendBackBody: (name: string, code: string, title: string, reason: string, manager: string) =>
    `Kính gửi thầy/cô ${name},\n\nNhiệm vụ ${code} "${title}" thầy/cô báo hoàn thành đã được ${manager} trả lại, lý do:\n${reason}\n\nNhiệm vụ trở về trạng thái "Đang thực hiện". Thầy/cô vui lòng bổ sung rồi báo hoàn thành lại trong sổ theo dõi.`,
} as const;
