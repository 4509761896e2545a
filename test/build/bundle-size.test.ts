// Size budget of dist/Code.js: Apps Script parses and evaluates the whole file on every execution
// (each edit trigger, each menu click, each daily trigger), so every kilobyte is paid on every run.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBundle } from '../support/bundle';

const BUDGET_KB = 400;

describe('built bundle', () => {
  it(`dist/Code.js stays under ${BUDGET_KB} KB`, () => {
    const kb = statSync(join(ensureBundle(), 'Code.js')).size / 1024;
    expect(
      kb,
      `dist/Code.js is ${kb.toFixed(0)} KB, over its ${BUDGET_KB} KB budget: Apps Script parses the whole file on every ` +
        'execution. A library that does not tree-shake is the usual cause (classic `zod` alone adds ~800 KB; ' +
        'schemas import zod/mini through src/core/zod.ts).',
    ).toBeLessThan(BUDGET_KB);
  });
});
