// The sandbox's surface is total: every member that @types/google-apps-script declares on a class
// the sandbox hands to the bundle either works or throws "not supported in the sandbox: Class.member",
// and enum-valued members are the enums. The classes walked are those the whole product touches when
// it runs through setup, import, assigning, alerts, flags and the report (test/support/productRun.ts). Issue 11 §1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrument, NotSupportedError } from '../../sandbox/env';
import { declarationOf, declaredMembers } from '../../sandbox/declarations';
import { DECLARATIONS_FILE, declarationsText } from '../../scripts/gasDeclarations';
import { PRINCIPAL } from '../../samples';
import { productRun } from '../support/productRun';

describe('the sandbox against the typings', () => {
  it('sandbox/declarations.json is what scripts/gasDeclarations.ts makes from the installed @types', () => {
    expect(readFileSync(DECLARATIONS_FILE, 'utf8')).toBe(declarationsText());
  });

  it('every declared member of every class the product is handed works, throws "not supported", or is its enum', () => {
    const sb = productRun();
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
          sb.env.run('editor', 'declarationWalk', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
            (value as () => unknown)(),
          );
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
