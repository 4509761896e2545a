// console and Logger as the bundle sees them. Sources: the Console Standard's formatter
// (console.spec.whatwg.org, "Formatter", which V8 Apps Script's console follows), gas-fakes
// test/testlogger.js for Logger.log's %d and %s. Issue 11 §1.
import { describe, expect, it } from 'vitest';
import { LogBook, LoggerImpl } from '../../sandbox/services/logger';
import { serviceSandbox, OWNER } from '../support/serviceSandbox';

function setup() {
  const { env, as } = serviceSandbox();
  const book = new LogBook(env);
  return { env, book, console: book.console(), logger: new LoggerImpl(book), run: (fn: () => void) => as(OWNER, fn) };
}

describe('console and Logger', () => {
  it('console substitutes %s, %d, %i and %f, and appends the rest', () => {
    const { book, console, run } = setup();
    run(() => console.log('%s có %d nhiệm vụ (%i%%), tỷ lệ %f', 'Tổ 1', 12.7, 42.9, 0.5, 'thêm'));
    expect(book.lines.at(-1)?.message).toBe('Tổ 1 có 12 nhiệm vụ (42%), tỷ lệ 0.5 thêm');
  });
  it('console.time / timeEnd report the time passed on the sandbox clock', () => {
    const { env, book, console, run } = setup();
    run(() => {
      console.time('đọc');
      env.clock.advance(1500);
      console.timeEnd('đọc');
      console.timeEnd('đọc');
    });
    expect(book.lines.map((l) => l.message)).toEqual(['đọc: 1500ms', "Timer 'đọc' does not exist"]);
  });
  it('Logger.log substitutes %d and %s (gas-fakes test/testlogger.js)', () => {
    const { logger, run } = setup();
    run(() => logger.log('Second line with a number: %d and a string: %s', 123, 'hello'));
    expect(logger.getLog()).toBe('Second line with a number: 123 and a string: hello');
  });
});
