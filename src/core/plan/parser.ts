// The plan parser: a plan outline (plan/outline.ts) → the tasks of its NHIỆM VỤ, GIẢI PHÁP and TỔ
// CHỨC THỰC HIỆN parts, with codes from the numbering path, areas, deadlines and owners, plus the
// plan's reference (Số, ngày, tên). Numbering is read from the text (I., 1., 1.1., a), -, +, •,
// "Nhiệm vụ 1:") or from Docs list nesting, never from markdown heading levels. A numbered item
// with items under it is a group label; the items under it are the tasks.
import { Area, type IsoDate, type ParsedTask } from '../domain';
import { isoDate, isValidDate } from '../dates';
import { formatVn } from '../../messages/format';
import { areaOfHeading, areaOfText } from './areas';
import { chooseMode, sectionArea, type PlanMode } from './mode';
import { cleanText, isObjectiveHeading, isSectionWord, type ListGlyph, type PlanBlock } from './outline';
import { applyTaskTables, isTaskTable, type UnmatchedRow } from './tables';
import { deadlinesInText, readDeadline, splitLabels } from './text';
import { clip, fold } from '../text';
import { planMsg } from '../../messages/importPlan';

export interface PlanRef {
  /** "47/KH-THMT", '' when the header has none. */
  number: string;
  date: IsoDate | null;
  title: string;
  /** "Kế hoạch số 47/KH-THMT ngày 20/01/2026": written in Nguồn and Cấu hình. */
  source: string;
}

export type PlanRefusal = 'empty' | 'titleOnly' | 'noStructure' | 'truncated';

export type PlanParse =
  | {
      ok: true;
      /** The mode the tasks were read in (the one asked for, or the one chosen), and the one chosen. */
      mode: PlanMode;
      suggestedMode: PlanMode;
      planRef: PlanRef;
      tasks: ParsedTask[];
      /** Table rows the manager places before anything is written (core/plan/tables applyRowChoices). */
      unmatchedRows: UnmatchedRow[];
      warnings: string[];
    }
  | { ok: false; reason: PlanRefusal; message: string };

type PartKind = 'tasks' | 'implementation' | 'skip';

interface Node {
  rank: number;
  code: string;
  text: string;
  /** Dotted number as written ("1.1" → [1, 1]), for numbered items. */
  numberPath: number[] | null;
  children: Node[];
  parent: Node | null;
  /** Unnumbered children seen so far: bullets are indexed in order. */
  bullets: number;
  part: Part | null;
}

interface Part {
  node: Node;
  kind: PartKind;
  /** The area the part heading itself names ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), if any. */
  area: Area | null;
}

interface Marker {
  rank: number;
  /** Explicit label (number, letter); null for bullets, which are indexed. */
  label: string | null;
  numberPath: number[] | null;
  isPart: boolean;
  text: string;
}

const RANK = { part: 0, letter: 10, dash: 11, plus: 12, bullet: 13, paragraph: 50, list: 100 } as const;

/** Reads the item marker a text starts with; null for an unmarked paragraph. */
export function readMarker(text: string): Marker | null {
  let m = /^([IVX]{1,5}|[A-H])\s*[.)/]\s*(.+)$/.exec(text);
  if (m) return { rank: RANK.part, label: m[1]!, numberPath: null, isPart: true, text: m[2]! };
  m = /^(\d{1,2}(?:\.\d{1,2})+)\.?\)?\s+(.+)$/.exec(text) ?? /^(\d{1,2})\s*[.)]\s*(.+)$/.exec(text);
  if (m) {
    const path = m[1]!.split('.').map(Number);
    return { rank: path.length, label: String(path[path.length - 1]), numberPath: path, isPart: false, text: m[2]! };
  }
  m = /^(?:nhiệm vụ|giải pháp|nội dung)\s+(\d{1,2})\s*[:.]\s*(.+)$/iu.exec(text);
  if (m) return { rank: 1, label: m[1]!, numberPath: [Number(m[1])], isPart: false, text: m[2]! };
  m = /^([a-zđ])\s*[).]\s+(.+)$/u.exec(text);
  if (m) return { rank: RANK.letter, label: m[1]!, numberPath: null, isPart: false, text: m[2]! };
  m = /^[-–—]\s*(.+)$/.exec(text);
  if (m) return { rank: RANK.dash, label: null, numberPath: null, isPart: false, text: m[1]! };
  m = /^\+\s*(.+)$/.exec(text);
  if (m) return { rank: RANK.plus, label: null, numberPath: null, isPart: false, text: m[1]! };
  m = /^[•●◦▪*·]\s*(.+)$/.exec(text);
  if (m) return { rank: RANK.bullet, label: null, numberPath: null, isPart: false, text: m[1]! };
  return null;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const roman = (n: number): string => ROMAN[n - 1] ?? String(n);
const letter = (n: number, upper: boolean): string => {
  const s = String.fromCharCode(96 + ((n - 1) % 26) + 1);
  return upper ? s.toUpperCase() : s;
};

/** The label a Google Docs list shows for the n-th item of a glyph kind; null for bullets. */
function autoLabel(glyph: ListGlyph, n: number): string | null {
  switch (glyph) {
    case 'number':
      return String(n);
    case 'latinLower':
      return letter(n, false);
    case 'latinUpper':
      return letter(n, true);
    case 'romanLower':
      return roman(n).toLowerCase();
    case 'romanUpper':
      return roman(n);
    default:
      return null;
  }
}

function classifyPart(heading: string): { kind: PartKind; area: Area | null } {
  const f = fold(heading);
  if (/kinh phi/.test(f)) return { kind: 'skip', area: null };
  if (/to chuc thuc hien/.test(f)) return { kind: 'implementation', area: Area.Implementation };
  if (/nhiem vu|giai phap|noi dung/.test(f)) return { kind: 'tasks', area: areaOfHeading(heading) };
  const area = areaOfHeading(heading);
  if (area && !/muc tieu|muc dich|yeu cau|can cu/.test(f)) return { kind: 'tasks', area };
  return { kind: 'skip', area: null };
}

const PART_WORDS = /muc tieu|muc dich|yeu cau|nhiem vu|giai phap|noi dung|kinh phi|to chuc thuc hien/;

/**
 * The line right after a part's heading finishes that heading ("III. TỔ CHỨC" / "THỰC HIỆN", "II. NỘI
 * DUNG" / "NHIỆM VỤ"): the part has nothing under it yet, the line is short, unnumbered capitals,
 * and either it is itself a part word, or only with it does the heading name a part.
 */
function continuesPartHeading(part: Part, line: string): boolean {
  if (part.node.children.length > 0 || !isAllCaps(line) || line.split(/\s+/).length > 4) return false;
  const f = fold(line);
  if (/^(nhiem vu|giai phap|thuc hien|nhiem vu, giai phap|va giai phap|va nhiem vu)\.?$/.test(f)) return true;
  return part.kind === 'skip' && classifyPart(`${part.node.text} ${line}`).kind !== 'skip';
}
/** A line quoted in a preview warning. */
const quote = (s: string): string => clip(s, 90);
const isAllCaps = (s: string): boolean => /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase('vi');
const isClosing = (s: string): boolean => /^(tren day la|noi nhan)/.test(fold(s));
/**
 * An appendix's heading or caption ("PHỤ LỤC …", "(Kèm theo Kế hoạch số …)", "DANH MỤC NHIỆM VỤ …"):
 * the body ends there, so it never joins the last task's text nor opens a part; its tables are still read.
 */
function isAppendixHeading(s: string): boolean {
  const f = fold(s);
  return /^phu luc(\s|:|$)/.test(f) || /^\(\s*kem theo\s/.test(f) || (isAllCaps(s) && /^danh muc\s/.test(f));
}

function looksLikeHeading(node: Node): boolean {
  if (node.part?.node === node || isObjectiveHeading(node.text) || isSectionWord(node.text)) return true;
  const words = node.text.split(/\s+/).length;
  return words <= 15 && (isAllCaps(node.text) || areaOfHeading(node.text) !== null || /:$/.test(node.text));
}

interface Header {
  number: string;
  date: IsoDate | null;
  title: string;
}

/**
 * "Số: 47/KH-THMT" → "47/KH-THMT". A squashed letterhead ("Số: 12 /KH-THCSAB An Bình, ngày…") keeps
 * its ký hiệu, and a number left blank for the văn thư ("Số:    /KH-THX") keeps the ký hiệu alone.
 */
export function planNumberIn(line: string): string {
  const m =
    /(?:^|\s)Số\s*:\s*(\d*)\s*\/\s*([\p{L}\d]+(?:[-/][\p{L}\d]+)*)/iu.exec(line) ??
    /(?:^|\s)Số\s*:\s*([0-9][^\s,;]*)/iu.exec(line) ??
    /^Số\s+([0-9][^\s,;]*)/iu.exec(line);
  if (!m) return '';
  return (m[2] === undefined ? m[1]! : `${m[1]}/${m[2]}`).replace(/[.;,]+$/, '');
}

function readHeader(paragraphs: readonly string[]): Header {
  const header: Header = { number: '', date: null, title: '' };
  paragraphs.forEach((p, i) => {
    if (!header.number) header.number = planNumberIn(p);
    const date = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(p);
    if (date && !header.date) {
      const [d, mo, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
      if (isValidDate(y, mo, d)) header.date = isoDate(y, mo, d);
    }
    const title = /(?:^|\s)(?:KẾ HOẠCH)(?:\s*[:\-–])?\s*(.*)$/u.exec(p);
    if (title && !header.title) {
      header.title = title[1]!.trim() || (paragraphs[i + 1] ?? '').trim();
    }
  });
  return header;
}

/** A plan that is not CCHC is cited with what it is about: several plans share one tracker, told apart by Nguồn. */
function planRefOf(header: Header, mode: PlanMode, warnings: string[]): PlanRef {
  if (!header.number) warnings.push(planMsg.noPlanNumber);
  if (!header.date) warnings.push(planMsg.noPlanDate);
  const cited = header.number
    ? planMsg.planSource(header.number, header.date ? formatVn(header.date) : '')
    : planMsg.planSourceUntitled(header.title);
  const source =
    mode === 'plan' && header.number && header.title
      ? planMsg.planSourceAbout(cited, sectionArea(clip(header.title, 120)))
      : cited;
  return { number: header.number, date: header.date, title: header.title, source };
}

/** The headings a plan files its tasks under: each task part's top groups, or the part itself when it has none. */
function sectionHeadings(root: Node): string[] {
  return root.children
    .filter((p) => p.part?.kind === 'tasks')
    .flatMap((p) => {
      const groups = p.children.filter((c) => c.children.length > 0 && !isObjectiveHeading(c.text));
      return groups.length > 0 ? groups.map((g) => g.text) : [p.text];
    });
}

/**
 * Parses a plan outline into tasks, or refuses with the reason. `mode` reads the plan as CCHC (areas
 * of NQ 76) or as another plan (its sections are the areas); without it the parser chooses (plan/mode.ts).
 */
export function parsePlan(blocks: readonly PlanBlock[], mode?: PlanMode): PlanParse {
  const refuse = (reason: PlanRefusal, message: string): PlanParse => ({ ok: false, reason, message });
  const texts = blocks.filter((b) => b.kind !== 'table').map((b) => (b as { text: string }).text.trim());
  if (blocks.length === 0 || (texts.every((t) => t === '') && !blocks.some((b) => b.kind === 'table'))) {
    return refuse('empty', planMsg.refuseEmpty);
  }

  const warnings: string[] = [];
  const root: Node = {
    rank: -1,
    code: '',
    text: '',
    numberPath: null,
    children: [],
    parent: null,
    bullets: 0,
    part: null,
  };
  const stack: Node[] = [root];
  const headerLines: string[] = [];
  const tables: string[][][] = [];
  const listCounters = new Map<string, number[]>();
  const romanParts = blocks.some(
    (b) => b.kind !== 'table' && readMarker(cleanText(b.text))?.isPart && PART_WORDS.test(fold(b.text)),
  );
  let part: Part | null = null;
  let closed = false;
  /** The appendix heading the body ended at, its words that are not in a table, and whether they are still being read. */
  let appendix: string | null = null;
  const appendixText: string[] = [];
  let appendixOpen = true;
  let markedItems = 0;
  /** The body's last line, to tell a text cut mid-sentence from one that ends where its writer stopped. */
  let lastText = '';

  const top = (): Node => stack[stack.length - 1]!;
  const openPart = (label: string, heading: string) => {
    stack.length = 1;
    const node: Node = {
      rank: RANK.part,
      code: label,
      text: heading,
      numberPath: null,
      children: [],
      parent: root,
      bullets: 0,
      part: null,
    };
    part = { node, ...classifyPart(heading) };
    node.part = part;
    if (part.kind === 'skip') warnings.push(planMsg.skippedPart(`${label}. ${heading}`));
    root.children.push(node);
    stack.push(node);
  };
  const addItem = (marker: Omit<Marker, 'isPart'>) => {
    while (stack.length > 2 && top().rank >= marker.rank) stack.pop();
    const parent = top();
    let segment = marker.label ?? String(++parent.bullets);
    let code = `${parent.code}.${segment}`;
    if (marker.numberPath && marker.numberPath.length > 1) {
      const prefix = marker.numberPath.slice(0, -1).join('.');
      if (parent.numberPath?.join('.') !== prefix) {
        segment = marker.numberPath.join('.');
        code = `${part!.node.code}.${segment}`;
      }
    }
    const node: Node = {
      rank: marker.rank,
      code,
      text: marker.text,
      numberPath: marker.numberPath,
      children: [],
      parent,
      bullets: 0,
      part,
    };
    parent.children.push(node);
    stack.push(node);
  };

  for (const block of blocks) {
    if (block.kind === 'table' && !part) {
      // Official letterheads put "Số: …" and the place-and-date line in a borderless table.
      if (!isTaskTable(block.rows)) {
        for (const row of block.rows)
          for (const cell of row) headerLines.push(...cell.split('\n').map(cleanText).filter(Boolean));
        continue;
      }
    }
    if (block.kind === 'table') {
      if (isTaskTable(block.rows)) tables.push(block.rows);
      // A table in the body or an appendix with no Nội dung and Chủ trì/Thời hạn columns: named, not read.
      else if (!closed || appendix !== null) warnings.push(planMsg.unreadTable(quote(block.rows.flat().join(' | '))));
      continue;
    }
    const text = cleanText(block.text);
    if (text === '') continue;
    if (!closed) lastText = text;
    if (closed) {
      // An appendix's own words (not a table) are not read: the preview quotes them; its captions (PHỤ LỤC,
      // Kèm theo, a title in capitals) and what follows a Nơi nhận are not quoted.
      if (isAppendixHeading(text)) appendix ??= text;
      else if (isClosing(text)) appendixOpen = false;
      else if (appendix !== null && appendixOpen && !isAllCaps(text)) appendixText.push(text);
      continue;
    }
    if (part && (isClosing(text) || isAppendixHeading(text))) {
      closed = true;
      if (isAppendixHeading(text)) appendix = text;
      continue;
    }
    let marker = readMarker(text);
    const opened = part as Part | null;
    if (opened && !marker && block.kind !== 'listItem' && continuesPartHeading(opened, text)) {
      // "III. TỔ CHỨC" / "THỰC HIỆN": one heading wrapped over two lines, not a part and a task.
      if (opened.kind === 'skip')
        warnings.splice(warnings.lastIndexOf(planMsg.skippedPart(`${opened.node.code}. ${opened.node.text}`)), 1);
      opened.node.text = `${opened.node.text} ${text}`;
      Object.assign(opened, classifyPart(opened.node.text));
      if (opened.kind === 'skip') warnings.push(planMsg.skippedPart(`${opened.node.code}. ${opened.node.text}`));
      continue;
    }
    if (block.kind === 'listItem' && !marker) {
      const counters = listCounters.get(block.listId) ?? [];
      counters[block.nestingLevel] = (counters[block.nestingLevel] ?? 0) + 1;
      counters.length = block.nestingLevel + 1;
      listCounters.set(block.listId, counters);
      const label = autoLabel(block.glyph, counters[block.nestingLevel]!);
      const isPart = block.glyph === 'romanUpper' && block.nestingLevel === 0;
      marker = { rank: isPart ? RANK.part : RANK.list + block.nestingLevel, label, numberPath: null, isPart, text };
    }
    if (marker && !marker.isPart && !romanParts && isAllCaps(marker.text) && PART_WORDS.test(fold(marker.text))) {
      marker = { ...marker, isPart: true, rank: RANK.part };
    }
    if (!marker && !romanParts && isAllCaps(text) && PART_WORDS.test(fold(text)) && text.split(/\s+/).length <= 12) {
      marker = { rank: RANK.part, label: roman(root.children.length + 1), numberPath: null, isPart: true, text };
      warnings.push(planMsg.guessedPart(quote(text), marker.label!));
    }
    if (marker?.isPart) {
      if (!PART_WORDS.test(fold(marker.text)) && !part) {
        headerLines.push(text);
        continue;
      }
      markedItems++;
      openPart(marker.label ?? roman(root.children.length + 1), marker.text);
      continue;
    }
    if (!part) {
      headerLines.push(text);
      continue;
    }
    if (marker) {
      markedItems++;
      addItem(marker);
    } else if (looksLikeHeading(top())) {
      addItem({ rank: RANK.paragraph, label: null, numberPath: null, text });
    } else {
      top().text = `${top().text} ${text}`;
    }
  }

  if (appendix !== null && appendixText.length > 0)
    warnings.push(planMsg.unreadAppendix(quote(appendix), appendixText.length, quote(appendixText[0]!)));
  const header = readHeader(headerLines);
  if (!part) {
    // A plan (its KẾ HOẠCH title) that stops before any part, on a list that goes on (";", ":") or,
    // past its title, mid-sentence: the paste was cut off. A letter or a Thông tư is still "no structure".
    const isPlan = headerLines.some((line) => /^ke hoach\b/.test(fold(line)));
    const goesOn = /[;:]$/.test(lastText.trim()) || (headerLines.length > 2 && endsMidSentence(lastText));
    if (isPlan && !closed && goesOn) return refuse('truncated', planMsg.refuseTruncatedBeforeParts);
    const titleLike =
      headerLines.length <= 2 && (isAllCaps(headerLines[0] ?? '') || /ke hoach/.test(fold(headerLines[0] ?? '')));
    return titleLike && markedItems === 0
      ? refuse('titleOnly', planMsg.refuseTitleOnly)
      : refuse('noStructure', planMsg.refuseNoStructure);
  }
  const suggestedMode = chooseMode(header.title, sectionHeadings(root));
  const chosen = mode ?? suggestedMode;
  const planRef = planRefOf(header, chosen, warnings);
  const tasks = collectTasks(root, planRef.source, chosen, warnings);
  const unmatchedRows = applyTaskTables(tables, tasks, planRef.source, warnings);
  if (tasks.length === 0) {
    // A cut paste: no "Nơi nhận", and the text stops inside a task part (under its heading, or after only
    // objectives and group labels), or stops mid-sentence in any part (a website's excerpt ending "…thự").
    const last = root.children[root.children.length - 1];
    const cut = !closed && last !== undefined && (last.part?.kind !== 'skip' || endsMidSentence(lastText));
    return cut
      ? refuse('truncated', planMsg.refuseTruncated(`${last.code}. ${last.text}`))
      : refuse('noStructure', planMsg.refuseNoStructure);
  }
  return { ok: true, mode: chosen, suggestedMode, planRef, tasks, unmatchedRows, warnings };
}

/** Ends in a letter or digit, with no closing punctuation: the text was cut in the middle of a sentence. */
function endsMidSentence(text: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text.trim());
}

function areaFor(node: Node, text: string, mode: PlanMode): string | null {
  const part = node.part!;
  if (part.kind === 'implementation') return Area.Implementation;
  const trail: Node[] = [];
  for (let n = node.parent; n && n !== part.node; n = n.parent) trail.unshift(n);
  // Another plan: the section the task sits in (its top group, or the part) is its area.
  if (mode === 'plan') return sectionArea((trail.find((n) => !isObjectiveHeading(n.text)) ?? part.node).text);
  for (const heading of trail) {
    const area = areaOfHeading(heading.text);
    if (area) return area;
  }
  return part.area ?? areaOfText(text);
}

function collectTasks(root: Node, source: string, mode: PlanMode, warnings: string[]): ParsedTask[] {
  const tasks: ParsedTask[] = [];
  const used = new Set<string>();
  const objectives: string[] = [];
  const visit = (node: Node) => {
    if (node.part && node.part.kind !== 'skip' && node !== node.part.node && isObjectiveHeading(node.text)) {
      // An objective and what it lists (targets, rates) are no tasks: named once in the preview.
      objectives.push(node.code);
      return;
    }
    if (node.children.length > 0) {
      node.children.forEach(visit);
      return;
    }
    if (!node.part || node.part.kind === 'skip' || node === node.part.node) return;
    let code = node.code;
    for (let i = 2; used.has(code); i++) code = `${node.code}-${i}`;
    if (code !== node.code) warnings.push(planMsg.duplicateCode(node.code, code));
    used.add(code);
    const labelled = splitLabels(node.text);
    let area = areaFor(node, labelled.content, mode);
    if (!area) {
      area = Area.Direction;
      warnings.push(planMsg.unknownArea(code, area));
    }
    const named = deadlinesInText(labelled.content);
    let dueDate = named[0] ?? null;
    // Two deadlines in one task (a 6-month and a year report): the first is kept, the manager told.
    if (named.length > 1 && !labelled.deadline) warnings.push(planMsg.twoDeadlines(code, named.map(formatVn)));
    if (labelled.deadline) {
      const reading = readDeadline(labelled.deadline);
      if ('date' in reading) dueDate = reading.date;
      else if ('unreadable' in reading) warnings.push(planMsg.unparsedDate(code, reading.unreadable));
    }
    const parent = node.parent && node.parent !== node.part.node ? node.parent.text : '';
    tasks.push({
      code,
      area,
      content: labelled.content,
      source,
      owner: labelled.owner,
      coOwners: labelled.coOwners,
      startDate: null,
      dueDate,
      group: parent,
    });
  };
  root.children.forEach(visit);
  if (objectives.length > 0) warnings.push(planMsg.skippedObjectives(objectives));
  return tasks;
}
