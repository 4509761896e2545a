// The end-to-end harness: loads the built dist/Code.js, unmodified, into a Node vm context whose
// globals are the sandbox services, and acts as people would — open the spreadsheet, click a menu
// item, edit a cell, submit a dialog through google.script.run, let time pass and fire triggers.
// Every action is one simulated execution with its own call counts and log lines.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import {
  SandboxClock,
  SandboxEnv,
  EXECUTION_TIME_ERROR,
  instrument,
  isSimpleTrigger,
  notSupported,
  unwrap,
  type Execution,
  type ExecutionKind,
} from './env';
import { SpreadsheetService, type SpreadsheetModel, type UserEditResult } from './spreadsheet';
import { DriveService, SHEET_MIME } from './drive';
import { DocumentService } from './document';
import { SandboxUi, UiRecorder, type MenuItemRecord, type MenuRecord } from './services/ui';
import { HtmlOutput, HtmlServiceImpl, bridgeArgument, bridgeForm, bridgeResult } from './services/html';
import { SandboxBlob } from './services/blob';
import { ScriptAppImpl, TriggerStore, clockEvent, webAppExecUrl, type TriggerRecord } from './services/script';
import { PropertiesServiceImpl } from './services/properties';
import { CacheServiceImpl } from './services/cache';
import { EXTERNAL_HOLDER, LockServiceImpl, type LockKey } from './services/lock';
import { MailAppImpl, MailRecorder } from './services/mail';
import { SessionImpl, SessionUser } from './services/session';
import { UtilitiesImpl } from './services/utilities';
import { ChartsImpl } from './services/charts';
import { LogBook, LoggerImpl, type LogLine } from './services/logger';
import { MimeType } from './services/mimeType';

export { FormSubmission, type FormFile } from './services/html';

const ROOT = new URL('..', import.meta.url).pathname;

export interface SandboxOptions {
  /** The sandbox clock's start, e.g. '2026-01-20T08:00:00+07:00'. */
  start: string | Date;
  /** The script (and bound spreadsheet) owner. */
  owner: string;
  /** Everyone else the spreadsheet is shared with as editor. */
  editors?: string[];
  /** Email recipients per day (consumer accounts: 100; Workspace: 1,500). */
  mailQuota?: number;
  timeZone?: string;
  locale?: string;
  spreadsheetName?: string;
  /** Where Code.js and the .html files are (default: <repo>/dist). */
  distDir?: string;
  /** Bundle source to load instead of distDir/Code.js (tests of the harness itself). */
  bundle?: string;
  /**
   * The project's manifest (default: distDir/appsscript.json; none with `bundle`): its oauthScopes
   * are the only ones granted, and its enabled advanced services are the only ones defined.
   */
  manifest?: Manifest | null;
  scriptId?: string;
  /** The web app deployment's id, in its /exec URL (default: derived from scriptId). */
  deploymentId?: string;
  /** Rethrow an error the bundle throws, after recording it. */
  rethrow?: boolean;
  /** Print Logger/console lines to stderr as they are written. */
  echoLogs?: boolean;
}

export interface ExecutionResult<T = unknown> {
  execution: Execution;
  result?: T;
  error?: Error;
  logs: LogLine[];
}

export interface EditOutcome {
  /** The simple onEdit (if the bundle has one), then each installable on-edit trigger. */
  executions: ExecutionResult[];
  simple?: ExecutionResult;
  installable: ExecutionResult[];
}

/** The host Date seen from the bundle: `new Date()` and `Date.now()` read the sandbox clock. */
function sandboxDate(clock: SandboxClock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length ? args : [clock.nowMillis()], newTarget) as object;
    },
    apply() {
      return new Date(clock.nowMillis()).toString();
    },
    get(target, prop) {
      if (prop === 'now') return () => clock.nowMillis();
      return Reflect.get(target, prop, target) as unknown;
    },
  });
}

/**
 * `x instanceof Error` / `instanceof Array` inside the bundle also accept the host realm's errors and
 * arrays (the services are host code), while subclasses keep ordinary semantics.
 */
const CROSS_REALM_PATCH = `(function (HostError, HostArray) {
  var ordinary = Function.prototype[Symbol.hasInstance];
  [[Error, HostError], [Array, HostArray]].forEach(function (pair) {
    var C = pair[0], H = pair[1];
    Object.defineProperty(C, Symbol.hasInstance, { configurable: true, value: function (v) {
      return ordinary.call(this, v) || (this === C && ordinary.call(H, v));
    } });
  });
})`;

function hostError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (e && typeof e === 'object' && 'message' in e) {
    const src = e as { name?: unknown; message?: unknown; stack?: unknown };
    const err = new Error(String(src.message));
    err.name = String(src.name ?? 'Error');
    if (typeof src.stack === 'string') err.stack = src.stack;
    Object.assign(err, { original: e });
    return err;
  }
  return new Error(String(e));
}

const norm = (s: string): string => s.normalize('NFC').trim();

/** The parts of appsscript.json the sandbox reads. */
export interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
  /** The web app configuration (manifest/web-app-api-executable): the sandbox counts the project as deployed. */
  webapp?: WebAppConfig;
}

export const WEBAPP_EXECUTE_AS = ['USER_DEPLOYING', 'USER_ACCESSING'] as const;
export const WEBAPP_ACCESS = ['MYSELF', 'DOMAIN', 'ANYONE', 'ANYONE_ANONYMOUS'] as const;
export interface WebAppConfig {
  executeAs?: (typeof WEBAPP_EXECUTE_AS)[number];
  access?: (typeof WEBAPP_ACCESS)[number];
}

/** A web app request's query: a query string ('a=1&n=1&n=2') or values per key. */
export type WebAppParams = string | Readonly<Record<string, string | readonly string[]>>;

/** Consumer accounts: no Google Workspace domain shared with anyone. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * doGet's event object as guides/web "Request parameters" gives it for a GET: queryString (null
 * without one), parameter (first value per key), parameters (every value), contextPath '' and
 * contentLength -1. No pathInfo: the sandbox serves /exec only.
 */
export function webAppEvent(params: WebAppParams | undefined): Record<string, unknown> {
  const search = new URLSearchParams();
  if (typeof params === 'string') {
    new URLSearchParams(params.replace(/^\?/, '')).forEach((v, k) => search.append(k, v));
  } else if (params) {
    for (const [k, v] of Object.entries(params))
      for (const one of typeof v === 'string' ? [v] : v) search.append(k, one);
  }
  const queryString = typeof params === 'string' ? params.replace(/^\?/, '') || null : search.toString() || null;
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  search.forEach((v, k) => {
    if (!(k in parameter)) parameter[k] = v;
    (parameters[k] ??= []).push(v);
  });
  return { queryString, parameter, parameters, contextPath: '', contentLength: -1 };
}

function checkWebAppConfig(config: WebAppConfig | undefined): Required<WebAppConfig> | null {
  if (!config) return null;
  const executeAs = config.executeAs ?? 'USER_DEPLOYING';
  const access = config.access ?? 'MYSELF';
  if (!WEBAPP_EXECUTE_AS.includes(executeAs))
    throw new Error(`sandbox: manifest webapp.executeAs "${executeAs}" is not valid`);
  if (!WEBAPP_ACCESS.includes(access)) throw new Error(`sandbox: manifest webapp.access "${access}" is not valid`);
  return { executeAs, access };
}

/** The advanced services the manifest enables, as globals: the Drive API v3 only. */
function advancedServices(manifest: Manifest | null, drive: DriveService): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of manifest?.dependencies?.enabledAdvancedServices ?? []) {
    if (s.serviceId === 'drive' && s.version === 'v3') out[s.userSymbol] = drive.advanced;
    else notSupported(`the advanced service ${s.serviceId} ${s.version}`);
  }
  return out;
}

/**
 * Apps Script halts an execution past its time limit (labnol.org/code/20016-maximum-execution-time-limit):
 * a bundle that caught EXECUTION_TIME_ERROR and went on still ends with it.
 */
function haltedOnTimeout<R extends { error?: Error }>(outcome: {
  execution: Execution;
  result: R;
}): {
  execution: Execution;
  result: R;
} {
  if (!outcome.execution.timedOut || outcome.result.error?.message === EXECUTION_TIME_ERROR) return outcome;
  return { execution: outcome.execution, result: { ...outcome.result, error: new Error(EXECUTION_TIME_ERROR) } };
}

export class Sandbox {
  readonly env: SandboxEnv;
  readonly clock: SandboxClock;
  readonly ui = new UiRecorder();
  readonly mail: MailRecorder;
  readonly logs: LogBook;
  readonly triggers: TriggerStore;
  readonly sheets: SpreadsheetService;
  readonly drive: DriveService;
  readonly documents: DocumentService;
  readonly properties: PropertiesServiceImpl;
  readonly locks: LockServiceImpl;
  readonly owner: string;
  /** The bundle's global scope. */
  readonly context: vm.Context;
  private readonly rethrow: boolean;
  private readonly serviceGlobals: Set<string>;
  /** The person in front of the screen during the current action (known even when Session hides it). */
  private person: string;
  /** The manifest's web app configuration, or null when the project is not deployed as one. */
  readonly webApp: Required<WebAppConfig> | null;

  constructor(opts: SandboxOptions) {
    const timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
    // Apps Script's JavaScript runs in the script's time zone: Date#getHours() etc. follow it.
    process.env.TZ = timeZone;
    this.owner = opts.owner.toLowerCase();
    this.person = this.owner;
    this.rethrow = opts.rethrow ?? false;
    // TODAY()/NOW() follow the clock lazily: formulas are brought up to date when an execution starts or a value is read.
    const clock = new SandboxClock(opts.start);
    this.clock = clock;
    const env = new SandboxEnv(clock, this.owner, timeZone);
    this.env = env;
    this.mail = new MailRecorder(env, opts.mailQuota ?? 100);
    this.logs = new LogBook(env, opts.echoLogs ?? false);
    this.triggers = new TriggerStore(env);

    this.sheets = new SpreadsheetService(env);
    const ss = this.sheets.createSpreadsheet({
      name: opts.spreadsheetName ?? 'Sổ theo dõi CCHC',
      owner: this.owner,
      editors: opts.editors ?? [],
      timeZone,
      locale: 'vi_VN',
    });
    const manifestFile = join(opts.distDir ?? join(ROOT, 'dist'), 'appsscript.json');
    const manifest =
      opts.manifest !== undefined
        ? opts.manifest
        : !opts.bundle && existsSync(manifestFile)
          ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest)
          : null;
    env.oauthScopes = manifest?.oauthScopes ?? null;
    this.webApp = checkWebAppConfig(manifest?.webapp);
    const scriptId = opts.scriptId ?? 'sandbox-script-id';
    const webAppUrl = this.webApp ? webAppExecUrl(opts.deploymentId ?? `AKfycb-sandbox-${scriptId}`) : null;
    this.drive = new DriveService(env);
    this.drive.addFile({ id: ss.id, name: ss.name, mimeType: SHEET_MIME, owner: this.owner });
    this.shareSpreadsheetsThroughDrive();
    this.documents = new DocumentService(env, this.drive);

    this.ui.toastSource = () => this.spreadsheet.toasts;
    const ui = new SandboxUi(env, this.ui, () => this.person);
    env.uiProvider = () => ui;
    const distDir = opts.distDir ?? join(ROOT, 'dist');
    this.context = vm.createContext({});
    const evaluate = (source: string): unknown => vm.runInContext(source, this.context);
    this.properties = new PropertiesServiceImpl(env);
    this.locks = new LockServiceImpl(env);
    const globals: Record<string, unknown> = {
      SpreadsheetApp: this.sheets.app,
      DriveApp: this.drive.app,
      ...advancedServices(manifest, this.drive),
      DocumentApp: this.documents.app,
      HtmlService: instrument(env, new HtmlServiceImpl(env, distDir, evaluate)),
      ScriptApp: instrument(env, new ScriptAppImpl(env, this.triggers, scriptId, webAppUrl)),
      PropertiesService: instrument(env, this.properties),
      CacheService: instrument(env, new CacheServiceImpl(env)),
      LockService: instrument(env, this.locks),
      MailApp: instrument(env, new MailAppImpl(env, this.mail)),
      Session: instrument(env, new SessionImpl(env, opts.locale ?? 'vi')),
      Utilities: instrument(env, new UtilitiesImpl(env)),
      Charts: instrument(env, new ChartsImpl()),
      Logger: instrument(env, new LoggerImpl(this.logs)),
      console: this.logs.console(),
      MimeType,
      Date: sandboxDate(clock),
    };
    Object.assign(this.context, globals);
    this.serviceGlobals = new Set(Object.keys(globals));
    (vm.runInContext(CROSS_REALM_PATCH, this.context) as (e: unknown, a: unknown) => void)(Error, Array);

    const code = opts.bundle ?? readFileSync(join(distDir, 'Code.js'), 'utf8');
    const before = [...env.counter.totals.values()].reduce((a, b) => a + b, 0);
    vm.runInContext(code, this.context, { filename: 'Code.js' });
    const after = [...env.counter.totals.values()].reduce((a, b) => a + b, 0);
    // Top-level code runs on every execution in Apps Script: it must not call services.
    if (after !== before)
      throw new Error('sandbox: the bundle calls Apps Script services at top level (it runs on every execution)');
  }

  /**
   * openById/openByUrl admit whoever Drive says may see the file (owner, editors, viewers, shared
   * folders) and the spreadsheet's own editors (the bound one's are not in Drive's item).
   */
  private shareSpreadsheetsThroughDrive(): void {
    const own = this.sheets.roleOf;
    this.sheets.roleOf = (ss, user) => {
      const item = this.drive.item(ss.id);
      return own(ss, user) ?? (item ? this.drive.model.roleOf(item, user) : null);
    };
    this.sheets.unsupportedFile = (id) => {
      const item = this.drive.item(id);
      if (!item) return null;
      if (item.mimeType !== SHEET_MIME) return `a file that is not a spreadsheet (${item.mimeType})`;
      return item.trashed ? 'a spreadsheet in the trash' : null;
    };
  }

  /**
   * Another spreadsheet in this sandbox's Drive, which the bundle may open with
   * SpreadsheetApp.openById(id) / openByUrl(url) as Apps Script allows (sandbox/spreadsheet/open.ts):
   * owned by `owner`, shared with `editors` and `viewers` (or with nobody else). With `from`, its
   * sheets are copies of another sandbox's bound spreadsheet as that sandbox's bundle left them
   * (e.g. a school's tracker); otherwise it has one empty sheet to fill through the returned model.
   * A copy's formulas are computed again here, on this sandbox's clock (TODAY() is this sandbox's).
   */
  addSpreadsheet(opts: {
    name: string;
    owner: string;
    editors?: string[];
    viewers?: string[];
    id?: string;
    from?: Sandbox | SpreadsheetModel;
  }): SpreadsheetModel {
    const owner = opts.owner.toLowerCase();
    const ss = this.sheets.createSpreadsheet({
      name: opts.name,
      owner,
      editors: opts.editors ?? [],
      timeZone: this.env.timeZone,
      locale: 'vi_VN',
      id: opts.id,
    });
    if (opts.from) ss.copyContentFrom(opts.from instanceof Sandbox ? opts.from.spreadsheet : opts.from);
    this.drive.addFile({ id: ss.id, name: ss.name, mimeType: SHEET_MIME, owner });
    for (const e of opts.editors ?? []) this.drive.share(ss.id, e, 'editor');
    for (const v of opts.viewers ?? []) this.drive.share(ss.id, v, 'viewer');
    return ss;
  }

  /** The bound spreadsheet's model (reads for assertions are not counted). */
  get spreadsheet(): SpreadsheetModel {
    return this.sheets.active!;
  }

  /** Names of the bundle's global functions (what Apps Script can call by name). */
  globalFunctions(): string[] {
    return Object.keys(this.context).filter(
      (k) => typeof this.context[k] === 'function' && !this.serviceGlobals.has(k),
    );
  }

  /** Calls a global function of the bundle as one execution. */
  private execute<T = unknown>(
    kind: ExecutionKind,
    functionName: string,
    person: string,
    identity: { active: string; effective: string },
    args: () => unknown[],
  ): ExecutionResult<T> {
    const previous = this.person;
    this.person = person;
    let outcome: { execution: Execution; result: { value?: T; error?: Error } } | null = null;
    try {
      this.sheets.recalculate();
      outcome = this.env.run(kind, functionName, identity, () => {
        try {
          const fn = this.context[functionName] as unknown;
          if (typeof fn !== 'function') throw new Error(`Script function not found: ${functionName}`);
          const value = (fn as (...a: unknown[]) => T)(...args());
          this.documents.checkWrittenSizes();
          return { value };
        } catch (e) {
          return { error: hostError(e) };
        } finally {
          this.locks.table.releaseAllOf(this.env.current!.id);
        }
      });
    } finally {
      this.person = previous;
    }
    const { execution, result } = haltedOnTimeout(outcome);
    const out: ExecutionResult<T> = { execution, logs: this.logs.of(execution.id) };
    if (result.error) {
      out.error = result.error;
      if (this.rethrow) throw result.error;
    } else {
      out.result = result.value;
    }
    return out;
  }

  private requireEditor(user: string): string {
    const who = user.toLowerCase();
    if (!this.spreadsheet.isEditor(who)) throw new Error(`sandbox: ${user} has no edit access to the spreadsheet`);
    return who;
  }

  /** Simple triggers hide the active user unless it is the script owner. */
  private simpleIdentity(who: string): { active: string; effective: string } {
    return { active: who === this.owner ? who : '', effective: who };
  }

  private userObject(email: string): unknown {
    return instrument(this.env, new SessionUser(email));
  }

  /** Opens the spreadsheet as `user`: the simple onOpen runs (kind simpleOnOpen), building menus. */
  open(user: string): { menus: MenuRecord[]; result: ExecutionResult | null } {
    const who = this.requireEditor(user);
    this.ui.clearMenus(who);
    if (this.triggers.onOpen(this.spreadsheet.id).length > 0) {
      throw new Error('not supported in the sandbox: installable on-open triggers');
    }
    let result: ExecutionResult | null = null;
    if (typeof this.context.onOpen === 'function') {
      const identity = this.simpleIdentity(who);
      result = this.execute('simpleOnOpen', 'onOpen', who, identity, () => [
        {
          authMode: 'LIMITED',
          source: instrument(this.env, this.spreadsheet.spreadsheetApi()),
          user: this.userObject(identity.active),
        },
      ]);
    }
    return { menus: this.ui.menusOf(who), result };
  }

  /** Clicks a menu item by its label in the menus the user's onOpen built (kind menu). */
  clickMenu(user: string, label: string): ExecutionResult {
    const who = this.requireEditor(user);
    const find = (items: MenuItemRecord[]): { functionName: string } | undefined => {
      for (const item of items) {
        if (item === 'separator') continue;
        if ('items' in item) {
          const inner = find(item.items);
          if (inner) return inner;
        } else if (norm(item.label) === norm(label)) return item;
      }
      return undefined;
    };
    const menus = this.ui.menusOf(who);
    const item = menus.map((m) => find(m.items)).find(Boolean);
    if (!item) {
      const labels = menus.flatMap((m) =>
        m.items.filter((i) => i !== 'separator').map((i) => (i as { label: string }).label),
      );
      throw new Error(
        `sandbox: ${user} has no menu item "${label}" (open the spreadsheet first; items: ${labels.join(' | ') || 'none'})`,
      );
    }
    return this.execute('menu', item.functionName, who, { active: who, effective: who }, () => []);
  }

  /** Clicks a drawing/image with an assigned script (kind button). */
  clickButton(user: string, functionName: string): ExecutionResult {
    const who = this.requireEditor(user);
    return this.execute('button', functionName, who, { active: who, effective: who }, () => []);
  }

  /**
   * A person typing or pasting at `a1`: protections are enforced (the edit throws Sheets' error and
   * nothing runs), then the simple onEdit and every installable on-edit trigger fire with the event
   * object (value/oldValue for single-cell edits only; oldValue absent when the cell was empty).
   */
  edit(user: string, sheetName: string, a1: string, value: unknown): EditOutcome {
    const who = this.requireEditor(user);
    return this.fireEdit(who, this.spreadsheet.userEdit(who, sheetName, a1, value));
  }

  /**
   * A person entering text with links in one cell (typing it and inserting links with Ctrl+K, or
   * pasting text that carries them); offsets are 0-based into `text`, end exclusive. Then the
   * triggers fire as for edit().
   */
  editRichText(
    user: string,
    sheetName: string,
    a1: string,
    text: string,
    links: readonly { start: number; end: number; url: string }[],
  ): EditOutcome {
    const who = this.requireEditor(user);
    return this.fireEdit(who, this.spreadsheet.userEditRichText(who, sheetName, a1, text, [...links]));
  }

  private fireEdit(who: string, edited: UserEditResult): EditOutcome {
    const event = (extra: Record<string, unknown>, userEmail: string): Record<string, unknown> => {
      const e: Record<string, unknown> = {
        range: instrument(this.env, edited.range),
        source: instrument(this.env, this.spreadsheet.spreadsheetApi()),
        user: this.userObject(userEmail),
        ...extra,
      };
      if (edited.value !== undefined) e.value = edited.value;
      if (edited.oldValue !== undefined) e.oldValue = edited.oldValue;
      return e;
    };
    const executions: ExecutionResult[] = [];
    let simple: ExecutionResult | undefined;
    if (typeof this.context.onEdit === 'function') {
      const identity = this.simpleIdentity(who);
      simple = this.execute('simpleOnEdit', 'onEdit', who, identity, () => [
        event({ authMode: 'LIMITED' }, identity.active),
      ]);
      executions.push(simple);
    }
    const installable = this.triggers
      .onEdit(this.spreadsheet.id)
      .map((t: TriggerRecord) =>
        this.execute('installableOnEdit', t.handler, who, { active: t.owner, effective: t.owner }, () => [
          event({ authMode: 'FULL', triggerUid: t.uid }, who),
        ]),
      );
    executions.push(...installable);
    return { executions, simple, installable };
  }

  /** The user's selection (active sheet and active range list). */
  select(user: string, sheetName: string, ranges: string | string[]): void {
    this.spreadsheet.select(user, sheetName, Array.isArray(ranges) ? ranges : [ranges]);
  }

  /** Runs an entry point directly, as from the script editor (kind editor). */
  run<T = unknown>(user: string, functionName: string, ...args: unknown[]): ExecutionResult<T> {
    const who = user.toLowerCase();
    return this.execute<T>('editor', functionName, who, { active: who, effective: who }, () => args);
  }

  /**
   * google.script.run from a dialog or sidebar (kind scriptRun): arguments must be legal for the
   * bridge and arrive as copies; the page receives a JSON copy of the result, or the server error.
   */
  callServer<T = unknown>(user: string, functionName: string, ...args: unknown[]): T {
    const outcome = this.callServerResult<T>(user, functionName, ...args);
    if (outcome.error) throw outcome.error;
    return outcome.result as T;
  }

  /** callServer, with the execution (calls, logs) for assertions. */
  callServerResult<T = unknown>(user: string, functionName: string, ...args: unknown[]): ExecutionResult<T> {
    const who = this.requireEditor(user);
    return this.bridgeCall<T>(who, { active: who, effective: who }, functionName, args);
  }

  /**
   * A google.script.run call as one scriptRun execution: bridge copies in (a FormSubmission, the only
   * argument, as the form's object: strings and Blobs), a JSON copy out.
   */
  private bridgeCall<T>(
    who: string,
    identity: { active: string; effective: string },
    functionName: string,
    args: unknown[],
  ): ExecutionResult<T> {
    if (functionName.endsWith('_') || typeof this.context[functionName] !== 'function') {
      throw new TypeError(`google.script.run.${functionName} is not a function`);
    }
    const copies =
      bridgeForm(args, (f) => instrument(this.env, new SandboxBlob(f.bytes, f.mimeType, f.name))) ??
      args.map((a, i) => bridgeArgument(a, i));
    const outcome = this.execute<T>('scriptRun', functionName, who, identity, () => copies);
    if (!outcome.error) outcome.result = bridgeResult(outcome.result) as T;
    return outcome;
  }

  /**
   * Who a web app execution runs as, for `user` (null: a visitor not signed in), after the access
   * check. manifest/web-app-api-executable: USER_ACCESSING runs as the user accessing it,
   * USER_DEPLOYING as the deploying user (the owner here); MYSELF admits only the deployer, DOMAIN
   * users of the deployer's domain, ANYONE any signed-in user, ANYONE_ANONYMOUS anyone.
   * reference/base/user#getEmail: the active user's email is blank in a web app deployed to
   * "execute as me" unless the developer runs it or belongs to the same Google Workspace domain as
   * the user (the sandbox reads "same domain" as the same email domain, never a consumer one).
   * Under USER_ACCESSING the user is taken to have authorized the script already.
   */
  private webAppIdentity(user: string | null): { who: string; identity: { active: string; effective: string } } {
    const config = this.webApp;
    if (!config)
      throw new Error('sandbox: the project is not deployed as a web app (its manifest has no webapp section)');
    const who = user === null ? null : user.toLowerCase();
    const ownDomain = domainOf(this.owner);
    const sameDomain = who !== null && domainOf(who) === ownDomain;
    const admitted =
      config.access === 'ANYONE_ANONYMOUS' ||
      (who !== null && (config.access === 'ANYONE' || (config.access === 'DOMAIN' ? sameDomain : who === this.owner)));
    if (!admitted) {
      notSupported(
        `what Apps Script shows ${who ?? 'a visitor who is not signed in'} at a web app whose access is ${config.access} (doGet does not run)`,
      );
    }
    if (config.executeAs === 'USER_ACCESSING') {
      if (who === null)
        notSupported('a web app executing as the user accessing it, opened by a visitor who is not signed in');
      return { who, identity: { active: who, effective: who } };
    }
    const visible = who !== null && (who === this.owner || (sameDomain && !CONSUMER_DOMAINS.has(ownDomain)));
    return { who: who ?? '', identity: { active: visible ? who : '', effective: this.owner } };
  }

  /**
   * A person opening the web app's /exec URL (kind webApp): the bundle's global doGet(e) runs with
   * the request's event object (webAppEvent) as the manifest's webapp section says (webAppIdentity),
   * and the page is the content of the HtmlOutput it returns. Throws the execution's error
   * ("Script function not found: doGet" when there is none).
   */
  openWebApp(user: string | null, params?: WebAppParams): string {
    const outcome = this.openWebAppResult(user, params);
    if (outcome.error) throw outcome.error;
    return outcome.result!;
  }

  /** openWebApp, with the execution (calls, logs) for assertions. */
  openWebAppResult(user: string | null, params?: WebAppParams): ExecutionResult<string> {
    const { who, identity } = this.webAppIdentity(user);
    const event = webAppEvent(params);
    const outcome = this.execute<unknown>('webApp', 'doGet', who, identity, () => [event]);
    const out: ExecutionResult<string> = { execution: outcome.execution, logs: outcome.logs };
    if (outcome.error) {
      out.error = outcome.error;
      return out;
    }
    const page = outcome.result && typeof outcome.result === 'object' ? unwrap(outcome.result) : outcome.result;
    if (page instanceof HtmlOutput) {
      out.result = page.getContent();
      return out;
    }
    // guides/web: doGet must return an HtmlOutput or a TextOutput (ContentService is not in the sandbox).
    try {
      notSupported('what Apps Script shows when doGet returns no HtmlOutput');
    } catch (e) {
      out.error = e as Error;
      if (this.rethrow) throw e;
    }
    return out;
  }

  /**
   * google.script.run from the web app's page (kind scriptRun): the same bridge rules as
   * callServer, but the call runs as the web app does for `user` (its executeAs and access), not as
   * an editor of the spreadsheet.
   */
  callWebApp<T = unknown>(user: string | null, functionName: string, ...args: unknown[]): T {
    const outcome = this.callWebAppResult<T>(user, functionName, ...args);
    if (outcome.error) throw outcome.error;
    return outcome.result as T;
  }

  /** callWebApp, with the execution (calls, logs) for assertions. */
  callWebAppResult<T = unknown>(user: string | null, functionName: string, ...args: unknown[]): ExecutionResult<T> {
    const { who, identity } = this.webAppIdentity(user);
    return this.bridgeCall<T>(who, identity, functionName, args);
  }

  /**
   * Runs every time-driven trigger occurrence due up to now, oldest first, each at its own time
   * (the clock is set to the occurrence, then back to now) and as the trigger's owner.
   */
  fireDueTriggers(): ExecutionResult[] {
    if (this.env.current) throw new Error('sandbox: fireDueTriggers inside an execution');
    const now = this.clock.nowMillis();
    const results: ExecutionResult[] = [];
    for (const { trigger, at } of this.triggers.due(now)) {
      if (!this.triggers.triggers.includes(trigger)) continue; // deleted by an earlier run
      this.clock.set(new Date(at));
      trigger.lastRunAt = at;
      results.push(
        this.execute(
          'timeDriven',
          trigger.handler,
          trigger.owner,
          { active: trigger.owner, effective: trigger.owner },
          () => [clockEvent(trigger.uid, at)],
        ),
      );
    }
    this.clock.set(new Date(Math.max(now, this.clock.nowMillis())));
    return results;
  }

  /** Another execution holds a lock (the script lock unless told otherwise) until releaseHeldLock. */
  holdScriptLock(key: LockKey = 'script'): void {
    this.locks.table.acquire(key, EXTERNAL_HOLDER);
  }
  holdUserLock(user: string): void {
    this.holdScriptLock(`user:${user.toLowerCase()}`);
  }
  releaseHeldLock(): void {
    this.locks.table.releaseAllOf(EXTERNAL_HOLDER);
  }

  /** Every execution so far, oldest first. */
  get executions(): Execution[] {
    return this.env.executions;
  }

  /** Whether an execution kind is a simple trigger (for assertions). */
  static isSimple(kind: ExecutionKind): boolean {
    return isSimpleTrigger(kind);
  }
}

export function createSandbox(opts: SandboxOptions): Sandbox {
  return new Sandbox(opts);
}
