// Nhắc báo cáo (issue 15): after the daily run's pull has finished, email each unit that has not
// reported the period due (src/core/ward/remind.ts says who gets which milestone), through the school
// alerts' journaled delivery and sent record (core/alerts/run.ts deliverJournaled, adapters/alertStore.ts):
// no email twice, none lost, whatever step of the run fails. And the menu items that turn the daily
// run (wardDailyPull) on and off, with the school's trigger and state adapters.
import { withScriptLock } from '../../adapters/lock';
import { alert, alertingUserErrors } from '../../adapters/ui';
import { effectiveUserEmail } from '../../adapters/session';
import { readSettingsSheet, writeSetting } from '../../adapters/settingsSheet';
import { remainingDailyQuota, sendEmail } from '../../adapters/mail';
import { installDailyTrigger, removeDailyTriggers } from '../../adapters/triggers';
// The school alerts' store: their state, sent record and send journal, in this project's own script properties and sheets.
import * as store from '../../adapters/alertStore';
import type { AlertState } from '../../adapters/alertStore';
import { deliverJournaled } from '../../core/alerts/run';
import { SentRecord, withJournal, type SentEntry } from '../../core/alerts/record';
import { formatDateTimeVn, isoDateInZone } from '../../core/dates';
import { SCHOOL_TIME_ZONE, SentStatus } from '../../core/domain';
import { UserError } from '../../core/errors';
import { parseSettings } from '../../core/settings';
import { headerText } from '../../core/text';
import { duePeriod, periodLabel } from '../../core/report/periods';
import { periodDeadline } from '../../core/ward/state';
import { planReminders, reminderEntry, renderReminder, type RemindUnit } from '../../core/ward/remind';
import type { WardSettings } from '../../core/ward/settings';
import { wardMsg } from '../../messages/ward';
import { readUnits, readWardSettings } from '../adapters/wardBook';
import { isKnownManager } from '../../adapters/managerCopy';
import { wardManagerBook } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const m = wardMsg.remind;

/** The daily run's handler: the pull, then (when it finished) the reminders. */
export const WARD_DAILY_HANDLER = 'wardDailyPull';
/** No reminder is started after this long into the execution: far inside the 6-minute limit. */
export const REMIND_BUDGET_MS = 5 * 60 * 1000;

/**
 * The hour of the daily run: the Cấu hình row "Giờ gửi nhắc việc" (the school's setting, validated
 * as the school's), the school's default when the row is missing; the row is added then, so the
 * manager sees where to change it.
 */
function dailyHour(ss: Spreadsheet) {
  const read = readSettingsSheet(ss);
  const found = read.rows.get('alertHour');
  const parsed = parseSettings(found ? { alertHour: found.value } : {});
  if (!parsed.ok) throw new UserError(parsed.errors.map((e) => `${e.label}: ${e.message}`).join('\n'));
  const hour = parsed.settings.alertHour;
  if (!found) writeSetting(read, 'alertHour', String(hour));
  return { read, hour };
}

/** A menu item of a ward manager, under the script lock: its answer, or a UserError, as an alert. */
function managerMenuAction(action: (ss: Spreadsheet, me: string, state: AlertState) => string): void {
  alertingUserErrors(() =>
    alert(
      withScriptLock(() => {
        const ss = wardManagerBook();
        return action(ss, effectiveUserEmail(), store.loadAlertState());
      }),
    ),
  );
}

/**
 * CCHC phường → Bật cập nhật và nhắc báo cáo hằng ngày: a ward manager. Leaves exactly one daily
 * trigger (wardDailyPull) of this account; the state names the one account whose run reminds. All or
 * nothing: when a later write fails, the trigger made here is deleted and the state restored.
 */
export function wardMenuEnableDaily(): void {
  managerMenuAction((ss, me, state) => {
    const previous = state.on && state.owner && state.owner !== me ? state.owner : '';
    let trigger: { id: string; created: boolean } | null = null;
    try {
      const { read, hour } = dailyHour(ss);
      trigger = installDailyTrigger(state, me, hour, WARD_DAILY_HANDLER);
      const next: AlertState = { ...state, on: true, owner: me, hour, dailyTriggerId: trigger.id };
      store.saveAlertState(next);
      try {
        writeSetting(read, 'alertStatus', store.statusText(next, m));
      } catch (e) {
        store.saveAlertState(state);
        throw e;
      }
      return previous ? m.takenOver(hour, me, previous) : m.enabled(hour, me);
    } catch (e) {
      if (trigger?.created) removeDailyTriggers(trigger.id, WARD_DAILY_HANDLER);
      if (e instanceof UserError) throw e;
      throw new UserError(m.enableFailed(e instanceof Error ? e.message : String(e)));
    }
  });
}

/** CCHC phường → Tắt cập nhật và nhắc báo cáo hằng ngày: a ward manager, whoever turned it on. */
export function wardMenuDisableDaily(): void {
  managerMenuAction((ss, me, state) => {
    const removed = removeDailyTriggers(undefined, WARD_DAILY_HANDLER);
    if (!state.on && removed === 0) return m.alreadyOff;
    const next: AlertState = { ...state, on: false, dailyTriggerId: '' };
    store.saveAlertState(next);
    store.writeStatusLine(ss, store.statusText(next, m));
    return state.on && state.owner && state.owner !== me ? m.disabledOther(state.owner) : m.disabled;
  });
}

/**
 * Who may send the reminders: the account that turned the daily run on, while it is on and that
 * account is still a ward manager. Anyone else's run pulls but sends nothing. Once the menu has
 * turned the run on, it alone says which daily trigger is right: a refused run's own daily triggers
 * (left by a take-over, or running after Tắt) are deleted. Before that, a trigger made by hand
 * (as the README said before this menu existed) keeps pulling, without reminders.
 */
function gate(ss: Spreadsheet, me: string): { settings: WardSettings } | { refused: string; stray: boolean } {
  const state = store.loadAlertState();
  if (!state.on || state.owner !== me)
    return { refused: m.refused(me, state.on ? state.owner : ''), stray: state.owner !== '' };
  return isKnownManager(ss, me) ? { settings: readWardSettings(ss) } : { refused: m.notManager(me), stray: true };
}

/** The units as Đơn vị shows them now: the pull has just written every unit's state. */
function unitsOnSheet(ss: Spreadsheet): RemindUnit[] {
  const { table, units } = readUnits(ss);
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  return units.map((u) => {
    const row = byRow.get(u.row)!;
    return {
      key: u.key,
      name: u.name,
      email: u.email,
      state: String(table.get(row, 'state') ?? '').trim(),
      reason: String(table.get(row, 'reason') ?? '').trim(),
    };
  });
}

/**
 * The reminders of a daily run whose pull has finished (called by wardDailyPull under the script
 * lock). Never throws: what went wrong is the result, in the execution log and the status line.
 */
export function remindAfterPull(ss: Spreadsheet, started: Date): string {
  let result: string;
  try {
    result = remind(ss, started);
  } catch (e) {
    result = e instanceof Error ? e.message : String(e);
    console.error(`ward remind: ${result}`);
  }
  console.log(`ward remind: ${result}`);
  return result;
}

function remind(ss: Spreadsheet, started: Date): string {
  const me = effectiveUserEmail();
  const allowed = gate(ss, me);
  if ('refused' in allowed) {
    if (allowed.stray) removeDailyTriggers(undefined, WARD_DAILY_HANDLER);
    return allowed.refused;
  }
  const { settings } = allowed;
  const today = isoDateInZone(started, SCHOOL_TIME_ZONE);
  const period = duePeriod(today);
  const entries = store.readSentRecord(ss);
  // A run that died before writing the record left its journal: what it sent stays sent.
  const journal = store.openJournal(started.getTime());
  const record = new SentRecord(withJournal(entries, journal.pending));
  const plan = planReminders({
    units: unitsOnSheet(ss),
    period: periodLabel(period),
    deadline: periodDeadline(period, settings.deadlineDay),
    today,
    record,
  });

  const quota = plan.reminders.length ? remainingDailyQuota() : 0;
  const updates: SentEntry[] = [];
  const carried: string[] = [];
  let [sent, failed] = [0, 0];
  plan.reminders.forEach((r, id) => {
    // Not sent now, not recorded: the next run in the milestone's window sends it, once.
    if (sent + failed >= quota) return carried.push(`${r.unit.name}: ${m.why.quota}`);
    if (Date.now() >= started.getTime() + REMIND_BUDGET_MS) return carried.push(`${r.unit.name}: ${m.why.time}`);
    const email = renderReminder(r, plan, settings.wardName);
    const delivery = deliverJournaled(
      {
        send: (msg) => sendEmail({ ...msg, name: headerText(m.senderName(settings.wardName)) }),
        journal,
      },
      id,
      { to: r.unit.email, ...email },
      (status, detail) => [reminderEntry(r, today, status, detail)],
    );
    if (!delivery.journaled) return carried.push(`${r.unit.name}: ${m.why.journal(delivery.error)}`);
    if (delivery.sent) sent++;
    else failed++;
    updates.push(...delivery.entries);
  });

  // Sends a broken run never learnt the outcome of: named once here (the ward's only report of a run),
  // then marked told; never sent again, to keep from sending twice.
  const unknown = record.unknownOutcomes();
  updates.push(...unknown.map((u) => ({ ...u, status: SentStatus.InFlightReported })));
  const lines = [
    m.runResult(sent, failed, carried.length),
    ...carried,
    ...unknown.map((u) => m.unknownOutcome(u.code, u.recipient, u.date)),
  ];
  if (plan.noEmail.length) lines.push(m.noEmail(plan.noEmail.map((u) => u.name)));
  // Emails are out: a failing record write keeps the journal, which the next run reads.
  try {
    store.writeSentRecord(ss, record.merged(updates, today, plan.currentKeys), entries.length);
    store.clearJournal(journal);
  } catch (e) {
    lines.push(m.writeFailed(e instanceof Error ? e.message : String(e)));
  }
  const result = lines.join(' ');
  const state = { ...store.loadAlertState(), lastRun: { at: formatDateTimeVn(started, SCHOOL_TIME_ZONE), result } };
  store.saveAlertState(state);
  store.writeStatusLine(ss, store.statusText(state, m));
  return result;
}
