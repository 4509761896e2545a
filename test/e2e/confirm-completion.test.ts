// "Hiệu trưởng xác nhận hoàn thành" (issue 14 §2), through the built bundle: with it on, a staff
// member's Hoàn thành waits as Chờ xác nhận (not done anywhere: Tình trạng, the figures), its
// completion date kept; a manager's own completion does not wait; the menu items confirm or send back (with a reason, emailed) the
// selected waiting rows by what they hold now; with it off nothing changes.
import { describe, expect, it } from 'vitest';
import { ProgressStatus, TaskCondition } from '../../src/core/domain';
import { SHEETS } from '../../src/core/schema';
import { figuresOf } from '../../src/core/status/engine';
import { readBackTasks, setSetting, writeTasks } from '../support/reportWorld';
import { a1, columnOf, PRINCIPAL, sheetRecords, trackerWithPlan } from '../support/world';

const TASKS = SHEETS.tasks.name;
const START = '2026-03-10T09:00:00+07:00';

function world(confirm: 'Có' | 'Không') {
  const w = trackerWithPlan({ plan: 'none', start: START });
  const staff = w.staff.find((s) => s.role !== 'Quản lý' && s.email !== PRINCIPAL)!;
  writeTasks(w.sb, [
    { owner: staff.name, dueDate: '2026-03-31', progressStatus: ProgressStatus.InProgress },
    { owner: staff.name, dueDate: '2026-03-05', progressStatus: ProgressStatus.InProgress },
    { owner: 'Nguyễn Thị Lê', dueDate: '2026-03-31', progressStatus: ProgressStatus.InProgress },
  ]);
  setSetting(w.sb, 'confirmCompletion', confirm);
  const status = (row: number) => a1(row, columnOf(w.sb, TASKS, 'Trạng thái'));
  const task = (row: number) => sheetRecords(w.sb, TASKS)[row - 2]!;
  const log = () => sheetRecords(w.sb, 'Nhật ký').map((r) => [r['Thao tác'], r['Mã nhiệm vụ']]);
  return { ...w, staffEmail: staff.email, status, task, log };
}

describe('with confirmation on', () => {
  const w = world('Có');
  w.sb.open(w.staffEmail);

  it("a staff member's Hoàn thành waits as Chờ xác nhận: not done, the completion date kept, logged", () => {
    expect(w.sb.edit(w.staffEmail, TASKS, w.status(2), 'Hoàn thành').installable[0]?.error).toBeUndefined();
    expect(w.task(2)['Trạng thái']).toBe(ProgressStatus.AwaitingConfirmation);
    expect(w.task(2)['Tình trạng']).toBe(TaskCondition.AwaitingConfirmation);
    expect(w.task(2)['Ngày hoàn thành']).toBeInstanceOf(Date);
    expect(w.log()).toContainEqual(['Báo hoàn thành, chờ xác nhận', 'T1']);
    // 100% completes too, so it waits too; past its deadline it is counted due and not done.
    w.sb.edit(w.staffEmail, TASKS, a1(3, columnOf(w.sb, TASKS, 'Tiến độ (%)')), '100%');
    expect(w.task(3)['Trạng thái']).toBe(ProgressStatus.AwaitingConfirmation);
    const f = figuresOf(readBackTasks(w.sb), '2026-03-10', 3);
    expect(f).toMatchObject({ due: 1, doneOfDue: 0, doneOnTime: 0, doneLate: 0 });
  });

  it("a manager's own Hoàn thành does not wait", () => {
    w.sb.edit(PRINCIPAL, TASKS, w.status(4), 'Hoàn thành');
    expect(w.task(4)['Trạng thái']).toBe(ProgressStatus.Done);
    expect(w.task(4)['Tình trạng']).toBe(TaskCondition.DoneOnTime);
  });

  it('the menu item confirms the selected waiting rows, keeps their dates, and says so', () => {
    const completed = w.task(2)['Ngày hoàn thành'];
    w.sb.select(PRINCIPAL, TASKS, ['A2:A4']);
    const run = w.sb.clickMenu(PRINCIPAL, 'Xác nhận hoàn thành (dòng đang chọn)');
    expect(run.error).toBeUndefined();
    expect(w.sb.ui.shown.at(-1)).toMatchObject({
      message: 'Đã xác nhận hoàn thành 2 nhiệm vụ: T1, T2. Ngày hoàn thành giữ nguyên như cán bộ đã ghi.',
    });
    expect([w.task(2)['Trạng thái'], w.task(3)['Trạng thái']]).toEqual([ProgressStatus.Done, ProgressStatus.Done]);
    expect(w.task(2)['Ngày hoàn thành']).toEqual(completed);
    expect(w.task(3)['Tình trạng']).toBe(TaskCondition.DoneLate);
    expect(w.log().filter(([a]) => a === 'Xác nhận hoàn thành')).toEqual([
      ['Xác nhận hoàn thành', 'T1'],
      ['Xác nhận hoàn thành', 'T2'],
    ]);
    // Nothing waiting any more: a second click changes nothing.
    w.sb.clickMenu(PRINCIPAL, 'Xác nhận hoàn thành (dòng đang chọn)');
    expect(w.sb.ui.shown.at(-1)).toMatchObject({
      message: 'Trong các dòng đang chọn không có nhiệm vụ nào "Chờ xác nhận".',
    });
  });
});

describe('with confirmation off (the default)', () => {
  it("a staff member's Hoàn thành is done at once, as before", () => {
    const w = world('Không');
    w.sb.open(w.staffEmail);
    w.sb.edit(w.staffEmail, TASKS, w.status(2), 'Hoàn thành');
    expect(w.task(2)['Trạng thái']).toBe(ProgressStatus.Done);
    expect(w.task(2)['Tình trạng']).toBe(TaskCondition.DoneOnTime);
  });
});

describe('sending a waiting task back', () => {
  const MENU = 'Trả lại nhiệm vụ chờ xác nhận (dòng đang chọn)…';
  const w = world('Có');
  w.sb.open(w.staffEmail);
  w.sb.edit(w.staffEmail, TASKS, w.status(2), 'Hoàn thành');
  w.sb.select(PRINCIPAL, TASKS, ['B2']);

  it('asks the reason first: cancelled or empty, nothing changes and no mail goes', () => {
    const mails = w.sb.mail.outbox.length;
    w.sb.ui.answerNext({ button: 'CANCEL' });
    expect(w.sb.clickMenu(PRINCIPAL, MENU).error).toBeUndefined();
    w.sb.ui.answerNext({ button: 'OK', text: '   ' });
    w.sb.clickMenu(PRINCIPAL, MENU);
    expect(w.sb.ui.shown.at(-1)).toMatchObject({
      message: 'Chưa trả lại: cần ghi lý do để người chủ trì biết phải làm gì thêm.',
    });
    expect(w.task(2)['Trạng thái']).toBe(ProgressStatus.AwaitingConfirmation);
    expect(w.sb.mail.outbox.length).toBe(mails);
  });

  it('returns it to Đang thực hiện without a completion date, emails the owner the reason, and logs it', () => {
    const mails = w.sb.mail.outbox.length;
    w.sb.ui.answerNext({ button: 'OK', text: 'Thiếu biên bản họp tổ' });
    expect(w.sb.clickMenu(PRINCIPAL, MENU).error).toBeUndefined();
    expect(w.task(2)['Trạng thái']).toBe(ProgressStatus.InProgress);
    expect(w.task(2)['Ngày hoàn thành']).toBe('');
    expect(w.task(2)['Tình trạng']).toBe(TaskCondition.OnTrack);
    const sent = w.sb.mail.outbox.slice(mails);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([[[w.staffEmail], '[CCHC] Nhiệm vụ T1 được trả lại']]);
    expect(sent[0]!.body).toContain('Thiếu biên bản họp tổ');
    expect(sheetRecords(w.sb, 'Nhật ký').at(-1)).toMatchObject({
      'Thao tác': 'Trả lại nhiệm vụ chờ xác nhận',
      'Mã nhiệm vụ': 'T1',
      'Chi tiết': 'Thiếu biên bản họp tổ',
    });
    expect(String((w.sb.ui.shown.at(-1) as { message: string }).message)).toMatch(
      /^Đã trả lại 1 nhiệm vụ về "Đang thực hiện": T1\.\nĐã gửi email cho: /u,
    );
  });
});
