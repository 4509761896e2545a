// The "CCHC" menu: its items (Vietnamese labels → entry-point names) and the simple triggers that
// add it. onOpen stays cheap: it only builds the menu.
import { menuMsg } from '../messages';
import { addMenu, type MenuEntry } from '../adapters/ui';

export const MENU_TITLE = menuMsg.title;

export const MENU: readonly MenuEntry[] = [
  { label: menuMsg.setup, functionName: 'menuSetupWorkbook' },
  { label: menuMsg.importPlan, functionName: 'menuImportPlan' },
  'separator',
  { label: menuMsg.assign, functionName: 'menuAssignTasks' },
  { label: menuMsg.refreshFormatting, functionName: 'menuRefreshFormatting' },
  { label: menuMsg.confirmCompletion, functionName: 'menuConfirmCompletion' },
  { label: menuMsg.sendBack, functionName: 'menuSendBackCompletion' },
  'separator',
  { label: menuMsg.enableAlerts, functionName: 'menuEnableAlerts' },
  { label: menuMsg.disableAlerts, functionName: 'menuDisableAlerts' },
  'separator',
  { label: menuMsg.createReport, functionName: 'menuCreateReport' },
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu(MENU_TITLE, MENU);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
