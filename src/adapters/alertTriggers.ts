// The alerts' daily trigger, reconciled with what ScriptApp really has: every trigger of this
// account whose handler is runDailyAlerts is ours (an orphan left by a failed Bật included); every
// other trigger of the project (someone's own automation, the on-edit trigger) is left alone.
// Apps Script lists and deletes only the running account's triggers, never another user's.
import type { AlertState } from './alertStore';

export const DAILY_HANDLER = 'runDailyAlerts';
export const ALERT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Trigger = GoogleAppsScript.Script.Trigger;

/** This account's daily-alert triggers, whatever the record says. */
export function installedDailyTriggers(): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DAILY_HANDLER);
}

/**
 * Leaves exactly one daily trigger of this account at `hour`: keeps the recorded one when it is
 * still right, deletes every other. Returns its id and whether it was created now (for rollback).
 */
export function installDailyTrigger(state: AlertState, me: string, hour: number): { id: string; created: boolean } {
  const mine = installedDailyTriggers();
  const keep = state.on && state.owner === me && state.hour === hour ? mine.find((t) => t.getUniqueId() === state.dailyTriggerId) : undefined;
  for (const t of mine) if (t !== keep) ScriptApp.deleteTrigger(t);
  if (keep) return { id: keep.getUniqueId(), created: false };
  const id = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(ALERT_TIME_ZONE).create().getUniqueId();
  return { id, created: true };
}

/** Deletes this account's daily triggers (all of them, orphans too); returns how many. */
export function removeDailyTriggers(onlyId?: string): number {
  const mine = installedDailyTriggers().filter((t) => onlyId === undefined || t.getUniqueId() === onlyId);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}
