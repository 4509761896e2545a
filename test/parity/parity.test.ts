// `npm run test:parity`: the parity bundle (dist-parity/, the same file `npm run parity:live`
// pushes to Apps Script) run in the sandbox. Every scenario must pass here; each must call the
// methods it claims to cover; and together they cover every service method the product calls.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/runtime';
import { buildParity, PARITY_DIST } from '../../scripts/buildParity';
import { comparison, parityLive } from '../../scripts/parityLive';
import { productMethodsCalled } from '../support/productRun';

const OWNER = 'hieutruong@thmythinh.edu.vn';
type Result = { name: string; source: string; pass: boolean; expected: unknown; actual: unknown };
type Entry = { name: string; covers: string[]; interactive: boolean };

async function paritySandbox(): Promise<Sandbox> {
  await buildParity();
  return createSandbox({
    start: '2026-01-20T08:00:00+07:00',
    owner: OWNER,
    distDir: PARITY_DIST,
    spreadsheetName: 'Đối chiếu',
  });
}

describe('the parity scenarios in the sandbox', () => {
  it('every scenario passes (run as from the script editor, as clasp run does), at least 100 of them', async () => {
    const sb = await paritySandbox();
    const run = sb.run<Result[]>(OWNER, 'runParity');
    expect(run.error).toBeUndefined();
    const failed = run
      .result!.filter((r) => !r.pass)
      .map((r) => ({ name: r.name, expected: r.expected, actual: r.actual }));
    expect(failed).toEqual([]);
    const all = sb.run<Entry[]>(OWNER, 'parityCatalogue').result!;
    expect(all.length).toBeGreaterThanOrEqual(100);
  });

  it('the interactive scenarios pass with a person at the screen (a button click), the alert answered OK', async () => {
    const sb = await paritySandbox();
    sb.ui.answerNext('OK');
    const run = sb.clickButton(OWNER, 'runParityInteractive');
    expect(run.error).toBeUndefined();
    expect((run.result as Result[]).filter((r) => !r.pass)).toEqual([]);
  });

  it('each scenario calls every method it claims to cover', async () => {
    const sb = await paritySandbox();
    const catalogue = sb.run<Entry[]>(OWNER, 'parityCatalogue').result!;
    const untrue: string[] = [];
    for (const entry of catalogue.filter((e) => !e.interactive)) {
      const { execution } = sb.run(OWNER, 'runParityScenario', entry.name);
      for (const key of entry.covers) if (!execution.calls.has(key)) untrue.push(`${entry.name}: ${key}`);
    }
    sb.ui.answerNext('OK');
    const interactive = sb.clickButton(OWNER, 'runParityInteractive').execution;
    for (const entry of catalogue.filter((e) => e.interactive)) {
      for (const key of entry.covers) if (!interactive.calls.has(key)) untrue.push(`${entry.name}: ${key}`);
    }
    expect(untrue).toEqual([]);
  });

  it('together they cover every service method the product calls in a full run', async () => {
    const sb = await paritySandbox();
    const covered = new Set(sb.run<Entry[]>(OWNER, 'parityCatalogue').result!.flatMap((e) => e.covers));
    const missing = productMethodsCalled().filter((m) => !covered.has(m));
    expect(missing).toEqual([]);
  }, 120_000);
});

describe('npm run parity:live', () => {
  it('--dry-run builds dist-parity/ and prints the clasp push and run it would do', async () => {
    const lines: string[] = [];
    expect(await parityLive({ dryRun: true, print: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual([
      'npx clasp -P .clasp-parity.json push --force',
      'npx clasp -P .clasp-parity.json --json run runParity',
    ]);
    expect(readdirSync(PARITY_DIST).sort()).toEqual(['Code.js', 'appsscript.json', 'parity.html']);
    expect(JSON.parse(readFileSync('.clasp-parity.example.json', 'utf8'))).toMatchObject({ rootDir: 'dist-parity' });
  });

  it('the comparison names every scenario where live Apps Script disagrees with the sandbox', () => {
    const s = [
      { name: 'a', pass: true, expected: 1, actual: 1 },
      { name: 'b', pass: true, expected: 2, actual: 2 },
    ];
    const live = [
      { name: 'a', pass: true, expected: 1, actual: 1 },
      { name: 'b', pass: false, expected: 2, actual: { thrown: 'x' } },
    ];
    const out = comparison(s, live);
    expect(out).toContain('1 scenario(s) where the sandbox and Apps Script disagree:');
    expect(out.join('\n')).toContain('- b\n    sandbox: 2\n    live:    {"thrown":"x"}');
  });
});
