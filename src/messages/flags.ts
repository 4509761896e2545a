// Status flags, staff edits and the dashboard: notes on cells that could not be understood,
// Nhật ký actions, and the Tổng hợp sheet's words.
export const flagsMsg = {
  // Notes left on a cell kept as typed (the marker lets the tracker clear only its own notes).
  notePrefix: '⚠ Sổ theo dõi CCHC: ',
  progressNotUnderstood: (typed: string) =>
    `Không hiểu tiến độ "${typed}". Hãy nhập một số phần trăm từ 0 đến 100, ví dụ 50 hoặc 50%. Giá trị được giữ nguyên như đã nhập.`,
  progressOutOfRange: (typed: string) =>
    `Tiến độ "${typed}" vượt quá khoảng 0%–100%. Hãy nhập lại. Giá trị được giữ nguyên như đã nhập.`,
  dateNotUnderstood: (typed: string) =>
    `Không hiểu ngày "${typed}". Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026. Giá trị được giữ nguyên như đã nhập.`,
  completedBeforeStart: (completed: string, start: string) =>
    `Ngày hoàn thành ${completed} trước ngày bắt đầu ${start}. Hãy kiểm tra lại. Giá trị được giữ nguyên như đã nhập.`,
  statusNotUnderstood: (typed: string, choices: readonly string[]) =>
    `Không hiểu trạng thái "${typed}". Hãy chọn một trong: ${choices.join(', ')}. Giá trị được giữ nguyên như đã nhập.`,

  /** Minh chứng: the items (lines) that are neither a document reference nor a link, and what each lacks. */
  evidenceNotUnderstood: (items: readonly { text: string; missing?: 'date' | 'number' }[]) =>
    `Minh chứng chưa rõ. Mỗi dòng là một minh chứng: số, ký hiệu và ngày của văn bản (ví dụ "Kế hoạch số 12/KH-THMT ngày 05/02/2026"), hoặc đường liên kết tới văn bản, hoặc cả hai. Chưa nhận ra:\n${items
      .map(
        (i) =>
          `- "${i.text.length > 80 ? `${i.text.slice(0, 79)}…` : i.text}": ${
            i.missing === 'date'
              ? 'thiếu ngày ban hành'
              : i.missing === 'number'
                ? 'thiếu số, ký hiệu văn bản'
                : 'không có số, ký hiệu, ngày văn bản hay đường liên kết'
          }`,
      )
      .join('\n')}\nNội dung ô được giữ nguyên.`,

  completedByProgress: 'Sổ theo dõi đã đánh dấu Hoàn thành vì tiến độ 100%. Nếu bạn định nhập 1%, hãy nhập "1%".',

  editNotProcessed:
    'Sổ đang bận nên lần sửa này chưa được xử lý (chưa chuẩn hoá, chưa ghi Cập nhật lần cuối). Sổ sẽ tự xử lý ở lần sửa tiếp theo hoặc khi chạy "CCHC → Làm mới định dạng".',

  /** "Cập nhật lần cuối" when Apps Script hides who edited (a simple trigger). */
  unknownEditor: 'không rõ người sửa',

  // Nhật ký.
  logInvalidDetail: (header: string, row: number, message: string) => `Dòng ${row}, cột "${header}": ${message}`,
  logOnBehalfDetail: (editorName: string, editorEmail: string, owner: string) =>
    `${editorName ? `${editorName} (${editorEmail})` : editorEmail} đánh dấu Hoàn thành ${owner ? `nhiệm vụ của người chủ trì ${owner}` : 'nhiệm vụ chưa có người chủ trì'}.`,
  logEditLateDetail: (a1: string, at: string) => `Ô ${a1} sửa lúc ${at} khi sổ đang bận; nay đã được xử lý.`,
  logRefreshDetail: (rows: number) =>
    `Đã đặt lại công thức Tình trạng cho ${rows} dòng, định dạng tô màu và trang Tổng hợp.`,

  // Làm mới định dạng.
  refreshed: (rows: number) =>
    `Đã làm mới định dạng: công thức tình trạng cho ${rows} dòng nhiệm vụ, tô màu cảnh báo và trang Tổng hợp.`,
  missingColumns: (headers: readonly string[]) =>
    `Trang "Nhiệm vụ" thiếu cột: ${headers.join(', ')}. Hãy chạy "CCHC → Khởi tạo / sửa sổ theo dõi".`,
  missingDueSoonSetting: (label: string) =>
    `Trang Cấu hình thiếu dòng "${label}". Hãy chạy "CCHC → Khởi tạo / sửa sổ theo dõi".`,

  // Tổng hợp.
  dashboardTitle: 'TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH',
  /** The title when the tracker's areas are not (only) the CCHC ones: another plan, or several. */
  dashboardTitlePlans: 'TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
  /** The plan pick (Nguồn) of a tracker holding several plans: the table's formulas count the plan picked. */
  planFilterLabel: 'Kế hoạch:',
  allPlans: 'Tất cả các kế hoạch',
  planFilterHint: 'Chọn một kế hoạch để bảng trên chỉ tính nhiệm vụ của kế hoạch đó.',
  dashboardLiveNotePrefix:
    'Số liệu bảng theo lĩnh vực và theo người là công thức, tính trực tiếp từ trang Nhiệm vụ đến ngày ',
  dashboardLiveNoteSuffix: ' (hôm nay).',
  areaTableTitle: 'Theo lĩnh vực',
  areaHeader: 'Lĩnh vực',
  totalRow: 'Tổng cộng',
  doneWithoutEvidence: 'Hoàn thành chưa có minh chứng',
  columns: {
    total: 'Tổng số',
    doneOnTime: 'Hoàn thành đúng hạn',
    doneLate: 'Hoàn thành quá hạn',
    onTrack: 'Trong hạn',
    dueSoon: 'Sắp đến hạn',
    overdue: 'Quá hạn',
    awaiting: 'Chờ xác nhận',
    due: 'Đã đến hạn',
    completionRate: 'Tỷ lệ hoàn thành nhiệm vụ đến hạn',
    onTimeRate: 'Tỷ lệ hoàn thành đúng hạn',
  },
  topOverdueTitle: '10 nhiệm vụ quá hạn lâu nhất',
  topOverdueNote: (at: string) => `Danh sách lập lúc ${at}; bấm "CCHC → Làm mới định dạng" để cập nhật.`,
  topOverdueHeader: ['Mã', 'Người chủ trì', 'Số ngày quá hạn'],
  noOverdue: 'Không có nhiệm vụ quá hạn.',
  byPersonTitle: 'Theo người chủ trì',
  byPersonNote: 'Danh sách người lập khi làm mới; số liệu là công thức, tính trực tiếp.',
  byPersonHeader: ['Người chủ trì', 'Quá hạn', 'Sắp đến hạn'],
  chartTitle: 'Tình trạng nhiệm vụ theo lĩnh vực',
  reportButtonLabel: 'Tạo báo cáo',
  reportButtonHint: '← Bấm nút để tạo báo cáo',
} as const;
