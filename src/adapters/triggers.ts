// The project's installable triggers. The alerts' daily trigger is reconciled with what ScriptApp
// really has: every trigger of this account whose handler is runDailyAlerts is ours (an orphan left
// by a failed Bật included); every other trigger of the project is left alone. The ward edition's
// daily run (wardDailyPull) is reconciled the same way, under its own handler. Apps Script lists and
// deletes only the running account's triggers, never another user's. The on-edit trigger is
// installed once per spreadsheet, and a document property records who installed it.
import { SCHOOL_TIME_ZONE } from '../core/domain';
import type { AlertState } from './alertStore';
import { currentUser } from './session';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DAILY_HANDLER = 'runDailyAlerts';

type Trigger = GoogleAppsScript.Script.Trigger;

/** This account's daily triggers of `handler` (the alerts' by default), whatever the record says. */
export function installedDailyTriggers(handler = DAILY_HANDLER): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/**
 * Leaves exactly one daily trigger of this account at `hour`: keeps the recorded one when it is
 * still right, deletes every other. Returns its id and whether it was created now (for rollback).
 */
export function installDailyTrigger(
  state: Pick<AlertState, 'on' | 'owner' | 'hour' | 'dailyTriggerId'>,
  me: string,
  hour: number,
  handler = DAILY_HANDLER,
): { id: string; created: boolean } {
  const mine = installedDailyTriggers(handler);
  const keep =
    state.on && state.owner === me && state.hour === hour
      ? mine.find((t) => t.getUniqueId() === state.dailyTriggerId)
      : undefined;
  for (const t of mine) if (t !== keep) ScriptApp.deleteTrigger(t);
  if (keep) return { id: keep.getUniqueId(), created: false };
  const id = ScriptApp.newTrigger(handler)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(SCHOOL_TIME_ZONE)
    .create()
    .getUniqueId();
  return { id, created: true };
}

/** Deletes this account's daily triggers (all of them, orphans too); returns how many. */
export function removeDailyTriggers(onlyId?: string, handler = DAILY_HANDLER): number {
  const mine = installedDailyTriggers(handler).filter((t) => onlyId === undefined || t.getUniqueId() === onlyId);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

/** Document property: the email of whoever installed the on-edit trigger (empty: none). */
export const EDIT_TRIGGER_PROPERTY = 'CCHC_EDIT_TRIGGER_OWNER';
export const EDIT_HANDLER = 'onEditInstalled';

/** Whether the installable on-edit trigger is recorded as installed (the simple onEdit then stands aside). */
export function editTriggerInstalled(): boolean {
  return !!PropertiesService.getDocumentProperties().getProperty(EDIT_TRIGGER_PROPERTY);
}

/** Installs the on-edit trigger once per spreadsheet (by whoever runs setup first) and records it. */
export function ensureEditTrigger(ss: Spreadsheet): void {
  const props = PropertiesService.getDocumentProperties();
  const mine = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === EDIT_HANDLER);
  const owner = props.getProperty(EDIT_TRIGGER_PROPERTY);
  const me = currentUser();
  if (mine) {
    if (!owner) props.setProperty(EDIT_TRIGGER_PROPERTY, me);
    return;
  }
  if (owner && owner !== me) return;
  ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  props.setProperty(EDIT_TRIGGER_PROPERTY, me || 'installed');
}
