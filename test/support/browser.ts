// Dialogs and sidebars in headless Chromium (Debian's chromium via playwright-core): a built
// dist/NAME.html, its template filled in as the server serves it, with a google.script.run shim
// wired to a sandbox running the built bundle, so each click goes through the real server
// functions and changes the sandbox.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Sandbox } from '../../sandbox/runtime';
import { HtmlTemplate } from '../../sandbox/services/html';
import { PAGE_WORDS, type PageName } from '../../src/adapters/pages';
import { ensureBundle, ROOT } from './bundle';
import { CHROMIUM_PATH, hasChromium } from './chromium';

const DIST = process.env.CCHC_DIST_DIR || ensureBundle();
export const OUTPUT = join(ROOT, 'test-output');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * google.script.run in the page: each call goes to the Node side (window.__cchcServer), which runs
 * sb.callServer; a Date argument fails the request as the real bridge does. google.script.host.close
 * is recorded in window.__cchcClosed.
 */
const SHIM = `<script>
(function () {
  function hasDate(v) { return v instanceof Date || (v && typeof v === 'object' && Object.keys(v).some(function (k) { return hasDate(v[k]); })); }
  function runner(onOk, onFail) {
    var target = { withSuccessHandler: function (fn) { return runner(fn, onFail); }, withFailureHandler: function (fn) { return runner(onOk, fn); } };
    return new Proxy(target, { get: function (t, name) {
      if (name in t) return t[name];
      return function () {
        var args = Array.prototype.slice.call(arguments);
        if (args.some(hasDate)) { setTimeout(function () { onFail && onFail(new Error('Failed due to illegal value in property: 0')); }); return; }
        window.__cchcServer(String(name), JSON.stringify(args)).then(function (answer) {
          if ('error' in answer) { if (onFail) onFail(new Error(answer.error)); }
          else if (onOk) onOk(answer.value === undefined ? undefined : JSON.parse(answer.value));
        });
      };
    } });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { window.__cchcClosed = true; } } } };
})();
</script>`;

/**
 * dist/NAME.html as src/adapters/pages.ts serves it: the sandbox's HtmlService template engine,
 * in the bundle's context, with the page's words as `msg`. Lets a test open the page as someone the
 * menu would refuse.
 */
export function servedPage(sb: Sandbox, name: PageName): string {
  const template = new HtmlTemplate(readFileSync(join(DIST, `${name}.html`), 'utf8'), (source) =>
    vm.runInContext(source, sb.context),
  );
  Object.assign(template, { msg: PAGE_WORDS[name] });
  return template.evaluate().getContent();
}

/** describe() for a browser suite: skipped when Chromium is missing (globalSetup says so once). */
export const describeInBrowser = describe.skipIf(!hasChromium);

export interface BrowserOptions {
  /** The page's viewport: a sidebar is 300 px wide, a dialog what its showModalDialog sets. */
  viewport: { width: number; height: number };
}

/** Starts Chromium for the calling test file (beforeAll/afterAll); `page()` opens built pages in it. */
export function useBrowser(opts: BrowserOptions): {
  page: (sb: Sandbox, user: string, name: PageName) => Promise<Page>;
} {
  let context: BrowserContext;
  let userDataDir: string;
  beforeAll(async () => {
    if (!hasChromium) return;
    userDataDir = mkdtempSync(join(tmpdir(), 'cchc-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: opts.viewport,
      locale: 'vi-VN',
    });
  });
  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });
  return {
    /** dist/NAME.html as `user` sees it, its server calls answered by `sb`. */
    page: async (sb, user, name) => {
      const page = await context.newPage();
      await page.exposeFunction('__cchcServer', (fn: string, argsJson: string) => {
        try {
          const value = sb.callServer(user, fn, ...(JSON.parse(argsJson) as unknown[]));
          return { value: value === undefined ? undefined : JSON.stringify(value) };
        } catch (e) {
          return { error: e instanceof Error ? e.message : String(e) };
        }
      });
      await page.setContent(servedPage(sb, name).replace('<head>', `<head>${SHIM}`));
      return page;
    },
  };
}

/** Saves a full-page screenshot as test-output/NAME.png (looked at by people, not asserted). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true });
}

/** Pixels by which the page is wider than its viewport (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
