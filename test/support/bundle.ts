// Where the built bundle is. test/support/globalSetup.ts builds it once per run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

/** The dist folder; fails clearly when the run's build did not happen. */
export function ensureBundle(): string {
  if (!existsSync(join(DIST, 'Code.js')))
    throw new Error('dist/Code.js is missing: run the tests with `npm test` (vitest builds it in globalSetup).');
  return DIST;
}
