// Exports a sandbox Doc to .docx (the `docx` package) so it opens in Word or LibreOffice the way
// the Google Doc would: page size and margins, runs (font, size, bold, italic, underline, colour,
// links), alignment, indents, spacing, line spacing, lists, tables (widths, borderless when the
// border width is 0, cell padding and shading), horizontal rules (a bottom border on their
// paragraph, within its indents) and page breaks. Points → twips (×20), sizes → half-points (×2).
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ILevelsOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { DocumentService } from '../document';
import {
  effectiveCell,
  effectiveParagraph,
  effectiveTable,
  inlinesOf,
  ParagraphEl,
  TableCellEl,
  TableEl,
  TableRowEl,
  type BlockContainer,
  type DocElement,
  type EffectiveRun,
} from '../document';
import type { GlyphTypeName } from '../document/enums';

const twips = (points: number): number => Math.round(points * 20);

const ALIGNMENT = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
} as const;

const VERTICAL = {
  TOP: VerticalAlignTable.TOP,
  CENTER: VerticalAlignTable.CENTER,
  BOTTOM: VerticalAlignTable.BOTTOM,
} as const;

const GLYPHS: Record<
  GlyphTypeName,
  { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (level: number) => string }
> = {
  BULLET: { format: LevelFormat.BULLET, text: () => '●' },
  HOLLOW_BULLET: { format: LevelFormat.BULLET, text: () => '○' },
  SQUARE_BULLET: { format: LevelFormat.BULLET, text: () => '■' },
  NUMBER: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { format: LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
  ROMAN_UPPER: { format: LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { format: LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
};

const DEFAULT_GLYPHS: GlyphTypeName[] = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'];

const hex = (color: string): string => color.replace(/^#/, '').toUpperCase();

/** Lists seen while converting: list id → the glyph of each nesting level (first item decides). */
type Lists = Map<string, Map<number, GlyphTypeName>>;

function textRuns(run: EffectiveRun): TextRun[] {
  // A line break typed into the text becomes a line break in Word, not a lost character.
  return run.text.split(/\r\n|\r|\n|\v/).map(
    (part, i) =>
      new TextRun({
        text: part,
        break: i > 0 ? 1 : undefined,
        font: run.fontFamily,
        size: Math.round(run.fontSize * 2),
        bold: run.bold,
        italics: run.italic,
        underline: run.underline ? {} : undefined,
        strike: run.strikethrough || undefined,
        color: hex(run.foregroundColor),
        shading: run.backgroundColor ? { fill: hex(run.backgroundColor) } : undefined,
        style: run.linkUrl ? 'Hyperlink' : undefined,
      }),
  );
}

function paragraph(p: ParagraphEl, lists: Lists): Paragraph {
  const f = effectiveParagraph(p);
  const children: ParagraphChild[] = [];
  let rule = false;
  for (const inline of inlinesOf(p)) {
    if (inline.kind === 'horizontalRule') rule = true;
    else if (inline.kind === 'pageBreak') children.push(new PageBreak());
    else if (inline.linkUrl) children.push(new ExternalHyperlink({ link: inline.linkUrl, children: textRuns(inline) }));
    else children.push(...textRuns(inline));
  }
  const options: IParagraphOptions = {
    children,
    alignment: ALIGNMENT[f.alignment as keyof typeof ALIGNMENT] ?? AlignmentType.LEFT,
    indent: {
      left: twips(f.indentStart),
      right: twips(f.indentEnd),
      // Docs' first-line indent is measured from the margin, Word's from the other lines.
      ...(f.indentFirstLine >= f.indentStart
        ? { firstLine: twips(f.indentFirstLine - f.indentStart) }
        : { hanging: twips(f.indentStart - f.indentFirstLine) }),
    },
    spacing: {
      before: twips(f.spacingBefore),
      after: twips(f.spacingAfter),
      line: Math.round(f.lineSpacing * 240),
      lineRule: LineRuleType.AUTO,
    },
    border: rule ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
  };
  if (f.list) {
    const levels = lists.get(f.list.listId) ?? new Map<number, GlyphTypeName>();
    if (!levels.has(f.list.nestingLevel)) levels.set(f.list.nestingLevel, f.list.glyphType);
    lists.set(f.list.listId, levels);
    return new Paragraph({ ...options, numbering: { reference: f.list.listId, level: f.list.nestingLevel } });
  }
  return new Paragraph(options);
}

function table(t: TableEl, contentWidth: number, lists: Lists): Table {
  const f = effectiveTable(t);
  const free = f.columnWidths.filter((w) => w === null).length;
  const fixed = f.columnWidths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const share = free ? Math.max(0, contentWidth - fixed) / free : 0;
  const widths = f.columnWidths.map((w) => w ?? share);
  const border =
    f.borderWidth > 0
      ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(f.borderWidth * 8)), color: hex(f.borderColor) }
      : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths.map(twips),
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: t.children.map(
      (row) =>
        new TableRow({
          children: (row as TableRowEl).children.map((c, i) => {
            const cell = c as TableCellEl;
            const cf = effectiveCell(cell);
            return new TableCell({
              width: { size: twips(cf.width ?? widths[i] ?? share), type: WidthType.DXA },
              verticalAlign: VERTICAL[cf.verticalAlignment as keyof typeof VERTICAL] ?? VerticalAlignTable.TOP,
              shading: cf.backgroundColor ? { fill: hex(cf.backgroundColor) } : undefined,
              margins: {
                top: twips(cf.paddingTop),
                bottom: twips(cf.paddingBottom),
                left: twips(cf.paddingLeft),
                right: twips(cf.paddingRight),
              },
              children: blocks(cell, cf.width ?? widths[i] ?? share, lists),
            });
          }),
        }),
    ),
  });
}

function blocks(container: BlockContainer | TableCellEl, contentWidth: number, lists: Lists): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const child of container.children as DocElement[]) {
    if (child instanceof ParagraphEl) out.push(paragraph(child, lists));
    else if (child instanceof TableEl) out.push(table(child, contentWidth, lists));
  }
  // Word needs a paragraph in every cell.
  if (!out.length || (container instanceof TableCellEl && out[out.length - 1] instanceof Table))
    out.push(new Paragraph({}));
  return out;
}

function numberingConfig(lists: Lists): { reference: string; levels: ILevelsOptions[] }[] {
  return [...lists].map(([reference, levels]) => ({
    reference,
    levels: Array.from({ length: 9 }, (_, level) => {
      const glyph = GLYPHS[levels.get(level) ?? DEFAULT_GLYPHS[level % 3] ?? 'BULLET'];
      return {
        level,
        format: glyph.format,
        text: glyph.text(level),
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: twips(36 * (level + 1)), hanging: twips(18) } } },
      };
    }),
  }));
}

/** The .docx bytes of a sandbox Doc. */
export async function exportDocx(docs: DocumentService, id: string): Promise<Buffer> {
  const model = docs.require(id);
  const body = model.body;
  const contentWidth = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
  const lists: Lists = new Map();
  const children = blocks(body, contentWidth, lists);
  const header = model.header ? new Header({ children: blocks(model.header, contentWidth, lists) }) : undefined;
  const footer = model.footer ? new Footer({ children: blocks(model.footer, contentWidth, lists) }) : undefined;
  const document = new Document({
    title: docs.drive.require(id).name,
    numbering: { config: numberingConfig(lists) },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(body.getPageWidth()), height: twips(body.getPageHeight()) },
            margin: {
              top: twips(body.getMarginTop()),
              bottom: twips(body.getMarginBottom()),
              left: twips(body.getMarginLeft()),
              right: twips(body.getMarginRight()),
            },
          },
        },
        headers: header ? { default: header } : undefined,
        footers: footer ? { default: footer } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
