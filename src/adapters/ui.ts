// The spreadsheet's own UI, which exists only where a person clicked (menus, the sidebar, dialogs):
// alerts, a yes/no question, the pages, the menu, and the one way a menu action shows a UserError.
import { pageOutput, type PageName } from './pages';
import { UserError } from '../core/errors';

export function alert(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}

/** A yes/no question; true only for "Yes". */
export function askYesNo(question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** A line of text the person types; null when they cancel. */
export function askText(question: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(question, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

export function showSidebar(page: PageName, title: string): void {
  SpreadsheetApp.getUi().showSidebar(pageOutput(page).setTitle(title));
}

export function showDialog(page: PageName, size: { width: number; height: number }, title: string): void {
  SpreadsheetApp.getUi().showModalDialog(pageOutput(page).setWidth(size.width).setHeight(size.height), title);
}

export type MenuEntry = { label: string; functionName: string } | 'separator';

export function addMenu(title: string, entries: readonly MenuEntry[]): void {
  const menu = SpreadsheetApp.getUi().createMenu(title);
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.label, entry.functionName);
  }
  menu.addToUi();
}

/** Runs a menu action; a UserError reaches the person as an alert, anything else is thrown on. */
export function alertingUserErrors(action: () => void): void {
  try {
    action();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    alert(e.message);
  }
}
