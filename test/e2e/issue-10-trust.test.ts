// Issue 10, "Trust at the edges": the scripted school year on the built bundle, twice — once as it
// should go, once with a staff member attacking it on the side: forged rows in the hidden sent
// record, an overwritten stamp and Tình trạng, Tắt and a direct runDailyAlerts, a renamed Cấu hình
// followed by setup. Every attack is refused in Vietnamese or by Sheets' protection, and the year
// ends with the same emails, the same tasks and the same sent record as the year without her.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import { assignSchoolYear, runSchoolYear, schoolYearScript } from '../../samples/schoolYear';
import { PROTECTED_EDIT_ERROR } from '../../sandbox/spreadsheet';
import type { ExecutionResult, Sandbox } from '../../sandbox/runtime';
import {
  a1,
  asPerson,
  columnOf,
  PRINCIPAL,
  SETUP_MENU,
  sheetValues,
  trackerWithPlan,
  workbookSnapshot,
  type World,
} from '../support/world';
import { expectShownInVietnamese, markShown } from '../support/shown';

const START = '2026-01-01T08:00:00+07:00';
const FROM: IsoDate = '2026-01-02';
const TO: IsoDate = '2026-02-27';
const ATTACKER = 'anh.btn@thmythinh.edu.vn';
const SENT_RECORD = 'Nhắc việc đã gửi';

interface Attack {
  day: IsoDate;
  what: string;
  /** Runs the attack; returns the executions it caused (to check what she was shown). */
  run: (w: World) => ExecutionResult[];
}

/** Her own first task row in Nhiệm vụ. */
const ownRow = (w: World) => schoolYearScript(w.sb, w.principal).find((t) => t.owner.email === ATTACKER)!.row;

function refusedEdit(sb: Sandbox, sheet: string, at: string, value: unknown): ExecutionResult[] {
  expect(() => sb.edit(ATTACKER, sheet, at, value)).toThrow(PROTECTED_EDIT_ERROR);
  return [];
}

const ATTACKS: Attack[] = [
  {
    day: '2026-01-12',
    what: 'pastes forged rows into the hidden sent record to silence her reminders',
    run: (w) =>
      refusedEdit(
        w.sb,
        SENT_RECORD,
        'A2',
        Array.from({ length: 14 }, (_, i) => [
          `2026-01-${String(13 + i).padStart(2, '0')}`,
          ATTACKER,
          'II.3',
          'overdue',
          'sent',
        ]),
      ),
  },
  {
    day: '2026-01-20',
    what: 'overwrites her row’s stamp with a forged principal’s one',
    run: (w) =>
      refusedEdit(
        w.sb,
        'Nhiệm vụ',
        a1(ownRow(w), columnOf(w.sb, 'Nhiệm vụ', 'Cập nhật lần cuối')),
        '01/01/2026 08:00 – hieutruong@thmythinh.edu.vn',
      ),
  },
  {
    day: '2026-01-27',
    what: 'types "Hoàn thành đúng hạn" over the Tình trạng formula',
    run: (w) =>
      refusedEdit(w.sb, 'Nhiệm vụ', a1(ownRow(w), columnOf(w.sb, 'Nhiệm vụ', 'Tình trạng')), 'Hoàn thành đúng hạn'),
  },
  {
    day: '2026-02-03',
    what: 'clicks Tắt nhắc việc tự động',
    run: (w) => {
      w.sb.open(ATTACKER);
      return [w.sb.clickMenu(ATTACKER, 'Tắt nhắc việc tự động')];
    },
  },
  {
    day: '2026-02-04',
    what: 'calls runDailyAlerts directly (from the script editor)',
    run: (w) => [w.sb.run(ATTACKER, 'runDailyAlerts')],
  },
  {
    day: '2026-02-10',
    what: 'renames Cấu hình and runs setup to make herself principal',
    run: (w) => {
      asPerson(w.sb, ATTACKER, (ss) => ss.getSheetByName('Cấu hình')!.setName('Cấu hình cũ'));
      const setup = w.sb.clickMenu(ATTACKER, SETUP_MENU);
      // The principal sees the odd tab and names it back.
      asPerson(w.sb, PRINCIPAL, (ss) => ss.getSheetByName('Cấu hình cũ')!.setName('Cấu hình'));
      return [setup];
    },
  },
];

interface Year {
  world: World;
  shown: { what: string; texts: string[] }[];
  snapshots: Map<IsoDate, string>;
}

function playYear(attacked: boolean): Year {
  const world = trackerWithPlan({ start: START });
  assignSchoolYear(world.sb, world.principal);
  world.sb.clickMenu(world.principal, 'Bật nhắc việc tự động');
  const script = schoolYearScript(world.sb, world.principal);
  const shown: Year['shown'] = [];
  const snapshots = new Map<IsoDate, string>();
  runSchoolYear(world.sb, {
    from: FROM,
    to: TO,
    principal: world.principal,
    script,
    onDay: (day) => {
      if (!attacked) return;
      for (const attack of ATTACKS.filter((a) => a.day === day)) {
        const before = workbookSnapshot(world.sb);
        const mark = markShown(world.sb);
        const runs = attack.run(world);
        // A protected write never reaches the script: Sheets itself refuses it, in the person's own UI language.
        shown.push({ what: attack.what, texts: runs.flatMap((r) => expectShownInVietnamese(world.sb, mark, r)) });
        // Each attack changes nothing in the workbook (the renamed tab is named back).
        expect(workbookSnapshot(world.sb), attack.what).toBe(before);
        snapshots.set(day, before);
      }
    },
  });
  return { world, shown, snapshots };
}

const letters = (sb: Sandbox) =>
  sb.mail.outbox.map((m) => ({ to: m.to, subject: m.subject, body: m.body, at: m.sentAt.toISOString() }));

describe('issue 10: a staff member attacks the tracker during the school year', () => {
  let calm: Year;
  let attacked: Year;
  beforeAll(() => {
    calm = playYear(false);
    attacked = playYear(true);
  }, 600_000);

  it('every attack that reaches the script is answered in Vietnamese, and each protected write is refused by Sheets', () => {
    const answered = attacked.shown.filter((s) => s.texts.length > 0).map((s) => s.what);
    expect(answered).toEqual([
      'clicks Tắt nhắc việc tự động',
      'calls runDailyAlerts directly (from the script editor)',
      'renames Cấu hình and runs setup to make herself principal',
    ]);
  });

  it('she is not told what is broken in the workbook (the renamed tab is not named to her)', () => {
    for (const s of attacked.shown) for (const t of s.texts) expect(t).not.toContain('Cấu hình cũ');
  });

  it('the direct runDailyAlerts sent nothing, wrote nothing and logged its refusal', () => {
    const run = attacked.world.sb.executions.find(
      (e) => e.functionName === 'runDailyAlerts' && e.effectiveUserEmail === ATTACKER,
    )!;
    expect(run).toBeDefined();
    const sentInIt = attacked.world.sb.mail.outbox.filter((m) => m.sentAt.getTime() === run.startedAt.getTime());
    expect(sentInIt).toEqual([]);
    const lines = attacked.world.sb.logs.of(run.id).map((l) => l.message);
    expect(lines.some((l) => l.startsWith('runDailyAlerts:') && l.includes(ATTACKER))).toBe(true);
  });

  it('the year ends with exactly the emails of the year without her: none silenced, none doubled, none from her mailbox', () => {
    expect(letters(attacked.world.sb)).toEqual(letters(calm.world.sb));
    expect(attacked.world.sb.mail.outbox.length).toBeGreaterThan(20);
  });

  it('the tasks and the hidden sent record end as they would have; Cấu hình still names the real principal', () => {
    expect(sheetValues(attacked.world.sb, 'Nhiệm vụ')).toEqual(sheetValues(calm.world.sb, 'Nhiệm vụ'));
    expect(sheetValues(attacked.world.sb, SENT_RECORD)).toEqual(sheetValues(calm.world.sb, SENT_RECORD));
    expect(sheetValues(attacked.world.sb, 'Cấu hình')).toEqual(sheetValues(calm.world.sb, 'Cấu hình'));
    expect(JSON.stringify(sheetValues(attacked.world.sb, 'Cấu hình'))).toContain(PRINCIPAL);
  });

  it('alerts are still on, owned by the principal, and the next day’s run sends as usual', () => {
    const next = addDays(TO, 3);
    for (const y of [calm, attacked]) {
      y.world.sb.clock.set(`${next}T10:00:00+07:00`);
      y.world.sb.fireDueTriggers();
    }
    expect(letters(attacked.world.sb)).toEqual(letters(calm.world.sb));
    const runs = attacked.world.sb.executions.filter(
      (e) => e.functionName === 'runDailyAlerts' && e.kind === 'timeDriven',
    );
    expect(new Set(runs.map((e) => e.effectiveUserEmail))).toEqual(new Set([PRINCIPAL]));
  });
});
