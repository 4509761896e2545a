// Every function Apps Script calls by name in the ward edition (issue 15): the build emits one
// top-level `function NAME()` per export here (dist-ward/Code.js).

// The simple trigger and the "CCHC phường" menu.
export { onOpen } from './app/menu';
export { wardMenuSetup } from './app/setup';
// Pulling the units' figures: the menu item, the daily trigger's handler and the one that continues a pull.
export { wardMenuPull, wardDailyPull, wardContinuePull } from './app/pull';
// Turning the daily run (pull, then Nhắc báo cáo) on and off.
export { wardMenuEnableDaily, wardMenuDisableDaily } from './app/remind';
// The ward's report: a Doc in the NĐ 30 format from the pulled figures.
export { wardMenuReport } from './app/report';
