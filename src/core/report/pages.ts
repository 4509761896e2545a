// How many A4 pages a report model will take, before the Doc exists (the dialog's preview): each
// paragraph's lines from its characters at its size over its width, its height from the ND30
// format's size, spacing and line spacing; each Phụ lục row as tall as its tallest cell. An
// estimate, checked against LibreOffice's rendering of the same report (test/render/).
import { FIRST_LINE_INDENT, FORMAT, PAGE, TEXT_WIDTH, type ParagraphRole } from './format';
import type { Block, Paragraph, ReportModel } from './model';

/** A Times New Roman character of Vietnamese text is about this many ems wide on average. */
const EM_PER_CHAR = 0.42;
/** A line is this many times its font size high (Times New Roman's ascent and descent). */
const LINE_HEIGHT = 1.15;
/** Docs' default cell padding, each side (points). */
const CELL_PADDING = 5;
const PAGE_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;
/** The header and closing layout tables, measured once: they do not grow with the tasks. */
const LAYOUT_HEIGHT = { header: 130, closing: 190 } as const;

function lines(text: string, size: number, width: number, indent = 0): number {
  const perLine = Math.max(1, Math.floor(width / (size * EM_PER_CHAR)));
  return text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil((line.length + indent / (size * EM_PER_CHAR)) / perLine)), 0);
}

function paragraphHeight(p: Paragraph, width = TEXT_WIDTH): number {
  const f = FORMAT[p.role];
  const indent = f.firstLineIndent === FIRST_LINE_INDENT ? FIRST_LINE_INDENT : 0;
  return lines(p.text, f.size, width, indent) * f.size * LINE_HEIGHT * f.lineSpacing + f.spaceBefore + f.spaceAfter;
}

function cellHeight(text: string, width: number, role: ParagraphRole): number {
  const size = FORMAT[role].size;
  return lines(text, size, width - 2 * CELL_PADDING) * size * LINE_HEIGHT + 2 * CELL_PADDING;
}

function blockHeight(block: Block): number {
  if (block.kind === 'paragraph') return paragraphHeight(block.paragraph);
  if (block.kind === 'layout') return LAYOUT_HEIGHT[block.name];
  if (block.kind === 'pageBreak') return 0;
  const row = (texts: readonly string[], role: ParagraphRole) =>
    Math.max(...texts.map((text, i) => cellHeight(text, block.widths[i] ?? TEXT_WIDTH, role)));
  return (
    row(block.header, 'tableHeader') +
    block.rows.reduce(
      (h, cells) =>
        h +
        row(
          cells.map((c) => c.text),
          'tableCell',
        ),
      0,
    )
  );
}

export interface PageEstimate {
  /** From the header to the signature. */
  body: number;
  /** The Phụ lục, after its page break. */
  annex: number;
}

export function estimatePages(model: ReportModel): PageEstimate {
  const breakAt = model.blocks.findIndex((b) => b.kind === 'pageBreak');
  const body = breakAt < 0 ? model.blocks : model.blocks.slice(0, breakAt);
  const annex = breakAt < 0 ? [] : model.blocks.slice(breakAt + 1);
  const pages = (blocks: readonly Block[]) =>
    blocks.length ? Math.max(1, Math.ceil(blocks.reduce((h, b) => h + blockHeight(b), 0) / PAGE_HEIGHT)) : 0;
  return { body: pages(body), annex: pages(annex) };
}
