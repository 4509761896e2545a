// Who may run the ward edition (dist-ward/, issue 15): its owner and the managers of the ward Cấu
// hình's "Email quản lý" as the last setup stored them. An editor of the ward's tracker who is not a
// manager gets a Vietnamese refusal from every entry point — the menu, a call by name through
// google.script.run, the script editor, a trigger of their own — and nothing is written: no cell,
// format, protection, property or trigger. Cấu hình is protected; an editor who gets their email
// into it anyway is still refused. A trigger's run as another account than the caller is refused
// without touching the triggers, as the school's runDailyAlerts does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionResult, Manifest, Sandbox } from '../../sandbox/runtime';
import { PROTECTED_EDIT_ERROR } from '../../sandbox/spreadsheet';
import { wardMsg } from '../../src/messages/ward';
import { a1, asPerson, sheetValues, workbookSnapshot, type World } from '../support/world';
import { expectVietnamese, markShown, shownSince } from '../support/shown';
import { figureRecords, linkOf, listUnits, school, WARD, WARD_DIST, wardSandbox } from '../support/wardWorld';

const MANAGER = 'phochutich@phuongbachmai.gov.vn';
const STAFF = 'canbo@phuongbachmai.gov.vn';
const R = wardMsg.roles;
const REFUSALS = [R.managersOnly, R.notManager(STAFF)];
/** ProtectionType.SHEET as the sandbox's enum holds it (its name). */
const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

let schools: World[];
beforeAll(() => {
  schools = [school({ done: 6 }), school({ done: 0 })];
});

/** The Cấu hình cell of "Email quản lý"'s value. */
function managersCell(sb: Sandbox): string {
  const row = sheetValues(sb, wardMsg.sheets.settings).findIndex((r) => r[0] === wardMsg.settings.managerEmails.label);
  return a1(row + 1, 2);
}

/** The ward's tracker shared with a manager and a staff member as editors; the manager named in Cấu hình; set up again. */
function ward(options: { manifest?: Manifest } = {}): Sandbox {
  const sb = wardSandbox({ editors: [MANAGER, STAFF], ...options });
  // Shared with the manager too: a pull reads the trackers as whoever runs it.
  const copies = schools.map((w, i) =>
    sb.addSpreadsheet({ name: `Sổ ${i + 1}`, owner: w.principal, viewers: [WARD, MANAGER], from: w.sb }),
  );
  listUnits(
    sb,
    copies.map((c, i) => ({ name: `Trường ${i + 1}`, link: linkOf(c) })),
  );
  sb.edit(WARD, wardMsg.sheets.settings, managersCell(sb), MANAGER);
  expect(sb.clickMenu(WARD, wardMsg.menu.setup).error).toBeUndefined();
  for (const who of [MANAGER, STAFF]) sb.open(who);
  return sb;
}

/** Everything a refused call must leave as it was. */
function state(sb: Sandbox): string {
  const props = sb.env.run('editor', 'person', { active: WARD, effective: WARD }, () => [
    sb.properties.getDocumentProperties().getProperties(),
    sb.properties.getScriptProperties().getProperties(),
  ]).result;
  return JSON.stringify({
    book: workbookSnapshot(sb),
    props,
    triggers: sb.triggers.triggers.map((t) => [t.uid, t.handler, t.owner]),
  });
}

/** A daily trigger of `owner` for the pull, as the README says to make by hand. */
function dailyTrigger(sb: Sandbox, owner: string): void {
  sb.triggers.add({
    uid: `daily-${owner}`,
    handler: 'wardDailyPull',
    owner,
    eventType: 'CLOCK',
    source: 'CLOCK',
    sourceId: null,
    schedule: { kind: 'days', every: 1, hour: 6, minute: 0, timeZone: 'Asia/Ho_Chi_Minh' },
    createdAt: sb.clock.nowMillis(),
    lastRunAt: sb.clock.nowMillis(),
  });
}

/** The one day's run of the trigger(s) due. */
function nextMorning(sb: Sandbox): ExecutionResult[] {
  sb.clock.advance(24 * 3_600_000);
  return sb.fireDueTriggers();
}

type Call = (sb: Sandbox) => ExecutionResult;
/** Every function the ward bundle exposes by name (each can be called through google.script.run). */
const BY_NAME = [...readFileSync(join(WARD_DIST, 'Code.js'), 'utf8').matchAll(/^function (\w+)\(/gm)]
  .map((m) => m[1]!)
  .filter((name) => name !== 'onOpen');
const M = wardMsg.menu;
const ENTRY_POINTS: [string, Call][] = [
  ...[M.setup, M.pull, M.report, M.dailyOn, M.dailyOff].map((label): [string, Call] => [
    `the menu: ${label}`,
    (sb) => sb.clickMenu(STAFF, label),
  ]),
  ...BY_NAME.map((name): [string, Call] => [
    `${name} by name through google.script.run`,
    (sb) => sb.callServerResult(STAFF, name),
  ]),
  ['wardDailyPull from the script editor', (sb) => sb.run(STAFF, 'wardDailyPull')],
];

/** Refused in Vietnamese, with nothing changed. */
function expectRefused(sb: Sandbox, call: () => ExecutionResult | ExecutionResult[]): string[] {
  const before = state(sb);
  const mark = markShown(sb);
  const runs = [call()].flat();
  expect(runs.length).toBeGreaterThan(0);
  const texts = runs.flatMap((run) => shownSince(sb, mark, run));
  expect(texts.length, 'the refusal is shown or returned').toBeGreaterThan(0);
  for (const t of texts) expectVietnamese(t);
  expect(state(sb)).toBe(before);
  return texts;
}

describe('ward roles', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = ward();
  });

  it.each(ENTRY_POINTS)('a staff member: %s is refused, nothing written', (_name, call) => {
    const texts = expectRefused(sb, () => call(sb));
    expect(texts.some((t) => REFUSALS.some((r) => t.includes(r)))).toBe(true);
  });

  it('a daily trigger a staff member made runs as them and is refused; the trigger stays', () => {
    dailyTrigger(sb, STAFF);
    const before = sb.triggers.triggers.length;
    const texts = expectRefused(sb, () => {
      const runs = nextMorning(sb);
      expect(runs.map((r) => r.execution.functionName)).toEqual(['wardDailyPull']);
      return runs;
    });
    expect(texts).toContain(R.notManager(STAFF));
    expect(sb.triggers.triggers).toHaveLength(before);
    sb.triggers.remove(`daily-${STAFF}`);
  });

  it('a manager named in Cấu hình runs setup and the pull', () => {
    const setup = sb.clickMenu(MANAGER, wardMsg.menu.setup);
    expect(setup.error).toBeUndefined();
    const pull = sb.clickMenu(MANAGER, wardMsg.menu.pull);
    expect(pull.error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)?.message).toBe(wardMsg.pullDone('Quý I năm 2026', 2, 0));
    expect(figureRecords(sb).length).toBeGreaterThan(0);
  });

  it('an editor who types their email into Cấu hình is stopped by its protection, and refused even when it is loosened', () => {
    const cell = managersCell(sb);
    expect(() => sb.edit(STAFF, wardMsg.sheets.settings, cell, `${MANAGER}, ${STAFF}`)).toThrow(PROTECTED_EDIT_ERROR);
    // Only the managers and the owner may edit Cấu hình.
    const editors = asPerson(sb, WARD, (ss) =>
      ss
        .getProtections(SHEET)
        .find((p) => p.getDescription() === R.protectSettings)!
        .getEditors()
        .map((u) => u.getEmail()),
    );
    expect(editors).toContain(MANAGER);
    expect(editors).not.toContain(STAFF);
    // The owner removes the protection by mistake; she gets her email in.
    asPerson(sb, WARD, (ss) => {
      for (const p of ss.getProtections(SHEET)) if (p.getDescription() === R.protectSettings) p.remove();
    });
    sb.edit(STAFF, wardMsg.sheets.settings, cell, `${MANAGER}, ${STAFF}`);
    for (const [, call] of ENTRY_POINTS) {
      const texts = expectRefused(sb, () => call(sb));
      expect(texts.some((t) => REFUSALS.some((r) => t.includes(r)))).toBe(true);
    }
  });
});

describe('a trigger handler called as another account', () => {
  it('through a web app that runs as the owner: refused, nothing written, the triggers kept; the owner’s own trigger pulls', () => {
    // The ward edition has no web app; were one deployed (executing as its deployer, the owner), a
    // staff member's google.script.run would run as the owner: the active user is not the effective one.
    const manifest = JSON.parse(readFileSync(join(WARD_DIST, 'appsscript.json'), 'utf8')) as Manifest;
    const sb = ward({ manifest: { ...manifest, webapp: { executeAs: 'USER_DEPLOYING', access: 'DOMAIN' } } });
    dailyTrigger(sb, WARD);
    for (const name of ['wardDailyPull', 'wardContinuePull']) {
      const texts = expectRefused(sb, () => sb.callWebAppResult(STAFF, name));
      expect(texts).toContain(R.notTriggerAccount(STAFF, WARD));
    }
    expect(sb.triggers.triggers.map((t) => t.uid)).toEqual([`daily-${WARD}`]);
    const [run] = nextMorning(sb);
    expect(run!.error).toBeUndefined();
    expect(run!.result).toMatchObject({ finished: true, pulled: 2 });
  });
});
