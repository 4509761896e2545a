// The neutral "plan outline" the parser reads: paragraphs, list items (with Google Docs nesting and
// glyph type) and tables. Pasted text is turned into an outline here; a Google Doc is turned into
// one by src/adapters/planDocument.ts. Wrapped lines are joined, markdown markers removed, NFC.
import { fold, nfc, squash } from '../text';

/** Glyph kinds of a Google Docs list item (the GlyphType enum of Docs, reduced). */
export type ListGlyph = 'bullet' | 'number' | 'latinLower' | 'latinUpper' | 'romanLower' | 'romanUpper';

export type PlanBlock =
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'listItem';
      text: string;
      /** 0 = outermost. */
      nestingLevel: number;
      glyph: ListGlyph;
      /** Items of one list share it: auto-numbering counts within a list. */
      listId: string;
    }
  | { kind: 'table'; rows: string[][] };

/** Removes markdown emphasis and heading marks, escaped dots, and squashes white space. */
export function cleanText(text: string): string {
  return squash(
    nfc(text)
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\*\*|__/g, '')
      .replace(/\\([.)\-+*#_])/g, '$1')
      .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[.,;:])/g, '$1$2'),
  );
}

/** "Mục tiêu", "Mục tiêu cụ thể:", "Chỉ tiêu" (marker taken off): a sub-section of objectives (2025 xã templates), not of tasks. */
export const isObjectiveHeading = (s: string): boolean =>
  /^(muc tieu|muc dich|chi tieu)( cu the| chung|, chi tieu| va chi tieu)?\s*:?$/.test(fold(s));
/** "Nhiệm vụ", "Giải pháp:" (marker taken off): a bare section word over the items or paragraphs below it. */
export const isSectionWord = (s: string): boolean =>
  /^(nhiem vu|giai phap|noi dung)(,? (va )?giai phap)?( cu the| trong tam)?\s*:?$/.test(fold(s));
/** "1.1. Mục tiêu" alone on its line: the line below is its first paragraph, not its wrapped end. */
const isBareHeadingLine = (line: string): boolean => {
  const text = cleanText(line).replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?\)?|[a-zđ][.)])\s+/u, '');
  return isObjectiveHeading(text) || isSectionWord(text);
};

/** A line that starts a new item rather than continuing the previous one. */
const STARTS_ITEM = /^(?:#{1,6}\s|[-–+•*●◦▪]\s|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]\s|[IVXLC]+[.)]\s|[a-zđ][.)]\s|\|)/i;
const STARTS_ITEM_NAMED = /^(?:(?:nhiệm vụ|giải pháp|nội dung)\s+\d+\s*[:.]|trên đây là|nơi nhận|số\s*:)/iu;
/** An appendix's heading or caption: "PHỤ LỤC", "Phụ lục 1", "(Kèm theo Kế hoạch số …)". */
const STARTS_APPENDIX = /^(?:PHỤ LỤC|Phụ lục(?=[\s:]|$)|\(\s*[Kk]èm theo\s)/u;
/** A table row as Word pastes it: three or more cells split by tabs ("1.<tab>Text" is a list item). */
const isTabRow = (line: string): boolean => line.trim().split('\t').length >= 3;
/** An all-capitals line (a heading, a signature): a block of its own, unless it is a wrapped end (below). */
const isCapsLine = (s: string): boolean => /\p{Lu}{2}/u.test(s) && s === s.toLocaleUpperCase('vi');
/** A document number ("09/2024/TT-BGDĐT.", "04/2015/NĐ-CP;"), as a wrap leaves it alone on a line. */
const isDocNumber = (s: string): boolean => /^\d{1,4}\/(?:\d{4}\/)?[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+[.,;:)]*$/u.test(s);
const endsSentence = (s: string): boolean => /[.:;!?]$/.test(s);

/**
 * The width a text was hard-wrapped at (legal-document websites serve plans at about 50
 * characters): the 90th percentile of its line lengths. Text pasted from Word, a line a paragraph, gives a large one.
 */
/** Text whose lines are at most about this long was hard-wrapped. */
const HARD_WRAP_MAX = 100;

function wrapWidth(lines: readonly string[]): number {
  const lengths = lines
    .filter((l) => l !== '' && !l.startsWith('|'))
    .map((l) => l.length)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/**
 * In hard-wrapped text, whether `line` goes on the line above (`previous`): a
 * document number or a capitals line ending a sentence ("CB, GV, NV.") does after a line the wrap
 * broke mid-sentence; a line starting a sentence ("Niêm yết …") does not after a short line (a
 * heading, the end of a paragraph).
 */
function continuesWrap(previous: string, line: string, width: number): boolean {
  const full = previous.length >= 0.7 * width && !endsSentence(previous);
  if (isDocNumber(line)) return !endsSentence(previous);
  if (isCapsLine(line)) return full && /[.,;]$/.test(line);
  return full || !/^\p{Lu}\p{Ll}/u.test(line) || /,$/.test(previous);
}

/**
 * Pasted text (or markdown) → outline. A blank line ends a block; a line with an item marker starts
 * one; any other line continues the block above (a wrapped line; in hard-wrapped text, as
 * continuesWrap says). Markdown tables, and tab-separated rows pasted from Word, become tables.
 */
export function outlineFromText(text: string): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  let current: string[] | null = null;
  let table: string[][] | null = null;
  const flush = () => {
    if (current) blocks.push({ kind: 'paragraph', text: cleanText(current.join(' ')) });
    if (table) blocks.push({ kind: 'table', rows: table });
    current = null;
    table = null;
  };
  const lines = nfc(text).replace(/\r\n?/g, '\n').split('\n');
  const width = wrapWidth(lines.filter((l) => !isTabRow(l)).map((l) => l.trim()));
  const hardWrapped = width > 0 && width <= HARD_WRAP_MAX;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('|')) {
      const cells = line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => cleanText(c));
      if (!table) flush();
      if (!cells.every((c) => /^:?-{2,}:?$/.test(c))) (table ??= []).push(cells);
      continue;
    }
    if (isTabRow(line)) {
      // A table pasted from Word: a row a line, its cells split by tabs.
      if (!table) flush();
      (table ??= []).push(raw.split('\t').map((c) => cleanText(c)));
      continue;
    }
    const unmarked = cleanText(line);
    if (
      table ||
      !current ||
      (current.length === 1 && isBareHeadingLine(current[0]!)) ||
      STARTS_ITEM.test(line) ||
      STARTS_ITEM.test(unmarked) ||
      STARTS_ITEM_NAMED.test(unmarked) ||
      STARTS_APPENDIX.test(unmarked) ||
      (hardWrapped ? !continuesWrap(cleanText(current[current.length - 1]!), unmarked, width) : isCapsLine(unmarked))
    ) {
      flush();
      current = [line];
    } else {
      current.push(line);
    }
  }
  flush();
  return blocks.filter((b) => b.kind !== 'paragraph' || b.text !== '');
}
