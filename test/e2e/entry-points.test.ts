// The built bundle as Apps Script sees it: onOpen adds the CCHC menu, and the explicit entry-point
// list (src/entry.ts), the bundle's top-level function declarations and the menu's handler names
// agree (docs/apps-script-behaviour.md, "Loading and entry points").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../support/bundle';
import { createSandbox } from '../../sandbox/runtime';
import * as entry from '../../src/entry';
import { MENU, MENU_TITLE } from '../../src/app/menu';

const OWNER = 'hieutruong@thmythinh.edu.vn';
const STAFF = 'giaovien@thmythinh.edu.vn';
let bundle = '';

beforeAll(() => {
  bundle = readFileSync(join(ensureBundle(), 'Code.js'), 'utf8');
});

const topLevelFunctions = (code: string): string[] => [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]!);
const menuFunctions = (): string[] => MENU.flatMap((e) => (e === 'separator' ? [] : [e.functionName]));

describe('entry points of the built bundle', () => {
  it('onOpen adds the CCHC menu with every item of src/app/menu.ts, for the owner and for staff', () => {
    const sb = createSandbox({ start: '2026-01-20T08:00:00+07:00', owner: OWNER, editors: [STAFF] });
    for (const user of [OWNER, STAFF]) {
      const { menus, result } = sb.open(user);
      expect(result?.error).toBeUndefined();
      expect(result?.execution.kind).toBe('simpleOnOpen');
      const menu = menus.find((m) => m.title === MENU_TITLE);
      expect(menu).toBeDefined();
      expect(menu!.items).toEqual(
        MENU.map((e) => (e === 'separator' ? 'separator' : { label: e.label, functionName: e.functionName })),
      );
    }
  });

  it('every export of src/entry.ts is a top-level function declaration of the bundle, and nothing else is', () => {
    expect(topLevelFunctions(bundle).sort()).toEqual(Object.keys(entry).sort());
  });

  it('every menu item calls an entry point that the bundle declares at top level', () => {
    const declared = new Set(topLevelFunctions(bundle));
    const exported = new Set(Object.keys(entry));
    for (const name of menuFunctions()) {
      expect(exported, `${name} is not exported by src/entry.ts`).toContain(name);
      expect(declared, `${name} is not a top-level function of dist/Code.js`).toContain(name);
    }
  });

  it('the sandbox sees the same global functions as the bundle declares (nothing reachable only by accident)', () => {
    const sb = createSandbox({ start: '2026-01-20T08:00:00+07:00', owner: OWNER });
    expect(
      sb
        .globalFunctions()
        .filter((f) => f !== '__CCHC')
        .sort(),
    ).toEqual(topLevelFunctions(bundle).sort());
  });

  it('the bundle has no export statement (a push would fail with "Unexpected token \'export\'")', () => {
    expect(bundle).not.toMatch(/^\s*export\s/m);
  });

  it('loading the bundle calls no service at top level (top-level code runs on every execution)', () => {
    const sb = createSandbox({ start: '2026-01-20T08:00:00+07:00', owner: OWNER });
    expect([...sb.env.counter.totals.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});
