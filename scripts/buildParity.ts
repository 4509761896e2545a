// `npm run build:parity`: the parity scenarios (parity/) as an Apps Script project of their own,
// dist-parity/: Code.js with runParity, runParityInteractive, runParityScenario and parityCatalogue as top-level
// functions (plus the no-op handlers its trigger scenarios name), its manifest and its page.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const PARITY_DIST = join(root, 'dist-parity');
const GLOBAL = '__PARITY';
const ENTRIES = ['runParity', 'runParityInteractive', 'runParityScenario', 'parityCatalogue'];

export async function buildParity(): Promise<void> {
  mkdirSync(PARITY_DIST, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'parity/entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    legalComments: 'none',
  });
  const wrappers = ENTRIES.map((n) => `function ${n}() {\n  return ${GLOBAL}.${n}.apply(this, arguments);\n}`).join(
    '\n',
  );
  // Handlers the trigger scenarios create and delete at once: they never run.
  const handlers = 'function parityHandler() {}\nfunction parityOnEdit() {}';
  writeFileSync(
    join(PARITY_DIST, 'Code.js'),
    `// Parity scenarios: built file, do not edit. Source: parity/.\n${result.outputFiles[0]!.text}\n${wrappers}\n${handlers}\n`,
  );
  copyFileSync(join(root, 'parity/appsscript.json'), join(PARITY_DIST, 'appsscript.json'));
  copyFileSync(join(root, 'parity/parity.html'), join(PARITY_DIST, 'parity.html'));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await buildParity();
  console.log(`dist-parity/: ${ENTRIES.join(', ')}`);
}
