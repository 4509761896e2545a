// The run that continues an unfinished pull (issue 15): a one-off clock trigger a minute later,
// so a pull beyond one execution finishes the same morning instead of at the next daily run. At
// most one exists: every pull deletes this account's continuation triggers before it may make one.
type Trigger = GoogleAppsScript.Script.Trigger;

export const CONTINUE_HANDLER = 'wardContinuePull';
export const CONTINUE_AFTER_MS = 60_000;

const continuations = (): Trigger[] =>
  ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === CONTINUE_HANDLER);

export function removeContinuation(): void {
  for (const t of continuations()) ScriptApp.deleteTrigger(t);
}

export function scheduleContinuation(): void {
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}
