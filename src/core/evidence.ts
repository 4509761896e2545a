// Evidence (minh chứng) as an assessor of the CCHC index accepts it: issued documents, each with
// its số/ký hiệu, date and issuing body, and where to find it. A Minh chứng cell holds one item a
// line: a document reference ("Kế hoạch số 12/KH-THMT ngày 05/02/2026"), a URL, or both; the
// links people insert into the cell (Sheets' rich text) count as URLs. Here: the spacing the cell
// is normalised to (links carried along), reading its items, which ones are neither a reference nor
// a URL, and the tasks marked Hoàn thành with no evidence at all. Pure.
// The số/ký hiệu forms and the type codes are Nghị định 30/2020/NĐ-CP's (docs/nd30-bao-cao.md,
// Phụ lục III), as the plans themselves write them (samples/, test/fixtures/plans/).
import { ProgressStatus, REMOVED_FROM_PLAN, type EvidenceLink, type IsoDate, type Task } from './domain';
import { isoDate, isValidDate } from './dates';
import { sameWord } from './status/engine';
import { fold, nfc } from './text';

export interface DocumentReference {
  /** Tên loại ("Kế hoạch", "Quyết định", "Công văn"…): from the type code, else the words before the number. */
  kind: string;
  /** Số, as written ("05", "12"). */
  number: string;
  /** Ký hiệu after the number: "KH-THMT", "2013/NĐ-CP", "NQ/TW". */
  code: string;
  /** Ngày ban hành. */
  date: IsoDate;
  /** Cơ quan ban hành, when the item names it ("… của UBND phường Mỹ Lộc"). */
  issuer?: string;
}

export interface EvidenceItem {
  /** The line, its spacing normalised. */
  text: string;
  reference?: DocumentReference;
  /** The first link on the line: one typed in the text or inserted into the cell. */
  url?: string;
  /** An item that is neither: the half of a reference it has ('date': a số/ký hiệu, no date; 'number': a date, no số/ký hiệu). */
  missing?: 'date' | 'number';
}

/** Nghị định 30/2020/NĐ-CP, Phụ lục III: the abbreviation of each type of document in its ký hiệu. A công văn has none. */
const TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  GN: 'Bản ghi nhớ',
  TTh: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  // Legal documents (Luật Ban hành văn bản quy phạm pháp luật), as plans cite them.
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  KL: 'Kết luận',
};

/** Type names as written before a number; longer first, so "Biên bản ghi nhớ" wins over "Biên bản". */
const TYPE_NAMES: readonly string[] = [...new Set([...Object.values(TYPE_CODES), 'Công văn'])].sort(
  (a, b) => b.length - a.length,
);

/** A ký hiệu part: upper case and digits, or one of the mixed-case type codes (TTr, CTr, QyĐ, TTh). */
const UPPER_PART = String.raw`(?:TTr|CTr|QyĐ|TTh|[\p{Lu}\d]+(?!\p{Ll}))`;
/**
 * Số/ký hiệu: a number, then parts joined by "/" or "-" ("12/KH-THMT", "66-NQ/TW", "117/2013/NĐ-CP").
 * A space is allowed around the first separator only, and before an upper-case part ("12 / KH-THMT"),
 * so "12/KH-THMT - BC tổng hợp" stops at the code.
 */
const NUMBER_CODE = new RegExp(
  String.raw`(?<![\p{L}\d/.\-])(\d{1,5})((?:\s?[/\-]\s?${UPPER_PART}|[/\-][\p{L}\d]+)(?:[/\-][\p{L}\d]+)*)`,
  'gu',
);
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+|(?<![\w@/.])www\.[^\s<>"']+/giu;
const DATE_WORDS = /ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const DATE_NUMERIC = /(?<![\d/.-])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d|[/.-]\d)/u;

/** Whitespace other than a line break. */
const isBlank = (ch: string): boolean => ch !== '\n' && ch !== '\r' && /\s/u.test(ch);
const isBreak = (ch: string): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/**
 * The cell's text with its spacing normalised: one item a line, each line trimmed with single spaces,
 * blank lines dropped, and no space around "/" or "-" inside a số/ký hiệu ("12 / KH - THMT" →
 * "12/KH-THMT", Nghị định 30's form). Only spaces and line breaks are removed or changed, so the
 * links move with the text they are on; a link left over spaces or a line break only is gone.
 */
export function normalizeEvidenceText(
  text: string,
  links: readonly EvidenceLink[] = [],
): { text: string; links: EvidenceLink[] } {
  // out[i]: what becomes of text[i] (null: removed).
  const out: (string | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\r' && text[i + 1] === '\n') out.push(null);
    else if (isBreak(ch)) out.push('\n');
    else out.push(isBlank(ch) ? ' ' : ch);
  }
  // Lines: spaces squashed and trimmed, empty lines dropped.
  let lineStart = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i < out.length && out[i] !== '\n') continue;
    squashLine(out, lineStart, i);
    const empty = out.slice(lineStart, i).every((c) => c === null);
    if (empty && i < out.length) out[i] = null;
    lineStart = i + 1;
  }
  // No line break before the first line or after the last.
  const kept = out.map((c, i) => ({ c, i })).filter((x) => x.c !== null);
  if (kept.length && kept[kept.length - 1]!.c === '\n') out[kept[kept.length - 1]!.i] = null;
  // Spaces inside a số/ký hiệu (one with letters: "2021 - 2030" is left alone).
  const squashed = rebuild(text, out);
  for (const m of squashed.text.matchAll(NUMBER_CODE)) {
    if (!/\p{L}/u.test(m[2]!)) continue;
    const end = m.index + m[0].length;
    for (let k = m.index; k < end; k++) if (squashed.text[k] === ' ') out[squashed.from[k]!] = null;
  }
  const final = rebuild(text, out);
  return {
    text: final.text,
    links: moveLinks(links, final.at, final.text.length).filter((l) => final.text.slice(l.start, l.end).trim() !== ''),
  };
}

function squashLine(out: (string | null)[], from: number, to: number): void {
  let previousSpace = true; // at the line's start, a space is leading
  for (let i = from; i < to; i++) {
    if (out[i] === null) continue;
    if (out[i] === ' ') {
      if (previousSpace) out[i] = null;
      previousSpace = true;
    } else previousSpace = false;
  }
  for (let i = to - 1; i >= from; i--) {
    if (out[i] === null) continue;
    if (out[i] !== ' ') break;
    out[i] = null;
  }
}

/** The text `out` makes; from[k]: the index in the input of output character k; at(i): where input index i lands. */
function rebuild(
  input: string,
  out: readonly (string | null)[],
): { text: string; from: number[]; at: (i: number) => number } {
  const from: number[] = [];
  const before: number[] = [0];
  let text = '';
  for (let i = 0; i < input.length; i++) {
    if (out[i] !== null && out[i] !== undefined) {
      text += out[i];
      from.push(i);
    }
    before.push(text.length);
  }
  return { text, from, at: (i) => before[Math.max(0, Math.min(i, input.length))]! };
}

function moveLinks(links: readonly EvidenceLink[], at: (i: number) => number, length: number): EvidenceLink[] {
  return links
    .map((l) => ({ start: Math.min(at(l.start), length), end: Math.min(at(l.end), length), url: l.url }))
    .filter((l) => l.end > l.start);
}

/**
 * A Minh chứng cell as the tracker reads it (Unicode NFC, trimmed: adapters/tracker.ts), its links
 * moved to match: `raw` is the cell's text and `links` the offsets its rich text gives.
 */
export function cellEvidence(raw: string, links: readonly EvidenceLink[]): { text: string; links: EvidenceLink[] } {
  const composed = nfc(raw);
  const lead = composed.length - composed.trimStart().length;
  const text = composed.trim();
  const at = (i: number) => Math.max(0, Math.min(nfc(raw.slice(0, i)).length - lead, text.length));
  return {
    text,
    links: links.map((l) => ({ start: at(l.start), end: at(l.end), url: l.url })).filter((l) => l.end > l.start),
  };
}

/** The items of a Minh chứng cell, one per non-blank line; `links` are the cell's rich-text links. */
export function parseEvidence(text: string, links: readonly EvidenceLink[] = []): EvidenceItem[] {
  const normal = normalizeEvidenceText(text, links);
  const items: EvidenceItem[] = [];
  let start = 0;
  for (const line of normal.text === '' ? [] : normal.text.split('\n')) {
    const end = start + line.length;
    const onLine = normal.links.filter((l) => l.start < end && l.end > start);
    items.push(readItem(line, onLine.length ? { at: onLine[0]!.start - start, url: onLine[0]!.url } : null));
    start = end + 1;
  }
  return items;
}

function readItem(line: string, link: { at: number; url: string } | null): EvidenceItem {
  const text = nfc(line);
  // URLs first, and blanked out, so that nothing inside one reads as a number or a date.
  let masked = text;
  let typed: { at: number; url: string } | null = null;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const url = m[0].replace(/[.,;:!?)\]}'"]+$/u, '');
    if (!typed) typed = { at: m.index, url: /^www\./iu.test(url) ? `https://${url}` : url };
    masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
  }
  const first = [typed, link]
    .filter((x): x is { at: number; url: string } => x !== null)
    .sort((a, b) => a.at - b.at)[0];
  const item: EvidenceItem = { text: line };
  if (first) item.url = first.url;

  const numberCode = [...masked.matchAll(NUMBER_CODE)].find((m) => /\p{L}/u.test(m[2]!));
  const date = dateIn(masked, numberCode ? numberCode.index + numberCode[0].length : 0);
  if (numberCode && date) {
    const code = numberCode[2]!.replace(/\s/gu, '').slice(1);
    const issuer = issuerIn(masked.slice(numberCode.index + numberCode[0].length));
    item.reference = {
      kind: kindOf(code, masked.slice(0, numberCode.index)),
      number: numberCode[1]!,
      code,
      date,
      ...(issuer ? { issuer } : {}),
    };
  } else if (!first) {
    if (numberCode) item.missing = 'date';
    else if (date) item.missing = 'number';
  }
  return item;
}

/** The first date after `from` ("ngày 05/02/2026", "ngày 5 tháng 2 năm 2026", "05/02/2026"), else the first before it. */
function dateIn(text: string, from: number): IsoDate | null {
  const found = (part: string): IsoDate | null => {
    const hits = [DATE_WORDS.exec(part), DATE_NUMERIC.exec(part)]
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((a, b) => a.index - b.index);
    for (const m of hits) {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (isValidDate(y, mo, d)) return isoDate(y, mo, d);
    }
    return null;
  };
  return found(text.slice(from)) ?? found(text.slice(0, from));
}

/** Ký hiệu's type code (the first part that is not a year), else the type named before the number, else a công văn. */
function kindOf(code: string, before: string): string {
  const typeCode = code.split(/[/-]/u).find((p) => !/^\d+$/u.test(p));
  const byCode = typeCode ? TYPE_CODES[typeCode] : undefined;
  if (byCode) return byCode;
  const folded = fold(before);
  let best: { name: string; at: number } | null = null;
  for (const name of TYPE_NAMES) {
    const at = folded.lastIndexOf(fold(name));
    if (at >= 0 && (!best || at > best.at)) best = { name, at };
  }
  // Nghị định 30: every type but the công văn carries its code in the ký hiệu.
  return best?.name ?? 'Công văn';
}

/** "của UBND phường Mỹ Lộc" after the số/ký hiệu: up to a comma, a "về …" or the next document named. */
function issuerIn(after: string): string | undefined {
  const m = /(?:^|\s)của\s+(.+)$/iu.exec(after);
  if (!m) return undefined;
  let issuer = m[1]!.split(/[,;()]|\s(?:về|v\/v|ngày|ban hành|triển khai|thực hiện|năm\s+\d{4})(?:\s|$)/iu)[0]!;
  const folded = fold(issuer);
  for (const name of TYPE_NAMES) {
    const at = folded.indexOf(` ${fold(name)}`);
    if (at >= 0) issuer = issuer.split(/\s+/u).slice(0, folded.slice(0, at).split(' ').length).join(' ');
  }
  issuer = issuer.replace(/[\s.:;,-]+$/u, '').trim();
  return issuer || undefined;
}

/** An item an assessor accepts: a document reference, a link, or both. */
export function isEvidence(item: EvidenceItem): boolean {
  return item.reference !== undefined || item.url !== undefined;
}

/** The items that are neither a document reference nor a link (the edit handler's note names them). */
export function unrecognisedEvidence(items: readonly EvidenceItem[]): EvidenceItem[] {
  return items.filter((i) => !isEvidence(i));
}

/**
 * Tasks marked Hoàn thành whose Minh chứng holds no item at all, tasks removed from the plan left
 * out; given `today`, only those done by then (Tình trạng Hoàn thành đúng hạn or quá hạn, as Tổng
 * hợp's live count reads it). An item that is neither a reference nor a link still counts as
 * evidence given: its cell carries a note instead.
 */
export function doneWithoutEvidence<T extends Pick<Task, 'progressStatus' | 'planNote' | 'evidence' | 'completedDate'>>(
  tasks: readonly T[],
  today?: IsoDate,
): T[] {
  return tasks.filter(
    (t) =>
      sameWord(t.progressStatus, ProgressStatus.Done) &&
      // Done by `today` as status/engine.ts's isDone has it: not completed after it.
      (today === undefined || t.completedDate === null || t.completedDate <= today) &&
      !sameWord(t.planNote, REMOVED_FROM_PLAN) &&
      normalizeEvidenceText(t.evidence).text === '',
  );
}
