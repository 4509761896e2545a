// Size budget of dist/Code.js: Apps Script parses and evaluates the whole file on every execution
// (each edit trigger, each menu click, each daily trigger), so every kilobyte is paid on every run.
// Two budgets: the third-party share (a library that does not tree-shake is the usual blow-up:
// classic `zod` alone adds ~800 KB) and the whole file, which grows with the product's features.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ensureBundle, ROOT } from '../support/bundle';

const BUDGET_KB = 480;
const THIRD_PARTY_BUDGET_KB = 100;

describe('built bundle', () => {
  it(`dist/Code.js stays under ${BUDGET_KB} KB`, () => {
    const kb = statSync(join(ensureBundle(), 'Code.js')).size / 1024;
    expect(
      kb,
      `dist/Code.js is ${kb.toFixed(0)} KB, over its ${BUDGET_KB} KB budget: Apps Script parses the whole file on every execution.`,
    ).toBeLessThan(BUDGET_KB);
  });

  it(`its third-party code (node_modules) stays under ${THIRD_PARTY_BUDGET_KB} KB`, async () => {
    // The same bundling as scripts/build.ts, with esbuild's account of where each output byte comes from.
    const result = await build({
      entryPoints: [join(ROOT, 'src/entry.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      charset: 'utf8',
      write: false,
      metafile: true,
      legalComments: 'none',
    });
    const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
    const bytes = Object.entries(inputs)
      .filter(([path]) => path.includes('node_modules/'))
      .reduce((n, [, i]) => n + i.bytesInOutput, 0);
    const kb = bytes / 1024;
    expect(
      kb,
      `third-party code is ${kb.toFixed(0)} KB of dist/Code.js (schemas import zod/mini through src/core/zod.ts)`,
    ).toBeLessThan(THIRD_PARTY_BUDGET_KB);
  });
});
