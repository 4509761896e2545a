// Issue 10 §4: the faults that used to reach people as raw English, each triggered on the built
// bundle, and what the person is shown checked for Vietnamese with no English word in it.
import { describe, expect, it } from 'vitest';
import type { ExecutionResult, Sandbox } from '../../sandbox/runtime';
import { asPerson, PRINCIPAL, SETUP_MENU, sheetValues, trackerWithPlan } from '../support/world';
import { expectShownInVietnamese, markShown } from '../support/shown';

const ENABLE = 'Bật nhắc việc tự động';
const DEPUTY = 'hung.tv@thmythinh.edu.vn';

function scriptProperties<T>(sb: Sandbox, fn: (p: GoogleAppsScript.Properties.Properties) => T): T {
  return sb.env.run('editor', 'inspect', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
    fn(sb.properties.getScriptProperties()),
  ).result;
}

interface Fault {
  what: string;
  /** Sets the fault up and runs the person's action. */
  act: (sb: Sandbox, staff: string) => ExecutionResult;
}

const FAULTS: Fault[] = [
  {
    what: 'a staff member runs Làm mới định dạng',
    act: (sb, staff) => {
      sb.open(staff);
      return sb.clickMenu(staff, 'Làm mới định dạng');
    },
  },
  {
    what: 'Bật with the account’s 20 triggers used up',
    act: (sb) => {
      const template = sb.triggers.triggers[0]!;
      while (sb.triggers.ownedBy(PRINCIPAL).length < 20)
        sb.triggers.add({ ...template, uid: `own-${sb.triggers.triggers.length}`, handler: 'myOwnJob' });
      return sb.clickMenu(PRINCIPAL, ENABLE);
    },
  },
  {
    what: 'Bật with the script property store full',
    act: (sb) => {
      let n = 0;
      for (const size of [9000, 1000, 100, 10, 1]) {
        for (;;) {
          try {
            scriptProperties(sb, (p) => p.setProperty(`filler${n++}`, 'x'.repeat(size)));
          } catch {
            break;
          }
        }
      }
      return sb.clickMenu(PRINCIPAL, ENABLE);
    },
  },
  {
    what: 'a staff member runs setup after a malformed email was written into Cấu hình',
    act: (sb, staff) => {
      const row = sheetValues(sb, 'Cấu hình').findIndex((r) => r[0] === 'Email hiệu trưởng') + 1;
      asPerson(sb, PRINCIPAL, (ss) =>
        ss.getSheetByName('Cấu hình')!.getRange(row, 2).setValue('hieutruong@@thmythinh'),
      );
      sb.open(staff);
      return sb.clickMenu(staff, SETUP_MENU);
    },
  },
  {
    what: 'a newly added manager clicks Bật before the protections know them',
    act: (sb) => {
      sb.open(DEPUTY);
      return sb.clickMenu(DEPUTY, ENABLE);
    },
  },
];

describe('issue 10: every fault a person can see is Vietnamese', () => {
  it.each(FAULTS.map((f) => [f.what, f] as const))('%s', (_what, fault) => {
    const w = trackerWithPlan({ plan: 'none' });
    const staff = w.staffEmails.find((e) => e !== DEPUTY && e !== 'ha.ptt@thmythinh.edu.vn')!;
    const mark = markShown(w.sb);
    const run = fault.act(w.sb, staff);
    const texts = expectShownInVietnamese(w.sb, mark, run);
    expect(texts.length).toBeGreaterThan(0);
    expect(run.error).toBeUndefined();
  });
});
