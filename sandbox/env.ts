// The sandbox's shared state: the settable clock, the current simulated execution (who runs it,
// under which trigger), the service-call counter, and the boundary proxy that counts every call
// the bundle makes. Services receive one SandboxEnv; none of them touches the real clock.
import { declaredMember } from './declarations';

export const NOT_SUPPORTED = 'not supported in the sandbox';

export class NotSupportedError extends Error {
  constructor(what: string) {
    super(`${NOT_SUPPORTED}: ${what}`);
    this.name = 'NotSupportedError';
  }
}

/** Anything the sandbox cannot reproduce faithfully throws, never pretends. */
export function notSupported(what: string): never {
  throw new NotSupportedError(what);
}

export class SandboxClock {
  private millis: number;
  constructor(start: Date | string) {
    this.millis = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.millis);
  }
  nowMillis(): number {
    return this.millis;
  }
  set(to: Date | string): void {
    this.millis = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.millis += ms;
  }
  advanceDays(days: number): void {
    this.millis += days * 86_400_000;
  }
}

export type ExecutionKind =
  | 'simpleOnOpen'
  | 'simpleOnEdit'
  | 'simpleOnInstall'
  | 'installableOnEdit'
  | 'timeDriven'
  | 'menu'
  | 'button'
  | 'scriptRun'
  | 'webApp'
  | 'editor';

export interface Execution {
  id: number;
  kind: ExecutionKind;
  functionName: string;
  /** '' where Apps Script hides it (simple triggers for other users). */
  activeUserEmail: string;
  effectiveUserEmail: string;
  startedAt: Date;
  /**
   * 'Service' and 'Class.method' → count. Calls on a value the script holds (SandboxObject.isValue)
   * count under 'Class.method' and 'Service (values)', not under 'Service'.
   */
  calls: Map<string, number>;
  /**
   * The same counts split by the spreadsheet the call reached (its id): calls on a Spreadsheet,
   * Sheet, Range… and on what they returned, and SpreadsheetApp.openById/openByUrl under the id
   * they opened. `calls` holds every call whatever its spreadsheet.
   */
  callsBySpreadsheet: Map<string, Map<string, number>>;
  /**
   * Ran past its time limit: Apps Script halts such an execution, so its outcome is
   * EXECUTION_TIME_ERROR even where the bundle caught the error (the runtime sees to it).
   */
  timedOut?: boolean;
}

export function isSimpleTrigger(kind: ExecutionKind): boolean {
  return kind === 'simpleOnOpen' || kind === 'simpleOnEdit' || kind === 'simpleOnInstall';
}

export class CallCounter {
  readonly totals = new Map<string, number>();
  record(execution: Execution | null, keys: readonly string[], spreadsheetId: string | null = null): void {
    const split = execution && spreadsheetId !== null ? spreadsheetCalls(execution, spreadsheetId) : null;
    for (const key of keys) {
      this.totals.set(key, (this.totals.get(key) ?? 0) + 1);
      if (execution) execution.calls.set(key, (execution.calls.get(key) ?? 0) + 1);
      if (split) split.set(key, (split.get(key) ?? 0) + 1);
    }
  }
  reset(): void {
    this.totals.clear();
  }
}

function spreadsheetCalls(execution: Execution, spreadsheetId: string): Map<string, number> {
  let split = execution.callsBySpreadsheet.get(spreadsheetId);
  if (!split) {
    split = new Map();
    execution.callsBySpreadsheet.set(spreadsheetId, split);
  }
  return split;
}

/** An execution's calls that reached one spreadsheet, for one key ('Range.getValues', 'SpreadsheetApp'). */
export function callsOfSpreadsheet(execution: Execution, spreadsheetId: string, key: string): number {
  return execution.callsBySpreadsheet.get(spreadsheetId)?.get(key) ?? 0;
}

/** Summarises an execution's calls for one service ('SpreadsheetApp', …) or method ('Range.getValues'). */
export function callsOf(execution: Execution, key: string): number {
  return execution.calls.get(key) ?? 0;
}

/** Apps Script's generic server error, the text a transient service failure shows. */
export const SERVER_ERROR = "We're sorry, a server error occurred. Please wait a bit and try again.";

/** A fault a test arms: a matching call of `method` throws instead of running (nothing it would do happens). */
export interface FaultSpec {
  /** 'Class.method' as counted: 'MailApp.sendEmail', 'Range.setValues', 'Properties.setProperty'. */
  method: string;
  /** Which matching call fails, counted from arming (1, the default, is the next one). */
  nth?: number;
  /** Only calls this accepts are matching (the object behind the proxy and the arguments). */
  when?: (target: SandboxObject, args: readonly unknown[]) => boolean;
  /** The error text (default SERVER_ERROR). */
  message?: string;
  /** Only calls that reach this spreadsheet (its id; see Execution.callsBySpreadsheet). */
  spreadsheetId?: string;
  /** The call first takes this long on the sandbox clock (a slow service; past 6 min, a timeout). */
  delayMs?: number;
  /** With delayMs: the slow call then runs instead of failing. */
  proceed?: boolean;
}

/** Faults armed by tests, each firing once; `fired` says which did, in order. */
export class FaultInjector {
  private armed: { spec: FaultSpec; seen: number }[] = [];
  readonly fired: { method: string; message: string }[] = [];
  /** The clock a delayMs fault moves (set by SandboxEnv). */
  clock: SandboxClock | null = null;
  arm(spec: FaultSpec): void {
    if ((spec.nth ?? 1) < 1) throw new Error('sandbox: a fault fires on the 1st matching call or later');
    this.armed.push({ spec, seen: 0 });
  }
  /** Faults armed and not fired yet. */
  pending(): number {
    return this.armed.length;
  }
  clear(): void {
    this.armed = [];
  }
  /** Called at the boundary before a method runs: throws when an armed fault matches. */
  check(target: SandboxObject, method: string, args: readonly unknown[], spreadsheetId: string | null = null): void {
    for (const a of this.armed) {
      if (a.spec.method !== method || (a.spec.when && !a.spec.when(target, args))) continue;
      if (a.spec.spreadsheetId !== undefined && a.spec.spreadsheetId !== spreadsheetId) continue;
      if (++a.seen < (a.spec.nth ?? 1)) continue;
      this.armed.splice(this.armed.indexOf(a), 1);
      if (a.spec.delayMs) this.clock?.advance(a.spec.delayMs);
      if (a.spec.proceed) {
        this.fired.push({ method, message: `slow: ${a.spec.delayMs ?? 0} ms` });
        return;
      }
      const message = a.spec.message ?? SERVER_ERROR;
      this.fired.push({ method, message });
      throw new Error(message);
    }
  }
}

export class SandboxEnv {
  readonly counter = new CallCounter();
  readonly faults = new FaultInjector();
  readonly executions: Execution[] = [];
  /** One instance of each class handed to the bundle ("SpreadsheetApp.Range" → a Range), for the declaration walk. */
  readonly provided = new Map<string, SandboxObject>();
  current: Execution | null = null;
  /** Registered by the runtime: SpreadsheetApp.getUi() asks for it. */
  uiProvider: (() => object) | null = null;
  /**
   * The manifest's oauthScopes, set by the runtime; null where the project lists none (Apps Script
   * then grants what it detects in the code, so no call is refused for its scope).
   */
  oauthScopes: readonly string[] | null = null;
  /**
   * Which spreadsheet a call reaches (its id), or null: registered by the SpreadsheetApp service.
   * What a call on an object of a spreadsheet returns belongs to that spreadsheet too (`origins`).
   */
  spreadsheetOf: ((target: SandboxObject, method: string, args: readonly unknown[]) => string | null) | null = null;
  readonly origins = new WeakMap<object, string>();
  /** Checked before a call that reaches a spreadsheet runs (read-only access to an opened one). */
  spreadsheetGuard: ((spreadsheetId: string, target: SandboxObject, method: string) => void) | null = null;
  private nextId = 1;

  constructor(
    readonly clock: SandboxClock,
    readonly scriptOwner: string,
    readonly timeZone = 'Asia/Ho_Chi_Minh',
  ) {
    this.faults.clock = clock;
  }

  /** Runs fn as one simulated execution; nested calls join the outer execution. */
  run<T>(
    kind: ExecutionKind,
    functionName: string,
    user: { active: string; effective: string },
    fn: () => T,
  ): { execution: Execution; result: T } {
    const outer = this.current;
    const execution: Execution = {
      id: this.nextId++,
      kind,
      functionName,
      activeUserEmail: user.active,
      effectiveUserEmail: user.effective,
      startedAt: this.clock.now(),
      calls: new Map(),
      callsBySpreadsheet: new Map(),
    };
    this.executions.push(execution);
    this.current = execution;
    try {
      return { execution, result: fn() };
    } finally {
      this.current = outer;
    }
  }

  /** The current execution, or an error: services are only callable inside one. */
  requireExecution(): Execution {
    if (!this.current) throw new Error('sandbox: service called outside a simulated execution');
    return this.current;
  }

  /**
   * Simple triggers cannot use services that need authorization (mail, other files). And where the
   * manifest lists its scopes (oauthScopes), a method whose scope is not among them throws, as Apps
   * Script does for a project with explicit scopes. `scope` is what the error names; `alsoAccepted`
   * are narrower or broader scopes the method's reference page lists as enough.
   */
  requireAuthorization(scope: string, methodLabel: string, alsoAccepted: readonly string[] = []): void {
    const execution = this.current;
    if (execution && isSimpleTrigger(execution.kind)) {
      throw new Error(`You do not have permission to call ${methodLabel}. Required permissions: ${scope}`);
    }
    if (this.oauthScopes && ![scope, ...alsoAccepted].some((s) => this.oauthScopes!.includes(s))) {
      throw new Error(
        `Specified permissions are not sufficient to call ${methodLabel}. Required permissions: ${scope}`,
      );
    }
  }

  /**
   * Every service call also checks the execution's time on the sandbox clock (which moves within an
   * execution only when the bundle sleeps or waits): 30 s for simple triggers, 6 min otherwise.
   */
  count(service: string, method: string, value = false, spreadsheetId: string | null = null): void {
    const execution = this.current;
    if (execution) {
      const limit = isSimpleTrigger(execution.kind) ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
      if (this.clock.nowMillis() - execution.startedAt.getTime() > limit) {
        execution.timedOut = true;
        throw new Error(EXECUTION_TIME_ERROR);
      }
    }
    this.counter.record(execution, value ? [method, valuesKey(service)] : [service, method], spreadsheetId);
  }
}

/** The count of calls on values of a service ('SpreadsheetApp (values)'): see SandboxObject.isValue. */
export function valuesKey(service: string): string {
  return `${service} (values)`;
}

/** Apps Script quotas: script runtime 6 min per execution; simple triggers 30 s. */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
export const EXECUTION_TIME_ERROR = 'Exceeded maximum execution time';

/**
 * Base of every object the bundle can hold. `instrument` wraps instances at the boundary so that
 * each method call the bundle makes is counted once; calls inside the sandbox are not.
 */
export abstract class SandboxObject {
  /** The Apps Script service this object belongs to ('SpreadsheetApp', 'DocumentApp', …). */
  abstract readonly serviceName: string;
  /** The Apps Script class name used in counts ('Range', 'Sheet', …). */
  abstract readonly className: string;
  /**
   * A value the script already holds (a RichTextValue read with getRichTextValues, the builder of
   * one): its methods read or shape that value in the script and reach no service until it is
   * written with setRichTextValue(s). Counted by 'Class.method' like every call, but not as calls
   * of the service, so an action's service calls are those that reach the spreadsheet.
   */
  readonly isValue: boolean = false;
  /** Apps Script objects print as their class name (String(range) is "Range"). */
  toString(): string {
    return this.className;
  }
}

const proxies = new WeakMap<object, object>();
const raw = new WeakMap<object, object>();

/** The original object behind a boundary proxy (for harness code that needs internals). */
export function unwrap<T extends object>(value: T): T {
  return (raw.get(value) as T | undefined) ?? value;
}

/** Whether an array (of any depth: getRichTextValues gives rows of values) holds sandbox objects. */
function holdsObjects(value: readonly unknown[]): boolean {
  return value.some((v) => v instanceof SandboxObject || (Array.isArray(v) && holdsObjects(v)));
}

/** Marks what a call on a spreadsheet's object returned as that spreadsheet's (see SandboxEnv.origins). */
function tagOrigin(env: SandboxEnv, value: unknown, spreadsheetId: string): void {
  if (value instanceof SandboxObject) {
    if (!env.origins.has(value)) env.origins.set(value, spreadsheetId);
  } else if (Array.isArray(value) && holdsObjects(value)) {
    for (const v of value) tagOrigin(env, v, spreadsheetId);
  }
}

function wrapResult(env: SandboxEnv, value: unknown): unknown {
  if (value instanceof SandboxObject) return instrument(env, value);
  if (Array.isArray(value) && holdsObjects(value)) return value.map((v) => wrapResult(env, v));
  return value;
}

export function instrument<T extends SandboxObject>(env: SandboxEnv, target: T): T {
  // Already a boundary proxy: wrapping again would count each call twice.
  if (raw.has(target)) return target;
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const kind = `${target.serviceName}.${target.className}`;
  if (!env.provided.has(kind)) env.provided.set(kind, target);
  const proxy = new Proxy(target, {
    get(obj, prop, _receiver) {
      let value: unknown = Reflect.get(obj, prop, obj);
      // A member the typings declare but the sandbox lacks: a "not supported" method, or its enum.
      if (value === undefined && typeof prop === 'string') {
        const declared = declaredMember(obj.serviceName, obj.className, prop);
        value = declared === 'method' ? () => notSupported(`${obj.className}.${prop}`) : declared;
      }
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        const method = `${obj.className}.${prop}`;
        const unwrapped = args.map((a) => (a && typeof a === 'object' ? unwrap(a as object) : a));
        const spreadsheetId = env.origins.get(obj) ?? env.spreadsheetOf?.(obj, method, unwrapped) ?? null;
        env.count(obj.serviceName, method, obj.isValue, spreadsheetId);
        if (spreadsheetId !== null) env.spreadsheetGuard?.(spreadsheetId, obj, method);
        env.faults.check(obj, method, unwrapped, spreadsheetId);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, unwrapped);
        if (spreadsheetId !== null) tagOrigin(env, result, spreadsheetId);
        return wrapResult(env, result);
      };
    },
  });
  proxies.set(target, proxy);
  raw.set(proxy, target);
  return proxy;
}
