// The sandbox's web app model (issue 14 §3): the manifest's webapp section, sb.openWebApp calling
// the bundle's doGet(e), who the execution runs as, ScriptApp.getService(), and google.script.run
// from the web app's page. Each test names the page or thread its behaviour comes from.
import { describe, expect, it } from 'vitest';
import { createSandbox, webAppEvent, type WebAppConfig } from '../../sandbox/runtime';
import { NOT_SUPPORTED } from '../../sandbox/env';

const OWNER = 'hieutruong@thmythinh.edu.vn';
const COLLEAGUE = 'giaovien@thmythinh.edu.vn';
const OUTSIDER = 'phuhuynh@gmail.com';
const START = '2026-01-20T08:00:00+07:00';

const BUNDLE = String.raw`
function doGet(e) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var page = HtmlService.createHtmlOutput('<p>' + JSON.stringify({
    event: e,
    active: Session.getActiveUser().getEmail(),
    effective: Session.getEffectiveUser().getEmail(),
    spreadsheet: ss ? ss.getName() : null,
    url: ScriptApp.getService().getUrl(),
    enabled: ScriptApp.getService().isEnabled()
  }) + '</p>');
  return page.setTitle('Sổ theo dõi');
}
function whoCalls() { return { active: Session.getActiveUser().getEmail(), effective: Session.getEffectiveUser().getEmail() }; }
function service() { return { url: ScriptApp.getService().getUrl(), enabled: ScriptApp.getService().isEnabled() }; }
function helper_() { return 1; }
`;

function sandbox(webapp?: WebAppConfig, bundle = BUNDLE) {
  return createSandbox({
    start: START,
    owner: OWNER,
    editors: [COLLEAGUE],
    bundle,
    scriptId: 'script-1',
    deploymentId: 'AKfycbTEST',
    manifest: webapp ? { webapp } : {},
    spreadsheetName: 'Sổ CCHC',
  });
}

/** The JSON doGet wrote inside <p>…</p>. */
function shown(page: string): Record<string, unknown> {
  return JSON.parse(page.replace(/^<p>|<\/p>$/g, '')) as Record<string, unknown>;
}

describe('doGet(e) and its event object', () => {
  it('e.queryString, e.parameter (first value per key), e.parameters (every value), contextPath "", contentLength -1 (guides/web, Request parameters)', () => {
    const sb = sandbox({ executeAs: 'USER_DEPLOYING', access: 'ANYONE' });
    const r = sb.openWebAppResult(OWNER, 'name=alice&n=1&n=2');
    expect(r.error).toBeUndefined();
    expect(shown(r.result!).event).toEqual({
      queryString: 'name=alice&n=1&n=2',
      parameter: { name: 'alice', n: '1' },
      parameters: { name: ['alice'], n: ['1', '2'] },
      contextPath: '',
      contentLength: -1,
    });
    expect(r.execution.kind).toBe('webApp');
    expect(r.execution.functionName).toBe('doGet');
  });

  it('e.queryString is null without a query string (guides/web); values per key build the same event', () => {
    expect(webAppEvent(undefined)).toMatchObject({ queryString: null, parameter: {}, parameters: {} });
    expect(webAppEvent({ name: 'Nguyễn An', n: ['1', '2'] })).toMatchObject({
      queryString: 'name=Nguy%E1%BB%85n+An&n=1&n=2',
      parameter: { name: 'Nguyễn An', n: '1' },
      parameters: { name: ['Nguyễn An'], n: ['1', '2'] },
    });
  });

  it('a bundle without doGet: "Script function not found: doGet", as for any missing entry point', () => {
    const sb = sandbox({ access: 'ANYONE' }, 'function other() {}');
    expect(() => sb.openWebApp(OWNER)).toThrow('Script function not found: doGet');
  });

  it('doGet returning nothing: the page Apps Script shows is not documented (guides/web: it must return an HtmlOutput or TextOutput), so not supported', () => {
    const sb = sandbox({ access: 'ANYONE' }, 'function doGet() {}');
    expect(() => sb.openWebApp(OWNER)).toThrow(
      `${NOT_SUPPORTED}: what Apps Script shows when doGet returns no HtmlOutput`,
    );
  });

  it('a project whose manifest has no webapp section is not a web app: openWebApp refuses, getService().getUrl() is null and isEnabled() false (reference/script/service)', () => {
    const sb = sandbox();
    expect(() => sb.openWebApp(OWNER)).toThrow(/not deployed as a web app/);
    expect(sb.run(OWNER, 'service').result).toEqual({ url: null, enabled: false });
  });

  it('an executeAs or access value the manifest reference does not list is refused when the sandbox starts (manifest/web-app-api-executable)', () => {
    expect(() => sandbox({ access: 'EVERYONE' as never })).toThrow(/webapp.access "EVERYONE"/);
    expect(() => sandbox({ executeAs: 'ME' as never })).toThrow(/webapp.executeAs "ME"/);
  });
});

describe('ScriptApp.getService()', () => {
  it("getUrl() is the deployment's stable /exec URL and isEnabled() true, in doGet and elsewhere (reference/script/service)", () => {
    const sb = sandbox({ executeAs: 'USER_DEPLOYING', access: 'DOMAIN' });
    const url = 'https://script.google.com/macros/s/AKfycbTEST/exec';
    expect(shown(sb.openWebApp(COLLEAGUE))).toMatchObject({ url, enabled: true });
    expect(sb.run(OWNER, 'service').result).toEqual({ url, enabled: true });
    expect(sb.executions.at(-1)!.calls.get('Service.getUrl')).toBe(1);
  });
});

describe('who a web app execution runs as', () => {
  it('USER_DEPLOYING runs as the deployer (manifest/web-app-api-executable; Session.getEffectiveUser); the active user is the owner for the owner and a same-domain colleague, blank for an outsider (reference/base/user#getEmail)', () => {
    const sb = sandbox({ executeAs: 'USER_DEPLOYING', access: 'ANYONE' });
    expect(shown(sb.openWebApp(OWNER))).toMatchObject({ active: OWNER, effective: OWNER });
    expect(shown(sb.openWebApp(COLLEAGUE))).toMatchObject({ active: COLLEAGUE, effective: OWNER });
    expect(shown(sb.openWebApp(OUTSIDER))).toMatchObject({ active: '', effective: OWNER });
    expect(sb.executions.at(-1)).toMatchObject({ activeUserEmail: '', effectiveUserEmail: OWNER });
  });

  it('USER_DEPLOYING by a consumer (gmail.com) owner: another gmail.com user shares no Google Workspace domain, so stays blank (reference/base/user#getEmail)', () => {
    const sb = createSandbox({
      start: START,
      owner: 'chu@gmail.com',
      bundle: BUNDLE,
      manifest: { webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE' } },
    });
    expect(shown(sb.openWebApp('khac@gmail.com'))).toMatchObject({ active: '', effective: 'chu@gmail.com' });
  });

  it('USER_ACCESSING runs as the user accessing it, active and effective (manifest/web-app-api-executable)', () => {
    const sb = sandbox({ executeAs: 'USER_ACCESSING', access: 'ANYONE' });
    expect(shown(sb.openWebApp(OUTSIDER))).toMatchObject({ active: OUTSIDER, effective: OUTSIDER });
  });

  it('ANYONE_ANONYMOUS admits a visitor who is not signed in (user null) under USER_DEPLOYING; under USER_ACCESSING there is no one to run as: not supported', () => {
    const sb = sandbox({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    expect(shown(sb.openWebApp(null))).toMatchObject({ active: '', effective: OWNER });
    const accessing = sandbox({ executeAs: 'USER_ACCESSING', access: 'ANYONE_ANONYMOUS' });
    expect(() => accessing.openWebApp(null)).toThrow(NOT_SUPPORTED);
  });
});

describe('access', () => {
  it("MYSELF admits only the deployer, DOMAIN the deployer's domain, ANYONE any signed-in user (manifest/web-app-api-executable); what a refused user sees is not documented, so not supported, and doGet does not run", () => {
    const refused = (access: WebAppConfig['access'], user: string | null): void => {
      const sb = sandbox({ executeAs: 'USER_DEPLOYING', access });
      expect(() => sb.openWebApp(user)).toThrow(`${NOT_SUPPORTED}: what Apps Script shows`);
      expect(sb.executions).toHaveLength(0);
    };
    expect(sandbox({ access: 'MYSELF' }).openWebApp(OWNER)).toMatch(/^<p>/);
    refused('MYSELF', COLLEAGUE);
    expect(sandbox({ access: 'DOMAIN' }).openWebApp(COLLEAGUE)).toMatch(/^<p>/);
    refused('DOMAIN', OUTSIDER);
    refused('ANYONE', null);
  });

  it('access defaults to MYSELF and executeAs to USER_DEPLOYING when the section leaves them out (sandbox choice, the reference gives no default)', () => {
    const sb = sandbox({});
    expect(sb.webApp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'MYSELF' });
  });
});

describe('the bound spreadsheet in doGet', () => {
  it("getActiveSpreadsheet() returns the container in a bound script's web app (guides/bound: bound scripts can become web apps and getActiveSpreadsheet refers to the parent file; leonhartX/gas-github#125 reports null there as a broken binding)", () => {
    const sb = sandbox({ executeAs: 'USER_DEPLOYING', access: 'ANYONE' });
    expect(shown(sb.openWebApp(OUTSIDER)).spreadsheet).toBe('Sổ CCHC');
  });

  it('the active sheet or range in doGet (getActiveSheet, getActiveRange, getRange without a sheet name): nobody is looking at the spreadsheet and the reference does not say, so not supported; named sheets work', () => {
    const sb = sandbox(
      { access: 'ANYONE' },
      String.raw`
      function doGet(e) {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        if (e.parameter.read === 'named') return HtmlService.createHtmlOutput(ss.getSheets()[0].getName());
        if (e.parameter.read === 'range') ss.getRange('A1');
        else if (e.parameter.read === 'sheetRange') ss.getSheets()[0].getActiveRange();
        else SpreadsheetApp.getActiveSheet();
      }`,
    );
    expect(sb.openWebApp(OWNER, 'read=named')).toBe(sb.spreadsheet.sheets[0]!.name);
    for (const read of ['sheet', 'range', 'sheetRange'])
      expect(() => sb.openWebApp(OWNER, `read=${read}`)).toThrow(
        `${NOT_SUPPORTED}: the active sheet or range in a web app`,
      );
  });

  it('SpreadsheetApp.getUi() in doGet: there is no spreadsheet UI and its behaviour is not documented, so not supported', () => {
    const sb = sandbox({ access: 'ANYONE' }, 'function doGet() { SpreadsheetApp.getUi(); }');
    expect(() => sb.openWebApp(OWNER)).toThrow(`${NOT_SUPPORTED}: SpreadsheetApp.getUi() in a web app`);
  });
});

describe('google.script.run from the web app page', () => {
  it('runs as the web app does for that user, not as a spreadsheet editor (guides/html/communication: a deployed web app page calls server functions; the sandbox reads manifest/web-app-api-executable executeAs as covering those executions too)', () => {
    const deploying = sandbox({ executeAs: 'USER_DEPLOYING', access: 'ANYONE' });
    expect(deploying.callWebApp(OUTSIDER, 'whoCalls')).toEqual({ active: '', effective: OWNER });
    expect(deploying.executions.at(-1)!.kind).toBe('scriptRun');
    const accessing = sandbox({ executeAs: 'USER_ACCESSING', access: 'ANYONE' });
    expect(accessing.callWebApp(OUTSIDER, 'whoCalls')).toEqual({ active: OUTSIDER, effective: OUTSIDER });
  });

  it('the same access check and bridge rules as from a dialog: a private function_ is not callable, a refused user runs nothing', () => {
    const sb = sandbox({ executeAs: 'USER_DEPLOYING', access: 'DOMAIN' });
    expect(() => sb.callWebApp(COLLEAGUE, 'helper_')).toThrow('google.script.run.helper_ is not a function');
    expect(() => sb.callWebApp(OUTSIDER, 'whoCalls')).toThrow(NOT_SUPPORTED);
    expect(sb.executions).toHaveLength(0);
  });
});
