// The alerts at their edges, on the built bundle in the sandbox. Faults injected at every step of
// the daily run over two simulated months: before a send (its journal intent cannot be written), the send itself throwing, after a
// send (its journaled outcome cannot be written), while writing the record, the log and the status;
// and (at the end) who may run the daily run at all.
// The outbox is checked against the oracle of test/support/alertsOracle.ts (computed from the
// scripted tasks, not by product code): every expected reminder arrives exactly once (at most one
// run late when a fault hit it), no message is sent twice, every summary day has its summaries.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { SentKind, type IsoDate } from '../../src/core/domain';
import { assignSchoolYear, runSchoolYear, type ScriptedTask } from '../../samples/schoolYear';
import type { FaultSpec, SandboxObject } from '../../sandbox/env';
import type { SentMessage } from '../../sandbox/services/mail';
import {
  dayOf,
  expectedMentions,
  hasReminders,
  INACTIVE,
  isSummary,
  isWeekend,
  mentions,
  type Mention,
  openAt,
  summaryDays,
} from '../support/alertsOracle';
import { PRINCIPAL, SETUP_MENU, sheetRecords, sheetValues, trackerWithPlan, type World } from '../support/world';

const ENABLE = 'Bật nhắc việc tự động';
const YEAR_START = '2026-01-01T08:00:00+07:00';
const STAFF = 'mai.dt@thmythinh.edu.vn';
const DEPUTY = 'hung.tv@thmythinh.edu.vn';
const MANAGERS = [PRINCIPAL, 'hung.tv@thmythinh.edu.vn', 'ha.ptt@thmythinh.edu.vn'];
const FROM: IsoDate = '2026-01-26';
const TO: IsoDate = '2026-03-27';

/** A Range's sheet name, read on the object behind the proxy (not counted, not faulted). */
const sheetOf = (target: SandboxObject) =>
  (target as unknown as { getSheet(): { getName(): string } }).getSheet().getName();
/** The journal parts written by one setProperties call. */
const journalParts = (args: readonly unknown[], step: 'i' | 'o') =>
  Object.keys((args[0] ?? {}) as object).some((k) => k.startsWith('cchc.alerts.journal.') && k.includes(`.${step}#`));
/** A digest (its journaled entries are reminders), not a summary (which may carry a manager's own). */
const isReminder = (args: readonly unknown[]) => {
  const text = Object.values((args[0] ?? {}) as object).join('');
  return text.includes(JSON.stringify(SentKind.Item)) && !text.includes(JSON.stringify(SentKind.Summary));
};
/** "<run>.<id>" of the journal parts one setProperties call writes. */
const journalEmail = (args: readonly unknown[]) =>
  /^cchc\.alerts\.journal\.(\d+\.\d+)\./.exec(Object.keys((args[0] ?? {}) as object)[0] ?? '')?.[1] ?? '';
/** An outcome is packed against its intent (no kind of its own): match it to a digest's intent seen before. */
const digestIntents = new Set<string>();
const isDigestOutcome = (args: readonly unknown[]) => {
  if (journalParts(args, 'i') && isReminder(args)) digestIntents.add(journalEmail(args));
  return journalParts(args, 'o') && digestIntents.has(journalEmail(args));
};

/** Each step of the daily run, and the fault that breaks it. */
/** The subject of a MailApp.sendEmail call, in either of its forms (a message object, or positional). */
const subjectOf = (a: readonly unknown[]): string =>
  String(typeof a[0] === 'object' && a[0] !== null ? (a[0] as { subject?: unknown }).subject : a[1]);

const FAULTS: { step: string; spec: FaultSpec }[] = [
  {
    step: 'before send',
    spec: { method: 'Properties.setProperties', when: (_t, a) => journalParts(a, 'i') && isReminder(a) },
  },
  {
    step: 'the send throwing',
    spec: { method: 'MailApp.sendEmail', when: (_t, a) => /^\[CCHC\] \d+ nhiệm vụ/.test(subjectOf(a)) },
  },
  { step: 'after send', spec: { method: 'Properties.setProperties', when: (_t, a) => isDigestOutcome(a) } },
  { step: 'writing the record', spec: { method: 'Range.setValues', when: (t) => sheetOf(t) === 'Nhắc việc đã gửi' } },
  { step: 'writing the log', spec: { method: 'Range.setValues', when: (t) => sheetOf(t) === 'Nhật ký' } },
  { step: 'writing the status', spec: { method: 'Range.setValue', when: (t) => sheetOf(t) === 'Cấu hình' } },
];

/** The next weekday run after `day`. */
const nextRun = (day: IsoDate): IsoDate => {
  let d = addDays(day, 1);
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
};

describe('two months of daily runs with a fault injected at every step of the run', () => {
  let world: World;
  let script: ScriptedTask[];
  let outbox: SentMessage[];
  let want: Mention[];
  const faultDays = new Map<string, IsoDate>();

  beforeAll(() => {
    world = trackerWithPlan({ start: `${FROM}T08:00:00+07:00` });
    script = assignSchoolYear(world.sb, world.principal);
    world.sb.open(PRINCIPAL);
    expect(world.sb.clickMenu(PRINCIPAL, ENABLE).error).toBeUndefined();
    want = expectedMentions(script, TO, new Set([INACTIVE]));
    // One fault a day, on days with a digest due, two runs apart so each retry has its own run.
    // Days with a digest due (managers' reminders travel in their summaries).
    const reminderDays = [...new Set(want.filter((w) => !MANAGERS.includes(w.to)).map((w) => w.day))].sort();
    let next = 0;
    let lastFault = '';
    for (let day = FROM; day <= TO; day = addDays(day, 1)) {
      const fault = FAULTS[next];
      if (fault && reminderDays.includes(day) && (!lastFault || day > nextRun(nextRun(lastFault)))) {
        world.sb.env.faults.arm(fault.spec);
        faultDays.set(fault.step, day);
        lastFault = day;
        next++;
      }
      runSchoolYear(world.sb, { from: day, to: day, principal: world.principal, script });
      // A fault armed for the run and not fired would make this test prove nothing.
      expect(world.sb.env.faults.pending(), `${fault?.step} on ${day}`).toBe(0);
    }
    outbox = world.sb.mail.outbox;
  }, 600_000);

  it('injected every fault, each on its own day, each one firing', () => {
    expect([...faultDays.keys()]).toEqual(FAULTS.map((f) => f.step));
    expect(world.sb.env.faults.fired).toHaveLength(FAULTS.length);
  });

  it('0 lost: every reminder the oracle expects arrives, on its day or at the next run after a fault', () => {
    const got = mentions(outbox);
    expect(want.length).toBeGreaterThan(20);
    const faulted = [faultDays.get('before send')!, faultDays.get('the send throwing')!];
    for (const w of want) {
      const arrived = got.filter(
        (g) => g.to === w.to && g.code === w.code && g.day >= w.day && g.day <= nextRun(w.day),
      );
      // A reminder a fault kept back is owed at the next run only if the task is still open then.
      const task = script.find((t) => t.code === w.code)!;
      const excused = faulted.includes(w.day) && !openAt(task, nextRun(w.day));
      if (!excused) expect(arrived.length, `${w.to} ${w.code} ${w.reason} due ${w.day}`).toBeGreaterThanOrEqual(1);
    }
    // Late only where a fault delayed it: the intent that could not be written, the send that threw.
    const late = got.filter((g) => !want.some((w) => w.to === g.to && w.code === g.code && w.day === g.day));
    const delayedOn = faulted.map(nextRun);
    for (const l of late) expect(delayedOn, `${l.to} ${l.code} on ${l.day}`).toContain(l.day);
  });

  it('0 duplicates: each reminder milestone once, never two emails to a person on a day', () => {
    const got = mentions(outbox);
    // Each received mention belongs to the latest expected milestone on or before it; no two share one.
    const owner = got.map((g) => {
      const w = want
        .filter((x) => x.to === g.to && x.code === g.code && x.day <= g.day)
        .sort((a, b) => (a.day < b.day ? 1 : -1))[0];
      expect(w, `${g.to} ${g.code} on ${g.day} was never expected`).toBeDefined();
      return `${w!.to}|${w!.code}|${w!.day}`;
    });
    expect(new Set(owner).size).toBe(owner.length);
    // One email per person per day: a manager's own reminders travel in their summary.
    const perDay = outbox.map((m) => `${m.to.join()}|${dayOf(m)}`);
    expect(new Set(perDay).size).toBe(perDay.length);
  });

  it('the principal and managers get a summary every day the oracle says, and the faulted sends are named in them', () => {
    for (const email of MANAGERS) {
      const days = outbox.filter((m) => isSummary(m) && m.to[0] === email).map(dayOf);
      for (const d of summaryDays(script, FROM, TO)) expect(days, `${email} on ${d}`).toContain(d);
    }
    const failed = outbox.find(
      (m) => isSummary(m) && m.to[0] === PRINCIPAL && dayOf(m) === faultDays.get('the send throwing'),
    );
    expect(failed?.body).toContain('sẽ gửi lại trong lần chạy sau');
    const carried = outbox.find(
      (m) => isSummary(m) && m.to[0] === PRINCIPAL && dayOf(m) === faultDays.get('before send'),
    );
    expect(carried?.body).toContain('chưa ghi được nhật ký gửi');
  });

  it('no false "nothing was sent" email: a failing write after the sends is said in the status line and the console', () => {
    expect(outbox.filter((m) => m.subject.includes('không chạy được'))).toEqual([]);
    const runs = world.sb.executions.filter((e) => e.functionName === 'runDailyAlerts');
    expect(runs.length).toBeGreaterThan(20);
    // Every email carrying reminders has its Gửi nhắc việc line in Nhật ký, once: the lines of the faulted log write were
    // queued by appendLog and written by the next run that could.
    const logged = sheetRecords(world.sb, 'Nhật ký').filter((r) => r['Thao tác'] === 'Gửi nhắc việc').length;
    expect(outbox.some((m) => hasReminders(m) && dayOf(m) === faultDays.get('writing the log'))).toBe(true);
    expect(logged).toBe(outbox.filter(hasReminders).length);
  });
});

function enabledBy(user: string): World {
  const w = trackerWithPlan({ start: YEAR_START });
  assignSchoolYear(w.sb, w.principal);
  // Setup run again by the principal refreshes the protections for the managers pasted into Cán bộ.
  expect(w.sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
  w.sb.open(user);
  expect(w.sb.clickMenu(user, ENABLE).error).toBeUndefined();
  return w;
}

/** What a run could write: the record sheet, the status line, the script properties. */
function written(w: World): string {
  return JSON.stringify([
    w.sb.spreadsheet.valuesOf('Nhắc việc đã gửi'),
    sheetValues(w.sb, 'Cấu hình').find((r) => r[0] === 'Trạng thái nhắc việc'),
    w.sb.env.run('editor', 'inspect', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
      w.sb.properties.getScriptProperties().getProperties(),
    ).result,
  ]);
}

describe('who may run the daily run', () => {
  it('a staff member calling runDailyAlerts (google.script.run or the editor) is refused: nothing sent or written, the refusal logged', () => {
    const w = enabledBy(PRINCIPAL);
    // Overdue tasks exist: a run as the owner would send.
    w.sb.clock.set('2026-03-02T10:00:00+07:00');
    const before = written(w);
    const viaPage = w.sb.callServerResult(STAFF, 'runDailyAlerts');
    const viaEditor = w.sb.run(STAFF, 'runDailyAlerts');
    for (const r of [viaPage, viaEditor]) {
      expect(r.error).toBeUndefined();
      expect(r.logs.map((l) => l.message)).toContain(
        `runDailyAlerts: ${STAFF} không phải tài khoản chạy nhắc việc tự động (${PRINCIPAL}): không gửi email, không ghi gì.`,
      );
    }
    expect(w.sb.mail.outbox).toEqual([]);
    expect(written(w)).toBe(before);
    // The owner's own trigger still sends.
    w.sb.fireDueTriggers();
    expect(w.sb.mail.outbox.length).toBeGreaterThan(0);
  }, 120_000);

  it('the alerts owner who stops being a manager: the trigger runs and refuses, sending nothing', () => {
    const w = enabledBy(DEPUTY);
    const row = w.sb.spreadsheet.valuesOf('Cán bộ').findIndex((r) => r[1] === DEPUTY) + 1;
    w.sb.edit(PRINCIPAL, 'Cán bộ', `E${row}`, 'Cán bộ');
    w.sb.clock.set('2026-03-02T10:00:00+07:00');
    const runs = w.sb.fireDueTriggers();
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) {
      expect(r.error).toBeUndefined();
      expect(r.logs.map((l) => l.message).join('\n')).toContain(
        `${DEPUTY} không còn là hiệu trưởng hoặc cán bộ quản lý`,
      );
    }
    expect(w.sb.mail.outbox).toEqual([]);
    expect(
      sheetRecords(w.sb, 'Nhật ký').filter((r) => r['Thao tác'] === 'Nhắc việc: từ chối chạy').length,
    ).toBeGreaterThan(0);
  }, 120_000);
});
