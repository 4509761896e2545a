import { describe, expect, it } from 'vitest';
import { LogAction, type StaffMember, type Task } from '../../../src/core/domain';
import { buildDirectory, matchOwnerText, resolveAssignee, searchAssignees } from '../../../src/core/assign/people';
import {
  assignmentLogLines,
  columnRuns,
  isAssignedToOther,
  planAssignment,
  validateAssignPayload,
  type AssignRequest,
} from '../../../src/core/assign/assignment';
import { assignmentEmail, recipientsOf } from '../../../src/core/assign/email';
import { testTask } from '../../support/task';

const member = (name: string, email: string, position = 'Giáo viên', team = '', active = true): StaffMember => ({
  name,
  email,
  position,
  team,
  role: 'Cán bộ',
  active,
});

const staff: StaffMember[] = [
  member('Nguyễn Thị Lê', 'hieutruong@thmythinh.edu.vn', 'Hiệu trưởng'),
  member('Trần Văn Bình', 'binh@thmythinh.edu.vn', 'Tổ trưởng', 'Tổ 4-5'),
  member('Lê Thị Hoa', 'hoa@thmythinh.edu.vn', 'Giáo viên', 'Tổ 4-5'),
  member('Nguyễn Văn An', 'an1@thmythinh.edu.vn', 'Giáo viên', 'Tổ 1'),
  member('Nguyễn Văn An', 'an2@thmythinh.edu.vn', 'Kế toán'),
  member('Phạm Thu', '', 'Văn thư'),
  member('Đỗ Văn Cũ', 'cu@thmythinh.edu.vn', 'Giáo viên', 'Tổ 1', false),
];
const dir = buildDirectory(staff);

const task = (code: string, row: number, extra: Partial<Task> = {}): Task =>
  testTask({
    code,
    row,
    area: 'Chỉ đạo, điều hành',
    content: `Nội dung ${code}`,
    source: 'KH 47',
    progressStatus: '',
    ...extra,
  });

describe('staff directory and owner matching', () => {
  it('lists active staff only, gives duplicate names their email, and makes teams with their tổ trưởng', () => {
    expect(dir.people.map((p) => p.label)).toEqual([
      'Nguyễn Thị Lê',
      'Trần Văn Bình',
      'Lê Thị Hoa',
      'Nguyễn Văn An (an1@thmythinh.edu.vn)',
      'Nguyễn Văn An (an2@thmythinh.edu.vn)',
      'Phạm Thu',
    ]);
    const team45 = dir.teams.find((t) => t.label === 'Tổ 4-5')!;
    expect(team45).toMatchObject({ kind: 'team', notifyName: 'Trần Văn Bình', email: 'binh@thmythinh.edu.vn' });
    expect(dir.teams.find((t) => t.label === 'Tổ 1')).toMatchObject({ notifyName: '', email: '' });
    const office = buildDirectory([
      member('Trương Thị Oanh', 'oanh@x.vn', 'Tổ trưởng văn phòng', 'Tổ Văn phòng'),
      member('Phó', 'p@x.vn', 'Tổ phó', 'Tổ 2'),
    ]);
    expect(office.teams.map((t) => t.email)).toEqual(['oanh@x.vn', '']);
  });

  it('matches typed owner text that differs only in diacritics form, case or spaces', () => {
    const nfd = 'Nguyễn Thị Lê'.normalize('NFD');
    for (const text of [nfd, '  nguyễn   thị lê ', 'Nguyen Thi Le']) {
      const m = matchOwnerText(text, dir);
      expect(m.status).toBe('matched');
      if (m.status === 'matched') {
        expect(m.assignee.email).toBe('hieutruong@thmythinh.edu.vn');
        expect(m.exact).toBe(false);
      }
    }
    expect(matchOwnerText('Nguyễn Thị Lê', dir)).toMatchObject({ status: 'matched', exact: true });
  });

  it('flags unknown text, duplicate names and inactive staff instead of guessing', () => {
    expect(matchOwnerText('Nguyễn Văn Không Có', dir).status).toBe('unknown');
    const dup = matchOwnerText('Nguyen Van An', dir);
    expect(dup.status).toBe('ambiguous');
    if (dup.status === 'ambiguous') expect(dup.candidates).toHaveLength(2);
    expect(matchOwnerText('Đỗ Văn Cũ', dir).status).toBe('unknown');
    expect(matchOwnerText('', dir).status).toBe('empty');
  });

  it('tells duplicate names apart by the email in the cell, and matches a team by name', () => {
    expect(matchOwnerText('Nguyễn Văn An (an2@thmythinh.edu.vn)', dir)).toMatchObject({
      status: 'matched',
      assignee: { email: 'an2@thmythinh.edu.vn' },
    });
    expect(matchOwnerText('to 4-5', dir)).toMatchObject({
      status: 'matched',
      assignee: { kind: 'team', label: 'Tổ 4-5' },
    });
  });

  it('gives a staff member without email a stable id', () => {
    expect(resolveAssignee('name:pham thu:1', dir)).toMatchObject({
      status: 'matched',
      assignee: { label: 'Phạm Thu', email: '' },
    });
  });

  it('searches without diacritics: "nguyen thi le" finds "Nguyễn Thị Lê"', () => {
    const all = [...dir.people, ...dir.teams];
    expect(searchAssignees('nguyen thi le', all).map((a) => a.label)).toEqual(['Nguyễn Thị Lê']);
    expect(searchAssignees('NGUYỄN  van', all).map((a) => a.label)).toHaveLength(2);
    expect(searchAssignees('ke toan', all).map((a) => a.email)).toEqual(['an2@thmythinh.edu.vn']);
    expect(searchAssignees('binh', all).map((a) => a.label)).toEqual(['Trần Văn Bình', 'Tổ 4-5']);
    expect(searchAssignees('', all)).toHaveLength(all.length);
  });
});

describe('the sidebar payload', () => {
  const base = {
    codes: ['1.1', '1.2'],
    ownerId: 'email:binh@thmythinh.edu.vn',
    coOwnerIds: ['email:hoa@thmythinh.edu.vn'],
    startDate: '2026-02-01',
    dueDate: '2026-03-31',
    note: 'Làm sớm',
    sendEmail: true,
    confirmReassign: false,
  };

  it('resolves owner and co-owners; the owner is not also a co-owner', () => {
    const r = validateAssignPayload(
      { ...base, coOwnerIds: ['email:hoa@thmythinh.edu.vn', 'email:binh@thmythinh.edu.vn'] },
      dir,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.owner.label).toBe('Trần Văn Bình');
      expect(r.value.coOwners.map((c) => c.label)).toEqual(['Lê Thị Hoa']);
      expect(r.value.startDate).toBe('2026-02-01');
    }
  });

  it('a payload without the date fields keeps the dates (null), as one with them empty does', () => {
    // zod's default skips the transform: '' would reach midnightInZone as an invalid date.
    const { startDate: _s, dueDate: _d, ...undated } = base;
    for (const p of [undated, { ...base, startDate: '', dueDate: '' }]) {
      const r = validateAssignPayload(p, dir);
      expect(r.ok && [r.value.startDate, r.value.dueDate]).toEqual([null, null]);
    }
  });

  it('rejects a due date before the start date, on the due date field', () => {
    const r = validateAssignPayload({ ...base, startDate: '2026-03-01', dueDate: '2026-02-01' }, dir);
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'dueDate', message: 'Thời hạn không được trước ngày bắt đầu.' }],
    });
  });

  it('rejects an empty selection, a missing owner and impossible dates in Vietnamese', () => {
    const r = validateAssignPayload({ ...base, codes: [' ', ''], ownerId: '', startDate: '2026-02-30' }, dir);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual(
        expect.arrayContaining([
          { field: 'codes', message: 'Chưa chọn nhiệm vụ nào để giao.' },
          { field: 'ownerId', message: 'Hãy chọn người chủ trì.' },
          { field: 'startDate', message: 'Ngày không hợp lệ (dd/MM/yyyy).' },
        ]),
      );
    }
  });

  it('rejects an unknown or ambiguous person by field, and a Date object from a careless client', () => {
    const r = validateAssignPayload({ ...base, ownerId: 'Nguyen Van An', coOwnerIds: ['email:ai@khac.vn'] }, dir);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        { field: 'ownerId', message: 'Có 2 cán bộ cùng tên "Nguyen Van An". Hãy chọn đúng người trong danh sách.' },
        { field: 'coOwnerIds', message: 'Không tìm thấy "ai@khac.vn" trong danh sách cán bộ đang công tác.' },
      ]);
    }
    const d = validateAssignPayload({ ...base, dueDate: new Date() }, dir);
    expect(d.ok).toBe(false);
  });

  it('accepts a name typed by hand when it is unambiguous', () => {
    const r = validateAssignPayload({ ...base, ownerId: 'tran van binh' }, dir);
    expect(r.ok && r.value.owner.email).toBe('binh@thmythinh.edu.vn');
  });
});

describe('the assignment plan', () => {
  const owner = dir.byId.get('email:binh@thmythinh.edu.vn')!;
  const request = (over: Partial<AssignRequest> = {}): AssignRequest => ({
    codes: ['1.1', '1.3'],
    owner,
    coOwners: [dir.byId.get('email:hoa@thmythinh.edu.vn')!],
    startDate: null,
    dueDate: '2026-03-31',
    note: '',
    sendEmail: true,
    confirmReassign: false,
    ...over,
  });

  it('finds rows by code wherever they are now, keeping dates left empty', () => {
    const tasks = [task('1.3', 2, { startDate: '2026-01-20' }), task('1.2', 3), task('1.1', 4)];
    const r = planAssignment(tasks, request(), dir);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows.map((x) => [x.code, x.row])).toEqual([
      ['1.1', 4],
      ['1.3', 2],
    ]);
    expect(r.value.rows[1]!.after).toEqual({
      owner: 'Trần Văn Bình',
      coOwners: 'Lê Thị Hoa',
      startDate: '2026-01-20',
      dueDate: '2026-03-31',
    });
    expect(r.value.needsConfirmation).toEqual([]);
  });

  it('asks to confirm rows already assigned to someone else, not rows already theirs', () => {
    const tasks = [task('1.1', 2, { owner: 'Lê Thị Hoa' }), task('1.3', 3, { owner: 'tran  van binh' })];
    const r = planAssignment(tasks, request(), dir);
    expect(r.ok && r.value.needsConfirmation).toEqual([{ code: '1.1', currentOwner: 'Lê Thị Hoa' }]);
    const confirmed = planAssignment(tasks, request({ confirmReassign: true }), dir);
    expect(confirmed.ok && confirmed.value.needsConfirmation).toEqual([]);
    expect(confirmed.ok && confirmed.value.rows.map((x) => x.reassign)).toEqual([true, false]);
    expect(isAssignedToOther('Ai Đó Lạ', owner, dir)).toBe(true);
  });

  it('refuses a missing or duplicated code, and a kept start date after the new due date', () => {
    const dupe = planAssignment([task('1.1', 2), task('1.1', 7), task('1.3', 3)], request(), dir);
    expect(dupe).toEqual({
      ok: false,
      errors: [{ field: 'codes', message: expect.stringContaining('Mã "1.1" xuất hiện ở nhiều dòng (2, 7)') }],
    });
    const missing = planAssignment([task('1.1', 2)], request(), dir);
    expect(missing.ok === false && missing.errors[0]!.message).toContain('Không tìm thấy nhiệm vụ mã "1.3"');
    const late = planAssignment([task('1.1', 2, { startDate: '2026-04-10' }), task('1.3', 3)], request(), dir);
    expect(late.ok === false && late.errors[0]).toEqual({
      field: 'dueDate',
      message: 'Nhiệm vụ 1.1: thời hạn 31/03/2026 trước ngày bắt đầu 10/04/2026.',
    });
  });
});

describe('writing blocks', () => {
  it('groups columns into contiguous runs', () => {
    expect(columnRuns([7, 4, 5, 6])).toEqual([{ start: 4, width: 4 }]);
    expect(columnRuns([4, 5, 9])).toEqual([
      { start: 4, width: 2 },
      { start: 9, width: 1 },
    ]);
  });

  it('logs each task with old → new', () => {
    const lines = assignmentLogLines(
      [
        {
          code: '1.1',
          content: '',
          row: 2,
          reassign: true,
          before: { owner: 'Lê Thị Hoa', coOwners: '', startDate: null, dueDate: '2026-02-01' },
          after: { owner: 'Trần Văn Bình', coOwners: '', startDate: null, dueDate: '2026-03-31' },
        },
      ],
      'Gấp',
    );
    expect(lines).toEqual([
      {
        action: LogAction.Reassigned,
        code: '1.1',
        detail: 'Người chủ trì: Lê Thị Hoa → Trần Văn Bình; Thời hạn: 01/02/2026 → 31/03/2026; Ghi chú: Gấp',
      },
    ]);
  });
});

describe('the notification email', () => {
  it('goes once per person; a team goes to its tổ trưởng; those without email are named', () => {
    const team = dir.teams.find((t) => t.label === 'Tổ 4-5')!;
    const { recipients, unnotified } = recipientsOf(team, [
      dir.byId.get('email:binh@thmythinh.edu.vn')!,
      dir.byId.get('name:pham thu:1')!,
      dir.teams.find((t) => t.label === 'Tổ 1')!,
    ]);
    expect(recipients).toEqual([
      { name: 'Trần Văn Bình', email: 'binh@thmythinh.edu.vn', role: 'team', team: 'Tổ 4-5' },
    ]);
    expect(unnotified).toEqual([
      { name: 'Phạm Thu', reason: 'chưa có email trong Cán bộ' },
      { name: 'Tổ 1', reason: 'tổ chưa có tổ trưởng' },
    ]);
  });

  it('is Vietnamese HTML + text with tasks, dd/MM/yyyy dates, the note and the link, all escaped', () => {
    const mail = assignmentEmail(
      { name: 'Lê <Hoa>', email: 'hoa@thmythinh.edu.vn', role: 'owner', team: '' },
      [
        {
          code: '1.1',
          content: 'Rà soát <script>alert(1)</script> & công khai',
          startDate: '2026-02-01',
          dueDate: '2026-03-31',
        },
      ],
      {
        schoolName: 'Trường Tiểu học Mỹ Thịnh',
        assignerName: 'Nguyễn Thị Lê',
        assignerEmail: 'hieutruong@thmythinh.edu.vn',
        trackerUrl: 'https://docs.google.com/spreadsheets/d/abc',
        note: 'Nộp "sớm" <b>',
      },
    );
    expect(mail).toMatchObject({
      to: 'hoa@thmythinh.edu.vn',
      replyTo: 'hieutruong@thmythinh.edu.vn',
      name: 'Sổ theo dõi CCHC – Trường Tiểu học Mỹ Thịnh',
      subject: '[CCHC] Anh/chị được giao 1 nhiệm vụ – Trường Tiểu học Mỹ Thịnh',
    });
    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).toContain('Rà soát &lt;script&gt;alert(1)&lt;/script&gt; &amp; công khai');
    expect(mail.htmlBody).toContain('Lê &lt;Hoa&gt;');
    expect(mail.htmlBody).toContain('Nộp &quot;sớm&quot; &lt;b&gt;');
    expect(mail.htmlBody).toContain('31/03/2026');
    expect(mail.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/abc"');
    expect(mail.body).toContain(
      '- 1.1. Rà soát <script>alert(1)</script> & công khai (Bắt đầu: 01/02/2026; Thời hạn: 31/03/2026)',
    );
    expect(mail.body).toContain('Ghi chú: Nộp "sớm" <b>');
    expect(mail.body).toContain('chủ trì');
  });
});
