// The alerts over a whole simulated school year, on the built bundle in the sandbox: the 2026
// plan's 42 tasks assigned to the sample staff, staff finishing some on time, some late, some never,
// one daily trigger firing a day from 01/01/2026 to 31/12/2026. Expected emails come from an oracle
// written as date sets (each milestone date, moved past the weekend), independent of the plan code.
// Plus the fault cases (invalid address, lock held elsewhere, renamed sheet) and trigger install.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import { assignSchoolYear, runSchoolYear, schoolYearScript, type ScriptedTask } from '../../samples/schoolYear';
import {
  dayOf,
  expectedMentions,
  hasReminders,
  INACTIVE,
  isDigest,
  isSummary,
  isWeekend,
  mentions,
  sortMentions,
  summaryDays,
} from '../support/alertsOracle';
import type { Sandbox } from '../../sandbox/runtime';
import type { SentMessage } from '../../sandbox/services/mail';
import { asPerson, PRINCIPAL, SETUP_MENU, sheetRecords, trackerWithPlan, type World } from '../support/world';

const ENABLE = 'Bật nhắc việc tự động';
const DISABLE = 'Tắt nhắc việc tự động';
const YEAR_START = '2026-01-01T08:00:00+07:00';
const MANAGERS = [PRINCIPAL, 'hung.tv@thmythinh.edu.vn', 'ha.ptt@thmythinh.edu.vn'];

function logRows(sb: Sandbox): Record<string, unknown>[] {
  return sheetRecords(sb, 'Nhật ký');
}

function enable(world: World) {
  const r = world.sb.clickMenu(world.principal, ENABLE);
  expect(r.error).toBeUndefined();
}

describe('a simulated school year (01/01/2026 → 31/12/2026), one trigger firing a day', () => {
  let world: World;
  let script: ScriptedTask[];
  let outbox: SentMessage[];
  const LAST: IsoDate = '2026-12-31';

  beforeAll(() => {
    world = trackerWithPlan({ start: YEAR_START });
    script = assignSchoolYear(world.sb, world.principal);
    enable(world);
    runSchoolYear(world.sb, { from: '2026-01-01', to: LAST, principal: world.principal });
    outbox = world.sb.mail.outbox;
  }, 600_000);

  it('scripts all 42 tasks of the 2026 plan with every fate', () => {
    expect(script).toHaveLength(42);
    expect(new Set(script.map((t) => t.fate))).toEqual(new Set(['onTime', 'late', 'never']));
  });

  it('sends each owner exactly the digests the cadence asks for, per reason, one a day at most', () => {
    const got = sortMentions(mentions(outbox));
    const want = sortMentions(expectedMentions(script, LAST, new Set([INACTIVE])));
    expect(want.length).toBeGreaterThan(100);
    expect(got).toEqual(want);
    // Per person: one digest per day with something new, never two.
    const owners = new Set(script.map((t) => t.owner.email));
    for (const email of owners) {
      const days = outbox.filter((m) => hasReminders(m) && m.to[0] === email).map(dayOf);
      expect(new Set(days).size).toBe(days.length);
      expect(days).toEqual([...new Set(want.filter((w) => w.to === email).map((w) => w.day))].sort());
    }
    expect(outbox.filter((m) => m.to.includes(INACTIVE))).toEqual([]);
  });

  it("one email per person per day: a manager who owns tasks gets their reminders as the summary's first section", () => {
    const perDay = outbox.map((m) => `${m.to.join()}|${dayOf(m)}`);
    expect(new Set(perDay).size).toBe(perDay.length);
    const merged = outbox.filter((m) => isSummary(m) && hasReminders(m));
    expect(merged.length).toBeGreaterThan(2);
    for (const m of merged) {
      expect(MANAGERS).toContain(m.to[0]);
      expect(m.body.indexOf('NHIỆM VỤ CỦA THẦY/CÔ')).toBeLessThan(m.body.indexOf('TOÀN TRƯỜNG'));
    }
  });

  it('respects the cadence: overdue on days 1, 3, 7, then every 7 (a weekend milestone on Monday), never on a weekend', () => {
    for (const m of outbox) expect(isWeekend(dayOf(m)), `${m.subject} on ${dayOf(m)}`).toBe(false);
    for (const x of mentions(outbox).filter((x) => x.reason === 'overdue')) {
      const milestone = x.days < 3 ? 1 : x.days < 7 ? 3 : 7 * Math.floor(x.days / 7);
      if (weekday(x.day) === 1) expect(x.days - milestone).toBeLessThanOrEqual(2);
      else expect(x.days).toBe(milestone);
    }
  });

  it('never repeats an email: no task milestone twice to the same person, no identical message', () => {
    const keys = mentions(outbox).map((x) => {
      const milestone = x.reason === 'dueSoon' ? 'soon' : x.days < 3 ? 1 : x.days < 7 ? 3 : 7 * Math.floor(x.days / 7);
      return `${x.to}|${x.code}|${x.reason}|${milestone}`;
    });
    // Due soon has two milestones (entering the window, the day before): at most two per task.
    const soon = keys.filter((k) => k.endsWith('|soon'));
    for (const k of new Set(soon)) expect(soon.filter((s) => s === k).length).toBeLessThanOrEqual(2);
    const overdue = keys.filter((k) => !k.endsWith('|soon'));
    expect(new Set(overdue).size).toBe(overdue.length);
    const whole = outbox.map((m) => `${m.to.join()}|${dayOf(m)}|${m.subject}`);
    expect(new Set(whole).size).toBe(whole.length);
  });

  it('sends the principal and managers a summary every weekday with an overdue task or a problem to report', () => {
    const want = summaryDays(script, '2026-01-02', LAST);
    for (const email of MANAGERS) {
      expect(outbox.filter((m) => isSummary(m) && m.to[0] === email).map(dayOf)).toEqual(want);
    }
    const sample = outbox.find((m) => isSummary(m) && m.body.includes('không còn công tác'));
    expect(sample?.body).toContain('Vương Thị Tâm (nhiệm vụ');
    expect(
      outbox.every((m) => m.name === 'Sổ theo dõi CCHC - Trường Tiểu học Mỹ Thịnh' && m.replyTo === PRINCIPAL),
    ).toBe(true);
    expect(outbox.every((m) => m.from === PRINCIPAL)).toBe(true);
  });

  it('stays within 100 recipients a day', () => {
    const perDay = new Map<string, number>();
    for (const m of outbox)
      perDay.set(dayOf(m), (perDay.get(dayOf(m)) ?? 0) + m.to.length + m.cc.length + m.bcc.length);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(100);
  });

  it('writes every send to Nhật ký and the last run to the Cấu hình status line', () => {
    const log = logRows(world.sb);
    expect(log.filter((r) => r['Thao tác'] === 'Gửi nhắc việc')).toHaveLength(outbox.filter(hasReminders).length);
    expect(log.filter((r) => r['Thao tác'] === 'Gửi tổng hợp quá hạn')).toHaveLength(outbox.filter(isSummary).length);
    expect(log.filter((r) => r['Thao tác'] === 'Lỗi gửi nhắc việc')).toHaveLength(0);
    const line = world.sb.spreadsheet.valuesOf('Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc');
    expect(String(line?.[1])).toMatch(
      /^Đang bật: chạy lúc 7 giờ hằng ngày bằng tài khoản hieutruong@thmythinh\.edu\.vn .*Lần chạy gần nhất: 31\/12\/2026 07:\d\d, /,
    );
  });
});

describe('a forced low quota', () => {
  it('never exceeds it, sends the principal summary first, carries the rest without duplicates', () => {
    // Three summary recipients (principal, two deputies) leave two recipients a day for owners.
    const world = trackerWithPlan({ start: YEAR_START, mailQuota: 5 });
    const script = assignSchoolYear(world.sb, world.principal);
    enable(world);
    runSchoolYear(world.sb, { from: '2026-01-01', to: '2026-05-31', principal: world.principal });
    const outbox = world.sb.mail.outbox;
    const perDay = new Map<string, SentMessage[]>();
    for (const m of outbox) perDay.set(dayOf(m), [...(perDay.get(dayOf(m)) ?? []), m]);
    for (const [, sent] of perDay) {
      expect(sent.length).toBeLessThanOrEqual(5);
      // The principal's summary is sent whenever anything is.
      if (sent.some(isSummary)) expect(sent.some((m) => isSummary(m) && m.to[0] === PRINCIPAL)).toBe(true);
    }
    // The principal hears every weekday with something overdue, or someone carried to the next run.
    const carriedDays = logRows(world.sb)
      .filter((r) => r['Thao tác'] === 'Hoãn nhắc việc')
      .map((r) => new Date((r['Thời gian'] as Date).getTime() + 7 * 3_600_000).toISOString().slice(0, 10));
    const want = [...new Set([...summaryDays(script, '2026-01-02', '2026-05-31'), ...carriedDays])].sort();
    expect(outbox.filter((m) => isSummary(m) && m.to[0] === PRINCIPAL).map(dayOf)).toEqual(want);
    expect(outbox.filter(isDigest).length).toBeGreaterThan(50);
    const keys = mentions(outbox)
      .filter((x) => x.reason === 'overdue')
      .map((x) => `${x.to}|${x.code}|${x.days < 3 ? 1 : x.days < 7 ? 3 : 7 * Math.floor(x.days / 7)}`);
    expect(new Set(keys).size).toBe(keys.length);
    const carried = logRows(world.sb).filter((r) => r['Thao tác'] === 'Hoãn nhắc việc');
    expect(carried.length).toBeGreaterThan(0);
    expect(String(carried[0]!['Chi tiết'])).toContain('hết hạn mức gửi email trong ngày');
  }, 600_000);
});

describe('fault cases', () => {
  // Task II.1 (owner Phạm Thị Thu Hà) is due 02/02/2026; II.3 (Bùi Thị Ngọc Ánh) never finishes.
  function world(): World {
    const w = trackerWithPlan({ start: YEAR_START });
    assignSchoolYear(w.sb, w.principal);
    enable(w);
    return w;
  }

  it('an invalid address and a recipient MailApp refuses: the run goes on, both logged and named in the summary', () => {
    const w = world();
    const script = schoolYearScript(w.sb, w.principal);
    const staffRows = w.sb.spreadsheet.valuesOf('Cán bộ');
    const row = staffRows.findIndex((r) => r[1] === 'anh.btn@thmythinh.edu.vn') + 1;
    // Data validation stops a person typing it; a value written by a script (an old import) gets through.
    asPerson(w.sb, PRINCIPAL, (ss) => ss.getSheetByName('Cán bộ')!.getRange(`B${row}`).setValue('anh.btn@thmythinh'));
    w.sb.mail.failFor('huong.vtt@thmythinh.edu.vn');
    // People still sign in with their real accounts: the script was read before the address broke.
    runSchoolYear(w.sb, { from: '2026-01-02', to: '2026-02-20', principal: w.principal, script });
    const failures = logRows(w.sb)
      .filter((r) => r['Thao tác'] === 'Lỗi gửi nhắc việc')
      .map((r) => String(r['Chi tiết']));
    expect(failures.some((f) => f === 'Bùi Thị Ngọc Ánh <anh.btn@thmythinh>: Invalid email: anh.btn@thmythinh')).toBe(
      true,
    );
    expect(
      failures.some(
        (f) =>
          f === 'Vũ Thị Thanh Hương <huong.vtt@thmythinh.edu.vn>: Failed to send email to huong.vtt@thmythinh.edu.vn',
      ),
    ).toBe(true);
    const summaries = w.sb.mail.outbox.filter((m) => isSummary(m) && m.to[0] === PRINCIPAL);
    expect(summaries.some((m) => m.body.includes('anh.btn@thmythinh: gửi lỗi ngày'))).toBe(true);
    expect(summaries.some((m) => m.body.includes('huong.vtt@thmythinh.edu.vn: gửi lỗi ngày'))).toBe(true);
    // Others still got theirs.
    expect(w.sb.mail.sentTo('ha.ptt@thmythinh.edu.vn').some(hasReminders)).toBe(true);
    const errors = w.sb.executions.filter((e) => e.functionName === 'runDailyAlerts');
    expect(errors.length).toBeGreaterThan(30);
  }, 300_000);

  it('a lock held by another execution: the run logs it and exits cleanly; the next run catches up', () => {
    const w = world();
    const script = schoolYearScript(w.sb, w.principal);
    // A task never finished whose first overdue day is a Tuesday–Friday (its next day is a weekday too).
    const t = script.find((x) => x.fate === 'never' && [2, 3, 4].includes(weekday(addDays(x.due, 1))))!;
    const dayOne = addDays(t.due, 1);
    runSchoolYear(w.sb, { from: '2026-01-02', to: t.due, principal: w.principal });
    const before = w.sb.mail.outbox.length;
    w.sb.holdScriptLock();
    w.sb.clock.set(`${dayOne}T10:00:00+07:00`);
    const [busy] = w.sb.fireDueTriggers();
    expect(busy?.error).toBeUndefined();
    expect(busy?.logs.map((l) => l.message)).toContain('runDailyAlerts: không chạy vì đang có thao tác khác giữ khóa');
    expect(w.sb.mail.outbox.length).toBe(before);
    w.sb.releaseHeldLock();
    // Day 1 overdue was missed; the same milestone goes out with the next run, once.
    runSchoolYear(w.sb, { from: addDays(dayOne, 1), to: addDays(dayOne, 1), principal: w.principal });
    const digest = w.sb.mail.sentTo(t.owner.email).filter((m) => dayOf(m) === addDays(dayOne, 1) && hasReminders(m));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.body).toContain(`[${t.code}]`);
    expect(digest[0]!.body).toContain('quá hạn 2 ngày');
  }, 300_000);

  it('a renamed task sheet: one clear email to the principal, a log line, no crash, no repeat the same day', () => {
    const w = world();
    w.sb.clock.set('2026-02-01T09:00:00+07:00');
    w.sb.fireDueTriggers();
    const sentBefore = w.sb.mail.outbox.length;
    asPerson(w.sb, PRINCIPAL, (ss) => ss.getSheetByName('Nhiệm vụ')!.setName('NV năm 2026'));
    w.sb.clock.set('2026-02-02T09:00:00+07:00');
    const [run] = w.sb.fireDueTriggers().slice(-1);
    expect(run?.error).toBeUndefined();
    expect(w.sb.run(PRINCIPAL, 'runDailyAlerts').error).toBeUndefined();
    const after = w.sb.mail.outbox.slice(sentBefore);
    expect(after.map((m) => [m.to, m.subject, dayOf(m)])).toEqual([
      [[PRINCIPAL], '[CCHC] Nhắc việc tự động không chạy được: sổ theo dõi cần sửa', '2026-02-02'],
    ]);
    expect(after[0]!.body).toContain('Không tìm thấy trang tính "Nhiệm vụ"');
    expect(logRows(w.sb).filter((r) => r['Thao tác'] === 'Nhắc việc: sổ lỗi').length).toBeGreaterThanOrEqual(2);
    const status = String(w.sb.spreadsheet.valuesOf('Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc')?.[1]);
    expect(status).toContain('sổ theo dõi bị lỗi, đã báo hiệu trưởng');
    // Renamed back: the next run catches up on what was missed (II.1, due 02/02, was due soon).
    asPerson(w.sb, PRINCIPAL, (ss) => ss.getSheetByName('NV năm 2026')!.setName('Nhiệm vụ'));
    w.sb.clock.set('2026-02-03T09:00:00+07:00');
    w.sb.fireDueTriggers();
    const caughtUp = w.sb.mail
      .sentTo('ha.ptt@thmythinh.edu.vn')
      .filter((m) => hasReminders(m) && dayOf(m) === '2026-02-03');
    expect(caughtUp).toHaveLength(1);
    expect(caughtUp[0]!.body).toContain('[II.1]');
  }, 300_000);
});

describe('turning alerts on and off', () => {
  it('installs exactly one daily and one on-edit trigger however often it runs, moves the hour, and leaves other triggers alone', () => {
    const w = trackerWithPlan({ start: YEAR_START, plan: 'none' });
    const { sb } = w;
    // Someone deleted the on-edit trigger setup made; and a trigger the tracker did not create.
    for (const t of [...sb.triggers.triggers]) sb.triggers.remove(t.uid);
    sb.triggers.add({
      uid: 'foreign-1',
      handler: 'myOwnBackup',
      owner: PRINCIPAL,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { kind: 'days', every: 1, hour: 22, minute: 0, timeZone: 'Asia/Ho_Chi_Minh' },
      createdAt: sb.clock.nowMillis(),
      lastRunAt: sb.clock.nowMillis(),
    });
    const ours = () => sb.triggers.triggers.filter((t) => t.uid !== 'foreign-1');
    const daily = () => ours().filter((t) => t.handler === 'runDailyAlerts');
    enable(w);
    enable(w);
    expect(
      ours()
        .map((t) => [t.handler, t.eventType])
        .sort(),
    ).toEqual([
      ['onEditInstalled', 'ON_EDIT'],
      ['runDailyAlerts', 'CLOCK'],
    ]);
    expect(daily()[0]!.schedule).toMatchObject({ kind: 'days', every: 1, hour: 7, timeZone: 'Asia/Ho_Chi_Minh' });

    const row = sb.spreadsheet.valuesOf('Cấu hình').findIndex((r) => r[0] === 'Giờ gửi nhắc việc') + 1;
    sb.edit(PRINCIPAL, 'Cấu hình', `B${row}`, 6);
    enable(w);
    expect(daily()).toHaveLength(1);
    expect(daily()[0]!.schedule).toMatchObject({ hour: 6 });
    expect(ours().filter((t) => t.handler === 'onEditInstalled')).toHaveLength(1);
    const status = () => String(sb.spreadsheet.valuesOf('Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc')?.[1]);
    expect(status()).toBe(
      'Đang bật: chạy lúc 6 giờ hằng ngày bằng tài khoản hieutruong@thmythinh.edu.vn (email gửi từ hộp thư này).',
    );

    // Staff may not turn it off.
    sb.open('mai.dt@thmythinh.edu.vn');
    sb.clickMenu('mai.dt@thmythinh.edu.vn', DISABLE);
    expect(sb.ui.alerts.at(-1)?.message).toBe('Chỉ hiệu trưởng hoặc cán bộ quản lý được thực hiện thao tác này.');
    expect(daily()).toHaveLength(1);

    // Tắt removes the daily trigger it made; the edits feature's on-edit trigger and the foreign one stay.
    sb.clickMenu(PRINCIPAL, DISABLE);
    expect(daily()).toEqual([]);
    expect(sb.triggers.triggers.map((t) => t.handler).sort()).toEqual(['myOwnBackup', 'onEditInstalled']);
    expect(status()).toBe('Đã tắt.');
    sb.clickMenu(PRINCIPAL, DISABLE);
    expect(sb.ui.alerts.at(-1)?.message).toBe('Nhắc việc tự động đang tắt.');
  });

  it("another manager takes the alerts over: only the new owner's run sends; the old trigger refuses and deletes itself", () => {
    const w = trackerWithPlan({ start: YEAR_START, plan: 'none' });
    const { sb } = w;
    const deputy = 'hung.tv@thmythinh.edu.vn';
    const daily = () =>
      sb.triggers.triggers
        .filter((t) => t.handler === 'runDailyAlerts')
        .map((t) => t.owner)
        .sort();
    enable(w);
    sb.open(deputy);
    // A manager the protections do not know yet: a Vietnamese message, nothing left behind.
    sb.clickMenu(deputy, ENABLE);
    expect(sb.ui.alerts.at(-1)?.message).toMatch(
      /^Chưa bật được nhắc việc tự động, không có gì thay đổi: tài khoản này chưa được quyền sửa các trang tính được bảo vệ\. Hãy chạy "CCHC → Khởi tạo/,
    );
    expect(daily()).toEqual([PRINCIPAL]);
    expect(String(sb.spreadsheet.valuesOf('Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc')?.[1])).toContain(
      `bằng tài khoản ${PRINCIPAL}`,
    );

    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    sb.clickMenu(deputy, ENABLE);
    expect(sb.ui.alerts.at(-1)?.message).toContain(
      'Đã chuyển nhắc việc tự động sang tài khoản hung.tv@thmythinh.edu.vn',
    );
    // Apps Script cannot delete another user's trigger: the principal's stays until it fires.
    expect(daily()).toEqual([deputy, PRINCIPAL].sort());
    sb.clock.set('2026-01-02T12:00:00+07:00');
    const runs = sb.fireDueTriggers().filter((r) => r.execution.functionName === 'runDailyAlerts');
    const byOwner = (u: string) => runs.filter((r) => r.execution.effectiveUserEmail === u);
    expect(byOwner(PRINCIPAL).map((r) => r.logs.map((l) => l.message).join('\n'))).toEqual([
      `runDailyAlerts: ${PRINCIPAL} không phải tài khoản chạy nhắc việc tự động (${deputy}): không gửi email, không ghi gì.`,
    ]);
    expect(byOwner(deputy).every((r) => r.error === undefined)).toBe(true);
    expect(sb.mail.outbox.every((m) => m.from === deputy)).toBe(true);
    expect(daily()).toEqual([deputy]);
  });

  it('any manager can turn alerts off, even when another account owns them; that trigger then stops itself', () => {
    const w = trackerWithPlan({ start: YEAR_START, plan: 'none' });
    const { sb } = w;
    const deputy = 'hung.tv@thmythinh.edu.vn';
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    sb.open(deputy);
    expect(sb.clickMenu(deputy, ENABLE).error).toBeUndefined();
    sb.clickMenu(PRINCIPAL, DISABLE);
    expect(sb.ui.alerts.at(-1)?.message).toBe(
      `Đã tắt nhắc việc tự động. Trình kích hoạt của ${deputy} sẽ tự dừng và tự xóa ở lần chạy tới, không gửi email nào.`,
    );
    expect(String(sb.spreadsheet.valuesOf('Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc')?.[1])).toBe(
      'Đã tắt.',
    );
    sb.clock.set('2026-01-05T12:00:00+07:00');
    const runs = sb.fireDueTriggers().filter((r) => r.execution.functionName === 'runDailyAlerts');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.logs.map((l) => l.message)).toContain(
      `runDailyAlerts: ${deputy}: nhắc việc tự động đang tắt: không gửi email, đã xóa trình kích hoạt còn sót.`,
    );
    expect(sb.mail.outbox).toEqual([]);
    expect(sb.triggers.triggers.filter((t) => t.handler === 'runDailyAlerts')).toEqual([]);
  });

  it('orphan triggers: a full property store or the 20-trigger cap leave no trigger and say so in Vietnamese; Tắt removes an orphan', () => {
    const w = trackerWithPlan({ start: YEAR_START, plan: 'none' });
    const { sb } = w;
    const daily = () => sb.triggers.triggers.filter((t) => t.handler === 'runDailyAlerts');
    const lastAlert = () => sb.ui.alerts.at(-1)?.message ?? '';
    const scriptProps = <T>(fn: (p: GoogleAppsScript.Properties.Properties) => T): T =>
      sb.env.run('editor', 'inspect', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
        fn(sb.properties.getScriptProperties()),
      ).result;
    // Fill the 500 KB store to the last bytes.
    let n = 0;
    for (const size of [9000, 1000, 100, 10, 1]) {
      for (;;) {
        try {
          scriptProps((p) => p.setProperty(`filler${n++}`, 'x'.repeat(size)));
        } catch {
          break;
        }
      }
    }
    for (let i = 0; i < 2; i++) {
      sb.clickMenu(PRINCIPAL, ENABLE);
      expect(lastAlert()).toBe(
        'Chưa bật được nhắc việc tự động, không có gì thay đổi: bộ nhớ cài đặt của tập lệnh đã đầy (giới hạn 500 KB của Google). Hãy báo người quản trị sổ theo dõi dọn bớt thuộc tính tập lệnh rồi thử lại.',
      );
      expect(daily()).toEqual([]);
    }
    scriptProps((p) => {
      for (const k of p.getKeys()) if (k.startsWith('filler')) p.deleteProperty(k);
    });

    // An orphan left by an older version while the state says off: Tắt finds it by handler name.
    sb.triggers.add({
      uid: 'orphan-1',
      handler: 'runDailyAlerts',
      owner: PRINCIPAL,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { kind: 'days', every: 1, hour: 7, minute: 0, timeZone: 'Asia/Ho_Chi_Minh' },
      createdAt: sb.clock.nowMillis(),
      lastRunAt: sb.clock.nowMillis(),
    });
    sb.clickMenu(PRINCIPAL, DISABLE);
    expect(lastAlert()).toBe('Đã tắt nhắc việc tự động.');
    expect(daily()).toEqual([]);
    // Bật with an orphan present keeps exactly one.
    sb.triggers.add({
      ...sb.triggers.triggers[0]!,
      uid: 'orphan-2',
      handler: 'runDailyAlerts',
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { kind: 'days', every: 1, hour: 7, minute: 0, timeZone: 'Asia/Ho_Chi_Minh' },
    });
    enable(w);
    expect(daily().map((t) => t.uid)).not.toContain('orphan-2');
    expect(daily()).toHaveLength(1);
    sb.clickMenu(PRINCIPAL, DISABLE);

    // The 20-trigger cap.
    while (sb.triggers.ownedBy(PRINCIPAL).length < 20) {
      sb.triggers.add({ ...sb.triggers.triggers[0]!, uid: `own-${sb.triggers.triggers.length}`, handler: 'myOwnJob' });
    }
    sb.clickMenu(PRINCIPAL, ENABLE);
    expect(lastAlert()).toBe(
      'Chưa bật được nhắc việc tự động, không có gì thay đổi: tài khoản này đã có 20 trình kích hoạt (giới hạn của Google). Hãy xóa bớt trình kích hoạt không dùng trong Tiện ích mở rộng → Apps Script → Trình kích hoạt rồi thử lại.',
    );
    expect(daily()).toEqual([]);
    expect(String(sb.spreadsheet.valuesOf('Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc')?.[1])).toBe(
      'Đã tắt.',
    );
  });
});
