// The alerts' daily trigger. Only the trigger whose id the tracker recorded is ever deleted; every
// other trigger of the project (someone's own automation, the on-edit trigger) is left alone.
import type { AlertState } from './alertStore';

export const DAILY_HANDLER = 'runDailyAlerts';
export const ALERT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Trigger = GoogleAppsScript.Script.Trigger;

function recorded(state: AlertState): Trigger | undefined {
  if (!state.dailyTriggerId) return undefined;
  return ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === state.dailyTriggerId && t.getHandlerFunction() === DAILY_HANDLER);
}

/** Installs the daily trigger at `hour`, or keeps the recorded one when it is already there; returns its id. */
export function installDailyTrigger(state: AlertState, hour: number): string {
  const existing = recorded(state);
  if (existing && state.on && state.hour === hour) return existing.getUniqueId();
  if (existing) ScriptApp.deleteTrigger(existing);
  return ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(ALERT_TIME_ZONE).create().getUniqueId();
}

/** Deletes the recorded daily trigger, nothing else. */
export function removeDailyTrigger(state: AlertState): void {
  const existing = recorded(state);
  if (existing) ScriptApp.deleteTrigger(existing);
}
