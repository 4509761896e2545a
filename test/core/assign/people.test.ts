// One owner matching for the assign sidebar (assign/people.ts) and the daily alerts
// (alerts/recipients.ts): the cells the sidebar writes reach their owner, both sides agree on names,
// teams, tổ trưởng and duplicate names, and the alerts keep what only they do.
import { describe, expect, it } from 'vitest';
import { StaffRole, type IsoDate, type StaffMember, type Task } from '../../../src/core/domain';
import { buildDirectory, isTeamLeader, matchOwnerText, splitNames, teamKey } from '../../../src/core/assign/people';
import { AlertRecipients } from '../../../src/core/alerts/recipients';
import { planAlerts } from '../../../src/core/alerts/plan';
import { executePlan, type Outgoing } from '../../../src/core/alerts/run';
import { RECORD_HEADER, rowsToEntries, SentRecord } from '../../../src/core/alerts/record';
import { SummaryCadence } from '../../../src/core/settings';
import { testTask } from '../../support/task';

const PRINCIPAL = 'hieutruong@thmythinh.edu.vn';
const member = (name: string, email: string, position = 'Giáo viên', team = '', active = true): StaffMember => ({
  name,
  email,
  position,
  team,
  role: StaffRole.Staff,
  active,
});

const staff: StaffMember[] = [
  { ...member('Nguyễn Thị Lê', PRINCIPAL, 'Hiệu trưởng', 'Ban giám hiệu'), role: StaffRole.Manager },
  member('Trần Văn Hùng', 'hung.tv@thmythinh.edu.vn', 'Phó hiệu trưởng', 'Ban giám hiệu'),
  member('Phạm Thị Thu Hà', 'ha.ptt@thmythinh.edu.vn', 'Phó hiệu trưởng', 'Ban giám hiệu'),
  member('Nguyễn Văn An', 'an.nv@thmythinh.edu.vn', 'Giáo viên', 'Tổ 1'),
  member('Nguyễn Văn An', 'an2.nv@thmythinh.edu.vn', 'Kế toán', 'Tổ Văn phòng'),
  member('Lê Thị Hồng Nhung', 'nhung.lth@thmythinh.edu.vn', 'Tổ trưởng', 'Tổ 1'),
  member('Ngô Thị Phương', 'phuong.nt@thmythinh.edu.vn', 'Phó tổ trưởng', 'Tổ 2-3'),
  member('Bùi Thị Ngọc Ánh', 'anh.btn@thmythinh.edu.vn', 'Tổ phó', 'Tổ 2-3'),
  member('Trương Thị Oanh', 'oanh.tt@thmythinh.edu.vn', 'Tổ trưởng văn phòng', 'Tổ Văn phòng'),
  member('Phạm Thị Kim Dung', '', 'Văn thư', 'Tổ Văn phòng'),
  member('Vương Thị Tâm', 'tam.vt@thmythinh.edu.vn', 'Giáo viên', 'Tổ 1', false),
];
const sidebar = buildDirectory(staff);
const alerts = new AlertRecipients(staff);
const AN = 'Nguyễn Văn An (an.nv@thmythinh.edu.vn)';

/** Who the sidebar says a text stands for (the email it notifies), or its status. */
function sidebarSays(text: string): string {
  const m = matchOwnerText(text, sidebar);
  return m.status === 'matched' ? m.assignee.email : m.status;
}

/** Who the alerts write to for a text, or why they cannot. */
function alertsSay(text: string): string {
  const r = alerts.resolve(text);
  return r.ok ? r.people.map((p) => p.email).join(', ') : r.why;
}

let nextRow = 2;
const task = (code: string, owner: string, dueDate: IsoDate, more: Partial<Task> = {}): Task =>
  testTask({ code, owner, dueDate, row: nextRow++, ...more });

/** One alert run on `today` with an empty record; what was sent. */
function runAlerts(tasks: Task[], today: IsoDate, coOwnerDigest = false): Outgoing[] {
  const record = new SentRecord(rowsToEntries([[...RECORD_HEADER]]));
  const plan = planAlerts({
    tasks,
    staff,
    today,
    record,
    quota: 100,
    summaryRecipients: [PRINCIPAL],
    settings: { dueSoonDays: 3, skipWeekends: false, summaryCadence: SummaryCadence.Daily, coOwnerDigest },
  });
  const sent: Outgoing[] = [];
  executePlan(
    plan,
    record,
    { schoolName: 'Trường Tiểu học Mỹ Thịnh', trackerUrl: 'https://x', taskSheetId: 1, today },
    {
      now: () => 0,
      deadline: 1000,
      send: (msg) => sent.push(msg),
      journal: { intend: () => undefined, settle: () => undefined },
    },
  );
  return sent;
}

describe('the "Name (email)" cells the sidebar writes', () => {
  it('the sidebar labels same-named staff with their email, and both features read that label as that person', () => {
    const labels = sidebar.people.filter((p) => p.notifyName === 'Nguyễn Văn An').map((p) => p.label);
    expect(labels).toEqual([AN, 'Nguyễn Văn An (an2.nv@thmythinh.edu.vn)']);
    for (const text of labels) expect(alertsSay(text)).toBe(sidebarSays(text));
    expect(alertsSay(AN)).toBe('an.nv@thmythinh.edu.vn');
  });

  it('regression: a task owned by "Nguyễn Văn An (an.nv@…)", with two Nguyễn Văn An in Cán bộ, gets that An his digest', () => {
    const sent = runAlerts([task('2.1', AN, '2026-04-01')], '2026-04-02');
    const digests = sent.filter((s) => s.to !== PRINCIPAL);
    expect(digests.map((d) => d.to)).toEqual(['an.nv@thmythinh.edu.vn']);
    expect(digests[0]!.body).toContain('[2.1]');
    const summary = sent.find((s) => s.to === PRINCIPAL)!;
    expect(summary.body).not.toContain('không tìm thấy trong danh sách cán bộ');
  });

  it('co-owners written the same way get theirs too, when co-owners get digests', () => {
    const t = task('2.2', 'Lê Thị Hồng Nhung', '2026-04-01', {
      coOwners: 'Nguyễn Văn An (an2.nv@thmythinh.edu.vn); Bùi Thị Ngọc Ánh',
    });
    expect(
      runAlerts([t], '2026-04-02', true)
        .map((s) => s.to)
        .sort(),
    ).toEqual(['an2.nv@thmythinh.edu.vn', 'anh.btn@thmythinh.edu.vn', PRINCIPAL, 'nhung.lth@thmythinh.edu.vn']);
  });
});

describe('both features read an owner text the same way', () => {
  it('names typed in another Unicode form, case, spacing or without diacritics', () => {
    for (const text of ['Lê Thị Hồng Nhung'.normalize('NFD'), '  lê thị   hồng nhung ', 'Le Thi Hong Nhung']) {
      expect(sidebarSays(text)).toBe('nhung.lth@thmythinh.edu.vn');
      expect(alertsSay(text)).toBe('nhung.lth@thmythinh.edu.vn');
    }
  });

  it('an email anywhere in the text decides, whatever name is next to it', () => {
    for (const text of [
      'an2.nv@thmythinh.edu.vn',
      'An kế toán <AN2.NV@thmythinh.edu.vn>',
      'Nguyễn Văn An (an2.nv@thmythinh.edu.vn)',
    ]) {
      expect(sidebarSays(text)).toBe('an2.nv@thmythinh.edu.vn');
      expect(alertsSay(text)).toBe('an2.nv@thmythinh.edu.vn');
    }
  });

  it('"Tổ 1", "tổ chuyên môn 1" and "1" are the same tổ, reached through its tổ trưởng', () => {
    expect(['Tổ 1', 'tổ chuyên môn 1', 'To chuyen mon 1', '1'].map(teamKey)).toEqual(['1', '1', '1', '1']);
    for (const text of ['Tổ 1', 'tổ chuyên môn 1', '1']) {
      expect(sidebarSays(text)).toBe('nhung.lth@thmythinh.edu.vn');
      expect(alertsSay(text)).toBe('nhung.lth@thmythinh.edu.vn');
    }
    expect(sidebarSays('Tổ văn phòng')).toBe('oanh.tt@thmythinh.edu.vn');
    expect(alertsSay('Tổ văn phòng')).toBe('oanh.tt@thmythinh.edu.vn');
  });

  it('a tổ trưởng is "Tổ trưởng …", never a tổ phó or phó tổ trưởng: a tổ led only by those has no tổ trưởng', () => {
    expect(staff.filter(isTeamLeader).map((s) => s.name)).toEqual(['Lê Thị Hồng Nhung', 'Trương Thị Oanh']);
    expect(sidebar.teams.find((t) => t.label === 'Tổ 2-3')).toMatchObject({ notifyName: '', email: '' });
    expect(alertsSay('Tổ 2-3')).toBe('noTeamLeader');
  });

  it('same-named staff are not guessed: the sidebar flags them, the alerts name them in the summary', () => {
    expect(sidebarSays('Nguyen Van An')).toBe('ambiguous');
    expect(alertsSay('Nguyen Van An')).toBe('ambiguous');
    const sent = runAlerts([task('3.1', 'Nguyễn Văn An', '2026-04-01')], '2026-04-02');
    expect(sent.map((s) => s.to)).toEqual([PRINCIPAL]);
    expect(sent[0]!.body).toContain('Nguyễn Văn An (nhiệm vụ 3.1): nhiều cán bộ cùng tên, chưa rõ gửi cho ai');
  });

  it('staff no longer active reach nobody, by name or by email', () => {
    for (const text of ['Vương Thị Tâm', 'tam.vt@thmythinh.edu.vn', 'Vương Thị Tâm (tam.vt@thmythinh.edu.vn)']) {
      expect(sidebarSays(text)).toBe('unknown');
      expect(alertsSay(text)).toBe('inactive');
    }
  });

  it('cells list several people the same way (NFC, spaces squashed)', () => {
    expect(splitNames(' Lê Thị Hồng Nhung ;  Trần   Văn Hùng,\nTổ 1 '.normalize('NFD'))).toEqual([
      'Lê Thị Hồng Nhung',
      'Trần Văn Hùng',
      'Tổ 1',
    ]);
    const t = task('3.2', 'Trương Thị Oanh', '2026-04-01', {
      coOwners: 'Lê  Thị Hồng Nhung;Trần Văn Hùng'.normalize('NFD'),
    });
    expect(
      runAlerts([t], '2026-04-02', true)
        .map((s) => s.to)
        .sort(),
    ).toEqual([PRINCIPAL, 'hung.tv@thmythinh.edu.vn', 'nhung.lth@thmythinh.edu.vn', 'oanh.tt@thmythinh.edu.vn']);
  });
});

describe('what only the alerts do', () => {
  it('a position imported from the plan reaches everyone active who holds it; the sidebar does not assign it', () => {
    expect(alertsSay('Phó hiệu trưởng')).toBe('hung.tv@thmythinh.edu.vn, ha.ptt@thmythinh.edu.vn');
    expect(sidebarSays('Phó hiệu trưởng')).toBe('unknown');
  });

  it('an address outside Cán bộ is written to as is; the sidebar does not assign it', () => {
    expect(alertsSay('Chuyên viên phường <cv@myloc.gov.vn>')).toBe('cv@myloc.gov.vn');
    expect(sidebarSays('cv@myloc.gov.vn')).toBe('unknown');
  });

  it('says why a text reaches nobody', () => {
    expect(alertsSay('Người Lạ')).toBe('unknown');
    expect(alertsSay('Phạm Thị Kim Dung')).toBe('noEmail');
    expect(alertsSay('Ban giám hiệu')).toBe('noTeamLeader');
    expect(alerts.nameOf('AN2.NV@thmythinh.edu.vn')).toBe('Nguyễn Văn An');
    expect(alerts.nameOf('cv@myloc.gov.vn')).toBe('cv@myloc.gov.vn');
  });
});
