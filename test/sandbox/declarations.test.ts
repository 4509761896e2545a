// The sandbox's surface is total: every member that @types/google-apps-script declares on a class
// the sandbox hands to the bundle either works or throws "not supported in the sandbox: Class.member",
// and enum-valued members are the enums. The classes walked are those the whole product touches when
// it runs through setup, import, assigning, alerts, flags and the report. Issue 11 §1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrument, NotSupportedError } from '../../sandbox/env';
import { declarationOf, declaredMembers } from '../../sandbox/declarations';
import { createSandbox } from '../../sandbox/runtime';
import { DECLARATIONS_FILE, declarationsText } from '../../scripts/gasDeclarations';
import { loadSampleStaff, PRINCIPAL } from '../../samples';
import { setupAndImport } from '../../scripts/demo/workbook';
import { assignSamplePlan } from '../../scripts/demo/assign';
import { enableAlerts, simulateTerm } from '../../scripts/demo/alerts';
import { demoFlags } from '../../scripts/demo/flags';
import { ensureBundle } from '../support/bundle';

describe('the sandbox against the typings', () => {
  it('sandbox/declarations.json is what scripts/gasDeclarations.ts makes from the installed @types', () => {
    expect(readFileSync(DECLARATIONS_FILE, 'utf8')).toBe(declarationsText());
  });

  it('every declared member of every class the product is handed works, throws "not supported", or is its enum', () => {
    ensureBundle();
    const staff = loadSampleStaff();
    const sb = createSandbox({ start: '2026-01-20T08:00:00+07:00', owner: PRINCIPAL, editors: staff.map((s) => s.email).filter((e) => e !== PRINCIPAL) });
    setupAndImport(sb, PRINCIPAL);
    assignSamplePlan(sb, PRINCIPAL);
    enableAlerts(sb, PRINCIPAL);
    simulateTerm(sb, PRINCIPAL, '2026-01-21', '2026-02-05');
    demoFlags(sb, PRINCIPAL);
    sb.clickMenu(PRINCIPAL, 'Tạo báo cáo…');
    const load = sb.callServer<{ nextNumber: string; recipients: string }>(PRINCIPAL, 'reportLoad');
    const built = sb.callServer<{ ok: boolean }>(PRINCIPAL, 'reportBuild', {
      period: 'H1:2026', reportDate: '2026-02-05', number: load.nextNumber, blankNumber: false, signer: 'principal', recipients: load.recipients, pdf: true,
    });
    expect(built.ok).toBe(true);

    const provided = [...sb.env.provided];
    expect(provided.length).toBeGreaterThan(30);
    const undeclaredClasses: string[] = [];
    const missing: string[] = [];
    const wrongThrow: string[] = [];
    for (const [kind, instance] of provided) {
      const declaration = declarationOf(instance.serviceName, instance.className);
      if (!declaration) {
        undeclaredClasses.push(kind);
        continue;
      }
      const proxy = instrument(sb.env, instance) as unknown as Record<string, unknown>;
      for (const [name, member] of Object.entries(declaredMembers(declaration))) {
        const value = proxy[name];
        if (value === undefined) {
          missing.push(`${kind}.${name}`);
          continue;
        }
        if (member !== 'method' || name in instance) continue;
        // Not implemented: calling it must say so, whatever the arguments.
        try {
          sb.env.run('editor', 'declarationWalk', { active: PRINCIPAL, effective: PRINCIPAL }, () => (value as () => unknown)());
          wrongThrow.push(`${kind}.${name}: no error`);
        } catch (e) {
          if (!(e instanceof NotSupportedError)) wrongThrow.push(`${kind}.${name}: ${String(e)}`);
        }
      }
    }
    expect(undeclaredClasses).toEqual([]);
    expect(missing).toEqual([]);
    expect(wrongThrow).toEqual([]);
  }, 120_000);
});
