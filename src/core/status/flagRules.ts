// The tracker's conditional-format flags on Nhiệm vụ: one custom-formula rule per Tình trạng
// group, relative to the row (they read the row's live Tình trạng cell). The tracker recognises its
// own rules by their formula's exact shape, so it can replace them and keep every rule a user added.
import { TaskCondition } from '../domain';
import { str } from './formulas';

export interface FlagStyle {
  background?: string;
  fontColor?: string;
  italic?: boolean;
}

export interface FlagRuleDef {
  id: 'overdue' | 'dueSoon' | 'awaiting' | 'doneLate' | 'doneOnTime' | 'unplanned';
  conditions: readonly TaskCondition[];
  style: FlagStyle;
}

/** In priority order: Sheets applies the first rule that matches a cell. */
export const FLAG_RULES: readonly FlagRuleDef[] = [
  { id: 'overdue', conditions: [TaskCondition.OverdueNotDone], style: { background: '#f4c7c3' } },
  { id: 'dueSoon', conditions: [TaskCondition.DueSoon], style: { background: '#fce8b2' } },
  // Reported done, waiting for a manager: blue, apart from both the open and the done colours.
  { id: 'awaiting', conditions: [TaskCondition.AwaitingConfirmation], style: { background: '#d2e3fc' } },
  { id: 'doneLate', conditions: [TaskCondition.DoneLate], style: { fontColor: '#e8710a' } },
  { id: 'doneOnTime', conditions: [TaskCondition.DoneOnTime], style: { background: '#d9ead3' } },
  {
    id: 'unplanned',
    conditions: [TaskCondition.Unassigned, TaskCondition.NoDueDate],
    style: { fontColor: '#80868b', italic: true },
  },
];

/** The rule's formula for a range whose first row is `firstRow`, Tình trạng in column `letter`. */
export function flagFormula(rule: FlagRuleDef, letter: string, firstRow: number): string {
  const tests = rule.conditions.map((c) => `$${letter}${firstRow}=${str(c)}`);
  return tests.length === 1 ? `=${tests[0]}` : `=OR(${tests.join(',')})`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ownShapes = FLAG_RULES.map((rule) => {
  const test = (c: string) => `\\$[A-Z]{1,3}\\d+=${escapeRe(str(c))}`;
  const body =
    rule.conditions.length === 1 ? test(rule.conditions[0]!) : `OR\\(${rule.conditions.map(test).join(',')}\\)`;
  return new RegExp(`^=${body}$`);
});

/** Whether a custom formula is one the tracker writes (for any column and first row). */
export function isTrackerFlagFormula(formula: string): boolean {
  return ownShapes.some((re) => re.test(formula.trim()));
}
