// Builds dist/ once per test run, before any test file loads it: the e2e tests run the bundle
// exactly as Apps Script would receive it. Also says, once, when the browser or rendered suites will skip, and
// gives the run a temp directory of its own that must be empty at the end: tests leave nothing
// behind in the system temp directory.
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, MISSING_CHROMIUM } from './chromium';
import { missingRenderTools } from '../../scripts/render';

export default function setup(): () => void {
  if (!hasChromium) {
    if (process.env.CI === 'true') throw new Error(`${MISSING_CHROMIUM} (required under CI=true)`);
    console.warn(MISSING_CHROMIUM);
  }
  const noRender = missingRenderTools();
  if (noRender) {
    if (process.env.CI === 'true') throw new Error(`${noRender} (required under CI=true)`);
    console.warn(noRender);
  }
  execSync('npx tsx scripts/build.ts', { cwd: new URL('../..', import.meta.url).pathname, stdio: 'pipe' });
  const runTemp = mkdtempSync(join(tmpdir(), 'cchc-test-run-'));
  // Test workers start after this and inherit it: os.tmpdir() reads TMPDIR.
  process.env.TMPDIR = runTemp;
  return () => {
    const left = readdirSync(runTemp);
    rmSync(runTemp, { recursive: true, force: true });
    if (left.length === 0) return;
    // A teardown error alone does not fail vitest's run: set the exit code as well.
    process.exitCode = 1;
    throw new Error(`tests left ${left.length} item(s) in the temp directory: ${left.join(', ')}`);
  };
}
