// How the report words a task in its body: a short title (the plan text's first clause, cut at a
// word boundary; a manager's "Tên ngắn" wins), sentences joined without doubled or stray
// punctuation, identical texts grouped with the codes they came from, and which proposals are
// addressed to the school itself (kept out of an outward report unless the principal ticks them in).
import type { Task } from '../domain';
import { fold, nfc } from '../text';

/** Words in a derived short title at the most. */
export const SHORT_TITLE_WORDS = 12;

const TRAILING_PUNCTUATION = /[\s.,;:!?–-]+$/u;
const LEADING_PUNCTUATION = /^[\s.,;:!?…–-]+/u;

/**
 * Punctuation never doubled and never after a space: "a .", "a..", "a.:" and ". ." become "a." and
 * "a:". Nothing else of what a person typed changes (line breaks, spacing, symbols stay verbatim).
 */
export function tidyPunctuation(text: string): string {
  return nfc(text)
    .replace(/[ \t]+([.,;:!?…])/gu, '$1')
    .replace(/\.(?:[ \t]*\.)+/gu, '.')
    .replace(/[.;,][ \t]*([:;,])/gu, '$1')
    .replace(/([:;,])[ \t]*([.:;,])/gu, '$2')
    .trim();
}

/** A clause as it ends a sentence part: no final full stop, comma, colon or dash. */
export function withoutFinalPunctuation(text: string): string {
  return tidyPunctuation(text).replace(TRAILING_PUNCTUATION, '');
}

/** "<lead>: <rest>." — the lead's own final full stop goes, the rest ends with exactly one. */
export function joinLead(lead: string, rest: string): string {
  const head = withoutFinalPunctuation(lead);
  const tail = tidyPunctuation(rest).replace(LEADING_PUNCTUATION, '');
  if (!tail) return sentence(head);
  if (!head) return sentence(tail);
  return sentence(`${head}: ${tail}`);
}

/** One full stop at the end (a text that ends in ?, ! or … keeps it). */
export function sentence(text: string): string {
  const t = tidyPunctuation(text).replace(/[\s.,;:–-]+$/u, '');
  if (!t) return '';
  return /[?!…]$/u.test(t) ? t : `${t}.`;
}

/** The plan text's first clause, at most SHORT_TITLE_WORDS words, cut at a word boundary. */
export function deriveShortTitle(content: string): string {
  const text = tidyPunctuation(content);
  // First clause: up to the first full stop, semicolon, colon, or an opening parenthesis.
  const clause = text.split(/[;:]|(?<!\d)\.(?!\d)|\s\(|\s–\s|\s-\s/u)[0] ?? text;
  const words = withoutFinalPunctuation(clause).split(/\s+/u).filter(Boolean);
  if (words.length <= SHORT_TITLE_WORDS) return words.join(' ');
  // A comma inside the first 12 words is a better cut than the middle of a phrase.
  const cut = words.slice(0, SHORT_TITLE_WORDS);
  const lastComma = cut.map((w) => w.endsWith(',')).lastIndexOf(true);
  const kept = lastComma >= 5 ? cut.slice(0, lastComma + 1) : cut;
  return `${withoutFinalPunctuation(kept.join(' '))}…`;
}

/** The task as the body names it: its Tên ngắn, or the short title derived from its text. */
export function shortTitle(task: Pick<Task, 'shortName' | 'content'>): string {
  const own = withoutFinalPunctuation(task.shortName);
  return own || deriveShortTitle(task.content);
}

/** "III.1.3 Tổ chức kiểm tra cải cách hành chính": code and short title. */
export function taskLabel(task: Pick<Task, 'code' | 'shortName' | 'content'>): string {
  const title = shortTitle(task);
  return task.code ? `${task.code} ${title}` : title;
}

export interface TextGroup<T> {
  /** The text as first written (tidied). */
  text: string;
  items: T[];
}

/** Items grouped by identical text (folded: case, diacritics form and spacing do not split a group), in first-seen order. */
export function groupByText<T>(items: readonly T[], textOf: (item: T) => string): TextGroup<T>[] {
  const groups = new Map<string, TextGroup<T>>();
  for (const item of items) {
    const text = withoutFinalPunctuation(textOf(item));
    if (!text) continue;
    const key = fold(text);
    const group = groups.get(key) ?? { text, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Whom a proposal addresses when it stays inside the school: Ban giám hiệu, the school itself. */
const INTERNAL_ADDRESSEES = ['ban giam hieu', 'bgh', 'nha truong', 'hieu truong', 'truong minh', 'to chuyen mon'];

/** A proposal addressed to the school itself, not to the level above. */
export function isInternalProposal(text: string): boolean {
  const folded = ` ${fold(text).replace(/[^a-z0-9]+/g, ' ')} `;
  return INTERNAL_ADDRESSEES.some((who) => folded.includes(` ${who} `));
}
