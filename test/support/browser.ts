// The browser suites' side of test/support/chromiumPages.ts: one Chromium per test file
// (beforeAll/afterAll), skipped when Chromium is missing, and screenshots into test-output/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Sandbox, WebAppParams } from '../../sandbox/runtime';
import type { PageName } from '../../src/adapters/pages';
import { ROOT } from './bundle';
import { hasChromium } from './chromium';
import { dialogPage, launchBrowser, webAppPage } from './chromiumPages';

export { horizontalOverflow, servedPage } from './chromiumPages';
export const OUTPUT = join(ROOT, 'test-output');

/** describe() for a browser suite: skipped when Chromium is missing (globalSetup says so once). */
export const describeInBrowser = describe.skipIf(!hasChromium);

export interface BrowserOptions {
  /** The page's viewport: a sidebar is 300 px wide, a dialog what its showModalDialog sets, a phone 390×844. */
  viewport: { width: number; height: number };
}

/** Starts Chromium for the calling test file; `page()` opens a dialog page, `webAppPage()` the web app. */
export function useBrowser(opts: BrowserOptions): {
  page: (sb: Sandbox, user: string, name: PageName) => Promise<Page>;
  webAppPage: (sb: Sandbox, user: string, params?: WebAppParams) => Promise<Page>;
} {
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (hasChromium) browser = await launchBrowser(opts.viewport);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** dist/NAME.html as `user` sees it, its server calls answered by `sb`. */
    page: (sb, user, name) => dialogPage(browser!.context, sb, user, name),
    /** The web app's page as `user` opens its URL with `params`. */
    webAppPage: (sb, user, params) => webAppPage(browser!.context, sb, user, params),
  };
}

/** Saves a full-page screenshot as test-output/NAME.png (looked at by people, not asserted). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true });
}
