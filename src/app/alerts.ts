// Alerts by email: the menu items that turn the daily trigger on and off, and the daily run
// itself (runDailyAlerts): read the tracker in a fixed number of calls under the script lock, plan
// (src/core/alerts/plan.ts), send within the quota and a time budget, record what was sent, log it.
import { webAppUrl } from '../adapters/webApp';
import { formatDateTimeVn, isoDateInZone } from '../core/dates';
import { headerText } from '../core/text';
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { SCHOOL_TIME_ZONE, type StaffMember, LogAction, type LogLine } from '../core/domain';
import type { Settings } from '../core/settings';
import { planAlerts } from '../core/alerts/plan';
import { SentRecord, withJournal } from '../core/alerts/record';
import { executePlan, type Outgoing, type RunOutcome } from '../core/alerts/run';
import { alertsMsg as m, commonMsg } from '../messages';
import { withScriptLock } from '../adapters/lock';
import { activeUserEmail, effectiveUserEmail } from '../adapters/session';
import { activeTracker, appendLog, readStaff, readTasks, requireSheet } from '../adapters/tracker';
import { UserError } from '../core/errors';
import { readSettings, requireSettings } from '../adapters/settingsSheet';
import {
  clearJournal,
  loadAlertState,
  openJournal,
  readSentRecord,
  saveAlertState,
  writeSentRecord,
  statusText,
  writeStatusLine,
  type AlertState,
} from '../adapters/alertStore';
import { installDailyTrigger, removeDailyTriggers } from '../adapters/triggers';
import { remainingDailyQuota, sendEmail } from '../adapters/mail';
import { alert, alertingUserErrors } from '../adapters/ui';
import { ensureEditTrigger } from '../adapters/triggers';
import { isManager, managerEmails } from '../core/roles';
import { managerContext } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop starting new emails after this long: far inside the 6-minute execution limit. */
export const RUN_BUDGET_MS = 4 * 60 * 1000;
/** The columns a run cannot do without: missing ones mean the sheet was broken. */
const REQUIRED_TASK_COLUMNS: readonly TaskColumnKey[] = ['code', 'content', 'owner', 'dueDate', 'progressStatus'];

const nowText = (now: Date): string => formatDateTimeVn(now, SCHOOL_TIME_ZONE);

function menuAction(action: (ss: Spreadsheet) => string): void {
  alertingUserErrors(() => alert(withScriptLock(() => action(activeTracker()))));
}

/** Apps Script's English for the failures a person can meet here, said in Vietnamese. */
function platformWhy(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  console.error(`alerts: ${text}`);
  if (/too many triggers/i.test(text)) return m.platform.tooManyTriggers;
  if (/property storage quota|Argument too large/i.test(text)) return m.platform.propertyStoreFull;
  if (/protected/i.test(text)) return m.platform.protected;
  return m.platform.other;
}

/**
 * CCHC → Bật nhắc việc tự động: any manager may turn alerts on or take them over. Leaves exactly one
 * daily trigger of this account; the state in Script Properties names the one account whose run
 * sends (a former owner's trigger, which this account cannot delete, refuses and removes itself).
 * All or nothing: when a later write fails, the trigger made here is deleted and the state restored.
 */
export function menuEnableAlerts(): void {
  menuAction((ss) => {
    const { settings } = managerContext(ss);
    const me = effectiveUserEmail();
    const state = loadAlertState();
    const previous = state.on && state.owner && state.owner !== me ? state.owner : '';
    let trigger: { id: string; created: boolean } | null = null;
    try {
      trigger = installDailyTrigger(state, me, settings.alertHour);
      // The on-edit trigger belongs to the edits feature: made once, shared, never removed here.
      ensureEditTrigger(ss);
      const next: AlertState = {
        ...state,
        dailyTriggerId: trigger.id,
        on: true,
        owner: me,
        hour: settings.alertHour,
        principalEmail: settings.principalEmail,
      };
      saveAlertState(next);
      try {
        writeStatusLine(ss, statusText(next, m));
        appendLog(ss, activeUserEmail(), [
          { action: LogAction.AlertsEnabled, detail: m.statusOn(me, settings.alertHour) },
        ]);
      } catch (e) {
        saveAlertState(state);
        throw e;
      }
    } catch (e) {
      if (e instanceof UserError) throw e;
      if (trigger?.created) removeDailyTriggers(trigger.id);
      throw new UserError(m.enableFailed(platformWhy(e)));
    }
    return previous ? m.takenOver(settings.alertHour, me, previous) : m.enabled(settings.alertHour, me);
  });
}

/**
 * CCHC → Tắt nhắc việc tự động: any manager, whoever owns the alerts. Deletes every daily trigger of
 * this account (orphans too); another owner's trigger stops itself, since the state now says off.
 */
export function menuDisableAlerts(): void {
  menuAction((ss) => {
    managerContext(ss);
    const me = effectiveUserEmail();
    const state = loadAlertState();
    try {
      const removed = removeDailyTriggers();
      if (!state.on && removed === 0) return m.alreadyOff;
      const next: AlertState = { ...state, on: false, dailyTriggerId: '' };
      saveAlertState(next);
      writeStatusLine(ss, statusText(next, m));
      appendLog(ss, activeUserEmail(), [{ action: LogAction.AlertsDisabled }]);
      return state.on && state.owner && state.owner !== me ? m.disabledOther(state.owner) : m.disabled;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(m.disableFailed(platformWhy(e)));
    }
  });
}

/**
 * Who may run the daily run: only the account the state names, while alerts are on and it is still
 * a manager. Anyone else is refused before anything is sent or written; the refusal goes to the
 * execution log, and to Nhật ký when that account can write it. A refused account's own daily
 * triggers are orphans (ownership moved, alerts off, owner demoted) and are deleted. An allowed run
 * gets the Cấu hình and Cán bộ it read, so that the run does not read them twice.
 */
function gate(ss: Spreadsheet, me: string): { refused: string } | { refused: null; known?: Known } {
  const state = loadAlertState();
  if (state.on && state.owner !== me) return { refused: m.refusedNotOwner(me, state.owner) };
  if (!state.on) return { refused: m.refusedOff(me) };
  try {
    const settings = readSettings(ss);
    if (!settings.ok) return { refused: null };
    const staff = readStaff(ss);
    return isManager(me, settings.settings, staff)
      ? { refused: null, known: { settings: settings.settings, staff } }
      : { refused: m.refusedNotManager(me) };
  } catch {
    // An unreadable Cấu hình or Cán bộ is the run's own problem to report (reportBroken), not a refusal.
    return { refused: null };
  }
}

/** Cấu hình and Cán bộ as the gate read them. */
interface Known {
  settings: Settings;
  staff: StaffMember[];
}

/** Logs the refusal; `removeTriggers`: this account's daily triggers go too (its own stray ones). */
function refuse(ss: Spreadsheet, line: string, started: Date, removeTriggers = true): void {
  console.warn(`runDailyAlerts: ${line}`);
  for (const step of [
    () => (removeTriggers ? removeDailyTriggers() : 0),
    () => appendLog(ss, m.systemUser, [{ action: LogAction.AlertsRefused, detail: line }], started),
  ]) {
    try {
      step();
    } catch (e) {
      console.warn(`runDailyAlerts: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** A workbook the run cannot read: the columns it needs are found by header. */
function requireTaskColumns(ss: Spreadsheet) {
  const sheet = readTasks(ss);
  const missing = REQUIRED_TASK_COLUMNS.filter((k) => !sheet.table.columns.has(k));
  if (missing.length) {
    const headers = SHEETS.tasks.columns
      .filter((c) => missing.includes(c.key))
      .map((c) => c.header)
      .join(', ');
    throw new UserError(m.brokenMissingColumns(SHEETS.tasks.name, headers));
  }
  return sheet;
}

/** The daily trigger's handler. Never throws for a known problem: it logs and tells the principal. */
export function runDailyAlerts(_e?: GoogleAppsScript.Events.TimeDriven): void {
  const started = new Date();
  const ss = activeTracker();
  // Someone calling it as the web app (google.script.run from "Nhiệm vụ của tôi", which runs as the
  // principal): the effective user is not who acts. Refused without touching the principal's trigger.
  const caller = activeUserEmail();
  const me = effectiveUserEmail();
  if (caller && caller !== me) return refuse(ss, m.refusedNotOwner(caller, me), started, false);
  const allowed = gate(ss, me);
  if (allowed.refused !== null) return refuse(ss, allowed.refused, started);
  const quota = remainingDailyQuota();
  let result: string;
  try {
    result = withScriptLock(() => {
      try {
        return dailyRun(ss, started, quota, allowed.known);
      } catch (e) {
        if (!(e instanceof UserError)) {
          reportBroken(ss, e instanceof Error ? `${e.name}: ${e.message}` : String(e), started);
          throw e;
        }
        return reportBroken(ss, e.message, started);
      }
    });
  } catch (e) {
    if (!(e instanceof UserError && e.message === commonMsg.busy)) throw e;
    // Another execution holds the lock: it is doing the work; this run leaves without writing.
    console.warn(`runDailyAlerts: ${m.runBusy}`);
    result = m.runBusy;
  }
  const state = loadAlertState();
  saveAlertState({ ...state, lastRun: { at: nowText(started), result } });
}

function dailyRun(ss: Spreadsheet, started: Date, quota: number, known?: Known): string {
  const settings = known?.settings ?? requireSettings(ss);
  const { tasks } = requireTaskColumns(ss);
  const staff = known?.staff ?? readStaff(ss);
  const taskSheet = requireSheet(ss, SHEETS.tasks);
  const entries = readSentRecord(ss);
  // A run that died before writing the record left its journal: what it sent stays sent.
  const journal = openJournal(started.getTime());
  const record = new SentRecord(withJournal(entries, journal.pending));
  const today = isoDateInZone(started, SCHOOL_TIME_ZONE);

  const plan = planAlerts({
    tasks,
    staff,
    settings,
    summaryRecipients: managerEmails(settings, staff),
    today,
    record,
    quota,
  });
  let outcome: RunOutcome = { updates: [], log: [], sent: 0, failed: 0, carried: 0, stoppedForTime: false };
  let runResult: string = m.runWeekend;
  if (!plan.weekendSkip) {
    const ctx = {
      schoolName: settings.schoolName,
      trackerUrl: ss.getUrl(),
      taskSheetId: taskSheet.getSheetId(),
      today,
      pageUrl: webAppUrl(),
    };
    const send = (msg: Outgoing) =>
      sendEmail({ ...msg, name: headerText(m.senderName(settings.schoolName)), replyTo: settings.principalEmail });
    outcome = executePlan(plan, record, ctx, {
      send,
      journal,
      now: () => new Date().getTime(),
      deadline: started.getTime() + RUN_BUDGET_MS,
    });
    runResult = m.runResult(outcome.sent, outcome.failed, outcome.carried);
  }

  // Emails are out: a failing write now must not read as "nothing was sent". Each write stands alone;
  // the journal keeps what the record could not take, for the next run.
  const unwritten: string[] = [];
  const write = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      console.error(`runDailyAlerts: ${what}: ${error}`);
      unwritten.push(m.writeFailed(what, error));
    }
  };
  write(m.writeRecord, () => {
    writeSentRecord(ss, record.merged(outcome.updates, today, plan.currentKeys), entries.length);
    clearJournal(journal);
  });
  const log: LogLine[] = outcome.log;
  write(m.writeLog, () => appendLog(ss, m.systemUser, log, started));
  const result = [runResult, ...unwritten].join('; ');
  write(m.writeStatus, () =>
    writeStatusLine(ss, statusText({ ...loadAlertState(), lastRun: { at: nowText(started), result } }, m)),
  );
  return result;
}

/** One clear email to the principal (once a day per problem), a log line, and the status. */
function reportBroken(ss: Spreadsheet, problem: string, started: Date): string {
  const state = loadAlertState();
  const settings = (() => {
    try {
      const r = readSettings(ss);
      return r.ok ? r.settings : null;
    } catch {
      return null;
    }
  })();
  const principal = settings?.principalEmail || state.principalEmail || effectiveUserEmail();
  const notice = `${isoDateInZone(started, SCHOOL_TIME_ZONE)}|${problem}`;
  console.error(`runDailyAlerts: ${problem}`);
  if (state.brokenNotice !== notice && principal) {
    try {
      sendEmail({
        to: principal,
        subject: m.brokenSubject,
        body: m.brokenBody(problem, ss.getUrl()),
        name: headerText(m.senderName(settings?.schoolName ?? '')),
        replyTo: principal,
      });
    } catch (e) {
      console.error(`runDailyAlerts: ${e instanceof Error ? e.message : String(e)}`);
    }
    saveAlertState({ ...state, brokenNotice: notice });
  }
  appendLog(ss, m.systemUser, [{ action: LogAction.AlertsBroken, detail: problem }], started);
  writeStatusLine(ss, statusText({ ...state, lastRun: { at: nowText(started), result: m.runBroken } }, m));
  return m.runBroken;
}
