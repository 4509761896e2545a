// Every function Apps Script calls by name: simple triggers, menu actions, trigger handlers,
// google.script.run targets and the dashboard button. The build emits one top-level
// `function NAME()` per export here; nothing else is reachable by name.

// Simple triggers and the menu.
export { onOpen, onInstall } from './app/menu';
// Workbook setup and plan import.
export { menuSetupWorkbook } from './app/setup';
export { menuImportPlan, importPreview, importConfirm } from './app/importPlan';
// Assigning tasks.
export { menuAssignTasks, assignLoad, assignSubmit } from './app/assign';
// Status flags, edits and the dashboard.
export { menuRefreshFormatting } from './app/flags';
export { menuConfirmCompletion, menuSendBackCompletion } from './app/confirm';
export { onEdit, onEditInstalled } from './app/edits';
// "Nhiệm vụ của tôi", the web app for phones.
export { doGet, myTasksLoad, myTasksSave, myTasksUpload, myTasksConfirm, myTasksSendBack } from './app/myTasks';
// Alerts.
export { menuEnableAlerts, menuDisableAlerts, runDailyAlerts } from './app/alerts';
// The report.
export { menuCreateReport, dashboardCreateReport, reportLoad, reportPreview, reportBuild } from './app/report';
