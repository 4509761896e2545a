// Every word a user sees, in Vietnamese, one file per feature. Code never inlines user text.
export * from './common';
export * from './menu';
export * from './importPlan';
export * from './assign';
export * from './report';
export * from './alerts';
export * from './flags';
