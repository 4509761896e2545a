// Logger and console: every line is recorded with the execution that wrote it (nothing printed
// unless the sandbox is asked to echo).
import { SandboxObject, type SandboxEnv } from '../env';
import { inspect } from 'node:util';

export interface LogLine {
  executionId: number | null;
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
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
  /** The console object of the bundle's global scope. */
  console(): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
    const line = (level: LogLine['level']) => (...args: unknown[]) =>
      this.write(level, args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 4 }))).join(' '));
    return { log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') };
  }
}

export class LoggerImpl extends SandboxObject implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly serviceName = 'Logger';
  readonly className = 'Logger';
  constructor(private readonly book: LogBook) {
    super();
  }
  /** Logger.log(format, values…) substitutes %s like Apps Script. */
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let message = typeof data === 'string' ? data : data && typeof data === 'object' ? JSON.stringify(data) : String(data);
    if (values.length) {
      let i = 0;
      message = message.replace(/%s/g, () => (i < values.length ? String(values[i++]) : '%s'));
    }
    this.book.write('Logger', message);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  getLog(): string {
    return this.book.lines.filter((l) => l.level === 'Logger').map((l) => l.message).join('\n');
  }
  clear(): void {
    for (let i = this.book.lines.length - 1; i >= 0; i--) if (this.book.lines[i]!.level === 'Logger') this.book.lines.splice(i, 1);
  }
}
