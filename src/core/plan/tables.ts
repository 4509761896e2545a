// Task tables in a plan (STT | Nội dung | Chủ trì | Phối hợp | Thời gian/Thời hạn): a row that matches
// a body item fills its owner, co-owners and dates; a row that matches none becomes a task of its
// own. Group rows ("I. Cải cách thể chế") set the area of the rows below them.
import { Area, type ParsedTask } from '../domain';
import { areaOfHeading, areaOfText } from './areas';
import { readDeadline, textSimilarity } from './text';
import { fold } from '../text';
import { planMsg } from '../../messages/importPlan';

export interface PositionedTable {
  rows: string[][];
  /** The kind and area of the part the table sits in ('skip' outside task parts, e.g. an appendix). */
  partKind: 'tasks' | 'implementation' | 'skip';
  partArea: Area | null;
}

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

export const MATCH_THRESHOLD = 0.6;

/** Fills `tasks` from the plan's task tables and appends their unmatched rows as tasks. */
export function applyTaskTables(
  tables: readonly PositionedTable[],
  tasks: ParsedTask[],
  source: string,
  warnings: string[],
): void {
  const filled = new Set<ParsedTask>();
  const used = new Set(tasks.map((t) => t.code));
  let tableNo = 0;
  for (const table of tables) {
    const header = headerOf(table.rows);
    if (!header) continue;
    tableNo++;
    const cell = (row: readonly string[], role: Role) => {
      const i = header.roles.get(role);
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    let groupArea: Area | null = null;
    let rowNo = 0;
    for (const row of table.rows.slice(header.at + 1)) {
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
      let best: ParsedTask | null = null;
      let bestScore = MATCH_THRESHOLD;
      for (const t of tasks) {
        if (filled.has(t)) continue;
        const score = textSimilarity(content, t.content);
        if (score >= bestScore) [best, bestScore] = [t, score];
      }
      let task = best;
      if (!task) {
        let code = `B${tableNo}.${/^\d{1,3}$/.test(stt) ? stt : rowNo}`;
        for (let i = 2; used.has(code); i++) code = `B${tableNo}.${rowNo}-${i}`;
        let area =
          groupArea ??
          (table.partKind === 'implementation' ? Area.Implementation : table.partArea) ??
          areaOfText(content);
        if (!area) {
          area = Area.Direction;
          warnings.push(planMsg.unknownArea(code, area));
        }
        task = {
          code,
          area,
          content,
          source,
          owner: '',
          coOwners: '',
          startDate: null,
          dueDate: null,
          group: planMsg.tableGroupNote(tableNo),
        };
        used.add(code);
        tasks.push(task);
      }
      filled.add(task);
      if (cell(row, 'owner')) task.owner = cell(row, 'owner');
      if (cell(row, 'coOwners')) task.coOwners = cell(row, 'coOwners');
      for (const [role, field] of [
        ['due', 'dueDate'],
        ['start', 'startDate'],
      ] as const) {
        const reading = readDeadline(cell(row, role));
        if ('date' in reading) task[field] = reading.date;
        else if ('unreadable' in reading) warnings.push(planMsg.unparsedDate(task.code, reading.unreadable));
      }
    }
  }
}
