// Re-import: merges a freshly parsed plan into the task rows already in the sheet. Rows are matched
// by text (same words), then by code with similar text, then by similar text alone. New items are
// added; changed text is updated and logged; an imported row gone from the plan is marked "Đã bỏ
// khỏi kế hoạch", never deleted. Values people typed (owner, dates, status, progress, results,
// evidence, area) are kept: the plan only fills plan cells that are empty.
import { ProgressStatus, REMOVED_FROM_PLAN, type ParsedTask, type Task, LogAction, type LogLine } from '../domain';
import { setSimilarity, wordSet } from './text';
import { fold, squash } from '../text';
import { importMsg } from '../../messages/importPlan';

/** The plan-owned cells a merge may write on an existing row. */
export type PlanCells = Pick<
  Task,
  'code' | 'area' | 'content' | 'source' | 'owner' | 'coOwners' | 'startDate' | 'dueDate' | 'planNote'
>;

export interface RowUpdate {
  /** Sheet row (from the read this merge is based on). */
  row: number;
  set: Partial<PlanCells>;
}

export interface MergeResult {
  updates: RowUpdate[];
  additions: ParsedTask[];
  log: LogLine[];
  counts: { added: number; updated: number; removed: number; unchanged: number };
}

export type ExistingTask = Pick<Task, 'row' | keyof PlanCells>;

/** The task a plan item becomes when it is added at `row`: not started, nothing reported yet. */
export function newTask(p: ParsedTask, row: number): Task {
  return {
    code: p.code,
    area: p.area,
    content: p.content,
    shortName: '',
    source: p.source,
    owner: p.owner,
    coOwners: p.coOwners,
    startDate: p.startDate,
    dueDate: p.dueDate,
    planNote: '',
    progressStatus: ProgressStatus.NotStarted,
    progress: 0,
    completedDate: null,
    result: '',
    difficulties: '',
    proposal: '',
    evidence: '',
    evidenceLinks: [],
    row,
  };
}

/** The tasks as the sheet holds them once `merge` is written, its additions from `firstNewRow` on: what the import draws next without reading again. */
export function tasksAfterMerge(existing: readonly Task[], merge: MergeResult, firstNewRow: number): Task[] {
  const setOf = new Map(merge.updates.map((u) => [u.row, u.set]));
  return [
    ...existing.map((t) => ({ ...t, ...setOf.get(t.row) })),
    ...merge.additions.map((p, i) => newTask(p, firstNewRow + i)),
  ];
}

/** Same code and at least this alike: the item was reworded. */
const SAME_CODE_THRESHOLD = 0.3;
/** Any code and at least this alike: the item was renumbered and reworded. */
const FUZZY_THRESHOLD = 0.6;
/** Beyond this many remaining pairs the fuzzy pass is skipped (unmatched items are added/marked). */
const FUZZY_PAIR_LIMIT = 1_000_000;
/** Codes named in the log line of additions. */
const LOGGED_CODES = 60;

export function mergePlan(existing: readonly ExistingTask[], parsed: readonly ParsedTask[]): MergeResult {
  const pairs = new Map<ParsedTask, ExistingTask>();
  const taken = new Set<ExistingTask>();
  const match = (p: ParsedTask, e: ExistingTask) => {
    pairs.set(p, e);
    taken.add(e);
  };

  // 1. Same words: prefer the row with the same code.
  const byText = new Map<string, ExistingTask[]>();
  for (const e of existing) {
    const key = fold(e.content);
    if (key) byText.set(key, [...(byText.get(key) ?? []), e]);
  }
  for (const p of parsed) {
    const candidates = (byText.get(fold(p.content)) ?? []).filter((e) => !taken.has(e));
    const e = candidates.find((c) => c.code === p.code) ?? candidates[0];
    if (e) match(p, e);
  }

  // 2. Same code, similar words.
  const words = new Map<object, Set<string>>();
  const wordsOf = (t: ParsedTask | ExistingTask) => {
    let w = words.get(t);
    if (!w) words.set(t, (w = wordSet(t.content)));
    return w;
  };
  const byCode = new Map<string, ExistingTask>();
  for (const e of existing) if (e.code && !byCode.has(e.code)) byCode.set(e.code, e);
  for (const p of parsed) {
    if (pairs.has(p)) continue;
    const e = byCode.get(p.code);
    if (e && !taken.has(e) && setSimilarity(wordsOf(p), wordsOf(e)) >= SAME_CODE_THRESHOLD) match(p, e);
  }

  // 3. Similar words, any code: best pairs first.
  const restP = parsed.filter((p) => !pairs.has(p));
  const restE = existing.filter((e) => !taken.has(e) && e.content);
  if (restP.length * restE.length <= FUZZY_PAIR_LIMIT) {
    const candidates: { p: ParsedTask; e: ExistingTask; score: number }[] = [];
    for (const p of restP) {
      for (const e of restE) {
        const score = setSimilarity(wordsOf(p), wordsOf(e));
        if (score >= FUZZY_THRESHOLD) candidates.push({ p, e, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    for (const { p, e } of candidates) if (!pairs.has(p) && !taken.has(e)) match(p, e);
  }

  const result: MergeResult = {
    updates: [],
    additions: [],
    log: [],
    counts: { added: 0, updated: 0, removed: 0, unchanged: 0 },
  };
  const liveCodes = new Set(parsed.map((p) => p.code));

  for (const p of parsed) {
    const e = pairs.get(p);
    if (!e) {
      result.additions.push(p);
      result.counts.added++;
      continue;
    }
    const set: Partial<PlanCells> = {};
    if (e.code !== p.code) {
      set.code = p.code;
      result.log.push({
        action: LogAction.PlanTaskUpdated,
        code: p.code,
        detail: importMsg.logRecoded(e.code, p.code),
      });
    }
    if (squash(e.content) !== squash(p.content)) {
      set.content = p.content;
      result.log.push({ action: LogAction.PlanTaskUpdated, code: p.code, detail: `«${e.content}» → «${p.content}»` });
    }
    if (e.source !== p.source) set.source = p.source;
    if (!e.area) set.area = p.area;
    if (!e.owner && p.owner) set.owner = p.owner;
    if (!e.coOwners && p.coOwners) set.coOwners = p.coOwners;
    if (!e.startDate && p.startDate) set.startDate = p.startDate;
    if (!e.dueDate && p.dueDate) set.dueDate = p.dueDate;
    if (e.planNote === REMOVED_FROM_PLAN) {
      set.planNote = '';
      result.log.push({ action: LogAction.PlanTaskRestored, code: p.code, detail: p.content });
    }
    const textChanged = set.code !== undefined || set.content !== undefined || set.planNote !== undefined;
    if (textChanged) result.counts.updated++;
    else result.counts.unchanged++;
    if (Object.keys(set).length > 0) result.updates.push({ row: e.row, set });
  }

  // Additions are logged in one line: a first import adds every task of the plan.
  if (result.additions.length > 0) {
    const codes = result.additions.map((t) => t.code);
    result.log.unshift({
      action: LogAction.PlanTaskAdded,
      code: codes.length === 1 ? codes[0]! : '',
      detail: importMsg.logAddedDetail(codes.length, codes.slice(0, LOGGED_CODES), codes.length > LOGGED_CODES),
    });
  }

  // Rows imported earlier (they carry a source) and no longer in the plan. Rows typed by hand
  // (no source) are the managers' own and are left alone.
  for (const e of existing) {
    if (taken.has(e) || !e.source || (!e.code && !e.content)) continue;
    const set: Partial<PlanCells> = {};
    if (e.planNote !== REMOVED_FROM_PLAN) {
      set.planNote = REMOVED_FROM_PLAN;
      result.log.push({ action: LogAction.PlanTaskRemoved, code: e.code, detail: e.content });
      result.counts.removed++;
    }
    // A live task now carries this code: the removed row keeps a distinct one.
    if (liveCodes.has(e.code)) set.code = importMsg.oldCode(e.code);
    if (Object.keys(set).length > 0) result.updates.push({ row: e.row, set });
  }
  return result;
}

/** A plan's code prefix ("KH12." from its number "12/KH-THMT"), as the codes of its rows carry it. */
const PLAN_PREFIX = /^(KH\d*(?:-\d+)?)\./;

/**
 * Several plans share one tracker, told apart by Nguồn (issue 16 §3). The rows an import merges with:
 * the plan's own (its Nguồn; or, when none carries it, the plan it revises: the other plan at least
 * half of whose rows it restates) and the rows typed by hand (no Nguồn). Every other plan's rows are
 * left as they are: not matched, not marked removed. A plan imported beside another takes a code
 * prefix from its number ("KH12.II.1"), so a code names one task of one plan; its re-imports keep it.
 */
export function planScope<T extends ExistingTask>(
  existing: readonly T[],
  parsed: readonly ParsedTask[],
  planNumber: string,
): { scope: T[]; tasks: ParsedTask[] } {
  const source = parsed[0]?.source ?? '';
  const groups = new Map<string, T[]>();
  for (const e of existing) if (e.source) groups.set(e.source, [...(groups.get(e.source) ?? []), e]);
  let own = source;
  if (!groups.has(source)) {
    let best = 0;
    for (const [other, rows] of groups) {
      const { updated, unchanged } = mergePlan(rows, parsed).counts;
      const restated = updated + unchanged;
      if (restated * 2 >= rows.length && restated > best) [own, best] = [other, restated];
    }
  }
  const scope = existing.filter((e) => !e.source || e.source === own);
  const ownRows = groups.get(own) ?? [];
  const taken = new Set(existing.filter((e) => e.source && e.source !== own).map((e) => e.code));
  let prefix = ownRows.length > 0 ? (PLAN_PREFIX.exec(ownRows[0]!.code)?.[1] ?? '') : '';
  if (ownRows.length === 0 && taken.size > 0) {
    const tag = `KH${/^\d+/.exec(planNumber)?.[0] ?? groups.size + 1}`;
    prefix = tag;
    for (let i = 2; parsed.some((p) => taken.has(`${prefix}.${p.code}`)); i++) prefix = `${tag}-${i}`;
  }
  return { scope, tasks: prefix ? parsed.map((p) => ({ ...p, code: `${prefix}.${p.code}` })) : [...parsed] };
}
