// The sandbox runtime's fidelity to docs/apps-script-behaviour.md, one test per reproduced behaviour,
// driven through a small bundle loaded the way dist/Code.js is (global functions in a vm).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox, type SandboxOptions } from '../../sandbox/runtime';
import { callsOf } from '../../sandbox/env';
import { TOO_MANY_TRIGGERS } from '../../sandbox/services/script';
import { LOCK_TIMEOUT_ERROR } from '../../sandbox/services/lock';
import { PROPERTY_ERRORS } from '../../sandbox/services/properties';
import { MAIL_ERRORS } from '../../sandbox/services/mail';
import { toEml } from '../../sandbox/export/eml';

const OWNER = 'hieutruong@thmythinh.edu.vn';
const STAFF = 'giaovien@thmythinh.edu.vn';
const START = '2026-01-20T08:00:00+07:00';

const BUNDLE = String.raw`
function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('CCHC').addItem('Chạy', 'whoAmI').addSeparator().addItem('Hỏi', 'askName').addToUi();
}
var seen = [];
function onEdit(e) {
  seen.push({ kind: 'simple', active: Session.getActiveUser().getEmail(), user: e.user.getEmail(), value: e.value, oldValue: e.oldValue,
    hasOld: 'oldValue' in e, hasValue: 'value' in e, a1: e.range.getA1Notation(), authMode: String(e.authMode), uid: e.triggerUid });
}
function onEditInstalled(e) {
  seen.push({ kind: 'installable', active: Session.getActiveUser().getEmail(), effective: Session.getEffectiveUser().getEmail(),
    user: e.user.getEmail(), value: e.value, authMode: String(e.authMode), uid: e.triggerUid });
}
function seenEvents() { return seen; }
function whoAmI() { return { active: Session.getActiveUser().getEmail(), effective: Session.getEffectiveUser().getEmail() }; }
function askName() {
  var ui = SpreadsheetApp.getUi();
  var r = ui.prompt('Tên', 'Nhập tên', ui.ButtonSet.OK_CANCEL);
  var b = ui.alert('Xác nhận', 'Lưu?', ui.ButtonSet.YES_NO);
  return { button: String(r.getSelectedButton()), text: r.getResponseText(), confirm: b === ui.Button.YES };
}
function makeTriggers(n) {
  for (var i = 0; i < n; i++) ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
  return ScriptApp.getProjectTriggers().length;
}
function installEdit() { return ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create().getUniqueId(); }
function dailyAt(h, tz) { var b = ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(h); if (tz) b = b.inTimezone(tz); return b.create().getUniqueId(); }
var runs = [];
function daily(e) { runs.push({ at: new Date().toISOString(), event: e, who: Session.getEffectiveUser().getEmail() }); }
function dailyRuns() { return runs; }
function deleteAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return ScriptApp.getProjectTriggers().length; }
function uiFromTrigger() { SpreadsheetApp.getUi().alert('x'); }
function withLock(ms) { var lock = LockService.getScriptLock(); lock.waitLock(ms); var had = lock.hasLock(); lock.releaseLock(); return had; }
function tryLockFor(ms) { return LockService.getScriptLock().tryLock(ms); }
function keepLock() { return LockService.getScriptLock().tryLock(0); }
function setProp(k, v) { PropertiesService.getScriptProperties().setProperty(k, v); return PropertiesService.getScriptProperties().getKeys().length; }
function setMany(obj) { PropertiesService.getScriptProperties().setProperties(obj); }
function getProp(k) { return PropertiesService.getScriptProperties().getProperty(k); }
function userProp(v) { var p = PropertiesService.getUserProperties(); if (v) p.setProperty('k', v); return p.getProperty('k'); }
function send(to, cc, bcc) { MailApp.sendEmail(to, 'Nhắc việc', 'Nội dung', { cc: cc, bcc: bcc, name: 'Sổ theo dõi CCHC', replyTo: '${OWNER}', htmlBody: '<b>Nội dung</b>' }); return MailApp.getRemainingDailyQuota(); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function onEditMail(e) { MailApp.sendEmail('${OWNER}', 's', 'b'); }
function fmt(iso, tz, pattern) { return Utilities.formatDate(new Date(iso), tz, pattern); }
function now() { var d = new Date(); return { iso: d.toISOString(), now: Date.now(), isDate: d instanceof Date, hours: d.getHours() }; }
function echo(x) { return { received: x, isArray: Array.isArray(x) }; }
function giveDate() { return { when: new Date() }; }
function mutate(o) { o.changed = true; return o; }
function secret_() { return 'private'; }
function fail() { throw new Error('Lỗi máy chủ'); }
function catchHost() { try { PropertiesService.getScriptProperties().setProperty('x', new Array(10000).join('xx')); } catch (e) { return e instanceof Error; } }
function unsupported() { return Utilities.formatString('%s', 'x'); }
function chartTypes() { return [String(Charts.ChartType.BAR), String(Charts.ChartType.COLUMN)]; }
function standaloneChart() { return Charts.newBarChart(); }
function readTwice() { var r = SpreadsheetApp.getActiveSheet().getRange('A1:B2'); r.getValues(); r.getValues(); return true; }
function showPage(name) { var t = HtmlService.createTemplateFromFile('page'); t.name = name; t.items = ['a', 'b']; SpreadsheetApp.getUi().showModalDialog(t.evaluate().setWidth(400).setHeight(300), 'Trang'); }
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('plain').setTitle('Thanh bên')); }
function toastDone() { SpreadsheetApp.getActive().toast('Đã lưu', 'CCHC', 3); }
function sleepy(ms) { var a = Date.now(); Utilities.sleep(ms); return Date.now() - a; }
function bigDoc(chars, close) { var d = DocumentApp.create('Lớn'); var line = new Array(10001).join('x'); for (var i = 0; i < chars / 10000; i++) d.getBody().appendParagraph(line); if (close) d.saveAndClose(); return d.getId(); }
function sleepThenRead(ms) { Utilities.sleep(ms); return SpreadsheetApp.getActive().getName(); }
`;

// One folder of pages for the whole file, removed at the end: tests leave nothing in the temp dir.
const dist = mkdtempSync(join(tmpdir(), 'sb-html-'));
writeFileSync(
  join(dist, 'page.html'),
  '<h1><?= name ?></h1><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?><div><?!= "<i>raw</i>" ?></div><script>var n = <?= name ?>;</script>',
);
writeFileSync(join(dist, 'plain.html'), '<p>Xin chào</p>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function sandbox(extra: Partial<SandboxOptions> = {}) {
  return createSandbox({ start: START, owner: OWNER, editors: [STAFF], bundle: BUNDLE, distDir: dist, ...extra });
}

describe('sandbox runtime: triggers', () => {
  it('installable triggers: at most 20 per user per script, with Apps Script’s exact error text', () => {
    const sb = sandbox();
    expect(sb.run(OWNER, 'makeTriggers', 20).result).toBe(20);
    const over = sb.run(OWNER, 'makeTriggers', 1);
    expect(over.error?.message).toBe(TOO_MANY_TRIGGERS);
    expect(TOO_MANY_TRIGGERS).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    // The cap is per user: another user still has room, and sees only their own triggers.
    expect(sb.run(STAFF, 'makeTriggers', 1).result).toBe(1);
    expect(sb.run(OWNER, 'deleteAll').result).toBe(0);
    expect(sb.triggers.triggers.map((t) => t.owner)).toEqual([STAFF]);
  });

  it('a daily trigger at hour H runs once a day at the same minute between H and H+1, as its owner, with the time-driven event object', () => {
    const sb = sandbox();
    const uid = sb.run(STAFF, 'dailyAt', 7).result as string;
    sb.clock.set('2026-01-23T12:00:00+07:00');
    const results = sb.fireDueTriggers();
    expect(results.map((r) => r.execution.kind)).toEqual(['timeDriven', 'timeDriven', 'timeDriven']);
    expect(sb.clock.now().toISOString()).toBe(new Date('2026-01-23T12:00:00+07:00').toISOString());
    const runs = sb.run(OWNER, 'dailyRuns').result as { at: string; who: string; event: Record<string, unknown> }[];
    const local = runs.map((r) => new Date(r.at).toLocaleString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }));
    expect(local.map((s) => s.slice(0, 10))).toEqual(['21/01/2026', '22/01/2026', '23/01/2026']);
    const minutes = runs.map((r) => new Date(r.at).getMinutes());
    expect(new Set(minutes).size).toBe(1);
    for (const r of runs) expect(new Date(r.at).getHours()).toBe(7);
    expect(runs.every((r) => r.who === STAFF)).toBe(true);
    expect(runs[0]!.event).toMatchObject({
      authMode: 'FULL',
      triggerUid: uid,
      year: 2026,
      month: 1,
      'day-of-month': 21,
      hour: 0,
      timezone: 'UTC',
    });
    expect(sb.fireDueTriggers()).toEqual([]);
  });

  it('a daily trigger honours inTimezone', () => {
    const sb = sandbox();
    sb.run(OWNER, 'dailyAt', 9, 'Europe/London');
    sb.clock.set('2026-01-22T00:00:00+07:00');
    sb.fireDueTriggers();
    // 09:xx in London is 16:xx in Hà Nội: on the 20th (after creation at 08:00) and the 21st.
    const runs = sb.run(OWNER, 'dailyRuns').result as { at: string }[];
    expect(runs.map((r) => new Date(r.at).toISOString().slice(0, 13))).toEqual(['2026-01-20T09', '2026-01-21T09']);
  });

  it('SpreadsheetApp.getUi() in a time-driven trigger throws "Cannot call SpreadsheetApp.getUi() from this context."', () => {
    const sb = sandbox();
    sb.run(OWNER, 'dailyAt', 7);
    sb.triggers.triggers[0]!.handler = 'uiFromTrigger';
    sb.clock.advanceDays(1);
    const [run] = sb.fireDueTriggers();
    expect(run!.error?.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('onEdit event object: value and oldValue for single-cell edits only, oldValue absent when the cell was empty; installable triggers get triggerUid and run as their owner', () => {
    const sb = sandbox();
    const uid = sb.run(OWNER, 'installEdit').result;
    sb.edit(STAFF, 'Trang tính1', 'B2', 'một');
    sb.edit(STAFF, 'Trang tính1', 'B2', 'hai');
    const out = sb.edit(STAFF, 'Trang tính1', 'C3', [['x', 'y']]);
    expect(out.executions.map((r) => r.execution.kind)).toEqual(['simpleOnEdit', 'installableOnEdit']);
    const seen = sb.run(OWNER, 'seenEvents').result as Record<string, unknown>[];
    const simple = seen.filter((s) => s.kind === 'simple');
    expect(simple[0]).toMatchObject({ value: 'một', hasValue: true, hasOld: false, a1: 'B2', authMode: 'LIMITED' });
    expect(simple[0]!.uid).toBeUndefined();
    expect(simple[1]).toMatchObject({ value: 'hai', oldValue: 'một', hasOld: true });
    expect(simple[2]).toMatchObject({ hasValue: false, hasOld: false, a1: 'C3:D3' });
    const installed = seen.filter((s) => s.kind === 'installable');
    expect(installed).toHaveLength(3);
    expect(installed[0]).toMatchObject({
      authMode: 'FULL',
      uid,
      effective: OWNER,
      active: OWNER,
      user: STAFF,
      value: 'một',
    });
  });

  it('a person entering text with links (editRichText) fires the same triggers, e.value being the text; the links stay in the cell', () => {
    const sb = sandbox();
    const out = sb.editRichText(STAFF, 'Trang tính1', 'B2', 'Biên bản họp tổ', [
      { start: 0, end: 8, url: 'https://drive.google.com/bb' },
    ]);
    expect(out.executions.map((r) => r.execution.kind)).toEqual(['simpleOnEdit']);
    const seen = sb.run(OWNER, 'seenEvents').result as Record<string, unknown>[];
    expect(seen[0]).toMatchObject({ value: 'Biên bản họp tổ', hasOld: false, a1: 'B2' });
    expect(sb.spreadsheet.getSheetModel('Trang tính1')!.cell(2, 2)?.links).toEqual([
      { start: 0, end: 8, url: 'https://drive.google.com/bb' },
    ]);
    sb.edit(STAFF, 'Trang tính1', 'B2', 'Biên bản họp tổ');
    expect(sb.spreadsheet.getSheetModel('Trang tính1')!.cell(2, 2)?.links).toBeUndefined();
  });

  it('the active user is hidden ("") in simple triggers run for someone other than the script owner, visible in menus', () => {
    const sb = sandbox();
    sb.edit(STAFF, 'Trang tính1', 'A1', 1);
    sb.edit(OWNER, 'Trang tính1', 'A1', 2);
    const seen = sb.run(OWNER, 'seenEvents').result as Record<string, unknown>[];
    expect(seen.map((s) => [s.active, s.user])).toEqual([
      ['', ''],
      [OWNER, OWNER],
    ]);
    sb.open(STAFF);
    expect(sb.clickMenu(STAFF, 'Chạy').result).toEqual({ active: STAFF, effective: STAFF });
  });

  it('simple triggers cannot send mail (script.send_mail needs authorization); installable triggers can', () => {
    const sb = createSandbox({
      start: START,
      owner: OWNER,
      editors: [STAFF],
      bundle: BUNDLE.replace('function onEdit(e) {', 'function onEdit(e) { onEditMail(e);'),
    });
    const [simple] = sb.edit(STAFF, 'Trang tính1', 'A1', 'x').executions;
    expect(simple!.error?.message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(sb.mail.outbox).toHaveLength(0);
    const viaMenu = sb.run(OWNER, 'onEditMail');
    expect(viaMenu.error).toBeUndefined();
    expect(sb.mail.outbox).toHaveLength(1);
  });
});

describe('sandbox runtime: services', () => {
  it("DocumentApp: a Doc over Google Docs' 1,020,000 characters (Drive help, files you can store) is refused as not supported, on saveAndClose and at the end of the execution", () => {
    const sb = sandbox();
    expect(sb.run(OWNER, 'bigDoc', 1_000_000, true).error).toBeUndefined();
    for (const close of [true, false]) {
      const over = sb.run(OWNER, 'bigDoc', 1_030_000, close);
      expect(over.error?.message).toMatch(
        /^not supported in the sandbox: a Doc of 1030\d{3} characters, over Google Docs' limit of 1020000/,
      );
    }
  });

  it('LockService: waitLock on timeout throws "Lock timeout: another process was holding the lock for too long." after waiting; tryLock returns false', () => {
    const sb = sandbox();
    sb.holdScriptLock();
    const before = sb.clock.nowMillis();
    expect(sb.run(OWNER, 'withLock', 3000).error?.message).toBe(LOCK_TIMEOUT_ERROR);
    expect(LOCK_TIMEOUT_ERROR).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(sb.clock.nowMillis() - before).toBe(3000);
    expect(sb.run(OWNER, 'tryLockFor', 1000).result).toBe(false);
    sb.releaseHeldLock();
    expect(sb.run(OWNER, 'withLock', 3000).result).toBe(true);
  });

  it('LockService: a lock left held is released when its execution ends', () => {
    const sb = sandbox();
    expect(sb.run(OWNER, 'keepLock').result).toBe(true);
    expect(sb.run(STAFF, 'tryLockFor', 0).result).toBe(true);
  });

  it('PropertiesService: 9 KB per value and 500 KB per store, with Apps Script’s error texts', () => {
    const sb = sandbox();
    expect(sb.run(OWNER, 'setProp', 'ok', 'x'.repeat(9 * 1024)).error).toBeUndefined();
    expect(sb.run(OWNER, 'setProp', 'big', 'x'.repeat(9 * 1024 + 1)).error?.message).toBe(
      PROPERTY_ERRORS.valueTooLarge,
    );
    // Multi-byte text counts in UTF-8 bytes: 3,100 × "ệ" (3 bytes) is over 9 KB.
    expect(sb.run(OWNER, 'setProp', 'vi', 'ệ'.repeat(3100)).error?.message).toBe(PROPERTY_ERRORS.valueTooLarge);
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`k${i}`] = 'y'.repeat(9000);
    const full = sb.run(OWNER, 'setMany', many);
    expect(full.error?.message).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(sb.run(OWNER, 'getProp', 'k0').result).toBeNull(); // all-or-nothing
    expect(sb.run(OWNER, 'getProp', 'ok').result).toHaveLength(9 * 1024);
  });

  it('PropertiesService: user properties belong to the effective user', () => {
    const sb = sandbox();
    sb.run(OWNER, 'userProp', 'của hiệu trưởng');
    expect(sb.run(STAFF, 'userProp').result).toBeNull();
    expect(sb.run(OWNER, 'userProp').result).toBe('của hiệu trưởng');
  });

  it('MailApp: the daily quota counts recipients (to + cc + bcc), not messages, and resets the next day', () => {
    const sb = sandbox({ mailQuota: 5 });
    expect(sb.run(OWNER, 'quota').result).toBe(5);
    expect(sb.run(OWNER, 'send', 'a@x.vn,b@x.vn', 'c@x.vn', 'd@x.vn').result).toBe(1);
    const over = sb.run(OWNER, 'send', 'a@x.vn', 'c@x.vn', '');
    expect(over.error?.message).toBe('Service invoked too many times for one day: email.');
    expect(sb.mail.outbox).toHaveLength(1);
    sb.clock.advanceDays(1);
    expect(sb.run(OWNER, 'quota').result).toBe(5);
    const m = sb.mail.outbox[0]!;
    expect(m).toMatchObject({
      from: OWNER,
      name: 'Sổ theo dõi CCHC',
      replyTo: OWNER,
      to: ['a@x.vn', 'b@x.vn'],
      cc: ['c@x.vn'],
      bcc: ['d@x.vn'],
      subject: 'Nhắc việc',
    });
  });

  it('MailApp: an invalid address throws "Invalid email: …"; at most 50 recipients per message; failFor injects a failure', () => {
    const sb = sandbox();
    expect(sb.run(OWNER, 'send', 'không-phải-email', '', '').error?.message).toBe(
      MAIL_ERRORS.invalid('không-phải-email'),
    );
    const fiftyOne = Array.from({ length: 51 }, (_, i) => `u${i}@x.vn`).join(',');
    expect(sb.run(OWNER, 'send', fiftyOne, '', '').error?.message).toBe(MAIL_ERRORS.perMessage);
    sb.mail.failFor('bad@x.vn');
    expect(sb.run(OWNER, 'send', 'bad@x.vn', '', '').error?.message).toBe(MAIL_ERRORS.injected('bad@x.vn'));
    expect(sb.mail.outbox).toHaveLength(0);
  });

  it('MailApp: a sent message exports as a UTF-8 multipart/alternative .eml with sender name, Reply-To and encoded subject', async () => {
    const sb = sandbox();
    sb.run(OWNER, 'send', 'a@x.vn', 'c@x.vn', 'secret@x.vn');
    const eml = (await toEml(sb.mail.outbox[0]!))
      .toString('utf8')
      .replace(/\r\n/g, '\n')
      .replace(/\n[ \t]+/g, ' '); // unfolded headers
    const from = /^From: =\?UTF-8\?B\?([^?]+)\?= <hieutruong@thmythinh\.edu\.vn>$/m.exec(eml);
    expect(Buffer.from(from![1]!, 'base64').toString('utf8')).toBe('Sổ theo dõi CCHC');
    const subject = /^Subject: =\?UTF-8\?B\?([^?]+)\?=$/m.exec(eml);
    expect(Buffer.from(subject![1]!, 'base64').toString('utf8')).toBe('Nhắc việc');
    expect(eml).toMatch(/^To: a@x\.vn$/m);
    expect(eml).toMatch(/^Reply-To: hieutruong@thmythinh\.edu\.vn/m);
    expect(eml).toMatch(/^Cc: c@x\.vn/m);
    expect(eml).toMatch(/multipart\/alternative/);
    expect(eml).toMatch(/text\/html; charset=utf-8/);
    expect(eml).not.toMatch(/secret@x\.vn/);
  });

  it('Utilities.formatDate: Java SimpleDateFormat patterns in a real time zone', () => {
    const sb = sandbox();
    const f = (iso: string, tz: string, p: string) => sb.run(OWNER, 'fmt', iso, tz, p).result;
    const iso = '2026-01-05T17:04:09Z';
    expect(f(iso, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe('06/01/2026 00:04:09');
    expect(f(iso, 'Asia/Ho_Chi_Minh', 'd/M/yy H:m:s')).toBe('6/1/26 0:4:9');
    expect(f(iso, 'Asia/Ho_Chi_Minh', "EEE, EEEE 'ngày' dd MMM MMMM")).toBe('Tue, Tuesday ngày 06 Jan January');
    expect(f(iso, 'Asia/Ho_Chi_Minh', 'hh:mm a Z XXX')).toBe('12:04 AM +0700 +07:00');
    expect(f(iso, 'America/New_York', "yyyy-MM-dd'T'HH:mmXXX")).toBe('2026-01-05T12:04-05:00');
    expect(f(iso, 'UTC', "''yyyy'' 'o''clock'")).toBe("'2026' o'clock");
    expect(f(iso, 'Not/AZone', 'HH:mm')).toBe('17:04'); // Java falls back to GMT
    expect(sb.run(OWNER, 'fmt', iso, 'UTC', 'yyyy q').error?.message).toBe("Illegal pattern character 'q'");
  });

  it('the bundle’s Date follows the sandbox clock, in the script time zone, and passes instanceof Date on both sides', () => {
    const sb = sandbox();
    const r = sb.run(OWNER, 'now').result as { iso: string; now: number; isDate: boolean; hours: number };
    expect(r.iso).toBe(new Date(START).toISOString());
    expect(r.now).toBe(new Date(START).getTime());
    expect(r.isDate).toBe(true);
    expect(r.hours).toBe(8);
    expect(sb.run(OWNER, 'giveDate').result).toEqual({ when: expect.any(Date) });
    expect(sb.run(OWNER, 'sleepy', 2500).result).toBe(2500);
  });

  it("an execution past 6 minutes on the sandbox clock fails its next service call with Apps Script's text (Quotas: script runtime 6 min / execution)", () => {
    const sb = sandbox();
    expect(sb.run(OWNER, 'sleepThenRead', 359_000).error).toBeUndefined();
    expect(sb.run(OWNER, 'sleepThenRead', 361_000).error?.message).toBe('Exceeded maximum execution time');
  });

  it('errors thrown by services are instanceof Error inside the bundle (cross-realm)', () => {
    expect(sandbox().run(OWNER, 'catchHost').result).toBe(true);
  });

  it('methods the sandbox does not reproduce throw "not supported in the sandbox: …"', () => {
    const r = sandbox().run(OWNER, 'unsupported');
    expect(r.error?.message).toBe('not supported in the sandbox: Utilities.formatString');
  });

  it('Charts.ChartType has the enum members an embedded chart takes; standalone charts are not reproduced (Charts reference)', () => {
    const sb = sandbox();
    expect(sb.run(OWNER, 'chartTypes').result).toEqual(['BAR', 'COLUMN']);
    expect(sb.run(OWNER, 'standaloneChart').error?.message).toBe('not supported in the sandbox: Charts.newBarChart');
  });

  it('counts each service call per execution, by service and by Class.method', () => {
    const sb = sandbox();
    const r = sb.run(OWNER, 'readTwice');
    expect(callsOf(r.execution, 'Range.getValues')).toBe(2);
    expect(callsOf(r.execution, 'SpreadsheetApp.getActiveSheet')).toBe(1);
    expect(callsOf(r.execution, 'SpreadsheetApp')).toBe(4);
    const next = sb.run(OWNER, 'readTwice');
    expect(callsOf(next.execution, 'Range.getValues')).toBe(2);
    expect(sb.env.counter.totals.get('Range.getValues')).toBe(4);
  });
});

describe('sandbox runtime: Ui, HtmlService and the google.script.run bridge', () => {
  it('onOpen builds the menu per user; clickMenu runs the item by its Vietnamese label', () => {
    const sb = sandbox();
    expect(() => sb.clickMenu(STAFF, 'Chạy')).toThrow(/no menu item/);
    const { menus } = sb.open(STAFF);
    expect(menus).toEqual([
      {
        title: 'CCHC',
        items: [{ label: 'Chạy', functionName: 'whoAmI' }, 'separator', { label: 'Hỏi', functionName: 'askName' }],
      },
    ]);
    expect(sb.clickMenu(STAFF, 'Chạy').execution.kind).toBe('menu');
  });

  it('alerts and prompts take the answers a test queued; without one they get the default button, recorded', () => {
    const sb = sandbox();
    sb.open(OWNER);
    sb.ui.answerNext({ button: 'OK', text: 'Lan' }, 'NO');
    expect(sb.clickMenu(OWNER, 'Hỏi').result).toEqual({ button: 'OK', text: 'Lan', confirm: false });
    expect(sb.clickMenu(OWNER, 'Hỏi').result).toEqual({ button: 'OK', text: '', confirm: true });
    expect(sb.ui.prompts.map((p) => p.answeredBy)).toEqual(['test', 'default']);
    expect(sb.ui.alerts[0]).toMatchObject({
      title: 'Xác nhận',
      message: 'Lưu?',
      buttons: 'YES_NO',
      answer: 'NO',
      user: OWNER,
    });
    sb.ui.answerNext('OK', 'CANCEL');
    expect(sb.clickMenu(OWNER, 'Hỏi').error?.message).toMatch(/not a button of ButtonSet.YES_NO/);
  });

  it('HtmlService templates: <?= ?> escapes (as a JS literal inside <script>), <?!= ?> does not, <? ?> runs; properties are variables', () => {
    const sb = sandbox();
    sb.run(OWNER, 'showPage', '<Lan & "Huệ">');
    const dialog = sb.ui.dialogs[0]!;
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Trang', width: 400, height: 300 });
    expect(dialog.html).toBe(
      '<h1>&lt;Lan &amp; &quot;Huệ&quot;&gt;</h1><li>a</li><li>b</li><div><i>raw</i></div><script>var n = "\\u003cLan & \\"Huệ\\">";</script>',
    );
    sb.run(OWNER, 'sidebar');
    expect(sb.ui.sidebars[0]).toMatchObject({ title: 'Thanh bên', html: '<p>Xin chào</p>' });
  });

  it('google.script.run rejects a Date argument like the real bridge, and a server result holding a Date reaches the page as null', () => {
    const sb = sandbox();
    expect(() => sb.callServer(OWNER, 'echo', new Date())).toThrow('Failed due to illegal value in property: 0');
    expect(() => sb.callServer(OWNER, 'echo', 'ok', { when: new Date() })).toThrow(
      'Failed due to illegal value in property: when',
    );
    expect(() => sb.callServer(OWNER, 'echo', () => 1)).toThrow(/illegal value/);
    expect(sb.callServer(OWNER, 'giveDate')).toBeNull();
    expect(sb.executions.at(-1)!.kind).toBe('scriptRun');
  });

  it('google.script.run passes copies (undefined array items become null), hides functions ending in "_", and rethrows server errors', () => {
    const sb = sandbox();
    expect(sb.callServer(OWNER, 'echo', [1, undefined, 'a'])).toEqual({ received: [1, null, 'a'], isArray: true });
    const arg = { a: 1 };
    expect(sb.callServer(OWNER, 'mutate', arg)).toEqual({ a: 1, changed: true });
    expect(arg).toEqual({ a: 1 });
    expect(() => sb.callServer(OWNER, 'secret_')).toThrow('google.script.run.secret_ is not a function');
    expect(() => sb.callServer(OWNER, 'fail')).toThrow('Lỗi máy chủ');
  });

  it('toasts shown through Spreadsheet.toast are visible in sb.ui.toasts with the user who saw them', () => {
    const sb = sandbox();
    sb.open(STAFF);
    sb.run(STAFF, 'toastDone');
    expect(sb.ui.toasts).toEqual([
      expect.objectContaining({ message: 'Đã lưu', title: 'CCHC', timeoutSeconds: 3, user: STAFF }),
    ]);
  });

  it('an unknown function is "Script function not found", captured in the execution result', () => {
    const r = sandbox().run(OWNER, 'nope');
    expect(r.error?.message).toBe('Script function not found: nope');
  });
});
