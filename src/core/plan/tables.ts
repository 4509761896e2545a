// Task tables in a plan (STT | Nội dung | Chủ trì | Phối hợp | Thời gian/Thời hạn): a row that matches
// one body item fills its owner, co-owners and dates; a row that matches none, or two equally well,
// waits for the manager to place it (onto a task, or as a new task). Group rows ("I. Cải cách thể
// chế") set the area of the rows below them.
import { Area, type ParsedTask } from '../domain';
import { areaOfHeading, areaOfText } from './areas';
import { readDeadline, textSimilarity, wordSet } from './text';
import { fold } from '../text';
import { planMsg } from '../../messages/importPlan';

type Role = 'stt' | 'content' | 'owner' | 'coOwners' | 'due' | 'start';

function roleOf(header: string): Role | null {
  const f = fold(header);
  if (/^(stt|tt|so tt|so thu tu)$/.test(f)) return 'stt';
  if (/bat dau/.test(f)) return 'start';
  if (/thoi gian|thoi han|han hoan thanh|tien do hoan thanh/.test(f)) return 'due';
  if (/phoi hop/.test(f)) return 'coOwners';
  if (/chu tri|thuc hien|phu trach/.test(f)) return 'owner';
  if (/noi dung|nhiem vu|cong viec|giai phap/.test(f)) return 'content';
  return null;
}

function headerOf(rows: readonly string[][]): { at: number; roles: Map<Role, number> } | null {
  for (let at = 0; at < Math.min(rows.length, 3); at++) {
    const roles = new Map<Role, number>();
    rows[at]!.forEach((cell, i) => {
      const role = roleOf(cell);
      if (role && !roles.has(role)) roles.set(role, i);
    });
    if (roles.has('content') && (roles.has('owner') || roles.has('due') || roles.has('coOwners'))) return { at, roles };
  }
  return null;
}

/** A table with a content column and an owner, co-owner or deadline column. */
export function isTaskTable(rows: readonly string[][]): boolean {
  return headerOf(rows) !== null;
}

/**
 * A row this alike a body task (core/plan/text textSimilarity) restates it. Tuned on the appendix
 * tables of test/fixtures/plans (An Bình, Hoa Sen, An Hòa: 22 rows against 39 body tasks): the rows
 * that restate a task score 0.67 ("Triển khai học bạ số, sổ điểm điện tử" against "Sử dụng hồ sơ
 * điện tử, học bạ số, sổ điểm điện tử …") to 1.00, every other pair at most 0.50; the threshold sits
 * between the two. A row too short to tell ("Tuyển sinh lớp 1 trực tuyến": 0.38 and 0.33 against
 * two tasks) stays below it and goes to the manager.
 */
export const MATCH_THRESHOLD = 0.58;
/** Two tasks within this of each other match a row equally well (the fixtures' real ties score the same; a clear match leads by 0.34 or more). */
export const TIE_MARGIN = 0.05;

/** A table row that matches no body task, or several equally well: listed in the preview for the manager to place. */
export interface UnmatchedRow {
  /** The row as a new task ("B1.9"), with its owner, co-owners and dates, in the area of the body section it resembles most. */
  task: ParsedTask;
  /** The body tasks it matches equally well (or the one it matches, whose row an earlier row already gave); empty when none. */
  candidates: string[];
}

/** The manager's place for an unmatched row. */
export interface RowChoice {
  /** The row's code (UnmatchedRow.task.code). */
  row: string;
  /** The code of the task it restates; null keeps it as a new task. */
  task: string | null;
}

/** A row's owner, co-owners and dates onto a task: what the row says wins, an empty cell keeps the task's. */
function carryRow(row: ParsedTask, onto: ParsedTask): void {
  if (row.owner) onto.owner = row.owner;
  if (row.coOwners) onto.coOwners = row.coOwners;
  if (row.startDate) onto.startDate = row.startDate;
  if (row.dueDate) onto.dueDate = row.dueDate;
}

/**
 * The area of the body section a row resembles most: the section's area name, group labels and
 * task texts together, scored by the row's words found there; null when it shares none.
 */
function areaResembled(content: string, tasks: readonly ParsedTask[]): string | null {
  const words = new Map<string, Set<string>>();
  for (const t of tasks) {
    const section = words.get(t.area) ?? wordSet(t.area);
    for (const w of wordSet(`${t.group} ${t.content}`)) section.add(w);
    words.set(t.area, section);
  }
  const row = [...wordSet(content)];
  let best: string | null = null;
  let bestShared = 0;
  for (const [area, section] of words) {
    const shared = row.filter((w) => section.has(w)).length;
    if (shared > bestShared) [best, bestShared] = [area, shared];
  }
  return best;
}

/**
 * Fills `tasks` from the plan's task tables: a row that restates one body task carries its owner,
 * co-owners and dates onto it. The rows that match none, or two equally well, are returned for the
 * manager to place (applyRowChoices); nothing is added to `tasks` on a guess.
 */
export function applyTaskTables(
  tables: readonly (readonly string[][])[],
  tasks: ParsedTask[],
  source: string,
  warnings: string[],
): UnmatchedRow[] {
  const unmatched: UnmatchedRow[] = [];
  const filled = new Set<ParsedTask>();
  const used = new Set(tasks.map((t) => t.code));
  let tableNo = 0;
  for (const table of tables) {
    const header = headerOf(table);
    if (!header) continue;
    tableNo++;
    const cell = (row: readonly string[], role: Role) => {
      const i = header.roles.get(role);
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    let groupArea: Area | null = null;
    let rowNo = 0;
    for (const row of table.slice(header.at + 1)) {
      const content = cell(row, 'content');
      if (!content) continue;
      const stt = cell(row, 'stt');
      const detailsEmpty = !cell(row, 'owner') && !cell(row, 'coOwners') && !cell(row, 'due');
      if (
        /^[IVX]+\.?$|^[A-H]\.?$/.test(stt) ||
        (detailsEmpty && areaOfHeading(content) && content.split(/\s+/).length <= 12)
      ) {
        groupArea = /to chuc thuc hien/.test(fold(content)) ? Area.Implementation : areaOfHeading(content);
        continue;
      }
      rowNo++;
      const ranked = tasks
        .map((t) => ({ t, score: textSimilarity(content, t.content) }))
        .sort((a, b) => b.score - a.score);
      const best = ranked[0]?.score ?? 0;
      const alike = best >= MATCH_THRESHOLD ? ranked.filter((r) => r.score > best - TIE_MARGIN).map((r) => r.t) : [];
      const match = alike.length === 1 && !filled.has(alike[0]!) ? alike[0]! : null;

      let code = `B${tableNo}.${/^\d{1,3}$/.test(stt) ? stt : rowNo}`;
      for (let i = 2; used.has(code); i++) code = `B${tableNo}.${rowNo}-${i}`;
      const rowTask: ParsedTask = {
        code: match?.code ?? code,
        area: Area.Direction,
        content,
        source,
        owner: cell(row, 'owner'),
        coOwners: cell(row, 'coOwners'),
        startDate: null,
        dueDate: null,
        group: planMsg.tableGroupNote(tableNo),
      };
      for (const [role, field] of [
        ['due', 'dueDate'],
        ['start', 'startDate'],
      ] as const) {
        const reading = readDeadline(cell(row, role));
        if ('date' in reading) rowTask[field] = reading.date;
        else if ('unreadable' in reading) warnings.push(planMsg.unparsedDate(rowTask.code, reading.unreadable));
      }
      if (match) {
        filled.add(match);
        carryRow(rowTask, match);
        continue;
      }
      used.add(code);
      const area = groupArea ?? areaResembled(content, tasks) ?? areaOfText(content);
      if (area) rowTask.area = area;
      else warnings.push(planMsg.unknownArea(code, rowTask.area));
      unmatched.push({ task: rowTask, candidates: alike.map((t) => t.code) });
    }
  }
  return unmatched;
}

/**
 * The tasks once the manager has placed each unmatched row: carried onto the task picked, or kept as
 * a new task. Rows without a (valid) choice are returned as `unchosen`, and nothing is placed.
 */
export function applyRowChoices(
  tasks: readonly ParsedTask[],
  rows: readonly UnmatchedRow[],
  choices: readonly RowChoice[],
): { tasks: ParsedTask[] } | { unchosen: UnmatchedRow[] } {
  const out = tasks.map((t) => ({ ...t }));
  const byCode = new Map(out.map((t) => [t.code, t]));
  const picked = new Map(choices.map((c) => [c.row, c.task]));
  const unchosen = rows.filter((r) => {
    const choice = picked.get(r.task.code);
    return choice !== null && (choice === undefined || !byCode.has(choice));
  });
  if (unchosen.length > 0) return { unchosen };
  for (const r of rows) {
    const choice = picked.get(r.task.code);
    const onto = choice ? byCode.get(choice) : undefined;
    if (onto) carryRow(r.task, onto);
    else out.push({ ...r.task });
  }
  return { tasks: out };
}
