// CCHC → Xác nhận hoàn thành: a manager confirms the selected tasks that wait as "Chờ xác nhận"
// (Cấu hình "Hiệu trưởng xác nhận hoàn thành"). Under the script lock the rows are read again and
// taken by what they hold now, not by what was selected earlier; each one still waiting becomes
// Hoàn thành in one write, its completion date the person's (today when it had none), and Nhật ký
// says who confirmed what.
import { LogAction, ProgressStatus, SCHOOL_TIME_ZONE } from '../core/domain';
import { isoDateInZone, midnightInZone } from '../core/dates';
import { sameWord } from '../core/status/engine';
import { withScriptLock } from '../adapters/lock';
import { selectedTaskRows } from '../adapters/selection';
import { appendLog, readTasks } from '../adapters/tracker';
import { setColumnCells } from '../adapters/taskCells';
import { alert, alertingUserErrors } from '../adapters/ui';
import { confirmMsg } from '../messages';
import { managerContext } from './roles';

export function menuConfirmCompletion(): void {
  alertingUserErrors(() => {
    const { ss, user } = managerContext();
    const message = withScriptLock(() => {
      const rows = new Set(selectedTaskRows(ss, confirmMsg.notTaskSheet));
      const { table, tasks } = readTasks(ss, SCHOOL_TIME_ZONE);
      const waiting = tasks.filter(
        (t) => rows.has(t.row) && sameWord(t.progressStatus, ProgressStatus.AwaitingConfirmation),
      );
      if (waiting.length === 0) return confirmMsg.noneWaiting;
      const today = isoDateInZone(new Date(), SCHOOL_TIME_ZONE);
      setColumnCells(
        table,
        'progressStatus',
        waiting.map((t) => t.row),
        ProgressStatus.Done,
      );
      setColumnCells(
        table,
        'completedDate',
        waiting.filter((t) => t.completedDate === null).map((t) => t.row),
        midnightInZone(today, SCHOOL_TIME_ZONE),
      );
      const codes = waiting.map((t) => t.code || `#${t.row}`);
      appendLog(
        ss,
        user,
        waiting.map((t) => ({ action: LogAction.CompletionConfirmed, code: t.code })),
      );
      return confirmMsg.confirmed(codes);
    });
    alert(message);
  });
}
