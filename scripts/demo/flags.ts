// The demo's flags step: after the simulated term, the principal clicks "Làm mới định dạng" so the
// Tổng hợp lists are current (the tables and colours are live formulas and rules already), and the
// demo prints the total row and how many task rows each flag colours.
import type { Sandbox } from '../../sandbox/runtime';
import { AREA_TABLE_KEYS, LAYOUT } from '../../src/core/report/dashboard';
import { FLAG_RULES } from '../../src/core/status/flagRules';
import { SHEETS } from '../../src/core/schema';
import { formatPercentVn } from '../../src/core/text';
import { flagsMsg } from '../../src/messages/flags';

export function demoFlags(sb: Sandbox, principal: string): string[] {
  const run = sb.clickMenu(principal, 'Làm mới định dạng');
  if (run.error) throw run.error;
  const total = sb.spreadsheet.valuesOf(SHEETS.dashboard.name)[LAYOUT.totalRow - 1] ?? [];
  const figures = AREA_TABLE_KEYS.map((k, i) => {
    const v = total[1 + i];
    return `${flagsMsg.columns[k]}: ${typeof v === 'number' && k.endsWith('Rate') ? formatPercentVn(v) : String(v ?? '')}`;
  });
  const rows = sb.spreadsheet.valuesOf(SHEETS.tasks.name).length;
  const lit = new Map<string, number>();
  for (let r = 2; r <= rows; r++) {
    for (const hit of sb.spreadsheet.conditionalFormatsAt(SHEETS.tasks.name, `A${r}`)) {
      const rule = FLAG_RULES.find((f) => JSON.stringify(hit.style).includes(f.style.background ?? f.style.fontColor!));
      if (rule) lit.set(rule.id, (lit.get(rule.id) ?? 0) + 1);
    }
  }
  return [
    `Tổng hợp (${flagsMsg.totalRow}): ${figures.join('; ')}`,
    `Dòng được tô màu: ${FLAG_RULES.map((f) => `${f.conditions.join(' / ')}: ${lit.get(f.id) ?? 0}`).join('; ')}`,
    `Làm mới định dạng: ${run.execution.calls.get('SpreadsheetApp') ?? 0} lệnh gọi bảng tính`,
  ];
}
