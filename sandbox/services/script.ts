// ScriptApp: installable triggers (time-driven and spreadsheet on-edit/on-open), owned by the user
// who created them, at most 20 per user; the TriggerStore says which clock triggers are due.
// A daily trigger at hour H runs at one fixed minute of that hour, the same each day, in its zone.
import { SandboxObject, type SandboxEnv, unwrap } from '../env';
import { declareUnsupported, enumOf } from './support';
import { fromZoned, validZone, zonedParts } from './dates';

type GasTrigger = GoogleAppsScript.Script.Trigger;

export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
export const TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const WeekDay = enumOf('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');

export type Schedule =
  | { kind: 'days'; every: number; hour: number; minute: number; timeZone: string }
  | { kind: 'weeks'; every: number; weekDay: number; hour: number; minute: number; timeZone: string }
  | { kind: 'hours'; every: number }
  | { kind: 'minutes'; every: number }
  | { kind: 'once'; at: number };

export interface TriggerRecord {
  uid: string;
  handler: string;
  owner: string;
  eventType: keyof typeof EventType;
  source: keyof typeof TriggerSource;
  sourceId: string | null;
  schedule: Schedule | null;
  createdAt: number;
  /** Clock triggers: the last occurrence that ran (or creation time). */
  lastRunAt: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Harness side: every installable trigger of the project, whoever owns it. */
export class TriggerStore {
  readonly triggers: TriggerRecord[] = [];
  private nextUid = 1;
  constructor(private readonly env: SandboxEnv) {}
  newUid(): string {
    return String(8_000_000_000 + this.nextUid++);
  }
  ownedBy(user: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.owner === user.toLowerCase());
  }
  add(t: TriggerRecord): void {
    if (this.ownedBy(t.owner).length >= TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    this.triggers.push(t);
  }
  remove(uid: string): void {
    const i = this.triggers.findIndex((t) => t.uid === uid);
    if (i >= 0) this.triggers.splice(i, 1);
  }
  onEdit(sourceId: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === sourceId);
  }
  onOpen(sourceId: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.eventType === 'ON_OPEN' && t.sourceId === sourceId);
  }
  /** Occurrences of clock triggers in (lastRunAt, until], oldest first. */
  due(until: number): { trigger: TriggerRecord; at: number }[] {
    const out: { trigger: TriggerRecord; at: number }[] = [];
    for (const t of this.triggers) {
      if (!t.schedule) continue;
      for (let at = nextOccurrence(t, t.lastRunAt); at !== null && at <= until; at = nextOccurrence(t, at)) {
        out.push({ trigger: t, at });
        if (out.length > 10_000)
          throw new Error('sandbox: more than 10,000 trigger runs are due; advance the clock in smaller steps');
      }
    }
    return out.sort((a, b) => a.at - b.at);
  }
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(t: TriggerRecord, after: number): number | null {
  const s = t.schedule;
  if (!s) return null;
  switch (s.kind) {
    case 'once':
      return s.at > after ? s.at : null;
    case 'minutes':
    case 'hours': {
      const step = s.kind === 'minutes' ? s.every * 60_000 : s.every * HOUR;
      const k = Math.floor((after - t.createdAt) / step) + 1;
      return t.createdAt + Math.max(1, k) * step;
    }
    case 'days':
    case 'weeks': {
      // Walk calendar days in the trigger's zone from the creation day.
      const created = zonedParts(new Date(t.createdAt), s.timeZone);
      const startDay = Date.UTC(created.year, created.month - 1, created.day);
      const afterParts = zonedParts(new Date(after), s.timeZone);
      let day = Math.max(startDay, Date.UTC(afterParts.year, afterParts.month - 1, afterParts.day) - DAY);
      for (let i = 0; i < 800; i++, day += DAY) {
        const d = new Date(day);
        const offsetDays = Math.round((day - startDay) / DAY);
        if (s.kind === 'days' && offsetDays % s.every !== 0) continue;
        if (s.kind === 'weeks' && (d.getUTCDay() !== s.weekDay || Math.floor(offsetDays / 7) % s.every !== 0)) continue;
        const at = fromZoned(
          s.timeZone,
          d.getUTCFullYear(),
          d.getUTCMonth() + 1,
          d.getUTCDate(),
          s.hour,
          s.minute,
        ).getTime();
        if (at > after && at > t.createdAt) return at;
      }
      return null;
    }
  }
}

/** A stable minute within the hour, per trigger (Apps Script picks one and keeps it). */
function minuteFor(uid: string): number {
  let h = 0;
  for (const c of uid) h = (h * 31 + c.charCodeAt(0)) % 9973;
  return h % 60;
}

export class TriggerImpl
  extends SandboxObject
  implements
    Pick<GasTrigger, 'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'>
{
  readonly serviceName = 'ScriptApp';
  readonly className = 'Trigger';
  constructor(readonly record: TriggerRecord) {
    super();
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getUniqueId(): string {
    return this.record.uid;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.record.sourceId as string;
  }
}

abstract class Builder extends SandboxObject {
  readonly serviceName = 'ScriptApp';
  constructor(
    protected readonly env: SandboxEnv,
    protected readonly store: TriggerStore,
    protected readonly handler: string,
  ) {
    super();
  }
  protected save(
    partial: Pick<TriggerRecord, 'eventType' | 'source' | 'sourceId'> & { schedule: (uid: string) => Schedule | null },
  ): GasTrigger {
    this.env.requireAuthorization(SCRIPTAPP_SCOPE, 'ScriptApp.newTrigger');
    const now = this.env.clock.nowMillis();
    const uid = this.store.newUid();
    const record: TriggerRecord = {
      uid,
      handler: this.handler,
      owner: this.env.requireExecution().effectiveUserEmail.toLowerCase(),
      eventType: partial.eventType,
      source: partial.source,
      sourceId: partial.sourceId,
      schedule: partial.schedule(uid),
      createdAt: now,
      lastRunAt: now,
    };
    this.store.add(record);
    return new TriggerImpl(record) as unknown as GasTrigger;
  }
}

export class ClockTriggerBuilder
  extends Builder
  implements
    Pick<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      | 'after'
      | 'at'
      | 'atDate'
      | 'atHour'
      | 'nearMinute'
      | 'everyMinutes'
      | 'everyHours'
      | 'everyDays'
      | 'everyWeeks'
      | 'onWeekDay'
      | 'inTimezone'
      | 'create'
    >
{
  readonly className = 'ClockTriggerBuilder';
  private spec: {
    every?: ['minutes' | 'hours' | 'days' | 'weeks', number];
    hour?: number;
    minute?: number;
    weekDay?: number;
    timeZone?: string;
    at?: number;
  } = {};
  private self(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
  after(durationMilliseconds: number) {
    this.spec.at = this.env.clock.nowMillis() + Number(durationMilliseconds);
    return this.self();
  }
  at(date: GoogleAppsScript.Base.Date) {
    this.spec.at = (date as unknown as Date).getTime();
    return this.self();
  }
  atDate(year: number, month: number, day: number) {
    this.spec.at = fromZoned(this.env.timeZone, year, month, day).getTime();
    return this.self();
  }
  atHour(hour: number) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    this.spec.hour = hour;
    return this.self();
  }
  nearMinute(minute: number) {
    this.spec.minute = Number(minute);
    return this.self();
  }
  everyMinutes(n: number) {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('Invalid argument: minutes');
    this.spec.every = ['minutes', n];
    return this.self();
  }
  everyHours(n: number) {
    this.spec.every = ['hours', n];
    return this.self();
  }
  everyDays(n: number) {
    this.spec.every = ['days', n];
    return this.self();
  }
  everyWeeks(n: number) {
    this.spec.every = ['weeks', n];
    return this.self();
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday) {
    this.spec.weekDay = Object.keys(WeekDay).indexOf(String(day));
    return this.self();
  }
  inTimezone(timezone: string) {
    this.spec.timeZone = validZone(String(timezone));
    return this.self();
  }
  create(): GasTrigger {
    const s = this.spec;
    return this.save({
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: (uid) => {
        if (s.at !== undefined) return { kind: 'once', at: s.at };
        if (!s.every) throw new Error('sandbox: a clock trigger needs a schedule (everyDays, everyHours, at, …)');
        const [kind, every] = s.every;
        if (kind === 'minutes' || kind === 'hours') return { kind, every };
        const common = {
          every,
          hour: s.hour ?? 0,
          minute: s.minute ?? minuteFor(uid),
          timeZone: s.timeZone ?? this.env.timeZone,
        };
        return kind === 'days' ? { kind, ...common } : { kind, ...common, weekDay: s.weekDay ?? 1 };
      },
    });
  }
}

export class SpreadsheetTriggerBuilder
  extends Builder
  implements
    Pick<
      GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
      'onEdit' | 'onOpen' | 'onChange' | 'onFormSubmit' | 'create'
    >
{
  readonly className = 'SpreadsheetTriggerBuilder';
  private eventType: TriggerRecord['eventType'] | null = null;
  constructor(
    env: SandboxEnv,
    store: TriggerStore,
    handler: string,
    private readonly sourceId: string,
  ) {
    super(env, store, handler);
  }
  private on(type: TriggerRecord['eventType']): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = type;
    return this as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  onEdit() {
    return this.on('ON_EDIT');
  }
  onOpen() {
    return this.on('ON_OPEN');
  }
  onChange() {
    return this.on('ON_CHANGE');
  }
  onFormSubmit() {
    return this.on('ON_FORM_SUBMIT');
  }
  create(): GasTrigger {
    if (!this.eventType) throw new Error('sandbox: choose onEdit(), onOpen(), … before create()');
    return this.save({
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
      schedule: () => null,
    });
  }
}

export class TriggerBuilder
  extends Builder
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'>
{
  readonly className = 'TriggerBuilder';
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new ClockTriggerBuilder(
      this.env,
      this.store,
      this.handler,
    ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : (unwrap(sheet) as { getId(): string }).getId();
    return new SpreadsheetTriggerBuilder(
      this.env,
      this.store,
      this.handler,
      id,
    ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
}
declareUnsupported<GoogleAppsScript.Script.TriggerBuilder, TriggerBuilder>(TriggerBuilder, 'TriggerBuilder', [
  'forDocument',
  'forForm',
  'forUserCalendar',
]);

export class ScriptAppImpl
  extends SandboxObject
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
      | 'getOAuthToken'
      | 'getScriptId'
      | 'getService'
    >
{
  readonly serviceName = 'ScriptApp';
  readonly className = 'ScriptApp';
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;
  constructor(
    private readonly env: SandboxEnv,
    readonly store: TriggerStore,
    private readonly scriptId: string,
    private readonly webAppUrl: string | null = null,
  ) {
    super();
  }
  /** The web app deployment (reference/script/script-app#getService, reference/script/service). */
  getService(): GoogleAppsScript.Script.Service {
    return new ScriptService(this.webAppUrl) as unknown as GoogleAppsScript.Script.Service;
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return new TriggerBuilder(
      this.env,
      this.store,
      String(functionName),
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  private mine(): TriggerRecord[] {
    return this.store.ownedBy(this.env.requireExecution().effectiveUserEmail);
  }
  /** The current user's triggers in this project (others' are invisible). */
  getProjectTriggers(): GasTrigger[] {
    this.env.requireAuthorization(SCRIPTAPP_SCOPE, 'ScriptApp.getProjectTriggers');
    return this.mine().map((r) => new TriggerImpl(r) as unknown as GasTrigger);
  }
  getUserTriggers(document: GoogleAppsScript.Document.Document): GasTrigger[];
  getUserTriggers(form: GoogleAppsScript.Forms.Form): GasTrigger[];
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GasTrigger[];
  getUserTriggers(document: object): GasTrigger[] {
    this.env.requireAuthorization(SCRIPTAPP_SCOPE, 'ScriptApp.getUserTriggers');
    const id = (unwrap(document) as { getId(): string }).getId();
    return this.mine()
      .filter((r) => r.sourceId === id)
      .map((r) => new TriggerImpl(r) as unknown as GasTrigger);
  }
  deleteTrigger(trigger: GasTrigger): void {
    this.env.requireAuthorization(SCRIPTAPP_SCOPE, 'ScriptApp.deleteTrigger');
    const uid = (unwrap(trigger) as unknown as TriggerImpl).record.uid;
    if (this.mine().some((r) => r.uid === uid)) this.store.remove(uid);
  }
  getOAuthToken(): string {
    return `sandbox-oauth-token:${this.env.requireExecution().effectiveUserEmail}`;
  }
  getScriptId(): string {
    return this.scriptId;
  }
}
declareUnsupported<GoogleAppsScript.Script.ScriptApp, ScriptAppImpl>(ScriptAppImpl, 'ScriptApp', [
  'getAuthorizationInfo',
  'getIdentityToken',
  'getInstallationSource',
  'invalidateAuth',
  'newStateToken',
  'requireAllScopes',
  'requireScopes',
]);

/** The time-driven event object: the fields of the run's instant, in UTC as Apps Script reports them. */
export function clockEvent(uid: string, at: number): Record<string, unknown> {
  const d = new Date(at);
  const jan4 = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const weekOfYear = Math.floor((at - jan4.getTime()) / (7 * DAY) + ((jan4.getUTCDay() + 6) % 7) / 7) + 1;
  return {
    authMode: 'FULL',
    triggerUid: uid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': weekOfYear,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** The /exec URL of a web app deployment: https://script.google.com/macros/s/<deploymentId>/exec. */
export function webAppExecUrl(deploymentId: string): string {
  return `https://script.google.com/macros/s/${deploymentId}/exec`;
}

/**
 * ScriptApp.getService(): getUrl() is the web app's URL when it is deployed, else null; isEnabled()
 * is true when the script is published as a web app (reference/script/service). The sandbox counts
 * the project as deployed when its manifest has a `webapp` section; the development-mode (/dev) URL
 * is not modelled.
 */
export class ScriptService
  extends SandboxObject
  implements Pick<GoogleAppsScript.Script.Service, 'getUrl' | 'isEnabled'>
{
  readonly serviceName = 'ScriptApp';
  readonly className = 'Service';
  constructor(private readonly url: string | null) {
    super();
  }
  getUrl(): string {
    return this.url as string;
  }
  isEnabled(): boolean {
    return this.url !== null;
  }
}
declareUnsupported<GoogleAppsScript.Script.Service, ScriptService>(ScriptService, 'Service', ['disable']);
