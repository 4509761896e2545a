// Builds dist/ once per test run, before any test file loads it: the e2e tests run the bundle
// exactly as Apps Script would receive it.
import { execSync } from 'node:child_process';

export default function setup(): void {
  execSync('npx tsx scripts/build.ts', { cwd: new URL('../..', import.meta.url).pathname, stdio: 'pipe' });
}
