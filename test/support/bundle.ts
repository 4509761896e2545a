// Builds dist/ once per test run: when Code.js is missing or older than any source it is built
// from. Test files run in parallel processes, so one builds under a lock and the others wait.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');
const LOCK = join(ROOT, 'node_modules/.cache/cchc-build.lock');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
}

function isFresh(): boolean {
  const code = join(DIST, 'Code.js');
  if (!existsSync(code)) return false;
  const built = statSync(code).mtimeMs;
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'scripts/build.ts')), newestMtime(join(ROOT, 'appsscript.json')));
  return built >= sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Ensures dist/Code.js is built from the current sources; returns the dist folder. */
export function ensureBundle(): string {
  if (isFresh()) return DIST;
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test process is building; a lock older than two minutes is stale.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmdirSync(LOCK);
      if (Date.now() > deadline) throw new Error('timed out waiting for another test process to build dist/');
      sleep(200);
    }
  }
  try {
    if (!isFresh()) execSync('npx tsx scripts/build.ts', { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmdirSync(LOCK);
  }
  return DIST;
}
