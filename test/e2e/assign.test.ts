// Assigning tasks end to end: the built bundle in the sandbox, driven as the principal and the
// staff would (menu, selection, the sidebar's google.script.run calls, typing in cells).
import { describe, expect, it } from 'vitest';
import type { AssignLoadResult, AssignPayload, AssignSubmitResult } from '../../src/contracts/assign';
import { SHEETS } from '../../src/core/schema';
import { callsOf } from '../../sandbox/env';
import {
  AN1,
  AN2,
  assignWorld,
  BINH,
  cellOf,
  CHI,
  column,
  HOA,
  logRows,
  PRINCIPAL,
  STAFF_ROWS,
  taskField,
  VICE,
} from '../support/assignWorld';

const TASKS = SHEETS.tasks.name;
const payload = (over: Partial<AssignPayload> = {}): AssignPayload => ({
  codes: ['1.1', '1.2', '1.4'],
  ownerId: `email:${BINH}`,
  coOwnerIds: [`email:${HOA}`],
  startDate: '2026-02-01',
  dueDate: '2026-03-31',
  note: 'Hoàn thành trước kỳ kiểm tra',
  sendEmail: true,
  confirmReassign: false,
  ...over,
});
const submit = (sb: ReturnType<typeof assignWorld>, p: AssignPayload, user = PRINCIPAL) =>
  sb.callServer<AssignSubmitResult>(user, 'assignSubmit', p);
const dateOf = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

describe('the Giao nhiệm vụ menu and sidebar', () => {
  it('opens the sidebar for a manager and refuses staff with a clear message', () => {
    const sb = assignWorld();
    sb.open(PRINCIPAL);
    sb.clickMenu(PRINCIPAL, 'Giao nhiệm vụ…');
    expect(sb.ui.sidebars).toHaveLength(1);
    expect(sb.ui.sidebars[0]!.title).toBe('Giao nhiệm vụ');
    expect(sb.ui.sidebars[0]!.html).toContain('Gửi email báo giao việc');

    sb.open(HOA);
    sb.clickMenu(HOA, 'Giao nhiệm vụ…');
    expect(sb.ui.sidebars).toHaveLength(1);
    expect(sb.ui.last).toMatchObject({
      kind: 'alert',
      user: HOA,
      message: 'Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.',
    });
    // The server functions refuse too: the sidebar is not the only way in.
    expect(submit(sb, payload(), HOA)).toEqual({
      ok: false,
      message: 'Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.',
      errors: [],
    });
    expect(taskField(sb, '1.1', 'owner')).toBe('');
  });

  it('loads a non-contiguous selection, the active staff, teams and defaults', () => {
    const sb = assignWorld();
    sb.select(PRINCIPAL, TASKS, ['A2:C3', 'B5']);
    const load = sb.callServer<AssignLoadResult>(PRINCIPAL, 'assignLoad');
    expect(load.tasks.map((t) => t.code)).toEqual(['1.1', '1.2', '1.4']);
    expect(load.tasks[0]!.text).toBe('Nhiệm vụ số 1 của kế hoạch CCHC năm 2026');
    expect(load.defaults).toEqual({ sendEmail: true, startDate: '2026-01-20' });
    const labels = load.options.map((o) => o.label);
    expect(labels).toContain('Nguyễn Văn An (an1@thmythinh.edu.vn)');
    expect(labels).toContain('Tổ 4-5');
    expect(labels).not.toContain('Đỗ Văn Cũ');
  });

  it('flags rows without a code, duplicated codes and owner text that matches nobody', () => {
    const sb = assignWorld();
    sb.edit(PRINCIPAL, TASKS, 'A3', [['']]);
    sb.edit(PRINCIPAL, TASKS, 'A5', [['1.5']]);
    sb.edit(PRINCIPAL, TASKS, cellOf(sb, 'owner', 4), [['Người Lạ']]);
    sb.select(PRINCIPAL, TASKS, ['A2:A7']);
    const load = sb.callServer<AssignLoadResult>(PRINCIPAL, 'assignLoad');
    expect(load.tasks.map((t) => t.code)).toEqual(['1.1', '1.3', '1.6']);
    expect(load.tasks[1]).toMatchObject({ owner: 'Người Lạ', ownerFlag: 'không có trong danh sách cán bộ' });
    expect(load.problems).toEqual([
      'Dòng 3 chưa có mã nhiệm vụ nên không giao được.',
      'Mã "1.5" xuất hiện ở nhiều dòng (5, 6). Hãy sửa cho mỗi nhiệm vụ một mã riêng rồi giao lại.',
    ]);
  });

  it('refuses a selection outside Nhiệm vụ', () => {
    const sb = assignWorld();
    sb.select(PRINCIPAL, SHEETS.staff.name, ['A2']);
    expect(() => sb.callServer(PRINCIPAL, 'assignLoad')).toThrow('Hãy chọn các dòng nhiệm vụ trong trang "Nhiệm vụ"');
  });
});

describe('assignSubmit', () => {
  it('writes only the assignment cells, emails each assignee once and logs in one write', () => {
    const sb = assignWorld();
    const before = sb.spreadsheet.valuesOf(TASKS);
    const run = sb.callServerResult<AssignSubmitResult>(PRINCIPAL, 'assignSubmit', payload());
    expect(run.result).toEqual({
      ok: true,
      status: 'done',
      message: 'Đã giao 3 nhiệm vụ cho Trần Văn Bình',
      notices: ['Đã gửi email báo giao việc cho 2 người.'],
    });
    const after = sb.spreadsheet.valuesOf(TASKS);
    const changedCols = new Set(['owner', 'coOwners', 'startDate', 'dueDate'].map((k) => column(sb, TASKS, k)));
    after.forEach((row, r) =>
      row.forEach((v, c) => {
        const touched = changedCols.has(c) && [1, 2, 4].includes(r);
        if (!touched) expect(dateOf(v)).toEqual(dateOf(before[r]?.[c] ?? ''));
      }),
    );
    expect(taskField(sb, '1.2', 'owner')).toBe('Trần Văn Bình');
    expect(taskField(sb, '1.2', 'coOwners')).toBe('Lê Thị Hoa');
    expect(sb.spreadsheet.displayValuesOf(TASKS)[4]![column(sb, TASKS, 'dueDate')]).toBe('31/03/2026');
    expect(taskField(sb, '1.3', 'owner')).toBe('');

    expect(sb.mail.outbox.map((m) => m.to)).toEqual([[BINH], [HOA]]);
    const mail = sb.mail.outbox[0]!;
    expect(mail).toMatchObject({
      name: 'Sổ theo dõi CCHC – Trường Tiểu học Mỹ Thịnh',
      replyTo: PRINCIPAL,
      subject: '[CCHC] Anh/chị được giao 3 nhiệm vụ – Trường Tiểu học Mỹ Thịnh',
    });
    expect(mail.htmlBody).toContain('31/03/2026');
    expect(mail.htmlBody).toContain('Hoàn thành trước kỳ kiểm tra');
    expect(mail.body).toContain('Nguyễn Thị Lê đã giao cho anh/chị');

    const log = logRows(sb);
    expect(log.map((r) => [r[1], r[2], r[3]])).toEqual([
      ...log.slice(0, -5).map((r) => [r[1], r[2], r[3]]),
      [PRINCIPAL, 'Giao nhiệm vụ', '1.1'],
      [PRINCIPAL, 'Giao nhiệm vụ', '1.2'],
      [PRINCIPAL, 'Giao nhiệm vụ', '1.4'],
      [PRINCIPAL, 'Gửi email giao việc', '1.1, 1.2, 1.4'],
      [PRINCIPAL, 'Gửi email giao việc', '1.1, 1.2, 1.4'],
    ]);
    expect(String(log[log.length - 5]![4])).toContain(
      'Người chủ trì: (trống) → Trần Văn Bình; Phối hợp: (trống) → Lê Thị Hoa; Ngày bắt đầu: (trống) → 01/02/2026; Thời hạn: (trống) → 31/03/2026',
    );
    // One RangeList per assignment column (every chosen row gets the same value) and one log write.
    expect(callsOf(run.execution, 'RangeList.setValue')).toBe(4);
    expect(callsOf(run.execution, 'Range.setValues')).toBe(1);
  });

  it('edits landing after its read under the lock survive: other rows, and chosen rows’ cells it does not change', () => {
    const sb = assignWorld();
    const env = sb.env;
    const count = env.count.bind(env);
    let landed = false;
    env.count = (service: string, method: string) => {
      // After assignSubmit read Nhiệm vụ under the lock, before its first write.
      if (
        !landed &&
        env.current?.functionName === 'assignSubmit' &&
        ['Sheet.getRangeList', 'Range.getFormulas'].includes(method)
      ) {
        landed = true;
        sb.spreadsheet.userEdit(PRINCIPAL, TASKS, cellOf(sb, 'dueDate', 4), '30/06/2026'); // 1.3, between chosen rows
        sb.spreadsheet.userEdit(PRINCIPAL, TASKS, cellOf(sb, 'owner', 4), 'Vũ Thị Chi');
        sb.spreadsheet.userEdit(PRINCIPAL, TASKS, cellOf(sb, 'startDate', 3), '15/02/2026'); // 1.2, chosen; no start date asked
        sb.spreadsheet.userEdit(HOA, TASKS, cellOf(sb, 'result', 3), 'Đã họp tổ');
      }
      count(service, method);
    };
    let r: AssignSubmitResult;
    try {
      r = submit(sb, payload({ startDate: '' }));
    } finally {
      env.count = count;
    }
    expect(landed).toBe(true);
    expect(r).toMatchObject({ ok: true, status: 'done' });
    const shown = (row: number, key: string) => sb.spreadsheet.displayValuesOf(TASKS)[row - 1]![column(sb, TASKS, key)];
    expect(shown(4, 'dueDate')).toBe('30/06/2026');
    expect(taskField(sb, '1.3', 'owner')).toBe('Vũ Thị Chi');
    expect(shown(3, 'startDate')).toBe('15/02/2026');
    expect(taskField(sb, '1.2', 'result')).toBe('Đã họp tổ');
    expect(taskField(sb, '1.2', 'owner')).toBe('Trần Văn Bình');
    expect(shown(3, 'dueDate')).toBe('31/03/2026');
  });

  it('finds rows by code after the sheet was sorted while the sidebar was open', () => {
    const sb = assignWorld();
    sb.select(PRINCIPAL, TASKS, ['A2:A3']);
    const load = sb.callServer<AssignLoadResult>(PRINCIPAL, 'assignLoad');
    // Someone sorts Nhiệm vụ descending by code: 1.6 … 1.1.
    const rows = sb.spreadsheet
      .valuesOf(TASKS)
      .slice(1)
      .map((r) => r.slice(0, 4))
      .reverse();
    sb.edit(PRINCIPAL, TASKS, 'A2', rows);
    const r = submit(sb, payload({ codes: load.tasks.map((t) => t.code) }));
    expect(r).toMatchObject({ ok: true, status: 'done' });
    expect(taskField(sb, '1.1', 'owner')).toBe('Trần Văn Bình');
    expect(taskField(sb, '1.2', 'owner')).toBe('Trần Văn Bình');
    expect(sb.spreadsheet.valuesOf(TASKS)[6]![0]).toBe('1.1');
    expect(taskField(sb, '1.6', 'owner')).toBe('');
  });

  it('asks before reassigning a task someone else holds, and logs the reassignment', () => {
    const sb = assignWorld();
    expect(submit(sb, payload({ codes: ['1.1'], ownerId: `email:${HOA}`, coOwnerIds: [] }))).toMatchObject({
      ok: true,
      status: 'done',
    });
    const ask = submit(sb, payload({ codes: ['1.1', '1.2'] }));
    expect(ask).toEqual({
      ok: true,
      status: 'confirm',
      message: 'Các nhiệm vụ sau đã được giao cho người khác. Giao lại?',
      lines: ['1.1: đang giao cho Lê Thị Hoa'],
    });
    expect(taskField(sb, '1.1', 'owner')).toBe('Lê Thị Hoa');
    expect(taskField(sb, '1.2', 'owner')).toBe('');
    expect(submit(sb, payload({ codes: ['1.1', '1.2'], confirmReassign: true }))).toMatchObject({
      ok: true,
      status: 'done',
    });
    expect(taskField(sb, '1.1', 'owner')).toBe('Trần Văn Bình');
    const reassign = logRows(sb).find((r) => r[2] === 'Giao lại nhiệm vụ');
    expect(reassign?.[3]).toBe('1.1');
    expect(String(reassign?.[4])).toContain('Người chủ trì: Lê Thị Hoa → Trần Văn Bình');
  });

  it('does not ask when the owner text typed by hand is the same person (NFD, spaces, no diacritics)', () => {
    const sb = assignWorld();
    sb.edit(PRINCIPAL, TASKS, cellOf(sb, 'owner', 2), [
      ['Trần Văn Bình'.normalize('NFD')],
      ['  tran  van binh '],
      ['Tran Van Binh'],
    ]);
    expect(submit(sb, payload({ codes: ['1.1', '1.2', '1.3'] }))).toMatchObject({ ok: true, status: 'done' });
    expect(taskField(sb, '1.2', 'owner')).toBe('Trần Văn Bình');
  });

  it('rejects bad input by field and writes nothing', () => {
    const sb = assignWorld();
    const cases: [Partial<AssignPayload>, { field: string; message: string }][] = [
      [
        { startDate: '2026-04-01', dueDate: '2026-03-01' },
        { field: 'dueDate', message: 'Thời hạn không được trước ngày bắt đầu.' },
      ],
      [
        { ownerId: 'Người Không Có' },
        { field: 'ownerId', message: 'Không tìm thấy "Người Không Có" trong danh sách cán bộ đang công tác.' },
      ],
      [
        { ownerId: 'Nguyễn Văn An' },
        { field: 'ownerId', message: 'Có 2 cán bộ cùng tên "Nguyễn Văn An". Hãy chọn đúng người trong danh sách.' },
      ],
      [
        { ownerId: 'Đỗ Văn Cũ' },
        { field: 'ownerId', message: 'Không tìm thấy "Đỗ Văn Cũ" trong danh sách cán bộ đang công tác.' },
      ],
      [{ codes: [] }, { field: 'codes', message: 'Chưa chọn nhiệm vụ nào để giao.' }],
      [
        { codes: ['9.9'] },
        {
          field: 'codes',
          message: 'Không tìm thấy nhiệm vụ mã "9.9" (có thể đã bị xoá hoặc đổi mã). Hãy chọn lại dòng rồi giao.',
        },
      ],
    ];
    for (const [over, error] of cases) {
      const r = submit(sb, payload(over));
      expect(r).toEqual({ ok: false, message: '', errors: [error] });
    }
    expect(taskField(sb, '1.1', 'owner')).toBe('');
    expect(sb.mail.outbox).toHaveLength(0);
    // A Date sent by a careless page never reaches the server: the bridge refuses it.
    expect(() => sb.callServer(PRINCIPAL, 'assignSubmit', { ...payload(), dueDate: new Date() })).toThrow();
  });

  it('refuses a duplicated task code among the chosen ones, writing nothing', () => {
    const sb = assignWorld();
    sb.edit(PRINCIPAL, TASKS, 'A3', [['1.1']]);
    const r = submit(sb, payload({ codes: ['1.1', '1.4'] }));
    expect(r).toEqual({
      ok: false,
      message: '',
      errors: [{ field: 'codes', message: expect.stringContaining('Mã "1.1" xuất hiện ở nhiều dòng (2, 3)') }],
    });
    expect(taskField(sb, '1.4', 'owner')).toBe('');
  });

  it('a team as owner: the cell names the team, its tổ trưởng gets the email', () => {
    const sb = assignWorld();
    const r = submit(sb, payload({ ownerId: 'team:to 4-5', coOwnerIds: [] }));
    expect(r).toMatchObject({ ok: true, status: 'done', message: 'Đã giao 3 nhiệm vụ cho Tổ 4-5' });
    expect(taskField(sb, '1.1', 'owner')).toBe('Tổ 4-5');
    expect(sb.mail.outbox.map((m) => m.to)).toEqual([[BINH]]);
    expect(sb.mail.outbox[0]!.body).toContain('tổ trưởng Tổ 4-5, tổ chủ trì');
  });

  it('duplicate names are told apart in the cell; staff without email are named as not notified', () => {
    const sb = assignWorld();
    const r = submit(sb, payload({ ownerId: `email:${AN2}`, coOwnerIds: ['name:pham thu:1', `email:${AN1}`] }));
    expect(r).toEqual({
      ok: true,
      status: 'done',
      message: 'Đã giao 3 nhiệm vụ cho Nguyễn Văn An (an2@thmythinh.edu.vn)',
      notices: [
        'Đã gửi email báo giao việc cho 2 người.',
        'Chưa báo được qua email cho: Phạm Thu (chưa có email trong Cán bộ).',
      ],
    });
    expect(taskField(sb, '1.1', 'coOwners')).toBe('Phạm Thu, Nguyễn Văn An (an1@thmythinh.edu.vn)');
    expect(
      logRows(sb).some((l) => l[2] === 'Gửi email giao việc thất bại' && String(l[4]).startsWith('Phạm Thu')),
    ).toBe(true);
  });

  it('a mail failure for one person keeps the assignment and says who was not notified', () => {
    const sb = assignWorld();
    sb.mail.failFor(HOA);
    const r = submit(sb, payload({ coOwnerIds: [`email:${HOA}`, `email:${CHI}`] }));
    expect(r).toEqual({
      ok: true,
      status: 'done',
      message: 'Đã giao 3 nhiệm vụ cho Trần Văn Bình',
      notices: [
        'Đã gửi email báo giao việc cho 2 người.',
        'Chưa báo được qua email cho: Lê Thị Hoa (gửi email không thành công).',
      ],
    });
    expect(taskField(sb, '1.1', 'owner')).toBe('Trần Văn Bình');
    expect(sb.mail.outbox.map((m) => m.to)).toEqual([[BINH], [CHI]]);
    expect(
      logRows(sb)
        .filter((l) => l[2] === 'Gửi email giao việc thất bại')
        .map((l) => l[4]),
    ).toEqual(['Lê Thị Hoa: gửi email không thành công']);
  });

  it('sends nothing when the checkbox is off', () => {
    const sb = assignWorld();
    expect(submit(sb, payload({ sendEmail: false }))).toMatchObject({ ok: true, status: 'done', notices: [] });
    expect(sb.mail.outbox).toHaveLength(0);
  });

  it('tells the user to retry when another execution holds the lock, writing nothing', () => {
    const sb = assignWorld();
    sb.holdScriptLock();
    const startedAt = sb.clock.nowMillis();
    expect(submit(sb, payload())).toEqual({
      ok: false,
      message: 'Đang có thao tác khác, vui lòng thử lại sau giây lát',
      errors: [],
    });
    expect(sb.clock.nowMillis() - startedAt).toBeLessThanOrEqual(30_000);
    expect(taskField(sb, '1.1', 'owner')).toBe('');
    expect(sb.mail.outbox).toHaveLength(0);
    sb.releaseHeldLock();
    expect(submit(sb, payload())).toMatchObject({ ok: true, status: 'done' });
  });

  it('stores text starting with = + - @ as text, and escapes HTML in the email', () => {
    const staff = [
      ...STAFF_ROWS,
      ['\'=HYPERLINK("http://x")', 'eq@thmythinh.edu.vn', 'Giáo viên', '', 'Cán bộ', 'Có'],
      ["'@Bảo", 'bao@thmythinh.edu.vn', 'Giáo viên', '', 'Cán bộ', 'Có'],
    ];
    const sb = assignWorld({ staff });
    sb.edit(PRINCIPAL, TASKS, 'C2', [['Rà soát <img src=x onerror=alert(1)> & công khai']]);
    const r = submit(
      sb,
      payload({
        codes: ['1.1'],
        ownerId: 'email:eq@thmythinh.edu.vn',
        coOwnerIds: ['email:bao@thmythinh.edu.vn'],
        note: '-<b>gấp</b>',
      }),
    );
    expect(r).toMatchObject({ ok: true, status: 'done' });
    expect(taskField(sb, '1.1', 'owner')).toBe('=HYPERLINK("http://x")');
    expect(taskField(sb, '1.1', 'coOwners')).toBe('@Bảo');
    const mail = sb.mail.outbox[0]!;
    expect(mail.htmlBody).toContain('Rà soát &lt;img src=x onerror=alert(1)&gt; &amp; công khai');
    expect(mail.htmlBody).toContain('-&lt;b&gt;gấp&lt;/b&gt;');
    expect(mail.htmlBody).not.toContain('<img');
    expect(String(logRows(sb).at(-3)?.[4])).toContain('Ghi chú: -<b>gấp</b>');
  });
});

describe('spreadsheet calls do not grow with the number of tasks', () => {
  it('1, 50 and 500 tasks take the same calls (apart from one email per assignee)', () => {
    const counts = [1, 50, 500].map((n) => {
      const sb = assignWorld({ tasks: n });
      const codes = Array.from({ length: n }, (_, i) => `1.${i + 1}`);
      const run = sb.callServerResult<AssignSubmitResult>(PRINCIPAL, 'assignSubmit', payload({ codes }));
      expect(run.result).toMatchObject({
        ok: true,
        status: 'done',
        message: `Đã giao ${n} nhiệm vụ cho Trần Văn Bình`,
      });
      return { spreadsheet: callsOf(run.execution, 'SpreadsheetApp'), mail: callsOf(run.execution, 'MailApp') };
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
    expect(counts[0]!.mail).toBe(2);
  });
});

describe('protections', () => {
  it('a staff member cannot change a due date but can update progress; a manager can change both', () => {
    const sb = assignWorld();
    const due = cellOf(sb, 'dueDate', 2);
    const progress = cellOf(sb, 'progress', 2);
    const result = cellOf(sb, 'result', 2);
    expect(() => sb.edit(HOA, TASKS, due, '30/06/2026')).toThrow('You are trying to edit a protected cell or object');
    expect(() => sb.edit(HOA, TASKS, 'C2', 'Sửa nội dung')).toThrow(
      'You are trying to edit a protected cell or object',
    );
    sb.edit(HOA, TASKS, progress, '50%');
    sb.edit(HOA, TASKS, result, 'Đã họp triển khai');
    expect(taskField(sb, '1.1', 'result')).toBe('Đã họp triển khai');
    sb.edit(PRINCIPAL, TASKS, due, '30/06/2026');
    expect(() => sb.edit(HOA, SHEETS.staff.name, 'A2', 'Ai đó')).toThrow(
      'You are trying to edit a protected cell or object',
    );
    expect(() => sb.edit(HOA, SHEETS.settings.name, 'B2', 'Trường khác')).toThrow(
      'You are trying to edit a protected cell or object',
    );
    expect(() => sb.edit(HOA, SHEETS.log.name, 'A2', 'xoá dấu vết')).toThrow(
      'You are trying to edit a protected cell or object',
    );
  });

  it('a manager added in Cấu hình gets edit rights the next time a manager opens the sidebar; nothing is duplicated', () => {
    const sb = assignWorld();
    const due = cellOf(sb, 'dueDate', 2);
    expect(() => sb.edit(VICE, TASKS, due, '30/06/2026')).toThrow('You are trying to edit a protected cell or object');
    const settings = sb.spreadsheet.valuesOf(SHEETS.settings.name);
    const row = settings.findIndex((r) => r[0] === 'Email quản lý') + 1;
    sb.edit(PRINCIPAL, SHEETS.settings.name, `B${row}`, VICE);
    const countBefore = sb.spreadsheet.protections.length;
    sb.open(PRINCIPAL);
    sb.clickMenu(PRINCIPAL, 'Giao nhiệm vụ…');
    sb.clickMenu(PRINCIPAL, 'Giao nhiệm vụ…');
    expect(sb.spreadsheet.protections.length).toBe(countBefore);
    sb.edit(VICE, TASKS, due, '30/06/2026');
    expect(() => sb.edit(HOA, TASKS, due, '01/07/2026')).toThrow('You are trying to edit a protected cell or object');
    // The new manager can now assign too.
    sb.select(VICE, TASKS, ['A3']);
    expect(sb.callServer<AssignLoadResult>(VICE, 'assignLoad').tasks.map((t) => t.code)).toEqual(['1.2']);
    expect(submit(sb, payload({ codes: ['1.2'] }), VICE)).toMatchObject({ ok: true, status: 'done' });
  });
});
