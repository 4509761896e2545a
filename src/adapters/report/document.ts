// Renders a ReportModel (src/core/report/model.ts) as a Google Doc with DocumentApp, applying the ND30
// format table (src/core/reportFormat.ts): A4 and margins in points, Times New Roman, each
// paragraph's size/bold/italic/alignment/indent/spacing in one setAttributes call, the borderless
// header and closing tables, a horizontal rule under the issuing agency, the motto and the trích
// yếu (DocumentApp cannot set a rule's length: it spans its table cell or the text width), and the
// Phụ lục in ONE appendTable call styled per whole table and header row.
// DocumentApp cannot insert a page-number field, so page numbers are left to the person who signs.
import type { Block, Link, Paragraph, ReportModel } from '../../core/report/model';
import { FONT_FAMILY, FORMAT, PAGE, RULED, type Align, type ParagraphRole } from '../../core/report/format';

type Body = GoogleAppsScript.Document.Body;
type TableCell = GoogleAppsScript.Document.TableCell;
type Container = Body | TableCell;
type Attributes = Record<string, unknown>;

function alignment(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[align];
}

/** The attributes of a role, for Paragraph.setAttributes (text and paragraph attributes at once). */
function attributesOf(role: ParagraphRole): Attributes {
  const f = FORMAT[role];
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_FAMILY]: FONT_FAMILY,
    [A.FONT_SIZE]: f.size,
    [A.BOLD]: f.bold,
    [A.ITALIC]: f.italic,
    [A.HORIZONTAL_ALIGNMENT]: alignment(f.align),
    [A.INDENT_FIRST_LINE]: f.firstLineIndent,
    [A.INDENT_START]: 0,
    [A.SPACING_BEFORE]: f.spaceBefore,
    [A.SPACING_AFTER]: f.spaceAfter,
    [A.LINE_SPACING]: f.lineSpacing,
  };
}

/** An empty paragraph that takes no room: no text, no spacing, the smallest size. */
function spacerAttributes(size = 1): Attributes {
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_FAMILY]: FONT_FAMILY,
    [A.FONT_SIZE]: size,
    [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
    [A.SPACING_BEFORE]: 0,
    [A.SPACING_AFTER]: 0,
    [A.LINE_SPACING]: 1,
    [A.INDENT_FIRST_LINE]: 0,
  };
}

/** Links over a text; setLinkUrl's end offset is inclusive. */
function linkText(text: GoogleAppsScript.Document.Text, links: readonly Link[]): void {
  for (const l of links) text.setLinkUrl(l.start, l.end - 1, l.url);
}

class Renderer {
  private readonly cache = new Map<ParagraphRole, Attributes>();
  constructor(private readonly body: Body) {}

  private attrs(role: ParagraphRole): Attributes {
    let a = this.cache.get(role);
    if (!a) this.cache.set(role, (a = attributesOf(role)));
    return a;
  }

  private style(paragraph: GoogleAppsScript.Document.Paragraph, container: Container, p: Paragraph): void {
    paragraph.setAttributes(this.attrs(p.role));
    if (p.links?.length) linkText(paragraph.editAsText(), p.links);
    if (RULED.has(p.role)) container.appendParagraph('').setAttributes(spacerAttributes(6)).appendHorizontalRule();
  }

  paragraph(container: Container, p: Paragraph): void {
    this.style(container.appendParagraph(p.text), container, p);
  }

  /**
   * Docs keeps an empty paragraph after a table that ends the body; the next block comes after it,
   * so it is made a 1 pt spacer rather than a line of default Arial 11.
   */
  private spacerAfter(table: GoogleAppsScript.Document.Table): void {
    table.getNextSibling()?.asParagraph().setAttributes(spacerAttributes());
  }

  /** A borderless layout table: the first paragraph of each cell comes with appendTable. */
  layout(block: Extract<Block, { kind: 'layout' }>): void {
    const table = this.body.appendTable(block.rows.map((row) => row.map((cell) => cell[0]?.text ?? '')));
    table.setBorderWidth(0);
    block.widths.forEach((w, i) => table.setColumnWidth(i, w));
    block.rows.forEach((row, r) =>
      row.forEach((paragraphs, c) => {
        const cell = table.getCell(r, c);
        const [first, ...rest] = paragraphs;
        if (first) this.style(cell.getChild(0).asParagraph(), cell, first);
        for (const p of rest) this.paragraph(cell, p);
      }),
    );
    this.spacerAfter(table);
  }

  /**
   * The Phụ lục: one appendTable; text attributes on the whole table and the whole header row
   * (containers pass only text attributes down); the header cells' centring is per cell, a fixed
   * a fixed number of calls whatever the number of tasks, plus one per evidence link.
   */
  table(block: Extract<Block, { kind: 'table' }>): void {
    const table = this.body.appendTable([[...block.header], ...block.rows.map((row) => row.map((c) => c.text))]);
    const A = DocumentApp.Attribute;
    table.setAttributes({ ...this.attrs('tableCell'), [A.BORDER_WIDTH]: 0.5 });
    const header = table.getRow(0);
    header.setAttributes(this.attrs('tableHeader'));
    block.widths.forEach((w, i) => table.setColumnWidth(i, w));
    block.header.forEach((_, i) =>
      header.getCell(i).getChild(0).asParagraph().setAttributes(this.attrs('tableHeader')),
    );
    // Evidence links: one call per link (a cell without one costs nothing).
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.links?.length) linkText(table.getCell(r + 1, c).editAsText(), cell.links);
      }),
    );
    this.spacerAfter(table);
  }

  render(blocks: readonly Block[]): void {
    for (const block of blocks) {
      if (block.kind === 'paragraph') this.paragraph(this.body, block.paragraph);
      else if (block.kind === 'layout') this.layout(block);
      else if (block.kind === 'table') this.table(block);
      else this.body.appendPageBreak();
    }
  }
}

export interface CreatedDocument {
  id: string;
  url: string;
  document: GoogleAppsScript.Document.Document;
}

/** Creates the Doc. Its id is known before any content is written, so a failure can trash it. */
export function createReportDocument(name: string): CreatedDocument {
  const document = DocumentApp.create(name);
  return { id: document.getId(), url: document.getUrl(), document };
}

/** Writes the page setup and every block (the school's report or the ward's), then saves. */
export function writeReportDocument(created: CreatedDocument, model: Pick<ReportModel, 'blocks'>): void {
  const body = created.document.getBody();
  body.setPageWidth(PAGE.width);
  body.setPageHeight(PAGE.height);
  body.setMarginTop(PAGE.marginTop);
  body.setMarginBottom(PAGE.marginBottom);
  body.setMarginLeft(PAGE.marginLeft);
  body.setMarginRight(PAGE.marginRight);
  // A new Doc holds one empty paragraph, and a table cannot open the body: it stays, 1 pt high.
  body.getChild(0).asParagraph().setAttributes(spacerAttributes());
  new Renderer(body).render(model.blocks);
  created.document.saveAndClose();
}
