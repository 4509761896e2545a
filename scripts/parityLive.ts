// `npm run parity:live`: the parity bundle on live Apps Script. Builds dist-parity/, pushes it with
// clasp to the scratch script named in .clasp-parity.json (git-ignored; template:
// .clasp-parity.example.json), runs runParity there with `clasp run`, runs the same bundle in the
// sandbox, and prints both side by side with every scenario where they disagree.
// `--dry-run` builds and prints the clasp commands it would run, without running them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox } from '../sandbox/runtime';
import { buildParity, PARITY_DIST } from './buildParity';

const root = new URL('..', import.meta.url).pathname;
export const PROJECT_FILE = '.clasp-parity.json';

interface Result {
  name: string;
  pass: boolean;
  expected: unknown;
  actual: unknown;
}

/** The clasp commands, as argument lists for npx. */
export function parityLiveCommands(projectFile = PROJECT_FILE): string[][] {
  return [
    ['clasp', '-P', projectFile, 'push', '--force'],
    ['clasp', '-P', projectFile, '--json', 'run', 'runParity'],
  ];
}

function sandboxResults(): Result[] {
  const sb = createSandbox({ start: new Date(), owner: 'parity@sandbox.local', distDir: PARITY_DIST });
  const run = sb.run<Result[]>('parity@sandbox.local', 'runParity');
  if (run.error) throw run.error;
  return run.result!;
}

/** clasp prints the function's return value as JSON (after any log lines). */
function parseLive(stdout: string): Result[] {
  const start = stdout.indexOf('[');
  if (start < 0) throw new Error(`clasp run printed no result:\n${stdout}`);
  const parsed = JSON.parse(stdout.slice(start)) as Result[] | { response?: { result?: Result[] } };
  return Array.isArray(parsed) ? parsed : (parsed.response?.result ?? []);
}

export function comparison(sandbox: readonly Result[], live: readonly Result[]): string[] {
  const byName = new Map(live.map((r) => [r.name, r]));
  const lines = ['sandbox  live   scenario'];
  const disagree: string[] = [];
  for (const s of sandbox) {
    const l = byName.get(s.name);
    const mark = (r?: Result) => (r === undefined ? 'absent' : r.pass ? 'pass  ' : 'FAIL  ');
    lines.push(`${mark(s)}   ${mark(l)} ${s.name}`);
    if (!l || JSON.stringify(l.actual) !== JSON.stringify(s.actual)) {
      disagree.push(`- ${s.name}\n    sandbox: ${JSON.stringify(s.actual)}\n    live:    ${JSON.stringify(l?.actual)}`);
    }
  }
  lines.push(
    '',
    disagree.length
      ? `${disagree.length} scenario(s) where the sandbox and Apps Script disagree:`
      : 'The sandbox and Apps Script agree on every scenario.',
  );
  return [...lines, ...disagree];
}

export async function parityLive(opts: { dryRun: boolean; print: (line: string) => void }): Promise<number> {
  await buildParity();
  const commands = parityLiveCommands();
  if (opts.dryRun) {
    for (const c of commands) opts.print(`npx ${c.join(' ')}`);
    return 0;
  }
  if (!existsSync(join(root, PROJECT_FILE))) {
    opts.print(
      `${PROJECT_FILE} is missing: copy .clasp-parity.example.json to ${PROJECT_FILE} and set scriptId (README, "Đối chiếu với Apps Script thật").`,
    );
    return 1;
  }
  execFileSync('npx', commands[0]!, { cwd: root, stdio: 'inherit' });
  const live = parseLive(execFileSync('npx', commands[1]!, { cwd: root, encoding: 'utf8' }));
  for (const line of comparison(sandboxResults(), live)) opts.print(line);
  return live.every((r) => r.pass) ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  process.exitCode = await parityLive({ dryRun: process.argv.includes('--dry-run'), print: (l) => console.log(l) });
}
