// The Nghị định 30/2020 format checks of a report Doc, walked element by element in the sandbox
// (docs/nd30-bao-cao.md, src/core/report/format.ts): the page, the borderless header with the
// agencies, quốc hiệu, tiêu ngữ, number and date, the title, the body paragraphs, the closing with
// Nơi nhận and the signature, the Phụ lục table, and Times New Roman everywhere. The school's report
// (test/e2e/report.test.ts) and the ward's (test/e2e/ward-report.test.ts) pass the same checks.
import { expect, it } from 'vitest';
import type { WalkedElement } from '../../sandbox/document';
import {
  FIRST_LINE_INDENT,
  FONT_FAMILY,
  FORMAT,
  HEADER_COLUMNS,
  PAGE,
  type ParagraphRole,
} from '../../src/core/report/format';

export interface WalkedDoc {
  page: unknown;
  elements: WalkedElement[];
}

export const paragraphsOf = (elements: WalkedElement[]) => elements.filter((e) => e.type === 'PARAGRAPH');

export const findParagraph = (elements: WalkedElement[], text: string) => {
  const e = paragraphsOf(elements).find((p) => p.text === text);
  if (!e) throw new Error(`no paragraph "${text}"`);
  return e;
};

/** Every ND30 rule of a role on one walked paragraph. */
export function expectRole(e: WalkedElement, role: ParagraphRole): void {
  const f = FORMAT[role];
  expect({ text: e.text, font: e.fontFamily, size: e.fontSize, bold: e.bold, italic: e.italic }).toEqual({
    text: e.text,
    font: FONT_FAMILY,
    size: f.size,
    bold: f.bold,
    italic: f.italic,
  });
  expect(e.paragraph).toMatchObject({
    alignment: f.align.toUpperCase(),
    indentFirstLine: f.firstLineIndent,
    spacingBefore: f.spaceBefore,
    spacingAfter: f.spaceAfter,
    lineSpacing: f.lineSpacing,
  });
}

/** What one report's Doc must state where ND30 puts it. */
export interface Nd30Expected {
  parentAgency: string;
  issuingAgency: string;
  numberLine: string;
  placeDate: string;
  subject: string;
  /** How the body's first paragraph starts (after the trích yếu). */
  bodyStart: string;
  /** The body has more paragraphs than this. */
  bodyMoreThan: number;
  /** Index among the Doc's tables of the closing table and of the Phụ lục's. */
  closingTable: number;
  annexTable: number;
  recipients: readonly string[];
  /** The signer's title lines, then the name. */
  signature: readonly string[];
  annexHeader: readonly string[];
  /** Rows of the Phụ lục table below its header. */
  annexRows: number;
}

/** The format checks, one `it` each, on the Doc `doc()` gives once the suite's beforeAll has run. */
export function itFollowsNd30(doc: () => WalkedDoc, x: Nd30Expected): void {
  const elements = () => doc().elements;

  it('A4 portrait, margins in points (top/bottom 20 mm, left 30 mm, right 15 mm)', () => {
    expect(doc().page).toEqual({
      width: PAGE.width,
      height: PAGE.height,
      marginTop: PAGE.marginTop,
      marginBottom: PAGE.marginBottom,
      marginLeft: PAGE.marginLeft,
      marginRight: PAGE.marginRight,
    });
  });

  it('header: two borderless columns with agencies, quốc hiệu, tiêu ngữ, number and date, rules under the agency and the motto', () => {
    const table = elements().find((e) => e.type === 'TABLE')!;
    expect(table.table).toMatchObject({ rows: 2, columns: 2, borderWidth: 0, columnWidths: [...HEADER_COLUMNS] });
    const cell = (r: number, c: number) =>
      paragraphsOf(elements()).filter((e) => e.cell?.table === 0 && e.cell.row === r && e.cell.column === c);
    const [parent, issuing, rule1] = cell(0, 0);
    expect(parent!.text).toBe(x.parentAgency);
    expectRole(parent!, 'parentAgency');
    expect(issuing!.text).toBe(x.issuingAgency);
    expectRole(issuing!, 'issuingAgency');
    expect(rule1!.hasHorizontalRule).toBe(true);
    const [national, motto, rule2] = cell(0, 1);
    expect(national!.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expectRole(national!, 'nationalTitle');
    expect(motto!.text).toBe('Độc lập - Tự do - Hạnh phúc');
    expectRole(motto!, 'motto');
    expect(rule2!.hasHorizontalRule).toBe(true);
    expect(cell(1, 0).map((e) => e.text)).toEqual([x.numberLine]);
    expectRole(cell(1, 0)[0]!, 'number');
    expect(cell(1, 1).map((e) => e.text)).toEqual([x.placeDate]);
    expectRole(cell(1, 1)[0]!, 'placeDate');
  });

  it('title: BÁO CÁO and the trích yếu, bold and centred, a rule under the trích yếu', () => {
    const body = paragraphsOf(elements()).filter((e) => e.cell === null);
    const i = body.findIndex((e) => e.text === 'BÁO CÁO');
    expectRole(body[i]!, 'docType');
    expect(body[i + 1]!.text).toBe(x.subject);
    expectRole(body[i + 1]!, 'subject');
    expect(body[i + 2]!.hasHorizontalRule).toBe(true);
  });

  it('body: Times New Roman 14, justified, first-line indent 1 cm, ≥ 6 pt between paragraphs, line spacing 1–1.5', () => {
    const body = paragraphsOf(elements()).filter((e) => e.cell === null && e.text.trim() !== '');
    const start = body.findIndex((e) => e.text.startsWith(x.bodyStart));
    const end = body.findIndex((e) => e.text === 'PHỤ LỤC');
    expect(start).toBeGreaterThan(0);
    const main = body.slice(start, end);
    expect(main.length).toBeGreaterThan(x.bodyMoreThan);
    for (const e of main) {
      expect(e.fontFamily).toBe(FONT_FAMILY);
      expect(e.fontSize).toBe(14);
      expect(e.paragraph!.alignment).toBe('JUSTIFY');
      expect(e.paragraph!.indentFirstLine).toBe(FIRST_LINE_INDENT);
      expect(e.paragraph!.spacingBefore + e.paragraph!.spacingAfter).toBeGreaterThanOrEqual(6);
      expect(e.paragraph!.lineSpacing).toBeGreaterThanOrEqual(1);
      expect(e.paragraph!.lineSpacing).toBeLessThanOrEqual(1.5);
    }
  });

  it('closing: Nơi nhận (bold italic 12, recipients 11 ending ";" and ".") beside the signer’s title and name', () => {
    const closing = paragraphsOf(elements()).filter((e) => e.cell?.table === x.closingTable);
    const left = closing.filter((e) => e.cell!.column === 0);
    const right = closing.filter((e) => e.cell!.column === 1);
    expect(left.map((e) => e.text)).toEqual(['Nơi nhận:', ...x.recipients]);
    expectRole(left[0]!, 'recipientsLabel');
    expectRole(left[1]!, 'recipients');
    expect(right.map((e) => e.text)).toEqual([...x.signature]);
    expectRole(right[0]!, 'signerTitle');
    expectRole(right.at(-1)!, 'signerName');
    expect(elements().filter((e) => e.type === 'TABLE')[x.closingTable]!.table!.borderWidth).toBe(0);
  });

  it('Phụ lục: after a page break, one table, header bold and centred, Times New Roman 11', () => {
    expect(paragraphsOf(elements()).some((e) => e.hasPageBreak)).toBe(true);
    expectRole(findParagraph(elements(), 'PHỤ LỤC'), 'annexTitle');
    const table = elements().filter((e) => e.type === 'TABLE')[x.annexTable]!;
    expect(table.table!.rows).toBe(x.annexRows + 1);
    const cells = paragraphsOf(elements()).filter((e) => e.cell?.table === x.annexTable);
    const header = cells.filter((e) => e.cell!.row === 0);
    expect(header.map((e) => e.text)).toEqual([...x.annexHeader]);
    for (const e of header) expectRole(e, 'tableHeader');
    for (const e of cells.filter((c) => c.cell!.row > 0 && c.text)) {
      expect(e.fontFamily).toBe(FONT_FAMILY);
      expect(e.fontSize).toBe(11);
      expect(e.bold).toBe(false);
    }
  });

  it('every paragraph with text is Times New Roman', () => {
    const texty = paragraphsOf(elements()).filter((e) => e.text.trim() !== '');
    expect(texty.filter((e) => e.fontFamily !== FONT_FAMILY).map((e) => e.text)).toEqual([]);
  });
}
