// Logger and console: every line is recorded with the execution that wrote it (nothing printed
// unless the sandbox is asked to echo).
import { SandboxObject, type SandboxEnv } from '../env';
import { inspect } from 'node:util';

export interface LogLine {
  executionId: number | null;
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
}

const shown = (a: unknown) => (typeof a === 'string' ? a : inspect(a, { depth: 4 }));

/** The Console Standard's formatter: %s, %d/%i (integers), %f, %o/%O, %%; what is left is appended. */
export function formatConsole(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(shown).join(' ');
  let i = 0;
  const head = first.replace(/%([sdifoO%])/g, (spec, c: string) => {
    if (c === '%') return '%';
    if (i >= rest.length) return spec;
    const v = rest[i++];
    if (c === 's') return typeof v === 'string' ? v : String(v);
    if (c === 'd' || c === 'i') return String(Number.parseInt(String(v), 10));
    if (c === 'f') return String(Number.parseFloat(String(v)));
    return shown(v);
  });
  return [head, ...rest.slice(i).map(shown)].join(' ');
}

export class LogBook {
  readonly lines: LogLine[] = [];
  constructor(
    private readonly env: SandboxEnv,
    private readonly echo = false,
  ) {}
  write(level: LogLine['level'], message: string): void {
    this.lines.push({ executionId: this.env.current?.id ?? null, level, message });
    if (this.echo) process.stderr.write(`[sandbox ${level}] ${message}\n`);
  }
  of(executionId: number): LogLine[] {
    return this.lines.filter((l) => l.executionId === executionId);
  }
  /**
   * The console object of the bundle's global scope: %s/%d/%i/%f/%o substitution as the console
   * standard (and V8's Apps Script console) does it; time/timeEnd measure on the sandbox clock.
   */
  console(): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug' | 'time' | 'timeLog' | 'timeEnd'> {
    const line =
      (level: LogLine['level']) =>
      (...args: unknown[]) =>
        this.write(level, formatConsole(args));
    const timers = new Map<string, number>();
    const elapsed = (label = 'default', end = false) => {
      const start = timers.get(label);
      if (start === undefined) return this.write('warn', `Timer '${label}' does not exist`);
      if (end) timers.delete(label);
      this.write('log', `${label}: ${this.env.clock.nowMillis() - start}ms`);
    };
    return {
      log: line('log'),
      info: line('info'),
      warn: line('warn'),
      error: line('error'),
      debug: line('debug'),
      time: (label = 'default') => void timers.set(label, this.env.clock.nowMillis()),
      timeLog: (label?: string) => elapsed(label),
      timeEnd: (label?: string) => elapsed(label, true),
    };
  }
}

export class LoggerImpl
  extends SandboxObject
  implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>
{
  readonly serviceName = 'Logger';
  readonly className = 'Logger';
  constructor(private readonly book: LogBook) {
    super();
  }
  /** Logger.log(format, values…) substitutes %s and %d like Apps Script. */
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let message =
      typeof data === 'string' ? data : data && typeof data === 'object' ? JSON.stringify(data) : String(data);
    if (values.length) {
      let i = 0;
      message = message.replace(/%[sd]/g, (spec) =>
        i < values.length ? (spec === '%d' ? String(Math.trunc(Number(values[i++]))) : String(values[i++])) : spec,
      );
    }
    this.book.write('Logger', message);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  getLog(): string {
    return this.book.lines
      .filter((l) => l.level === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    for (let i = this.book.lines.length - 1; i >= 0; i--)
      if (this.book.lines[i]!.level === 'Logger') this.book.lines.splice(i, 1);
  }
}
