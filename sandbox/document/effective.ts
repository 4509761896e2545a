// Effective formatting of a sandbox Doc: unset attributes resolved against Google Docs' defaults
// ("Normal text" is Arial 11 pt, line spacing 1.15; headings have their own sizes; list items are
// indented by nesting level). Used by the harness walk (format tests) and by the .docx export.
import type { AttributeName, Attrs, GlyphTypeName } from './enums';
import {
  ListItemEl,
  ParagraphEl,
  TextEl,
  type DocElement,
  type TableCellEl,
  type TableEl,
  type TableRowEl,
} from './elements';

export const DOC_DEFAULTS = {
  fontFamily: 'Arial',
  fontSize: 11,
  lineSpacing: 1.15,
  foregroundColor: '#000000',
  linkColor: '#1155cc',
  tableBorderWidth: 1,
  tableBorderColor: '#000000',
  cellPadding: 5,
} as const;

const HEADING_SIZES: Record<string, number> = {
  HEADING1: 20,
  HEADING2: 16,
  HEADING3: 14,
  HEADING4: 12,
  HEADING5: 11,
  HEADING6: 11,
  TITLE: 26,
  SUBTITLE: 15,
};

export interface EffectiveRun {
  text: string;
  fontFamily: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  foregroundColor: string;
  backgroundColor: string | null;
  linkUrl: string | null;
}

/** A piece of a paragraph's content in order: a run of text, a horizontal rule, a page break. */
export type EffectiveInline = ({ kind: 'text' } & EffectiveRun) | { kind: 'horizontalRule' } | { kind: 'pageBreak' };

export interface EffectiveParagraph {
  heading: string;
  alignment: string;
  indentFirstLine: number;
  indentStart: number;
  indentEnd: number;
  spacingBefore: number;
  spacingAfter: number;
  lineSpacing: number;
  list: { listId: string; nestingLevel: number; glyphType: GlyphTypeName } | null;
}

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);

export function effectiveParagraph(p: ParagraphEl): EffectiveParagraph {
  const own = p.own;
  const list =
    p instanceof ListItemEl
      ? { listId: p.getListId(), nestingLevel: p.getNestingLevel(), glyphType: p.getGlyphType() }
      : null;
  const level = list?.nestingLevel ?? 0;
  return {
    heading: (own.HEADING as string | undefined) ?? 'NORMAL',
    alignment: (own.HORIZONTAL_ALIGNMENT as string | undefined) ?? 'LEFT',
    indentFirstLine: num(own.INDENT_FIRST_LINE, list ? 18 + 36 * level : 0),
    indentStart: num(own.INDENT_START, list ? 36 * (level + 1) : 0),
    indentEnd: num(own.INDENT_END, 0),
    spacingBefore: num(own.SPACING_BEFORE, 0),
    spacingAfter: num(own.SPACING_AFTER, 0),
    lineSpacing: num(own.LINE_SPACING, DOC_DEFAULTS.lineSpacing),
    list,
  };
}

export function effectiveRun(text: string, style: Attrs, heading: string): EffectiveRun {
  const get = (k: AttributeName): unknown => style[k];
  const link = (get('LINK_URL') as string | undefined) ?? null;
  return {
    text,
    fontFamily: (get('FONT_FAMILY') as string | undefined) ?? DOC_DEFAULTS.fontFamily,
    fontSize: num(get('FONT_SIZE'), HEADING_SIZES[heading] ?? DOC_DEFAULTS.fontSize),
    bold: get('BOLD') === true,
    italic: get('ITALIC') === true,
    // Docs shows a link blue and underlined unless the text says otherwise.
    underline: get('UNDERLINE') === true || (link !== null && get('UNDERLINE') === undefined),
    strikethrough: get('STRIKETHROUGH') === true,
    foregroundColor:
      (get('FOREGROUND_COLOR') as string | undefined) ?? (link ? DOC_DEFAULTS.linkColor : DOC_DEFAULTS.foregroundColor),
    backgroundColor: (get('BACKGROUND_COLOR') as string | undefined) ?? null,
    linkUrl: link,
  };
}

/** The paragraph's content as styled runs (adjacent characters of equal style merged). */
export function inlinesOf(p: ParagraphEl): EffectiveInline[] {
  const heading = (p.own.HEADING as string | undefined) ?? 'NORMAL';
  const out: EffectiveInline[] = [];
  for (const child of p.children) {
    if (child instanceof TextEl) {
      let start = 0;
      for (let i = 1; i <= child.chars.length; i++) {
        if (i === child.chars.length || child.styles[i] !== child.styles[start]) {
          const run = effectiveRun(child.chars.slice(start, i), child.styles[start] ?? {}, heading);
          const last = out[out.length - 1];
          if (last?.kind === 'text' && sameLook(last, run)) last.text += run.text;
          else out.push({ kind: 'text', ...run });
          start = i;
        }
      }
    } else if (child.elementType === 'HORIZONTAL_RULE') out.push({ kind: 'horizontalRule' });
    else if (child.elementType === 'PAGE_BREAK') out.push({ kind: 'pageBreak' });
  }
  return out;
}

function sameLook(a: EffectiveRun, b: EffectiveRun): boolean {
  return (
    a.fontFamily === b.fontFamily &&
    a.fontSize === b.fontSize &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strikethrough === b.strikethrough &&
    a.foregroundColor === b.foregroundColor &&
    a.backgroundColor === b.backgroundColor &&
    a.linkUrl === b.linkUrl
  );
}

export interface EffectiveTable {
  rows: number;
  columns: number;
  borderWidth: number;
  borderColor: string;
  columnWidths: (number | null)[];
}

export function effectiveTable(t: TableEl): EffectiveTable {
  const columns = Math.max(0, ...t.children.map((r) => (r as TableRowEl).children.length));
  return {
    rows: t.children.length,
    columns,
    borderWidth: num(t.own.BORDER_WIDTH, DOC_DEFAULTS.tableBorderWidth),
    borderColor: (t.own.BORDER_COLOR as string | undefined) ?? DOC_DEFAULTS.tableBorderColor,
    columnWidths: Array.from({ length: columns }, (_, i) => t.columnWidths[i] ?? null),
  };
}

export interface EffectiveCell {
  width: number | null;
  backgroundColor: string | null;
  verticalAlignment: string;
  paddingTop: number;
  paddingBottom: number;
  paddingLeft: number;
  paddingRight: number;
}

export function effectiveCell(c: TableCellEl): EffectiveCell {
  const pad = (k: AttributeName): number => num(c.own[k], DOC_DEFAULTS.cellPadding);
  return {
    width: (c.own.WIDTH as number | undefined) ?? null,
    backgroundColor: (c.own.BACKGROUND_COLOR as string | undefined) ?? null,
    verticalAlignment: (c.own.VERTICAL_ALIGNMENT as string | undefined) ?? 'TOP',
    paddingTop: pad('PADDING_TOP'),
    paddingBottom: pad('PADDING_BOTTOM'),
    paddingLeft: pad('PADDING_LEFT'),
    paddingRight: pad('PADDING_RIGHT'),
  };
}

/** One element of the walk, in document order. */
export interface WalkedElement {
  type: string;
  /** Where it sits: 'body/3', 'body/2/r0/c1/0', 'header/0'. */
  path: string;
  /** Enclosing table cell, if any. */
  cell: { table: number; row: number; column: number } | null;
  text: string;
  paragraph?: EffectiveParagraph;
  runs?: EffectiveRun[];
  /** The runs' common value, or null when mixed (or when the paragraph has no text). */
  fontFamily?: string | null;
  fontSize?: number | null;
  bold?: boolean | null;
  italic?: boolean | null;
  hasHorizontalRule?: boolean;
  hasPageBreak?: boolean;
  table?: EffectiveTable;
  cellFormat?: EffectiveCell;
}

function common<T>(runs: EffectiveRun[], pick: (r: EffectiveRun) => T): T | null {
  const texty = runs.filter((r) => r.text.trim() !== '');
  const first = texty[0];
  if (!first) return null;
  const v = pick(first);
  return texty.every((r) => pick(r) === v) ? v : null;
}

export function walkElements(root: DocElement, rootPath: string): WalkedElement[] {
  const out: WalkedElement[] = [];
  let tableCount = 0;
  const visit = (el: DocElement, path: string, cell: WalkedElement['cell']): void => {
    if (el instanceof ParagraphEl) {
      const inlines = inlinesOf(el);
      const runs = inlines.filter((i): i is { kind: 'text' } & EffectiveRun => i.kind === 'text');
      out.push({
        type: el.elementType,
        path,
        cell,
        text: el.getText(),
        paragraph: effectiveParagraph(el),
        runs,
        fontFamily: common(runs, (r) => r.fontFamily),
        fontSize: common(runs, (r) => r.fontSize),
        bold: common(runs, (r) => r.bold),
        italic: common(runs, (r) => r.italic),
        hasHorizontalRule: inlines.some((i) => i.kind === 'horizontalRule'),
        hasPageBreak: inlines.some((i) => i.kind === 'pageBreak'),
      });
      return;
    }
    if (el.elementType === 'TABLE') {
      const table = el as TableEl;
      const index = tableCount++;
      out.push({ type: 'TABLE', path, cell, text: table.getText(), table: effectiveTable(table) });
      table.children.forEach((row, r) => {
        (row as TableRowEl).children.forEach((c, col) => {
          const cellPath = `${path}/r${r}/c${col}`;
          out.push({
            type: 'TABLE_CELL',
            path: cellPath,
            cell: { table: index, row: r, column: col },
            text: c.getText(),
            cellFormat: effectiveCell(c as TableCellEl),
          });
          (c as TableCellEl).children.forEach((child, i) =>
            visit(child, `${cellPath}/${i}`, { table: index, row: r, column: col }),
          );
        });
      });
    }
  };
  (root as { children?: DocElement[] }).children?.forEach((child, i) => visit(child, `${rootPath}/${i}`, null));
  return out;
}
