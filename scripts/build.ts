// Builds what Apps Script runs: dist/Code.js (one bundle, entry points as top-level functions),
// dist/appsscript.json, and dist/*.html dialogs with the shared head (src/ui/common.css) and their
// client scripts inlined. The pages stay HtmlService templates: their words are filled in when the
// server opens them (src/adapters/pages.ts). dist-addon/ gets the same files for a standalone
// project published as an Editor add-on (README, "Bảo mật"): an Editor add-on's manifest is an
// ordinary one (the `addOns` key belongs to card-based Workspace add-ons, which this is not), and
// its editors never see the code.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { UPLOAD_ACCEPT, UPLOAD_MAX_BYTES } from '../src/contracts/myTasks';
import { escapeHtml } from '../src/core/text';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const distAddon = join(root, 'dist-addon');
const GLOBAL = '__CCHC';

/** Names exported by src/entry.ts: read by evaluating the bundle, whose top level has no side effects. */
export function entryPointNames(bundle: string): string[] {
  const names = vm.runInNewContext(`${bundle}\nObject.keys(${GLOBAL});`) as string[];
  return [...names];
}

/** Writes via a temporary file and a rename, so a test reading dist/ never sees half a file. */
function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Replaces each `<!-- NAME -->` marker of a page with its part; a marker nothing fills fails the build. */
export async function inlineParts(
  html: string,
  file: string,
  parts: Record<string, () => Promise<string>>,
): Promise<string> {
  const filled = new Map<string, string>();
  for (const [, name] of html.matchAll(/<!-- ([A-Z_]+) -->/g)) {
    const part = parts[name!];
    if (!part) throw new Error(`${file}: nothing fills <!-- ${name} -->`);
    filled.set(name!, await part());
  }
  // A function replacement keeps "$" sequences in the part literal.
  return html.replace(/<!-- ([A-Z_]+) -->/g, (_m, name: string) => filled.get(name)!);
}

async function main(): Promise<void> {
  const outDirs = [dist, distAddon];
  for (const dir of outDirs) mkdirSync(dir, { recursive: true });
  const written = new Set<string>();
  const emit = (name: string, content: string) => {
    for (const dir of outDirs) writeAtomic(join(dir, name), content);
    written.add(name);
  };

  const result = await build({
    entryPoints: [join(root, 'src/entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    write: false,
    legalComments: 'none',
  });
  const bundle = result.outputFiles[0]!.text;
  const names = entryPointNames(bundle);
  const wrappers = names
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join('\n');
  emit(
    'Code.js',
    `// Sổ theo dõi CCHC: built file, do not edit. Source: src/.\n${bundle}\n// Entry points Apps Script calls by name (src/entry.ts).\n${wrappers}\n`,
  );
  const manifest = readFileSync(join(root, 'appsscript.json'), 'utf8');
  emit('appsscript.json', manifest);
  // The add-on is a standalone project: its web app would have no bound spreadsheet to open
  // (guides/bound), so "Nhiệm vụ của tôi" is the bound tracker's alone.
  const { webapp: _webapp, ...addonManifest } = JSON.parse(manifest) as Record<string, unknown>;
  writeAtomic(join(distAddon, 'appsscript.json'), `${JSON.stringify(addonManifest, null, 2)}\n`);

  const uiDir = join(root, 'src/ui');
  // What every page's <head> shares: its encoding, links leaving the dialog's frame, the common style.
  const commonHead = `<meta charset="utf-8">\n<base target="_top">\n<style>\n${readFileSync(join(uiDir, 'common.css'), 'utf8')}</style>`;
  for (const file of readdirSync(uiDir).filter((f) => f.endsWith('.html'))) {
    const client = join(uiDir, file.replace(/\.html$/, '.client.ts'));
    const html = readFileSync(join(uiDir, file), 'utf8');
    const parts: Record<string, () => Promise<string>> = {
      COMMON_HEAD: async () => commonHead,
      // The evidence upload's limits, for the web page's own check before it uploads: a page's
      // script takes only types from src/contracts, so the values come printed into its markup.
      UPLOAD_ACCEPT: async () => escapeHtml(UPLOAD_ACCEPT),
      UPLOAD_MAX_BYTES: async () => String(UPLOAD_MAX_BYTES),
    };
    if (existsSync(client)) {
      if (!html.includes('<!-- CLIENT_SCRIPT -->'))
        throw new Error(`${file}: has a client script but no <!-- CLIENT_SCRIPT --> marker`);
      parts.CLIENT_SCRIPT = async () => {
        const js = await build({
          entryPoints: [client],
          bundle: true,
          format: 'iife',
          target: 'es2019',
          write: false,
          charset: 'utf8',
          platform: 'browser',
          legalComments: 'none',
        });
        const code = js.outputFiles[0]!.text;
        // Pages are HtmlService templates (src/adapters/pages.ts): "<?" in the script would start a scriptlet.
        if (code.includes('<?'))
          throw new Error(`${file}: its client script contains "<?", which HtmlService would read as a scriptlet`);
        return `<script>\n${code.replace(/<\/script/gi, '<\\/script')}</script>`;
      };
    }
    emit(file, await inlineParts(html, file, parts));
  }
  // Files of an earlier build that this one no longer makes (a removed dialog); dotfiles (a .clasp.json) stay.
  for (const dir of outDirs) {
    for (const stale of readdirSync(dir).filter((f) => !written.has(f) && !f.endsWith('.tmp') && !f.startsWith('.'))) {
      rmSync(join(dir, stale), { force: true });
    }
  }
  console.log(`dist/Code.js (and dist-addon/): ${names.length} entry points, ${(bundle.length / 1024).toFixed(0)} KB`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await main();
}
