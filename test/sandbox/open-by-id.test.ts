// Several spreadsheets in one sandbox (issue 15 §3): sb.addSpreadsheet makes one with its owner and
// sharing list (from another sandbox's bound spreadsheet, or empty), and the bundle opens it with
// SpreadsheetApp.openById / openByUrl as Apps Script does: the scope check first, then the id, then
// the sharing list, with Apps Script's texts; read-only access afterwards; counts split by
// spreadsheet; faults aimed at one spreadsheet. Each test names where its behaviour comes from (the
// docs section "Opening other spreadsheets" lists the sources in full).
import { describe, expect, it } from 'vitest';
import { createSandbox, type Manifest } from '../../sandbox/runtime';
import { EXECUTION_TIME_ERROR, NOT_SUPPORTED, SERVER_ERROR, callsOf, callsOfSpreadsheet } from '../../sandbox/env';
import { OPEN_ERRORS, SPREADSHEETS_READONLY_SCOPE, SPREADSHEETS_SCOPE } from '../../sandbox/spreadsheet';

const WARD = 'vanphong@phuongbachmai.gov.vn';
const SCHOOL = 'hieutruong@thcsbachmai.edu.vn';
const TEACHER = 'giaovien@thcsbachmai.edu.vn';
const START = '2026-06-22T08:00:00+07:00';
const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

const SCHOOL_BUNDLE = String.raw`
function fill() {
  var sh = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Nhiệm vụ');
  sh.getRange(1, 1, 3, 2).setValues([['Mã', 'Tiến độ'], ['NV1', 0.5], ['NV2', 1]]);
  sh.getRange('C2').setFormula('=B2*2');
  sh.getRange('D1').setFormula('=TODAY()');
}
`;

const WARD_BUNDLE = String.raw`
function read(id) {
  var ss = SpreadsheetApp.openById(id);
  return { id: ss.getId(), name: ss.getName(), values: ss.getSheetByName('Nhiệm vụ').getDataRange().getValues() };
}
function readUrl(url) { return SpreadsheetApp.openByUrl(url).getSheets().pop().getRange('A1').getValue(); }
function tryOpen(how, key) {
  try { SpreadsheetApp[how](key); return 'ok'; } catch (e) { return (e instanceof Error) + ' ' + e.message; }
}
function write(id) { SpreadsheetApp.openById(id).getSheets()[0].getRange('A1').setValue('đã sửa'); }
function pull(ids) {
  var own = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var out = ids.map(function (id) {
    try { return SpreadsheetApp.openById(id).getSheetByName('Nhiệm vụ').getRange('A1:B2').getValues()[1][1]; }
    catch (e) { return 'ERR ' + e.message; }
  });
  own.getRange(1, 1, 1, out.length).setValues([out]);
  return out;
}
function onEdit(e) { SpreadsheetApp.openById(e.value); }
function today(id) { return SpreadsheetApp.openById(id).getSheetByName('Nhiệm vụ').getRange('D1').getDisplayValue(); }
`;

function school(name: string, owner = SCHOOL) {
  const sb = createSandbox({ start: START, owner, bundle: SCHOOL_BUNDLE, spreadsheetName: name });
  expect(sb.run(owner, 'fill').error).toBeUndefined();
  return sb;
}

function ward(scopes: string[] | null = [CURRENT_ONLY, SPREADSHEETS_READONLY_SCOPE]) {
  const manifest: Manifest = scopes ? { oauthScopes: scopes } : {};
  return createSandbox({ start: START, owner: WARD, bundle: WARD_BUNDLE, manifest, spreadsheetName: 'Sổ CCHC phường' });
}

/** A ward sandbox with one school tracker shared with the ward as viewer. */
function wardWithSchool(scopes?: string[] | null) {
  const sb = ward(scopes);
  const tracker = sb.addSpreadsheet({
    name: 'Sổ CCHC THCS Bạch Mai',
    owner: SCHOOL,
    viewers: [WARD],
    from: school('x'),
  });
  return { sb, tracker };
}

describe('sb.addSpreadsheet: more spreadsheets, each with its owner and sharing list', () => {
  it("copies another sandbox's bound spreadsheet as its bundle left it (values, formulas); the copy is the opener's to read", () => {
    const { sb, tracker } = wardWithSchool();
    expect(tracker.owner).toBe(SCHOOL);
    expect(tracker.url).toBe(`https://docs.google.com/spreadsheets/d/${tracker.id}/edit`);
    const r = sb.run(WARD, 'read', tracker.id);
    expect(r.error).toBeUndefined();
    expect(r.result).toEqual({
      id: tracker.id,
      name: 'Sổ CCHC THCS Bạch Mai',
      values: [
        ['Mã', 'Tiến độ', '', new Date('2026-06-21T17:00:00.000Z')],
        ['NV1', 0.5, 1, ''],
        ['NV2', 1, '', ''],
      ],
    });
    // The bound spreadsheet is still the active one.
    expect(sb.spreadsheet.name).toBe('Sổ CCHC phường');
  });

  it("a copy's TODAY() follows this sandbox's clock when it is read, in each execution", () => {
    const { sb, tracker } = wardWithSchool();
    expect(sb.run(WARD, 'today', tracker.id).result).toBe('22/06/2026');
    sb.clock.advanceDays(3);
    expect(sb.run(WARD, 'today', tracker.id).result).toBe('25/06/2026');
  });

  it('an id of the harness’s choice, refused when taken; an empty one to fill through its model', () => {
    const sb = ward();
    const ss = sb.addSpreadsheet({
      name: 'Trống',
      owner: SCHOOL,
      viewers: [WARD],
      id: '1SchoolTrackerIdxxxxxxxxxxxxxxxxxxxxxx',
    });
    expect(ss.id).toBe('1SchoolTrackerIdxxxxxxxxxxxxxxxxxxxxxx');
    expect(() => sb.addSpreadsheet({ name: 'Lại', owner: SCHOOL, id: ss.id })).toThrow(/exists/);
    expect(sb.run(WARD, 'readUrl', ss.url).result).toBe('');
  });
});

describe('openById / openByUrl (reference/spreadsheet/spreadsheet-app#openbyidid, #openbyurlurl)', () => {
  it('openByUrl takes the URL forms Sheets gives: /edit, #gid=…, ?gid=…#gid=…, without /edit, ?usp=sharing', () => {
    const { sb, tracker } = wardWithSchool();
    const id = tracker.id;
    for (const url of [
      `https://docs.google.com/spreadsheets/d/${id}/edit`,
      `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`,
      `https://docs.google.com/spreadsheets/d/${id}/edit?gid=0#gid=0`,
      `https://docs.google.com/spreadsheets/d/${id}`,
      `https://docs.google.com/spreadsheets/d/${id}/`,
      `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`,
      `https://docs.google.com/spreadsheets/d/${id}?usp=sharing`,
    ]) {
      expect(sb.run(WARD, 'readUrl', url).result, url).toBe('Mã');
    }
    // A signed-in browser's /u/0/ address: whether Apps Script takes it was not found.
    const u0 = sb.run(WARD, 'tryOpen', 'openByUrl', `https://docs.google.com/spreadsheets/u/0/d/${id}/edit`);
    expect(u0.result).toContain(NOT_SUPPORTED);
  });

  it('a wrong id: "Unexpected error while getting the method or property openById on object SpreadsheetApp." (gas-fakes; a live log)', () => {
    const { sb, tracker } = wardWithSchool();
    expect(sb.run(WARD, 'tryOpen', 'openById', '1NoSuchSpreadsheetxxxxxxxxxxxxxxxxxxx').result).toBe(
      'true Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    const wrongLink = tracker.url.replace(tracker.id, '1NoSuchSpreadsheetxxxxxxxxxxxxxxxxxxx');
    expect(sb.run(WARD, 'tryOpen', 'openByUrl', wrongLink).result).toBe(`true ${OPEN_ERRORS.missing('openByUrl')}`);
  });

  it('a file not shared with the user the script runs as: "You do not have permission to access the requested document."', () => {
    const sb = ward();
    // Shared with nobody but its owner.
    const privateOne = sb.addSpreadsheet({ name: 'Riêng', owner: SCHOOL, from: school('x') });
    expect(sb.run(WARD, 'tryOpen', 'openById', privateOne.id).result).toBe(
      'true You do not have permission to access the requested document.',
    );
    expect(sb.run(WARD, 'tryOpen', 'openByUrl', privateOne.url).result).toBe(`true ${OPEN_ERRORS.notShared}`);
    // Sharing it (as viewer) is enough to open it; so is sharing the folder it is in (Drive).
    sb.drive.share(privateOne.id, WARD, 'viewer');
    expect(sb.run(WARD, 'tryOpen', 'openById', privateOne.id).result).toBe('ok');
    const inFolder = sb.addSpreadsheet({ name: 'Trong thư mục', owner: SCHOOL });
    const folder = sb.drive.addFolder(SCHOOL, 'CCHC');
    sb.drive.item(inFolder.id)!.parents = [folder.id];
    expect(sb.run(WARD, 'tryOpen', 'openById', inFolder.id).result).toBe(`true ${OPEN_ERRORS.notShared}`);
    sb.drive.share(folder.id, WARD, 'viewer');
    expect(sb.run(WARD, 'tryOpen', 'openById', inFolder.id).result).toBe('ok');
  });

  it('openByUrl with something that is not a URL: "Invalid argument: url" (as DocumentApp/FormApp.openByUrl); another Google file\'s URL is not supported', () => {
    const { sb } = wardWithSchool();
    expect(sb.run(WARD, 'tryOpen', 'openByUrl', 'sổ theo dõi trường').result).toBe('true Invalid argument: url');
    const doc = sb.run(
      WARD,
      'tryOpen',
      'openByUrl',
      'https://docs.google.com/document/d/1AbcDocxxxxxxxxxxxxxxxxxxxx/edit',
    );
    expect(doc.result).toContain(NOT_SUPPORTED);
    expect(sb.run(WARD, 'tryOpen', 'openById', '').result).toContain(NOT_SUPPORTED);
  });

  it("a Doc's id, or a spreadsheet in the trash, is not supported (what Apps Script says was not found)", () => {
    const { sb, tracker } = wardWithSchool();
    const doc = sb.drive.addFile({ name: 'Báo cáo', mimeType: 'application/vnd.google-apps.document', owner: WARD });
    expect(sb.run(WARD, 'tryOpen', 'openById', doc.id).result).toContain(
      `${NOT_SUPPORTED}: SpreadsheetApp.openById of a file that is not a spreadsheet`,
    );
    sb.drive.item(tracker.id)!.trashed = true;
    expect(sb.run(WARD, 'tryOpen', 'openByUrl', tracker.url).result).toContain('a spreadsheet in the trash');
  });
});

describe('scopes (concepts/scopes; guides/services/authorization)', () => {
  it('spreadsheets or spreadsheets.readonly in oauthScopes open it; a manifest without oauthScopes too (scopes are detected)', () => {
    for (const scopes of [
      [CURRENT_ONLY, SPREADSHEETS_READONLY_SCOPE],
      [SPREADSHEETS_SCOPE],
      [SPREADSHEETS_READONLY_SCOPE],
      null,
    ]) {
      const { sb, tracker } = wardWithSchool(scopes);
      expect(sb.run(WARD, 'tryOpen', 'openById', tracker.id).result, String(scopes)).toBe('ok');
    }
  });

  it('only spreadsheets.currentonly: "Specified permissions are not sufficient…", checked before the id is looked at', () => {
    const { sb, tracker } = wardWithSchool([CURRENT_ONLY]);
    const text = (m: string) =>
      `true Specified permissions are not sufficient to call SpreadsheetApp.${m}. Required permissions: ${SPREADSHEETS_SCOPE}`;
    expect(sb.run(WARD, 'tryOpen', 'openById', tracker.id).result).toBe(text('openById'));
    expect(sb.run(WARD, 'tryOpen', 'openById', sb.spreadsheet.id).result).toBe(text('openById'));
    expect(sb.run(WARD, 'tryOpen', 'openById', 'no-such-id').result).toBe(text('openById'));
    expect(sb.run(WARD, 'tryOpen', 'openByUrl', tracker.url).result).toBe(text('openByUrl'));
  });

  it('a simple trigger may not open other files: "You do not have permission to call SpreadsheetApp.openById…" (BetterLog#29)', () => {
    const { sb, tracker } = wardWithSchool();
    const outcome = sb.edit(WARD, 'Trang tính1', 'A1', tracker.id);
    expect(outcome.simple?.error?.message).toBe(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SPREADSHEETS_SCOPE}`,
    );
  });

  it("a change to the opened spreadsheet under spreadsheets.readonly is not supported (Apps Script's text not found); nothing is written", () => {
    const { sb, tracker } = wardWithSchool();
    const r = sb.run(WARD, 'write', tracker.id);
    expect(r.error?.message).toContain(NOT_SUPPORTED);
    expect(r.error?.message).toContain('Range.setValue');
    expect(tracker.requireSheet('Trang tính1').cell(1, 1)).toBeUndefined();
  });

  it("under the full scope an editor changes it; a viewer's change is not supported", () => {
    const sb = ward([SPREADSHEETS_SCOPE]);
    const shared = sb.addSpreadsheet({ name: 'Chung', owner: SCHOOL, editors: [WARD] });
    expect(sb.run(WARD, 'write', shared.id).error).toBeUndefined();
    expect(shared.requireSheet('Trang tính1').cell(1, 1)?.v).toBe('đã sửa');
    const viewed = sb.addSpreadsheet({ name: 'Xem', owner: SCHOOL, viewers: [WARD, TEACHER] });
    expect(sb.run(WARD, 'write', viewed.id).error?.message).toContain(NOT_SUPPORTED);
  });
});

describe('counts per spreadsheet (issue 15 §2: openById is the expensive call)', () => {
  it('execution.callsBySpreadsheet splits the calls by the spreadsheet they reach; the keys of execution.calls stay as they were', () => {
    const { sb, tracker } = wardWithSchool();
    const other = sb.addSpreadsheet({ name: 'Trường 2', owner: SCHOOL, viewers: [WARD], from: school('y') });
    const r = sb.run(WARD, 'pull', [tracker.id, other.id]);
    expect(r.result).toEqual([0.5, 0.5]);
    const { execution } = r;
    expect(callsOf(execution, 'SpreadsheetApp.openById')).toBe(2);
    expect(callsOfSpreadsheet(execution, tracker.id, 'SpreadsheetApp.openById')).toBe(1);
    expect(callsOfSpreadsheet(execution, tracker.id, 'Range.getValues')).toBe(1);
    expect(callsOfSpreadsheet(execution, other.id, 'Range.getValues')).toBe(1);
    // The bound spreadsheet's own calls (the one batch write) are under its id.
    const bound = sb.spreadsheet.id;
    expect(callsOfSpreadsheet(execution, bound, 'Range.setValues')).toBe(1);
    expect(callsOfSpreadsheet(execution, bound, 'SpreadsheetApp.openById')).toBe(0);
    expect(callsOf(execution, 'Range.getValues')).toBe(2);
    // Every SpreadsheetApp call of the execution is counted once under 'SpreadsheetApp', whatever its spreadsheet.
    const split = [...execution.callsBySpreadsheet.values()].reduce((n, m) => n + (m.get('SpreadsheetApp') ?? 0), 0);
    expect(split).toBe(callsOf(execution, 'SpreadsheetApp'));
    expect(callsOfSpreadsheet(execution, bound, 'SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    expect(sb.spreadsheet.requireSheet('Trang tính1').cell(1, 2)?.v).toBe(0.5);
  });
});

describe('faults aimed at one spreadsheet (test/sandbox/faults.test.ts)', () => {
  it("one unit's open fails, the others go on", () => {
    const sb = ward();
    const ids = ['A', 'B', 'C'].map(
      (n) => sb.addSpreadsheet({ name: `Trường ${n}`, owner: SCHOOL, viewers: [WARD], from: school(n) }).id,
    );
    sb.env.faults.arm({ method: 'SpreadsheetApp.openById', spreadsheetId: ids[1] });
    expect(sb.run(WARD, 'pull', ids).result).toEqual([0.5, `ERR ${SERVER_ERROR}`, 0.5]);
    expect(sb.env.faults.pending()).toBe(0);
  });

  it('a slow open takes its time on the sandbox clock and the pull goes on', () => {
    const sb = ward();
    const ids = ['A', 'B'].map(
      (n) => sb.addSpreadsheet({ name: n, owner: SCHOOL, viewers: [WARD], from: school(n) }).id,
    );
    const before = sb.clock.nowMillis();
    sb.env.faults.arm({ method: 'SpreadsheetApp.openById', spreadsheetId: ids[0], delayMs: 40_000, proceed: true });
    expect(sb.run(WARD, 'pull', ids).result).toEqual([0.5, 0.5]);
    expect(sb.clock.nowMillis() - before).toBe(40_000);
    expect(sb.env.faults.fired).toEqual([{ method: 'SpreadsheetApp.openById', message: 'slow: 40000 ms' }]);
  });

  it('an open that runs past 6 minutes halts the execution, even where the bundle catches the error (labnol: Apps Script halts it)', () => {
    const sb = ward();
    const ids = ['A', 'B', 'C'].map(
      (n) => sb.addSpreadsheet({ name: n, owner: SCHOOL, viewers: [WARD], from: school(n) }).id,
    );
    sb.env.faults.arm({
      method: 'SpreadsheetApp.openById',
      spreadsheetId: ids[1],
      delayMs: 6 * 60_000 + 1_000,
      proceed: true,
    });
    const r = sb.run(WARD, 'pull', ids);
    // pull catches each unit's error and goes on; Apps Script would have stopped it: the outcome is the timeout.
    expect(r.error?.message).toBe(EXECUTION_TIME_ERROR);
    expect(r.execution.timedOut).toBe(true);
    // Its one batch write to the bound spreadsheet never happened.
    expect(sb.spreadsheet.requireSheet('Trang tính1').cell(1, 1)).toBeUndefined();
  });

  it('a damaged sheet: a read of that spreadsheet fails with a given text, the next unit is read', () => {
    const sb = ward();
    const ids = ['A', 'B'].map(
      (n) => sb.addSpreadsheet({ name: n, owner: SCHOOL, viewers: [WARD], from: school(n) }).id,
    );
    sb.env.faults.arm({
      method: 'Range.getValues',
      spreadsheetId: ids[0],
      message: 'Service Spreadsheets failed while accessing document with id A.',
    });
    expect(sb.run(WARD, 'pull', ids).result).toEqual([
      'ERR Service Spreadsheets failed while accessing document with id A.',
      0.5,
    ]);
  });
});
