// Built pages in headless Chromium (Debian's chromium via playwright-core), without vitest, so the
// demo can use it too: a dialog's dist/NAME.html with its template filled in as the server serves
// it, or the web app's page as doGet serves it (sb.openWebApp), each with a google.script.run shim
// wired to a sandbox running the built bundle, so each click goes through the real server
// functions and changes the sandbox.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FormSubmission, type FormFile, type Sandbox, type WebAppParams } from '../../sandbox/runtime';
import { HtmlTemplate } from '../../sandbox/services/html';
import { PAGE_WORDS, type PageName } from '../../src/adapters/pages';
import { ensureBundle } from './bundle';
import { CHROMIUM_PATH } from './chromium';

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
 * google.script.run in the page: each call goes to the Node side (window.__cchcServer); a Date
 * argument fails the request as the real bridge does. A form element argument is sent as its
 * fields ({ __form: [[name, value], …] }): text as is, a file input's file as its name, type and
 * bytes (base64), a file input with no file as null; the Node side makes it a FormSubmission.
 * google.script.host.close is recorded in window.__cchcClosed.
 */
const SHIM = `<script>
(function () {
  function hasDate(v) { return v instanceof Date || (v && typeof v === 'object' && !(v instanceof HTMLFormElement) && Object.keys(v).some(function (k) { return hasDate(v[k]); })); }
  function base64(buffer) {
    var bytes = new Uint8Array(buffer), text = '';
    for (var i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }
  function field(entry) {
    var value = entry[1];
    if (typeof value === 'string') return Promise.resolve([entry[0], value]);
    if (value.name === '' && value.size === 0) return Promise.resolve([entry[0], null]);
    return value.arrayBuffer().then(function (b) { return [entry[0], { name: value.name, mimeType: value.type, base64: base64(b) }]; });
  }
  function serialised(arg) {
    if (!(arg instanceof HTMLFormElement)) return Promise.resolve(arg);
    return Promise.all(Array.from(new FormData(arg).entries()).map(field)).then(function (fields) { return { __form: fields }; });
  }
  function runner(onOk, onFail) {
    var target = { withSuccessHandler: function (fn) { return runner(fn, onFail); }, withFailureHandler: function (fn) { return runner(onOk, fn); } };
    return new Proxy(target, { get: function (t, name) {
      if (name in t) return t[name];
      return function () {
        var args = Array.prototype.slice.call(arguments);
        if (args.some(hasDate)) { setTimeout(function () { onFail && onFail(new Error('Failed due to illegal value in property: 0')); }); return; }
        Promise.all(args.map(serialised)).then(function (sent) { return window.__cchcServer(String(name), JSON.stringify(sent)); }).then(function (answer) {
          if ('error' in answer) { if (onFail) onFail(new Error(answer.error)); }
          else if (onOk) onOk(answer.value === undefined ? undefined : JSON.parse(answer.value));
        });
      };
    } });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { window.__cchcClosed = true; } } } };
})();
</script>`;

type SentFile = { name: string; mimeType: string; base64: string };

/** An argument as the shim sent it: a form's fields become the FormSubmission the sandbox takes. */
function received(arg: unknown): unknown {
  if (!arg || typeof arg !== 'object' || !('__form' in arg)) return arg;
  const fields: Record<string, string | FormFile | null> = {};
  for (const [name, value] of (arg as { __form: [string, string | SentFile | null][] }).__form) {
    fields[name] =
      value === null || typeof value === 'string'
        ? value
        : { name: value.name, mimeType: value.mimeType, bytes: new Uint8Array(Buffer.from(value.base64, 'base64')) };
  }
  return new FormSubmission(fields);
}

/**
 * dist/NAME.html as src/adapters/pages.ts serves it: the sandbox's HtmlService template engine,
 * in the bundle's context, with the page's words as `msg`. Lets a test open the page as someone the
 * menu would refuse.
 */
export function servedPage(sb: Sandbox, name: PageName): string {
  const dist = process.env.CCHC_DIST_DIR || ensureBundle();
  const template = new HtmlTemplate(readFileSync(join(dist, `${name}.html`), 'utf8'), (source) =>
    vm.runInContext(source, sb.context),
  );
  Object.assign(template, { msg: PAGE_WORDS[name] });
  return template.evaluate().getContent();
}

/** Headless Chromium at a viewport; close() also removes its profile. */
export async function launchBrowser(viewport: {
  width: number;
  height: number;
}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cchc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    locale: 'vi-VN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page holding `html` with the shim, each google.script.run call answered by `call`. */
async function shimmedPage(
  context: BrowserContext,
  html: string,
  call: (fn: string, args: unknown[]) => unknown,
): Promise<Page> {
  const page = await context.newPage();
  await page.exposeFunction('__cchcServer', (fn: string, argsJson: string) => {
    try {
      const value = call(fn, (JSON.parse(argsJson) as unknown[]).map(received));
      return { value: value === undefined ? undefined : JSON.stringify(value) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  });
  await page.setContent(html.replace('<head>', `<head>${SHIM}`));
  return page;
}

/** dist/NAME.html as `user` sees it in a dialog or sidebar, its server calls answered by sb.callServer. */
export function dialogPage(context: BrowserContext, sb: Sandbox, user: string, name: PageName): Promise<Page> {
  return shimmedPage(context, servedPage(sb, name), (fn, args) => sb.callServer(user, fn, ...args));
}

/**
 * The web app's page as `user` opens its URL with `params` (the real doGet path, sb.openWebApp),
 * its server calls answered by sb.callWebApp as the deployment runs them.
 */
export function webAppPage(context: BrowserContext, sb: Sandbox, user: string, params?: WebAppParams): Promise<Page> {
  return shimmedPage(context, sb.openWebApp(user, params), (fn, args) => sb.callWebApp(user, fn, ...args));
}

/** Pixels by which the page is wider than its viewport (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
