// Every word a user sees, in Vietnamese, one file per feature. Code never inlines user text.
// Sheet vocabulary that is data stays with its data: the official status wording and area names in
// src/core/domain.ts, the sheet and column headers in src/core/schema.ts.
export * from './common';
export * from './menu';
export * from './importPlan';
export * from './assign';
export * from './report';
export * from './alerts';
export * from './settings';
export * from './flags';
export * from './log';
export * from './confirm';
export * from './myTasks';
export * from './myTasksPage';
