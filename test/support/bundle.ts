// Builds dist/ at most once per test run: when Code.js is missing or older than any source it is
// built from. Test files run in parallel worker processes (children of one vitest process), so one
// builds under a lock, the others wait, and a marker per run stops a second rebuild from removing
// dist/ under a test that is reading it.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, 'node_modules/.cache');
const LOCK = join(CACHE, 'cchc-build.lock');
const BUILT_THIS_RUN = join(CACHE, `cchc-built-${process.ppid}`);

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
  if (existsSync(BUILT_THIS_RUN) && existsSync(join(DIST, 'Code.js'))) return DIST;
  if (isFresh()) return DIST;
  mkdirSync(CACHE, { recursive: true });
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
    if (!existsSync(BUILT_THIS_RUN) && !isFresh()) {
      execSync('npx tsx scripts/build.ts', { cwd: ROOT, stdio: 'pipe' });
      writeFileSync(BUILT_THIS_RUN, '');
    }
  } finally {
    rmdirSync(LOCK);
  }
  return DIST;
}
