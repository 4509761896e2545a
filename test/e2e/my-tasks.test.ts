// "Nhiệm vụ của tôi" (issue 14), the web app's server calls through the built bundle as the
// deployed web app runs them (executeAs USER_DEPLOYING, access DOMAIN: sb.callWebApp): who sees
// what, a save through the sheet's own edit path, a concurrent sheet edit detected, a page and a
// sheet edit giving the same row and log lines, URL and call tampering refused, and a manager's
// confirmation from the page.
import { describe, expect, it } from 'vitest';
import { ProgressStatus } from '../../src/core/domain';
import { SHEETS } from '../../src/core/schema';
import type { MyTaskSaveAnswer, MyTasksPage, PageFields } from '../../src/contracts/myTasks';
import { FormSubmission } from '../../sandbox/runtime';
import type { DriveItem } from '../../sandbox/drive/model';
import { setSetting, writeTasks } from '../support/reportWorld';
import { a1, columnOf, PRINCIPAL, sheetRecords, trackerWithPlan } from '../support/world';

const TASKS = SHEETS.tasks.name;
const START = '2026-03-10T09:00:00+07:00';
const MAI = 'mai.dt@thmythinh.edu.vn';
const PHUONG = 'phuong.nt@thmythinh.edu.vn';
const NHUNG = 'nhung.lth@thmythinh.edu.vn';

function world(confirm: 'Có' | 'Không' = 'Không') {
  const w = trackerWithPlan({ plan: 'none', start: START });
  writeTasks(w.sb, [
    { owner: 'Đỗ Thị Mai', dueDate: '2026-03-31', progressStatus: ProgressStatus.InProgress },
    { owner: 'Lê Thị Hồng Nhung', coOwners: 'Đỗ Thị Mai', dueDate: '2026-03-05' },
    { owner: 'Tổ 1', dueDate: '2026-03-12' },
    { owner: 'Ngô Thị Phương', dueDate: '2026-03-20' },
    { owner: 'Nguyễn Thị Lê', dueDate: '2026-04-30' },
  ]);
  setSetting(w.sb, 'confirmCompletion', confirm);
  const row = (code: string) => sheetRecords(w.sb, TASKS).find((r) => r['Mã'] === code)!;
  const log = () =>
    sheetRecords(w.sb, 'Nhật ký').map((r) => [r['Người thực hiện'], r['Thao tác'], r['Mã nhiệm vụ'], r['Chi tiết']]);
  const load = (user: string) => w.sb.callWebApp<MyTasksPage>(user, 'myTasksLoad');
  const save = (user: string, payload: unknown) => w.sb.callWebApp<MyTaskSaveAnswer>(user, 'myTasksSave', payload);
  const cell = (code: string, header: string) => a1(Number(code.slice(1)) + 1, columnOf(w.sb, TASKS, header));
  return { ...w, row, log, load, save, cell };
}

describe('who sees what', () => {
  const w = world();

  it('a teacher sees the tasks she owns, co-owns or her tổ owns, grouped quá hạn, sắp đến hạn, đang thực hiện', () => {
    const page = w.load(MAI);
    expect(page).toMatchObject({ ok: true, person: { name: 'Đỗ Thị Mai', email: MAI }, isManager: false, waiting: [] });
    expect(page.tasks.map((t) => [t.code, t.group, t.daysLeft])).toEqual([
      ['T2', 'overdue', -5],
      ['T3', 'dueSoon', 2],
      ['T1', 'inProgress', 21],
    ]);
    expect(page.tasks[0]).toMatchObject({ dueShown: '05/03/2026', condition: 'Quá hạn chưa hoàn thành' });
    expect(page.statuses).not.toContain(ProgressStatus.AwaitingConfirmation);
  });

  it('a manager sees every task', () => {
    expect(
      w
        .load(PRINCIPAL)
        .tasks.map((t) => t.code)
        .sort(),
    ).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
  });

  it('someone of the school not in Cán bộ, or no longer working there, is refused in Vietnamese', () => {
    expect(w.load('khach@thmythinh.edu.vn')).toMatchObject({
      ok: false,
      message: expect.stringContaining('không có trong danh sách cán bộ'),
    });
    expect(w.load('tam.vt@thmythinh.edu.vn')).toMatchObject({ ok: false });
  });
});

describe('emails link each task to the page', () => {
  it("the daily digest links each of a teacher's tasks to ?task=CODE on the web app", () => {
    const w = world();
    expect(w.sb.clickMenu(PRINCIPAL, 'Bật nhắc việc tự động').error).toBeUndefined();
    w.sb.clock.advanceDays(1);
    w.sb.fireDueTriggers();
    // T2 (hers, overdue) and T3 (her tổ's, due soon) reach Tổ 1's tổ trưởng.
    const digest = w.sb.mail.sentTo(NHUNG).at(-1)!;
    const url = /Cập nhật: (https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec)\?task=T2\n/.exec(digest.body)?.[1];
    expect(url, digest.body).toBeDefined();
    expect(digest.htmlBody).toContain(`href="${url}?task=T3"`);
  });

  it('the assignment email links each assigned task to the page', () => {
    const w = world();
    const answer = w.sb.callServer(PRINCIPAL, 'assignSubmit', {
      codes: ['T4'],
      ownerId: `email:${MAI}`,
      sendEmail: true,
      confirmReassign: true,
    });
    expect(answer).toMatchObject({ ok: true, status: 'done' });
    const notice = w.sb.mail.sentTo(MAI).at(-1)!;
    expect(notice.body).toMatch(
      /Cập nhật trên điện thoại: https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec\?task=T4/,
    );
    expect(notice.htmlBody).toMatch(
      /<a href="https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec\?task=T4">T4<\/a>/,
    );
  });
});

describe('saving from the page', () => {
  it('60 % and a result are written as typing them would: 60 %, the stamp, nothing else', () => {
    const w = world();
    const t1 = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
    const answer = w.save(MAI, {
      code: 'T1',
      base: t1.fields,
      values: { progress: '60', result: 'Đã họp tổ, 15/3 nộp bản thảo' },
    });
    expect(answer).toMatchObject({ ok: true, message: 'Đã lưu nhiệm vụ T1.', task: { fields: { progress: '60' } } });
    expect(w.row('T1')).toMatchObject({
      'Tiến độ (%)': 0.6,
      'Kết quả thực hiện': 'Đã họp tổ, 15/3 nộp bản thảo',
      'Cập nhật lần cuối': `10/03/2026 09:00 – ${MAI}`,
      'Trạng thái': ProgressStatus.InProgress,
    });
  });

  it('a value the sheet would flag is refused by field, and nothing is written', () => {
    const w = world();
    const t1 = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
    const before = w.row('T1');
    const answer = w.save(MAI, { code: 'T1', base: t1.fields, values: { progress: '150', result: 'x' } });
    expect(answer).toMatchObject({
      ok: false,
      errors: [{ field: 'progress', message: expect.stringContaining('150') }],
    });
    expect(w.row('T1')).toEqual(before);
  });

  it('an evidence item is added as a new Minh chứng line, the earlier ones and their links kept', () => {
    const w = world();
    w.sb.editRichText(MAI, TASKS, w.cell('T1', 'Minh chứng'), 'Biên bản họp tổ', [
      { start: 0, end: 15, url: 'https://drive.google.com/file/d/bb/view' },
    ]);
    const t1 = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
    expect(t1.evidence).toEqual([{ text: 'Biên bản họp tổ', url: 'https://drive.google.com/file/d/bb/view' }]);
    w.save(MAI, { code: 'T1', base: t1.fields, values: {}, evidenceAdd: 'Kế hoạch số 12/KH-THMT ngày 05/02/2026' });
    const after = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
    expect(after.evidence).toEqual([
      { text: 'Biên bản họp tổ', url: 'https://drive.google.com/file/d/bb/view' },
      { text: 'Kế hoạch số 12/KH-THMT ngày 05/02/2026' },
    ]);
  });

  it('a cell changed in the sheet since the page loaded is shown with both values, not overwritten; the choice is then saved', () => {
    const w = world();
    const t1 = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
    w.sb.edit(PRINCIPAL, TASKS, w.cell('T1', 'Kết quả thực hiện'), 'Hiệu trưởng ghi: đã xong phần 1');
    const answer = w.save(MAI, {
      code: 'T1',
      base: t1.fields,
      values: { result: 'Cô Mai ghi: xong phần 1, 2', progress: '40' },
    });
    expect(answer).toMatchObject({
      ok: false,
      conflicts: [
        {
          field: 'result',
          label: 'Kết quả thực hiện',
          sheet: 'Hiệu trưởng ghi: đã xong phần 1',
          page: 'Cô Mai ghi: xong phần 1, 2',
        },
      ],
    });
    expect(w.row('T1')['Kết quả thực hiện']).toBe('Hiệu trưởng ghi: đã xong phần 1');
    expect(w.row('T1')['Tiến độ (%)']).toBe('');
    // She keeps hers: the page sends again against what the sheet now holds.
    const fresh = (answer as { task: { fields: PageFields } }).task.fields;
    expect(
      w.save(MAI, { code: 'T1', base: fresh, values: { result: 'Cô Mai ghi: xong phần 1, 2', progress: '40' } }),
    ).toMatchObject({ ok: true });
    expect(w.row('T1')).toMatchObject({ 'Kết quả thực hiện': 'Cô Mai ghi: xong phần 1, 2', 'Tiến độ (%)': 0.4 });
  });

  it('a change in the sheet to another field does not stop the save, and is kept', () => {
    const w = world();
    const t1 = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
    w.sb.edit(PRINCIPAL, TASKS, w.cell('T1', 'Đề xuất'), 'Cần thêm máy in');
    expect(w.save(MAI, { code: 'T1', base: t1.fields, values: { result: 'Xong' } })).toMatchObject({ ok: true });
    expect(w.row('T1')).toMatchObject({ 'Kết quả thực hiện': 'Xong', 'Đề xuất': 'Cần thêm máy in' });
  });
});

describe('the page and the sheet share one edit path', () => {
  // The same input — Hoàn thành and 100 in Trạng thái and Tiến độ — by the same person at the same time.
  function finish(path: 'sheet' | 'page') {
    const w = world('Có');
    if (path === 'sheet') {
      w.sb.edit(MAI, TASKS, w.cell('T1', 'Trạng thái'), [['Hoàn thành', '100']]);
    } else {
      const t1 = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
      expect(
        w.save(MAI, { code: 'T1', base: t1.fields, values: { progressStatus: 'Hoàn thành', progress: '100' } }),
      ).toMatchObject({
        ok: true,
        message: expect.stringContaining('chờ hiệu trưởng xác nhận'),
      });
    }
    return { rows: sheetRecords(w.sb, TASKS), log: w.log() };
  }

  it('gives identical rows and Nhật ký lines', () => {
    const sheet = finish('sheet');
    const page = finish('page');
    expect(page.rows).toEqual(sheet.rows);
    expect(page.log).toEqual(sheet.log);
    expect(page.rows[0]).toMatchObject({ 'Trạng thái': ProgressStatus.AwaitingConfirmation, 'Tiến độ (%)': 1 });
    expect(page.log.map((l) => l[1])).toContain('Báo hoàn thành, chờ xác nhận');
  });
});

describe('tampering is refused on the server', () => {
  const w = world();

  it("another person's task, by changing the code the page sends, is neither shown nor written", () => {
    const before = w.row('T4');
    const t4 = w.load(PHUONG).tasks.find((t) => t.code === 'T4')!;
    const answer = w.save(MAI, { code: 'T4', base: t4.fields, values: { progress: '90' } });
    expect(answer).toMatchObject({
      ok: false,
      message: expect.stringContaining('Nhiệm vụ T4 không do thầy/cô chủ trì'),
    });
    expect(w.row('T4')).toEqual(before);
  });

  it('a code that is not in the sheet, or a payload of the wrong shape, is refused', () => {
    const t1 = w.load(MAI).tasks.find((t) => t.code === 'T1')!;
    expect(w.save(MAI, { code: 'X9', base: t1.fields, values: { progress: '9' } })).toMatchObject({ ok: false });
    expect(w.save(MAI, { code: 'T1', values: { progress: '9' } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('không hợp lệ'),
    });
  });

  it("staff calling a manager's server function through the web app (which runs as the principal) are refused", () => {
    expect(w.sb.callWebApp(MAI, 'myTasksConfirm', ['T1'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('Chỉ hiệu trưởng'),
    });
    const assigned = w.sb.callWebApp(MAI, 'assignSubmit', { codes: ['T4'], ownerId: `email:${MAI}` });
    expect(assigned).toMatchObject({ ok: false, message: expect.stringContaining('Chỉ hiệu trưởng') });
    expect(w.row('T4')['Người chủ trì']).toBe('Ngô Thị Phương');
  });
});

describe('a manager confirms from the page', () => {
  it('confirms one waiting task and sends another back with a reason, emailed to its owner', () => {
    const w = world('Có');
    for (const code of ['T1', 'T3']) {
      const t = w.load(MAI).tasks.find((x) => x.code === code)!;
      w.save(MAI, { code, base: t.fields, values: { progressStatus: 'Hoàn thành' } });
    }
    const queue = w.load(PRINCIPAL).waiting.map((t) => t.code);
    expect(queue).toEqual(['T3', 'T1']);
    expect(w.sb.callWebApp(PRINCIPAL, 'myTasksSendBack', { codes: ['T3'], reason: '' })).toMatchObject({ ok: false });
    expect(w.sb.callWebApp(PRINCIPAL, 'myTasksConfirm', ['T1'])).toMatchObject({
      ok: true,
      message: expect.stringContaining('T1'),
    });
    expect(
      w.sb.callWebApp(PRINCIPAL, 'myTasksSendBack', { codes: ['T3'], reason: 'Thiếu biên bản họp tổ' }),
    ).toMatchObject({ ok: true });
    expect(w.row('T1')['Trạng thái']).toBe(ProgressStatus.Done);
    expect(w.row('T3')).toMatchObject({ 'Trạng thái': ProgressStatus.InProgress, 'Ngày hoàn thành': '' });
    // T3 is Tổ 1's: the email goes to its tổ trưởng.
    expect(w.sb.mail.outbox.at(-1)).toMatchObject({
      to: ['nhung.lth@thmythinh.edu.vn'],
      body: expect.stringContaining('Thiếu biên bản họp tổ'),
    });
    expect(w.load(PRINCIPAL).waiting).toEqual([]);
  });
});

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const upload = (code: string, name = 'Biên bản họp tổ.pdf', mimeType = 'application/pdf', bytes: Uint8Array = PDF) =>
  new FormSubmission({ code, file: { name, mimeType, bytes } });

const items = (w: { sb: { drive: { model: { items: Map<string, DriveItem> } } } }) => [
  ...w.sb.drive.model.items.values(),
];

describe('uploading evidence from the page', () => {
  it('stores the file in <report folder>/Minh chứng/<code> and adds "name: link" to Minh chứng', () => {
    const w = world();
    const answer = w.sb.callWebApp<MyTaskSaveAnswer>(MAI, 'myTasksUpload', upload('T1'));
    expect(answer).toMatchObject({
      ok: true,
      message: 'Đã tải lên "Biên bản họp tổ.pdf" và thêm vào minh chứng của nhiệm vụ T1.',
    });
    const [item] = (answer as { task: { evidence: { text: string; url?: string }[] } }).task.evidence;
    expect(item!.text).toMatch(/^Biên bản họp tổ\.pdf: https:\/\/drive\.google\.com\/file\/d\/[\w-]+\/view/);
    expect(w.row('T1')['Minh chứng']).toBe(item!.text);
    const file = items(w).find((f) => f.name === 'Biên bản họp tổ.pdf')!;
    const path = (id: string | undefined): string[] => {
      const it = id ? w.sb.drive.item(id) : undefined;
      return it && !it.isRoot ? [...path(it.parents[0]), it.name] : [];
    };
    expect(path(file.id)).toEqual(['Báo cáo CCHC', 'Minh chứng', 'T1', 'Biên bản họp tổ.pdf']);
    // A second file for the same task goes to the same folder, on a new line.
    w.sb.callWebApp(MAI, 'myTasksUpload', upload('T1', 'Ảnh buổi họp.jpg', 'image/jpeg'));
    expect(String(w.row('T1')['Minh chứng']).split('\n')).toHaveLength(2);
    expect(items(w).filter((f) => f.name === 'T1')).toHaveLength(1);
  });

  it('a file too large, of the wrong type or empty is refused in Vietnamese, and nothing is stored or written', () => {
    const w = world();
    const before = w.row('T1');
    const files = items(w).length;
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    expect(w.sb.callWebApp(MAI, 'myTasksUpload', upload('T1', 'scan.pdf', 'application/pdf', big))).toMatchObject({
      ok: false,
      errors: [{ field: 'file', message: expect.stringContaining('quá giới hạn 10 MB') }],
    });
    expect(w.sb.callWebApp(MAI, 'myTasksUpload', upload('T1', 'virus.exe', 'application/x-msdownload'))).toMatchObject({
      ok: false,
      errors: [{ field: 'file', message: expect.stringContaining('không phải PDF, ảnh') }],
    });
    expect(
      w.sb.callWebApp(MAI, 'myTasksUpload', upload('T1', 'trống.pdf', 'application/pdf', new Uint8Array(0))),
    ).toMatchObject({ ok: false });
    expect(w.row('T1')).toEqual(before);
    expect(items(w)).toHaveLength(files);
  });

  it("another person's task is refused before anything reaches Drive", () => {
    const w = world();
    const files = items(w).length;
    expect(w.sb.callWebApp(MAI, 'myTasksUpload', upload('T4'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Nhiệm vụ T4 không do'),
    });
    expect(items(w)).toHaveLength(files);
  });

  it.each([
    ['Files.list', 1],
    ['Files.create', 1],
    ['Files.create', 3],
    ['Files.create', 4],
    ['Lock.tryLock', 1],
    ['Range.setValues', 1],
  ])('a fault at %s #%i leaves no stored file and no half-written cell', (method, nth) => {
    const w = world();
    const before = w.row('T1');
    w.sb.env.faults.arm({ method, nth });
    const run = w.sb.callWebAppResult<MyTaskSaveAnswer>(MAI, 'myTasksUpload', upload('T1'));
    expect(w.sb.env.faults.fired).toHaveLength(1);
    expect(run.error ?? (run.result?.ok === false ? run.result : null)).toBeTruthy();
    expect(w.row('T1')['Minh chứng']).toBe(before['Minh chứng']);
    expect(items(w).filter((f) => f.name === 'Biên bản họp tổ.pdf' && !f.trashed)).toEqual([]);
    // Uploading again works and adds the line once.
    expect(w.sb.callWebApp(MAI, 'myTasksUpload', upload('T1'))).toMatchObject({ ok: true });
    expect(String(w.row('T1')['Minh chứng']).split('\n')).toHaveLength(1);
  });
});
