// The dialog pages as built: every <!-- NAME --> marker filled (the shared head, the page's client
// script), none left behind, and a marker nothing fills stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineParts } from '../../scripts/build';
import { ensureBundle, ROOT } from '../support/bundle';

const DIST = ensureBundle();
const css = readFileSync(join(ROOT, 'src/ui/common.css'), 'utf8');
const pages = readdirSync(join(ROOT, 'src/ui')).filter((f) => f.endsWith('.html'));

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
    await expect(inlineParts('<!-- A --><!-- B -->', 'p.html', parts)).rejects.toThrow('p.html: nothing fills <!-- B -->');
  });
});
