// The Tổng hợp sheet's content: a layout (one row per area of the tracker) whose per-area table,
// per-person counts and count of tasks done without evidence are live COUNTIFS formulas over Nhiệm
// vụ's columns (so they follow TODAY(), every edit and the Kế hoạch pick with no script), and
// the 10 most overdue tasks, which need SORT/FILTER that HyperFormula does not evaluate like Sheets:
// that list is written as values on refresh. status.ts's figuresOf is the same arithmetic.
import { AREAS, TaskCondition, type IsoDate } from '../domain';
import { columnLetter, str } from '../status/formulas';
import { taskState, type StatusInput } from '../status/engine';
import { asPlainText, fold } from '../text';
import { flagsMsg } from '../../messages/flags';

/** Whole-column references into Nhiệm vụ ('Nhiệm vụ'!$Q:$Q), found by header. */
export interface DashboardRefs {
  area: string;
  condition: string;
  dueDate: string;
  owner: string;
  /** null when Nhiệm vụ has no Minh chứng column: the count is left empty. */
  evidence: string | null;
  /** Nguồn and the dashboard's plan pick, when the tracker holds several plans: every count takes the plan picked. */
  plan?: { source: string; cell: string };
}

/**
 * The COUNTIFS criteria pair of the plan pick: the plan picked, or (Tất cả) any row, blank Nguồn included
 * ("<>x" is every cell not equal to x, support.google.com/docs/answer/3093480). A Nguồn holding the
 * criteria wildcards ? * ~ would be read as a pattern: plan references ("Kế hoạch số …") carry none.
 */
function planCriteria(refs: DashboardRefs): string {
  if (!refs.plan) return '';
  const { source, cell } = refs.plan;
  return `,${source},IF(${cell}=${str(flagsMsg.allPlans)},${str(`<>${flagsMsg.allPlans}`)},${cell})`;
}

export type DashboardCell = string | number;

/** Figures keys in table order (after the area label). */
export const AREA_TABLE_KEYS = [
  'total',
  'doneOnTime',
  'doneLate',
  'onTrack',
  'dueSoon',
  'overdue',
  'awaiting',
  'due',
  'completionRate',
  'onTimeRate',
] as const;
export type AreaTableKey = (typeof AREA_TABLE_KEYS)[number];

export const TOP_OVERDUE_SIZE = 10;

/**
 * Where everything sits (1-based rows/columns) with `areas` area rows: the tracker's areas in order
 * (core/plan/mode.ts areaOrder: the eight NQ 76 areas for a CCHC tracker, a plan's own otherwise).
 * The grid A1 → the last column is written in one call.
 */
export function dashboardLayout(areas: number) {
  return {
    titleRow: 1,
    noteRow: 2,
    /** "Kế hoạch:" and its pick, when the tracker holds several plans. */
    planFilterRow: 3,
    areaHeaderRow: 4,
    firstAreaRow: 5,
    areaCount: areas,
    /** One row per area, then the total row. */
    totalRow: 5 + areas,
    /** "Hoàn thành chưa có minh chứng" and its count, under the total. */
    missingEvidenceRow: 6 + areas,
    listTitleRow: 7 + areas,
    listNoteRow: 8 + areas,
    listHeaderRow: 9 + areas,
    firstListRow: 10 + areas,
    topOverdueCol: 1,
    byPersonCol: 5,
    width: 1 + AREA_TABLE_KEYS.length,
    /** The report button and the chart sit right of the table. */
    buttonCol: 3 + AREA_TABLE_KEYS.length,
    chartRow: 4,
  } as const;
}
export type DashboardLayout = ReturnType<typeof dashboardLayout>;
/** The layout of a CCHC tracker: one row per NQ 76 area. */
export const LAYOUT = dashboardLayout(AREAS.length);

const IN_RATES = [
  TaskCondition.DoneOnTime,
  TaskCondition.DoneLate,
  TaskCondition.OnTrack,
  TaskCondition.DueSoon,
  TaskCondition.OverdueNotDone,
  // Reported done, not confirmed yet: due and counted, not done.
  TaskCondition.AwaitingConfirmation,
];
const IN_PLAN = [...IN_RATES, TaskCondition.Unassigned, TaskCondition.NoDueDate, TaskCondition.Paused];

/** The ten formulas of an area row (areaCell = '$A5'), or of the total row (areaCell = null). */
export function areaRowFormulas(refs: DashboardRefs, row: number, areaCell: string | null): string[] {
  const count = (c: TaskCondition, dueByToday = false) =>
    `COUNTIFS(${refs.condition},${str(c)}${areaCell ? `,${refs.area},${areaCell}` : ''}${dueByToday ? `,${refs.dueDate},"<="&TODAY()` : ''}${planCriteria(refs)})`;
  const sum = (conditions: readonly TaskCondition[], dueByToday = false) =>
    conditions.map((c) => count(c, dueByToday)).join('+');
  const dueCell = `${columnLetter(1 + AREA_TABLE_KEYS.indexOf('due') + 1)}${row}`;
  const byKey: Record<AreaTableKey, string> = {
    total: `=${sum(IN_PLAN)}`,
    doneOnTime: `=${count(TaskCondition.DoneOnTime)}`,
    doneLate: `=${count(TaskCondition.DoneLate)}`,
    onTrack: `=${count(TaskCondition.OnTrack)}`,
    dueSoon: `=${count(TaskCondition.DueSoon)}`,
    overdue: `=${count(TaskCondition.OverdueNotDone)}`,
    awaiting: `=${count(TaskCondition.AwaitingConfirmation)}`,
    due: `=${sum(IN_RATES, true)}`,
    completionRate: `=IF(${dueCell}=0,"",(${sum([TaskCondition.DoneOnTime, TaskCondition.DoneLate], true)})/${dueCell})`,
    onTimeRate: `=IF(${dueCell}=0,"",${count(TaskCondition.DoneOnTime, true)}/${dueCell})`,
  };
  return AREA_TABLE_KEYS.map((k) => byKey[k]);
}

export interface OverdueItem {
  code: string;
  owner: string;
  days: number;
}

/** Open overdue tasks, most days first (then by code), at most `limit`. */
export function mostOverdue<T extends StatusInput & { code: string }>(
  tasks: readonly T[],
  today: IsoDate,
  dueSoonDays: number,
  limit = TOP_OVERDUE_SIZE,
): OverdueItem[] {
  return tasks
    .map((t) => ({ t, s: taskState(t, today, dueSoonDays) }))
    .filter(({ s }) => s.condition === TaskCondition.OverdueNotDone)
    .map(({ t, s }) => ({ code: t.code, owner: t.owner, days: s.daysOverdue }))
    .sort((a, b) => b.days - a.days || a.code.localeCompare(b.code, 'vi', { numeric: true }))
    .slice(0, limit);
}

/** Distinct owners as typed in Người chủ trì, in Vietnamese order. */
export function ownersOf(tasks: readonly StatusInput[]): string[] {
  const byFolded = new Map<string, string>();
  for (const t of tasks)
    if (t.owner.trim() && !byFolded.has(fold(t.owner))) byFolded.set(fold(t.owner), t.owner.trim());
  return [...byFolded.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * Tasks done (Tình trạng Hoàn thành đúng hạn or quá hạn: marked Hoàn thành, completed by today, in
 * the plan) whose Minh chứng is empty: the live face of core/evidence.ts's doneWithoutEvidence.
 */
export function doneWithoutEvidenceFormula(refs: DashboardRefs): string {
  if (refs.evidence === null) return '';
  const count = (c: TaskCondition) => `COUNTIFS(${refs.condition},${str(c)},${refs.evidence},""${planCriteria(refs)})`;
  return `=${count(TaskCondition.DoneOnTime)}+${count(TaskCondition.DoneLate)}`;
}

/** Per-person counts: [overdue, due soon] formulas of the row whose name is in `nameCell`. */
export function personRowFormulas(refs: DashboardRefs, nameCell: string): string[] {
  const count = (c: TaskCondition) =>
    `=COUNTIFS(${refs.owner},${nameCell},${refs.condition},${str(c)}${planCriteria(refs)})`;
  return [count(TaskCondition.OverdueNotDone), count(TaskCondition.DueSoon)];
}

export interface DashboardInput {
  refs: DashboardRefs;
  /** The area rows, in order; the NQ 76 list when absent. */
  areas?: readonly string[];
  /** The tracker's plans (Nguồn) and the one picked (a plan, or Tất cả), when it holds several. */
  planPick?: { plans: readonly string[]; picked: string };
  top: readonly OverdueItem[];
  owners: readonly string[];
  /** "dd/MM/yyyy HH:mm" of this refresh, for the list's note. */
  refreshedAt: string;
}

/** The whole grid from A1, formulas as '=' strings; its height grows only with the owners list. */
export function dashboardGrid(input: DashboardInput): DashboardCell[][] {
  const areas = input.areas ?? AREAS;
  const L = dashboardLayout(areas.length);
  const height = Math.max(L.firstListRow + TOP_OVERDUE_SIZE - 1, L.firstListRow + input.owners.length - 1);
  const grid: DashboardCell[][] = Array.from({ length: height }, () => Array<DashboardCell>(L.width).fill(''));
  const put = (row: number, col: number, v: DashboardCell) => {
    grid[row - 1]![col - 1] = v;
  };

  const cchc = areas.length === AREAS.length && areas.every((a) => (AREAS as readonly string[]).includes(a));
  put(L.titleRow, 1, cchc ? flagsMsg.dashboardTitle : flagsMsg.dashboardTitlePlans);
  if (input.planPick) {
    put(L.planFilterRow, 1, flagsMsg.planFilterLabel);
    put(L.planFilterRow, 2, input.planPick.picked);
    put(L.planFilterRow, 3, flagsMsg.planFilterHint);
  }
  put(
    L.noteRow,
    1,
    `=${str(flagsMsg.dashboardLiveNotePrefix)}&TEXT(TODAY(),"dd/MM/yyyy")&${str(flagsMsg.dashboardLiveNoteSuffix)}`,
  );
  put(L.areaHeaderRow, 1, flagsMsg.areaHeader);
  AREA_TABLE_KEYS.forEach((k, i) => put(L.areaHeaderRow, 2 + i, flagsMsg.columns[k]));
  areas.forEach((area, i) => {
    const row = L.firstAreaRow + i;
    put(row, 1, area);
    areaRowFormulas(input.refs, row, `$A${row}`).forEach((f, j) => put(row, 2 + j, f));
  });
  put(L.totalRow, 1, flagsMsg.totalRow);
  areaRowFormulas(input.refs, L.totalRow, null).forEach((f, j) => put(L.totalRow, 2 + j, f));
  put(L.missingEvidenceRow, 1, flagsMsg.doneWithoutEvidence);
  put(L.missingEvidenceRow, 2, doneWithoutEvidenceFormula(input.refs));

  const tc = L.topOverdueCol;
  put(L.listTitleRow, tc, flagsMsg.topOverdueTitle);
  put(L.listNoteRow, tc, flagsMsg.topOverdueNote(input.refreshedAt));
  flagsMsg.topOverdueHeader.forEach((h, j) => put(L.listHeaderRow, tc + j, h));
  if (input.top.length === 0) put(L.firstListRow, tc, flagsMsg.noOverdue);
  input.top.forEach((item, i) => {
    // Codes stay text ("1.10" must not become 1.1).
    put(L.firstListRow + i, tc, `'${item.code}`);
    put(L.firstListRow + i, tc + 1, asPlainText(item.owner));
    put(L.firstListRow + i, tc + 2, item.days);
  });

  const pc = L.byPersonCol;
  put(L.listTitleRow, pc, flagsMsg.byPersonTitle);
  put(L.listNoteRow, pc, flagsMsg.byPersonNote);
  flagsMsg.byPersonHeader.forEach((h, j) => put(L.listHeaderRow, pc + j, h));
  input.owners.forEach((owner, i) => {
    const row = L.firstListRow + i;
    put(row, pc, asPlainText(owner));
    personRowFormulas(input.refs, `$${columnLetter(pc)}${row}`).forEach((f, j) => put(row, pc + 1 + j, f));
  });
  return grid;
}
