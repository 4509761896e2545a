// The parity bundle's entry: runs every scenario (or the named ones) with fresh fixtures and
// returns one result per scenario. The same built file runs in the sandbox and on Apps Script.
import { errorText, plain, type ParityContext, type Scenario, type ScenarioResult } from './scenario';
import { spreadsheetScenarios } from './scenarios/spreadsheet';
import { documentScenarios } from './scenarios/document';
import { serviceScenarios } from './scenarios/services';
import { moreScenarios } from './scenarios/more';
import { driveScenarios } from './scenarios/drive';
import { richTextScenarios } from './scenarios/richText';

export const SCENARIOS: Scenario[] = [
  ...spreadsheetScenarios,
  ...documentScenarios,
  ...serviceScenarios,
  ...moreScenarios,
  ...driveScenarios,
  ...richTextScenarios,
];

function runOne(scenario: Scenario, n: number): ScenarioResult {
  const cleanUps: (() => void)[] = [];
  const stamp = `${new Date().getTime()}-${n}`;
  const ctx: ParityContext = {
    sheet: () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.insertSheet(`parity-${stamp}-${cleanUps.length}`);
      cleanUps.push(() => ss.deleteSheet(sheet));
      return sheet;
    },
    doc: () => {
      const doc = DocumentApp.create(`parity-${stamp}`);
      cleanUps.push(() => DriveApp.getFileById(doc.getId()).setTrashed(true));
      return doc;
    },
    folder: () => {
      const folder = DriveApp.createFolder(`parity-${stamp}`);
      cleanUps.push(() => folder.setTrashed(true));
      return folder;
    },
    cleanUp: (fn) => void cleanUps.push(fn),
  };
  let actual: unknown;
  try {
    actual = plain(scenario.run(ctx));
  } catch (e) {
    actual = { thrown: errorText(e) };
  } finally {
    for (const fn of cleanUps.reverse()) {
      try {
        fn();
      } catch {
        // A fixture that cannot be removed does not change the scenario's result.
      }
    }
  }
  const expected = plain(scenario.expected);
  return {
    name: scenario.name,
    source: scenario.source,
    pass: JSON.stringify(actual) === JSON.stringify(expected),
    expected,
    actual,
  };
}

/** Every scenario that runs without a person at the screen (interactive ones too when asked). */
export function runParity(options?: { interactive?: boolean }): ScenarioResult[] {
  return SCENARIOS.map((s, i) => ({ s, i }))
    .filter(({ s }) => options?.interactive || !s.interactive)
    .map(({ s, i }) => runOne(s, i));
}

/** From a menu or a button, with a person at the screen: every scenario, dialogs and menus included. */
export function runParityInteractive(): ScenarioResult[] {
  return runParity({ interactive: true });
}

/** One scenario by name (the sandbox runs each as its own execution to check what it covers). */
export function runParityScenario(name: string): ScenarioResult {
  const i = SCENARIOS.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no parity scenario named "${name}"`);
  return runOne(SCENARIOS[i]!, i);
}

/** Names, sources and coverage of the scenarios, for the coverage check. */
export function parityCatalogue(): { name: string; covers: readonly string[]; interactive: boolean }[] {
  return SCENARIOS.map((s) => ({ name: s.name, covers: s.covers, interactive: !!s.interactive }));
}
