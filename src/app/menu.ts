// The "CCHC" menu: its items (Vietnamese labels → entry-point names) and the simple triggers that
// add it. onOpen stays cheap: it only builds the menu.
import { menuMsg } from '../messages';

export interface MenuItem {
  label: string;
  /** The entry-point function Apps Script calls by name (src/entry.ts). */
  functionName: string;
}
export type MenuEntry = MenuItem | 'separator';

export const MENU_TITLE = menuMsg.title;

export const MENU: readonly MenuEntry[] = [
  { label: menuMsg.setup, functionName: 'menuSetupWorkbook' },
  { label: menuMsg.importPlan, functionName: 'menuImportPlan' },
  'separator',
  { label: menuMsg.assign, functionName: 'menuAssignTasks' },
  { label: menuMsg.refreshFormatting, functionName: 'menuRefreshFormatting' },
  'separator',
  { label: menuMsg.enableAlerts, functionName: 'menuEnableAlerts' },
  { label: menuMsg.disableAlerts, functionName: 'menuDisableAlerts' },
  'separator',
  { label: menuMsg.createReport, functionName: 'menuCreateReport' },
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.label, entry.functionName);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
