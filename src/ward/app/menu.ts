// The "CCHC phường" menu of the ward edition (issue 15). onOpen only builds the menu.
import { addMenu, type MenuEntry } from '../../adapters/ui';
import { wardMsg } from '../../messages/ward';

export const WARD_MENU: readonly MenuEntry[] = [
  { label: wardMsg.menu.setup, functionName: 'wardMenuSetup' },
  'separator',
  { label: wardMsg.menu.pull, functionName: 'wardMenuPull' },
  { label: wardMsg.menu.report, functionName: 'wardMenuReport' },
  'separator',
  { label: wardMsg.menu.dailyOn, functionName: 'wardMenuEnableDaily' },
  { label: wardMsg.menu.dailyOff, functionName: 'wardMenuDisableDaily' },
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu(wardMsg.menu.title, WARD_MENU);
}
