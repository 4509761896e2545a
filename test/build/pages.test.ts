// The dialog pages as built: every <!-- NAME --> marker filled (the shared head, the page's client
// script), none left behind, and a marker nothing fills stops the build. Their words live in
// src/messages: the html prints its page words through HtmlService scriptlets, the scripts import
// only their client words, and no Vietnamese text is hard-coded anywhere in src/ui.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { inlineParts } from '../../scripts/build';
import { PAGE_WORDS } from '../../src/adapters/pages';
import { ensureBundle, ROOT } from '../support/bundle';

const DIST = ensureBundle();
const UI = join(ROOT, 'src/ui');
const css = readFileSync(join(UI, 'common.css'), 'utf8');
const pages = readdirSync(UI).filter((f) => f.endsWith('.html'));
const sources = readdirSync(UI).filter((f) => /\.(html|css|ts)$/.test(f));

/** Vietnamese letters (the Latin-1 and Latin Extended letters with diacritics, À to ỹ). */
const VIETNAMESE = /(?=\p{L})[À-ỹ]/u;

/** The text of a TypeScript source a user could see: its string, template and regex literals (comments are not). */
function tsLiterals(file: string, source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node)
    ) {
      found.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return found;
}

/** An html or css source without its comments and HtmlService scriptlets: markup, attributes, text, style. */
function markup(source: string): string[] {
  return [source.replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\/|<\?[\s\S]*?\?>/g, '')];
}

/** The pieces of a src/ui source that hold Vietnamese letters. */
function hardCodedVietnamese(file: string, source: string): string[] {
  const texts = file.endsWith('.ts') ? tsLiterals(file, source) : markup(source);
  return texts
    .flatMap((text) => text.split('\n'))
    .filter((line) => VIETNAMESE.test(line))
    .map((line) => `${file}: ${line.trim()}`);
}

/** What a page's server sets on its template beside `msg`: the web page's ?task= code (doGet). */
const REQUEST_VALUES: Readonly<Record<string, readonly string[]>> = { myTasks: ['focus'] };

const scriptOf = (html: string): string => html.slice(html.indexOf('<script>'), html.lastIndexOf('</script>'));

describe('built dialog pages', () => {
  it.each(pages)('%s: the shared head once, its client script, no marker left', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html.split(css)).toHaveLength(2);
    expect(html).toMatch(/<head>\n<meta charset="utf-8">\n<base target="_top">\n<style>\n/);
    expect(html).toContain('<script>\n');
    expect(html).not.toMatch(/<!-- [A-Z_]+ -->/);
  });

  it('fills markers with "$" sequences kept and fails on a marker nothing fills', async () => {
    const parts = { A: async () => 'x $& $1 y' };
    await expect(inlineParts('<!-- A --> <!-- A -->', 'p.html', parts)).resolves.toBe('x $& $1 y x $& $1 y');
    await expect(inlineParts('<!-- A --><!-- B -->', 'p.html', parts)).rejects.toThrow(
      'p.html: nothing fills <!-- B -->',
    );
  });
});

describe('the pages take their words from src/messages', () => {
  it('no Vietnamese text is hard-coded in src/ui: not in markup, attributes, style, or a script literal', () => {
    const found = sources.flatMap((file) => hardCodedVietnamese(file, readFileSync(join(UI, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check finds Vietnamese in literals, markup and attributes, and passes comments and scriptlets', () => {
    expect(
      hardCodedVietnamese('a.ts', "// Giao nhiệm vụ\n/* Đóng */ const a = 'Đóng', b = `Giao ${a} việc`, c = /ế/;"),
    ).toEqual(['a.ts: Đóng', 'a.ts: việc', 'a.ts: /ế/']);
    expect(
      hardCodedVietnamese(
        'a.html',
        '<!-- Tải lại -->\n<button title="Tải lại"><?= msg.reload ?></button>\n<b>Đóng</b>',
      ),
    ).toEqual(['a.html: <button title="Tải lại"></button>', 'a.html: <b>Đóng</b>']);
    expect(hardCodedVietnamese('a.css', '/* Nút Đóng */ .x::after { content: "Đóng"; }')).toEqual([
      'a.css: .x::after { content: "Đóng"; }',
    ]);
    // "×" is a sign, not a letter.
    expect(hardCodedVietnamese('a.ts', "const x = '×';")).toEqual([]);
  });

  it('every page has its words, and its scriptlets only print words it has (or its request values); every word is printed', () => {
    expect(Object.keys(PAGE_WORDS).sort()).toEqual(pages.map((f) => f.replace(/\.html$/, '')).sort());
    for (const [name, words] of Object.entries(PAGE_WORDS)) {
      const html = readFileSync(join(UI, `${name}.html`), 'utf8');
      const scriptlets = [...html.matchAll(/<\?[\s\S]*?\?>/g)]
        .map((m) => m[0])
        .filter((s) => !(REQUEST_VALUES[name] ?? []).some((value) => s === `<?= ${value} ?>`));
      const printed = scriptlets.map((s) => /^<\?= msg\.(\w+) \?>$/.exec(s)?.[1] ?? `not a word: ${s}`);
      expect(
        printed.filter((key) => typeof (words as Record<string, unknown>)[key] !== 'string'),
        name,
      ).toEqual([]);
      expect(
        Object.keys(words).filter((key) => !printed.includes(key)),
        `${name}: words no scriptlet prints`,
      ).toEqual([]);
    }
  });

  it.each(pages)('%s: its script bundles its client words, not the page words the template prints', (file) => {
    const script = scriptOf(readFileSync(join(DIST, file), 'utf8'));
    expect(script).toMatch(/ClientMsg = \{/);
    expect(script).not.toMatch(/PageMsg\b/);
    expect(script).not.toContain('<?');
  });
});
