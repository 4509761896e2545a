// The words of the "Nhiệm vụ của tôi" web page: what src/ui/myTasks.html prints as `msg`
// (src/adapters/pages.ts) and what its script shows (bundled into src/ui/myTasks.client.ts). The
// checks the page makes before the server does say what the server would (src/messages/myTasks.ts).
import { myTasksMsg } from './myTasks';
/** The page's fixed words, printed by its template. */
export const myTasksPageMsg = {
  title: 'Nhiệm vụ của tôi',
  loading: 'Đang tải nhiệm vụ…',
  queueTitle: 'Chờ xác nhận hoàn thành',
  queueHint: 'Các nhiệm vụ cán bộ đã báo hoàn thành, chờ hiệu trưởng xác nhận hoặc trả lại.',
  back: '← Danh sách nhiệm vụ',
  due: 'Thời hạn',
  condition: 'Tình trạng',
  owner: 'Chủ trì',
  coOwners: 'Phối hợp',
  progressStatus: 'Trạng thái',
  progress: 'Tiến độ (%)',
  result: 'Kết quả',
  difficulties: 'Khó khăn',
  proposal: 'Đề xuất',
  evidence: 'Minh chứng',
  evidenceAdd: 'Thêm minh chứng',
  evidenceAddHint: 'Số, ký hiệu văn bản hoặc một đường liên kết; mỗi lần lưu thêm một mục.',
  save: 'Lưu',
  conflictTitle: 'Trong lúc thầy/cô sửa, sổ đã có người sửa các ô dưới đây. Hãy chọn giá trị giữ lại cho từng ô:',
  conflictSave: 'Lưu theo lựa chọn',
  uploadTitle: 'Tải tệp minh chứng',
  upload: 'Tải lên',
} as const;

/** Words for the task's days to its due date (daysLeft: negative when overdue). */
function daysWord(daysLeft: number): string {
  if (daysLeft > 0) return `còn ${daysLeft} ngày`;
  if (daysLeft < 0) return `quá hạn ${-daysLeft} ngày`;
  return 'đến hạn hôm nay';
}

/**
 * What the page's script shows. The server's words it repeats are wrapped in functions, so that the
 * server bundle, which never shows these, can leave the object out.
 */
export const myTasksClientMsg = {
  greeting: (name: string) => `Nhiệm vụ của ${name}`,
  today: (shown: string) => `Hôm nay ${shown}`,
  groups: {
    overdue: 'Quá hạn',
    dueSoon: 'Sắp đến hạn',
    inProgress: 'Đang thực hiện',
    waiting: 'Chờ xác nhận',
    done: 'Đã hoàn thành',
  },
  groupCount: (title: string, count: number) => `${title} (${count})`,
  noTasks: 'Thầy/cô chưa có nhiệm vụ nào trong sổ theo dõi.',
  queueEmpty: 'Không có nhiệm vụ nào chờ xác nhận.',
  daysWord,
  dueLine: (dueShown: string, daysLeft: number | null) =>
    dueShown ? `Hạn ${dueShown}${daysLeft === null ? '' : ` · ${daysWord(daysLeft)}`}` : 'Chưa có thời hạn',
  completedLine: (completedShown: string) => `Hoàn thành ngày ${completedShown}`,
  ownerLine: (owner: string) => `Chủ trì: ${owner || 'chưa giao'}`,
  noEvidence: 'Chưa có minh chứng.',
  notYourTask: (code: string) => myTasksMsg.notYourTask(code),
  saving: 'Đang lưu…',
  uploading: 'Đang tải tệp lên…',
  working: 'Đang thực hiện…',
  conflictSheet: (value: string) => `Trong sổ: ${value || '(trống)'}`,
  conflictPage: (value: string) => `Bạn nhập: ${value || '(trống)'}`,
  conflictChoose: 'Hãy chọn giá trị giữ lại cho mỗi ô trước khi lưu.',
  uploadHint: (limit: string) => `Chụp ảnh hoặc chọn tệp PDF, ảnh, Word, Excel, PowerPoint; tối đa ${limit} MB.`,
  fileTooLarge: (name: string, megabytes: string) => myTasksMsg.fileTooLarge(name, megabytes),
  fileWrongType: (name: string) => myTasksMsg.fileWrongType(name),
  confirm: 'Xác nhận',
  sendBack: 'Trả lại',
  sendBackReason: (code: string) => `Lý do trả lại nhiệm vụ ${code}`,
  sendBackSubmit: 'Gửi trả lại',
  cancel: 'Huỷ',
  reasonRequired: 'Hãy nhập lý do trả lại để người chủ trì biết cần làm gì thêm.',
} as const;
