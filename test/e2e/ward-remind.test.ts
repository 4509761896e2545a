// Nhắc báo cáo on the built ward bundle (dist-ward/, issue 15): a simulated end of quý I 2026
// (deadline 20/03/2026), the daily run turned on from the menu and its trigger fired every morning
// from before T-5 (15/03) to after the deadline. Each unit that has not reported gets T-5, T-1 and
// the overdue reminder once; a unit that reports after T-5 gets no T-1; units that reported get
// none; the menu pull and a partial pull send nothing. Then the same quarter with a fault injected
// at each step of a reminder's delivery (sandbox/env.ts FaultInjector, as test/e2e/alerts-faults.test.ts
// does for the school): before the send, the send throwing, after the send, during the record write —
// no reminder twice, none lost.
import { beforeAll, describe, expect, it } from 'vitest';
import { EXECUTION_TIME_ERROR, type FaultSpec, type SandboxObject } from '../../sandbox/env';
import type { Sandbox } from '../../sandbox/runtime';
import type { SpreadsheetModel } from '../../sandbox/spreadsheet';
import type { SentMessage } from '../../sandbox/services/mail';
import { addDays, isoDateInZone, midnightInZone } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import { wardMsg } from '../../src/messages/ward';
import { asPerson, sheetValues, type World } from '../support/world';
import { listSchools, school, unitRecords, WARD, wardSandbox } from '../support/wardWorld';

const TZ = 'Asia/Ho_Chi_Minh';
const Q1 = 'Quý I năm 2026';
const FROM: IsoDate = '2026-03-10';
const TO: IsoDate = '2026-03-25';
const M = wardMsg.menu;
const S = wardMsg.states;
const OTHER = 'canbo@phuongbachmai.gov.vn';

/** listUnits' contact emails, in Đơn vị order. */
const email = (i: number) => `donvi${i + 1}@phuongbachmai.edu.vn`;
/** The units: reported on time; never; reports on 17/03 (after T-5); never shared; never. */
const [ON_TIME, NEVER, REPORTS_LATER, UNSHARED, NEVER_2] = [0, 1, 2, 3, 4].map(email) as [
  string,
  string,
  string,
  string,
  string,
];
const OWED = [NEVER, UNSHARED, NEVER_2];

const dayOf = (m: SentMessage): IsoDate => isoDateInZone(m.sentAt, TZ);
const milestoneOf = (m: SentMessage): 't-5' | 't-1' | 'overdue' =>
  m.subject.startsWith('[CCHC phường] Quá hạn')
    ? 'overdue'
    : m.body.includes('Còn 1 ngày') || m.body.includes('Hôm nay là ngày cuối')
      ? 't-1'
      : 't-5';
const reminders = (sb: Sandbox) => sb.mail.outbox.filter((m) => m.subject.startsWith('[CCHC phường]'));

let schools: World[];
beforeAll(() => {
  schools = [
    school({ done: 10, report: { number: '03/BC-THMT', date: '2026-03-05', period: Q1 } }),
    school({ done: 4 }),
    school({ done: 6 }),
    school({ done: 2 }),
    school({ done: 0 }),
  ];
});

interface Quarter {
  sb: Sandbox;
  copies: SpreadsheetModel[];
}

/** The ward of five units on 09/03/2026 (set up on WARD_START, then the clock set back), its daily run turned on. */
function quarter(turnOn = true): Quarter {
  const sb = wardSandbox();
  sb.clock.set(`${addDays(FROM, -1)}T12:00:00+07:00`);
  const copies = listSchools(sb, schools, (i) => i !== 3);
  const nameRow = sheetValues(sb, 'Cấu hình').findIndex((r) => r[0] === 'Tên phường') + 1;
  sb.edit(WARD, 'Cấu hình', `B${nameRow}`, 'Bạch Mai');
  if (turnOn) {
    expect(sb.clickMenu(WARD, M.dailyOn).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)?.message).toContain('Đã bật: hằng ngày khoảng 7 giờ');
  }
  return { sb, copies };
}

/** The third school records its report in its own Sổ báo cáo. */
function reportLater(q: Quarter, day: IsoDate): void {
  const at = midnightInZone(day, TZ);
  q.copies[2]!.userEdit(schools[2]!.principal, 'Sổ báo cáo', 'A2', [
    ['09/BC-THMT', at, Q1, 'https://docs.google.com/document/d/bao-cao-truong-3/edit', schools[2]!.principal, at],
  ]);
}

/** Each morning at 09:00 the day's due triggers run (the daily one at 07:00); `before` runs first that day. */
function runDays(q: Quarter, before: (day: IsoDate) => void = () => {}): void {
  for (let day = FROM; day <= TO; day = addDays(day, 1)) {
    before(day);
    q.sb.clock.set(`${day}T09:00:00+07:00`);
    const runs = q.sb.fireDueTriggers();
    expect(runs.length, day).toBeGreaterThan(0);
    for (const r of runs) expect(r.error, `${day} ${r.execution.functionName}`).toBeUndefined();
  }
}

/** What each recipient got: milestone → days. */
function received(sb: Sandbox): Map<string, Map<string, IsoDate[]>> {
  const out = new Map<string, Map<string, IsoDate[]>>();
  for (const m of reminders(sb)) {
    const to = m.to.join();
    const byMilestone = out.get(to) ?? new Map<string, IsoDate[]>();
    byMilestone.set(milestoneOf(m), [...(byMilestone.get(milestoneOf(m)) ?? []), dayOf(m)]);
    out.set(to, byMilestone);
  }
  return out;
}

describe('a quarter of daily runs', () => {
  let q: Quarter;
  beforeAll(() => {
    q = quarter();
    runDays(q, (day) => {
      if (day === '2026-03-15') {
        // The menu pull before the morning's trigger: it pulls, it does not remind.
        q.sb.clock.set(`${day}T06:00:00+07:00`);
        expect(q.sb.clickMenu(WARD, M.pull).error).toBeUndefined();
        expect(reminders(q.sb)).toEqual([]);
      }
      if (day === '2026-03-17') reportLater(q, day);
      if (day === '2026-03-19')
        // Slow trackers on the 19th: the daily run stops after two units (a partial pull sends
        // nothing); its continuation a minute later finishes, and sends.
        for (const c of q.copies.filter((_, i) => i !== 3))
          q.sb.env.faults.arm({
            method: 'SpreadsheetApp.openByUrl',
            spreadsheetId: c.id,
            delayMs: 2 * 60_000,
            proceed: true,
          });
    });
  }, 600_000);

  it('each unit that has not reported gets T-5, T-1 and overdue, each once and on its day', () => {
    const got = received(q.sb);
    for (const to of OWED)
      expect(Object.fromEntries(got.get(to) ?? []), to).toEqual({
        't-5': ['2026-03-15'],
        't-1': ['2026-03-19'],
        overdue: ['2026-03-21'],
      });
  });

  it('a unit that reports after T-5 gets no T-1; a unit that reported gets none', () => {
    const got = received(q.sb);
    expect(Object.fromEntries(got.get(REPORTS_LATER) ?? [])).toEqual({ 't-5': ['2026-03-15'] });
    expect(got.has(ON_TIME)).toBe(false);
    expect([...got.keys()].sort()).toEqual([...OWED, REPORTS_LATER].sort());
    expect(unitRecords(q.sb).map((u) => u[wardMsg.unitColumns.state])).toEqual([
      S.onTime,
      S.missing,
      S.onTime,
      S.unreachable,
      S.missing,
    ]);
  });

  it('the email names the unit, the period, the deadline and the ward; the unreadable unit is told why', () => {
    const t5 = reminders(q.sb).find((m) => m.to[0] === NEVER && milestoneOf(m) === 't-5')!;
    expect(t5.subject).toBe('[CCHC phường] Nhắc gửi báo cáo CCHC Quý I năm 2026, hạn 20/03/2026');
    expect(t5.body).toContain('Kính gửi: Trường 2.');
    expect(t5.body).toContain('UBND phường Bạch Mai nhắc: đơn vị chưa gửi báo cáo');
    expect(t5.body).toContain('Hạn gửi báo cáo: ngày 20/03/2026.');
    expect(t5.name).toBe('Sổ CCHC phường - UBND phường Bạch Mai');
    const unshared = reminders(q.sb).filter((m) => m.to[0] === UNSHARED);
    for (const m of unshared)
      expect(m.body).toContain(
        'phường chưa đọc được sổ theo dõi CCHC của đơn vị (Sổ theo dõi chưa được chia sẻ (quyền xem) với tài khoản của phường)',
      );
    expect(
      reminders(q.sb)
        .filter((m) => m.to[0] === NEVER)
        .every((m) => !m.body.includes('chưa đọc được')),
    ).toBe(true);
  });

  it('the 19th: the partial daily pull sent nothing, its continuation sent the T-1 reminders', () => {
    expect(q.sb.env.faults.pending()).toBe(0);
    const on19 = q.sb.executions.filter(
      (e) => isoDateInZone(new Date(e.startedAt), TZ) === '2026-03-19' && e.kind === 'timeDriven',
    );
    expect(on19.map((e) => e.functionName)).toEqual(['wardDailyPull', 'wardContinuePull']);
    const sentBy = reminders(q.sb)
      .filter((m) => dayOf(m) === '2026-03-19')
      .map((m) => q.sb.executions.find((e) => e.id === m.executionId)?.functionName);
    expect(sentBy).toEqual(OWED.map(() => 'wardContinuePull'));
  });

  it('the record is the hidden "Nhắc việc đã gửi" sheet, one entry per unit and milestone; the status line says the last run', () => {
    const rows = q.sb.spreadsheet.valuesOf('Nhắc việc đã gửi').slice(1);
    expect(rows).toHaveLength(OWED.length * 3 + 1);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(rows.every((r) => r[5] === 'sent')).toBe(true);
    const status = sheetValues(q.sb, 'Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc');
    expect(String(status?.[1])).toMatch(
      /^Đang bật: hằng ngày khoảng 7 giờ, tài khoản .*Lần chạy gần nhất: 25\/03\/2026/,
    );
  });
});

/** A Range's sheet name, read on the object behind the proxy (not counted, not faulted). */
const sheetOf = (target: SandboxObject) =>
  (target as unknown as { getSheet(): { getName(): string } }).getSheet().getName();
/** One setProperties call writing journal parts of a step ('i' the intent, 'o' the outcome). */
const journalParts = (args: readonly unknown[], step: 'i' | 'o') =>
  Object.keys((args[0] ?? {}) as object).some((k) => k.startsWith('cchc.alerts.journal.') && k.includes(`.${step}#`));

/** Each fault on its day (one run apart, so each retry has its own run). */
const FAULTS: { step: string; day: IsoDate; spec: FaultSpec }[] = [
  {
    step: 'before send',
    day: '2026-03-15',
    spec: { method: 'Properties.setProperties', when: (_t, a) => journalParts(a, 'i') },
  },
  {
    step: 'during the record write',
    day: '2026-03-16',
    spec: { method: 'Range.setValues', when: (t) => sheetOf(t) === 'Nhắc việc đã gửi' },
  },
  { step: 'the send throwing', day: '2026-03-19', spec: { method: 'MailApp.sendEmail' } },
  {
    step: 'after send, before the record',
    day: '2026-03-21',
    spec: { method: 'Properties.setProperties', when: (_t, a) => journalParts(a, 'o') },
  },
];

describe('the same quarter with a fault at each step of a reminder', () => {
  let q: Quarter;
  beforeAll(() => {
    q = quarter();
    runDays(q, (day) => {
      for (const f of FAULTS.filter((x) => x.day === day)) q.sb.env.faults.arm(f.spec);
      if (day === '2026-03-17') reportLater(q, day);
    });
  }, 600_000);

  it('every fault fired', () => {
    expect(q.sb.env.faults.pending()).toBe(0);
    expect(q.sb.env.faults.fired).toHaveLength(FAULTS.length);
  });

  it('0 duplicates, 0 lost: each owed unit gets each milestone exactly once, at most one run late where a fault hit it', () => {
    const got = received(q.sb);
    for (const to of OWED) {
      const byMilestone = got.get(to)!;
      for (const [ms, due, window] of [
        ['t-5', '2026-03-15', '2026-03-18'],
        ['t-1', '2026-03-19', '2026-03-20'],
        ['overdue', '2026-03-21', '2026-03-21'],
      ] as const) {
        const days = byMilestone.get(ms) ?? [];
        expect(days, `${to} ${ms}`).toHaveLength(1);
        expect(days[0]! >= due && days[0]! <= window && days[0]! <= addDays(due, 1), `${to} ${ms} on ${days[0]}`).toBe(
          true,
        );
      }
    }
    // The intent that could not be journaled was not sent on the 15th and went on the 16th; the
    // send that threw on the 19th went on the 20th.
    const late = reminders(q.sb).filter((m) => ['2026-03-16', '2026-03-20'].includes(dayOf(m)));
    expect(late.map((m) => [dayOf(m), milestoneOf(m)])).toEqual([
      ['2026-03-16', 't-5'],
      ['2026-03-20', 't-1'],
    ]);
    // The unit that reported on the 17th: its T-5 once, nothing after.
    expect(Object.fromEntries(got.get(REPORTS_LATER) ?? [])).toEqual({ 't-5': ['2026-03-15'] });
  });

  it('the record ends with one sent entry per unit and milestone: the failed write was made good from the journal, which is then gone', () => {
    const rows = q.sb.spreadsheet.valuesOf('Nhắc việc đã gửi').slice(1);
    const sent = rows.filter((r) => r[5] === 'sent').map((r) => r[0]);
    expect(new Set(sent).size).toBe(OWED.length * 3 + 1);
    expect(rows.filter((r) => r[5] === 'failed')).toEqual([]);
    const props = q.sb.env.run('editor', 'inspect', { active: WARD, effective: WARD }, () =>
      q.sb.properties.getScriptProperties().getProperties(),
    ).result;
    expect(Object.keys(props).filter((k) => k.startsWith('cchc.alerts.journal.'))).toEqual([]);
  });
});

describe('turning the daily run on and off', () => {
  it('only a ward manager (the owner, or in Email quản lý); a take-over leaves one account reminding; off stops every run from reminding', () => {
    const q = quarter();
    const daily = () => q.sb.triggers.triggers.filter((t) => t.handler === 'wardDailyPull');
    const last = () => q.sb.ui.alerts.at(-1)?.message;
    expect(daily().map((t) => t.owner)).toEqual([WARD]);
    // The days before T-5: runs that pull and have no one to remind.
    q.sb.clock.set('2026-03-14T12:00:00+07:00');
    expect(q.sb.fireDueTriggers().every((r) => r.error === undefined)).toBe(true);
    expect(reminders(q.sb)).toEqual([]);
    asPerson(q.sb, WARD, (ss) => ss.addEditor(OTHER));
    q.sb.open(OTHER);
    for (const label of [M.dailyOn, M.dailyOff]) {
      expect(q.sb.clickMenu(OTHER, label).error).toBeUndefined();
      expect(last()).toBe(wardMsg.roles.managersOnly);
    }
    expect(daily().map((t) => t.owner)).toEqual([WARD]);

    // In Email quản lý, the other account takes the run over; the ward account's trigger is left (it cannot delete it).
    const row = sheetValues(q.sb, 'Cấu hình').findIndex((r) => r[0] === 'Email quản lý') + 1;
    q.sb.edit(WARD, 'Cấu hình', `B${row}`, OTHER);
    // A new manager counts once a manager's setup has taken the list in (src/ward/app/roles.ts).
    expect(q.sb.clickMenu(WARD, wardMsg.menu.setup).error).toBeUndefined();
    expect(q.sb.clickMenu(OTHER, M.dailyOn).error).toBeUndefined();
    expect(last()).toContain(`chuyển từ tài khoản ${WARD} sang ${OTHER}`);
    expect(daily().map((t) => t.owner)).toEqual([WARD, OTHER]);

    // T-5: both triggers run and pull; only the owner's run reminds, and the stray one deletes itself.
    q.sb.clock.set('2026-03-15T09:00:00+07:00');
    const runs = q.sb.fireDueTriggers();
    expect(runs.map((r) => r.execution.effectiveUserEmail)).toEqual([WARD, OTHER]);
    expect(runs[0]!.logs.map((l) => l.message).join('\n')).toContain(
      `${WARD} không phải tài khoản đã bật chạy hằng ngày (${OTHER}): không gửi email nhắc.`,
    );
    // The units shared their trackers with the ward account only: from the other account none can be
    // read, so every unit is reminded, told that the ward cannot read its tracker.
    expect(reminders(q.sb).map((m) => m.to[0])).toEqual([0, 1, 2, 3, 4].map(email));
    expect(reminders(q.sb).every((m) => m.body.includes('phường chưa đọc được sổ theo dõi CCHC'))).toBe(true);
    expect(reminders(q.sb).every((m) => m.from === OTHER)).toBe(true);
    expect(daily().map((t) => t.owner)).toEqual([OTHER]);

    // Off, by the ward account: the other account's trigger runs once more, reminds no one, and goes.
    expect(q.sb.clickMenu(WARD, M.dailyOff).error).toBeUndefined();
    expect(last()).toContain(`Trình kích hoạt của tài khoản ${OTHER} sẽ tự dừng`);
    q.sb.clock.set('2026-03-19T09:00:00+07:00');
    const after = q.sb.fireDueTriggers();
    expect(after).toHaveLength(1);
    expect(after[0]!.logs.map((l) => l.message).join('\n')).toContain(
      'việc chạy hằng ngày đang tắt, không gửi email nhắc',
    );
    expect(reminders(q.sb)).toHaveLength(5);
    expect(daily()).toEqual([]);
  }, 120_000);
});

describe('a daily trigger made by hand before the menu existed (the README said so)', () => {
  it('keeps pulling without reminding, and is kept; turning the run on from the menu leaves one trigger, which reminds', () => {
    const q = quarter(false);
    const at = q.sb.clock.nowMillis();
    q.sb.triggers.add({
      uid: q.sb.triggers.newUid(),
      handler: 'wardDailyPull',
      owner: WARD,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { kind: 'days', every: 1, hour: 7, minute: 0, timeZone: TZ },
      createdAt: at,
      lastRunAt: at,
    });
    const daily = () => q.sb.triggers.triggers.filter((t) => t.handler === 'wardDailyPull');
    q.sb.clock.set('2026-03-15T09:00:00+07:00');
    const runs = q.sb.fireDueTriggers();
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.error === undefined && r.result !== undefined)).toBe(true);
    expect(
      runs
        .at(-1)!
        .logs.map((l) => l.message)
        .join('\n'),
    ).toContain('việc chạy hằng ngày đang tắt');
    expect(reminders(q.sb)).toEqual([]);
    expect(daily()).toHaveLength(1);
    expect(q.sb.clickMenu(WARD, M.dailyOn).error).toBeUndefined();
    expect(daily()).toHaveLength(1);
    q.sb.clock.set('2026-03-16T09:00:00+07:00');
    q.sb.fireDueTriggers();
    // T-5's window still holds on the 16th: sent now, once.
    expect(reminders(q.sb).map((m) => [m.to[0], dayOf(m)])).toEqual(
      [...OWED, REPORTS_LATER].sort().map((to) => [to, '2026-03-16']),
    );
  }, 120_000);
});

describe('a run killed by the time limit between a send and its record', () => {
  it('the next run names the reminder that may not have arrived, once, and never sends it again', () => {
    const q = quarter();
    const statusLine = () => String(sheetValues(q.sb, 'Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc')?.[1]);
    for (let day = FROM; day <= '2026-03-17'; day = addDays(day, 1)) {
      // T-5: the first reminder's send takes past the 6-minute limit; Apps Script halts the run after it.
      if (day === '2026-03-15')
        q.sb.env.faults.arm({ method: 'MailApp.sendEmail', delayMs: 7 * 60_000, proceed: true });
      q.sb.clock.set(`${day}T09:00:00+07:00`);
      const runs = q.sb.fireDueTriggers();
      if (day === '2026-03-15') expect(runs.map((r) => r.error?.message)).toEqual([EXECUTION_TIME_ERROR]);
      else for (const r of runs) expect(r.error, day).toBeUndefined();
      const said = wardMsg.remind.unknownOutcome('Trường 2', NEVER, '2026-03-15');
      if (day === '2026-03-16') expect(statusLine()).toContain(said);
      if (day === '2026-03-17') expect(statusLine()).not.toContain(said);
    }
    // Its T-5 went once, on the 15th; the three owed after it (the third school has not reported here)
    // went on the 16th, once each.
    const got = received(q.sb);
    expect(got.get(NEVER)?.get('t-5')).toEqual(['2026-03-15']);
    for (const to of [REPORTS_LATER, UNSHARED, NEVER_2]) expect(got.get(to)?.get('t-5')).toEqual(['2026-03-16']);
    expect(reminders(q.sb)).toHaveLength(4);
  }, 120_000);
});
