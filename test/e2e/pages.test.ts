// Each CCHC menu item opens its page as HtmlService serves it (src/adapters/pages.ts): the built
// template evaluated with the feature's page words from src/messages, every word printed
// HTML-escaped, no scriptlet left. The browser tests open the same page (test/support/browser.ts).
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/core/text';
import { PAGE_WORDS, type PageName } from '../../src/adapters/pages';
import { menuMsg } from '../../src/messages';
import { servedPage } from '../support/browser';
import { PRINCIPAL, trackerWithPlan } from '../support/world';

/** The pages a menu item opens; "Nhiệm vụ của tôi" is opened from its web-app URL (test/e2e/my-tasks). */
const MENU_OF: Record<Exclude<PageName, 'myTasks'>, string> = {
  import: menuMsg.importPlan,
  assign: menuMsg.assign,
  report: menuMsg.createReport,
};

describe('pages opened from the CCHC menu', () => {
  it.each(Object.keys(MENU_OF) as (keyof typeof MENU_OF)[])(
    '%s: every page word filled in, no scriptlet left',
    (name) => {
      const { sb } = trackerWithPlan({ plan: 'none' });
      const run = sb.clickMenu(PRINCIPAL, MENU_OF[name]);
      expect(run.error).toBeUndefined();
      const shown = sb.ui.last;
      expect(shown?.kind).toBe(name === 'assign' ? 'sidebar' : 'modal');
      const html = (shown as { html: string }).html;
      expect(html).not.toMatch(/<\?|\?>/);
      for (const word of Object.values(PAGE_WORDS[name])) expect(html).toContain(escapeHtml(word));
      // What the browser tests load is this very page.
      expect(servedPage(sb, name)).toBe(html);
    },
  );
});
