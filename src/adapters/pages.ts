// The dialog and sidebar pages: each src/ui/NAME.html (built to dist/) is an HtmlService template
// whose scriptlets print `msg`, that page's fixed words from src/messages. What the page's script
// shows it imports from the same messages file itself.
import { assignPageMsg, importPageMsg, myTasksPageMsg, reportPageMsg } from '../messages';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** Each page's words, by the page's file name. */
export const PAGE_WORDS = {
  import: importPageMsg,
  assign: assignPageMsg,
  report: reportPageMsg,
  myTasks: myTasksPageMsg,
} as const;
export type PageName = keyof typeof PAGE_WORDS;

/**
 * dist/NAME.html with its words filled in (and `vars`, the web page's request values), ready for
 * showSidebar / showModalDialog or doGet.
 */
export function pageOutput(name: PageName, vars: Readonly<Record<string, string>> = {}): HtmlOutput {
  const template = HtmlService.createTemplateFromFile(name);
  Object.assign(template, vars, { msg: PAGE_WORDS[name] });
  return template.evaluate();
}
