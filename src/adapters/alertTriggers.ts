// The alerts' installable triggers: the daily run and the on-edit handler. Only triggers whose ids
// the tracker recorded are ever deleted; an existing on-edit trigger for the tracker's handler (made
// by setup, say) is reused rather than doubled.
import type { AlertState } from './alertStore';

export const DAILY_HANDLER = 'runDailyAlerts';
export const EDIT_HANDLER = 'onEditInstalled';
export const ALERT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Trigger = GoogleAppsScript.Script.Trigger;

const byId = (triggers: readonly Trigger[], id: string) => (id ? triggers.find((t) => t.getUniqueId() === id) : undefined);

/** Installs (or moves) the daily trigger and makes sure one on-edit trigger exists; returns the new ids. */
export function installAlertTriggers(state: AlertState, hour: number): Pick<AlertState, 'dailyTriggerId' | 'editTriggerId' | 'editTriggerCreated'> {
  const triggers = ScriptApp.getProjectTriggers();
  let daily = byId(triggers, state.dailyTriggerId);
  if (daily && (!state.on || state.hour !== hour)) {
    ScriptApp.deleteTrigger(daily);
    daily = undefined;
  }
  const dailyTriggerId = daily
    ? daily.getUniqueId()
    : ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(ALERT_TIME_ZONE).create().getUniqueId();

  const recorded = byId(triggers, state.editTriggerId);
  const existing = recorded ?? triggers.find((t) => t.getHandlerFunction() === EDIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT);
  if (existing) {
    return { dailyTriggerId, editTriggerId: existing.getUniqueId(), editTriggerCreated: recorded ? state.editTriggerCreated : false };
  }
  const created = ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
  return { dailyTriggerId, editTriggerId: created.getUniqueId(), editTriggerCreated: true };
}

/** Deletes the triggers the tracker created and recorded; leaves every other trigger alone. */
export function removeAlertTriggers(state: AlertState): void {
  const triggers = ScriptApp.getProjectTriggers();
  const daily = byId(triggers, state.dailyTriggerId);
  if (daily && daily.getHandlerFunction() === DAILY_HANDLER) ScriptApp.deleteTrigger(daily);
  const edit = state.editTriggerCreated ? byId(triggers, state.editTriggerId) : undefined;
  if (edit && edit.getHandlerFunction() === EDIT_HANDLER) ScriptApp.deleteTrigger(edit);
}
