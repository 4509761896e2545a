// The sandbox's fault hook (sandbox/env.ts FaultInjector): a test arms a fault on 'Class.method',
// optionally the nth matching call or only calls a predicate accepts, and that call throws Apps
// Script's server error (or a given text) before it does anything. Harness-only: live Apps Script
// has no such hook; the error text is the generic one its services show for transient failures.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/runtime';
import { SERVER_ERROR } from '../../sandbox/env';

const OWNER = 'hieutruong@thmythinh.edu.vn';
const BUNDLE = String.raw`
function mailTwice() {
  var out = [];
  ['a@thmythinh.edu.vn', 'b@thmythinh.edu.vn'].forEach(function (to) {
    try { MailApp.sendEmail(to, 'x', 'y'); out.push('ok ' + to); } catch (e) { out.push((e instanceof Error) + ' ' + e.message); }
  });
  return out;
}
function setBoth() {
  var p = PropertiesService.getScriptProperties();
  p.setProperty('first', '1');
  p.setProperty('second', '2');
}
function readBoth() { var p = PropertiesService.getScriptProperties(); return [p.getProperty('first'), p.getProperty('second')]; }
`;

function sandbox() {
  return createSandbox({ start: '2026-01-20T08:00:00+07:00', owner: OWNER, bundle: BUNDLE });
}

describe('fault injection', () => {
  it('the nth matching call throws the server error, as an Error of the bundle, and does nothing', () => {
    const sb = sandbox();
    sb.env.faults.arm({ method: 'MailApp.sendEmail', nth: 2 });
    expect(sb.run(OWNER, 'mailTwice').result).toEqual(['ok a@thmythinh.edu.vn', `true ${SERVER_ERROR}`]);
    expect(sb.mail.outbox.map((m) => m.to[0])).toEqual(['a@thmythinh.edu.vn']);
    expect(sb.env.faults.fired).toEqual([{ method: 'MailApp.sendEmail', message: SERVER_ERROR }]);
    // Fired once, then gone.
    expect(sb.env.faults.pending()).toBe(0);
    expect(sb.run(OWNER, 'mailTwice').result).toEqual(['ok a@thmythinh.edu.vn', 'ok b@thmythinh.edu.vn']);
  });

  it('a predicate picks the call; an uncaught fault ends the execution after the writes before it', () => {
    const sb = sandbox();
    sb.env.faults.arm({
      method: 'Properties.setProperty',
      when: (_t, args) => args[0] === 'second',
      message: 'Service error: Properties',
    });
    expect(sb.run(OWNER, 'setBoth').error?.message).toBe('Service error: Properties');
    expect(sb.run(OWNER, 'readBoth').result).toEqual(['1', null]);
  });

  it('refuses a fault that could never fire', () => {
    expect(() => sandbox().env.faults.arm({ method: 'MailApp.sendEmail', nth: 0 })).toThrow(/1st matching call/);
  });
});
