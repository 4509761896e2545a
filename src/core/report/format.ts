// The Nghị định 30/2020 format of a "Báo cáo", as data (docs/nd30-bao-cao.md): the page in points,
// the font, and for each kind of paragraph its size, bold/italic, alignment, first-line indent,
// spacing and line spacing; the widths of the two borderless layout tables and the Phụ lục table.
// The renderer applies exactly this; the format test checks the document against it.

export const MM = 2.835;

export const PAGE = {
  /** A4 portrait. */
  width: 595.28,
  height: 841.89,
  marginTop: 56.7,
  marginBottom: 56.7,
  marginLeft: 85.0,
  marginRight: 42.5,
} as const;

/** Width of the text between the margins. */
export const TEXT_WIDTH = Math.round((PAGE.width - PAGE.marginLeft - PAGE.marginRight) * 100) / 100;

export const FONT_FAMILY = 'Times New Roman';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphFormat {
  size: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  firstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  /** A multiple of single spacing (DocumentApp ignores values below 1). */
  lineSpacing: number;
}

/** Every kind of paragraph the report has. */
export type ParagraphRole =
  | 'parentAgency'
  | 'issuingAgency'
  | 'nationalTitle'
  | 'motto'
  | 'number'
  | 'placeDate'
  | 'docType'
  | 'subject'
  | 'body'
  | 'partHeading'
  | 'itemHeading'
  | 'point'
  | 'placeholder'
  | 'recipientsLabel'
  | 'recipients'
  | 'signerTitle'
  | 'signerName'
  | 'annexTitle'
  | 'annexSubtitle'
  | 'tableHeader'
  | 'tableCell';

/** Body indent: 1 cm. */
export const FIRST_LINE_INDENT = 28.35;
const BODY_SIZE = 14;
const BODY_LINE_SPACING = 1.15;
const BODY_SPACE = 6;

const p = (size: number, align: Align, extra: Partial<ParagraphFormat> = {}): ParagraphFormat => ({
  size,
  bold: false,
  italic: false,
  align,
  firstLineIndent: 0,
  spaceBefore: 0,
  spaceAfter: 0,
  lineSpacing: 1,
  ...extra,
});
const body = (extra: Partial<ParagraphFormat> = {}): ParagraphFormat =>
  p(BODY_SIZE, 'justify', {
    firstLineIndent: FIRST_LINE_INDENT,
    spaceBefore: BODY_SPACE,
    lineSpacing: BODY_LINE_SPACING,
    ...extra,
  });

export const FORMAT: Readonly<Record<ParagraphRole, ParagraphFormat>> = {
  // Header block (left column: agencies and number; right column: national title, motto, place and date).
  parentAgency: p(12, 'center'),
  issuingAgency: p(12, 'center', { bold: true }),
  nationalTitle: p(12, 'center', { bold: true }),
  motto: p(13, 'center', { bold: true }),
  number: p(13, 'center', { spaceBefore: 6 }),
  placeDate: p(13, 'center', { italic: true, spaceBefore: 6 }),
  // Title.
  docType: p(14, 'center', { bold: true, spaceBefore: 18 }),
  subject: p(14, 'center', { bold: true }),
  // Body.
  body: body(),
  partHeading: body({ bold: true }),
  itemHeading: body({ bold: true }),
  point: body(),
  placeholder: body({ italic: true }),
  // Closing block (left: Nơi nhận; right: signature).
  recipientsLabel: p(12, 'left', { bold: true, italic: true, spaceBefore: 12 }),
  recipients: p(11, 'left'),
  signerTitle: p(14, 'center', { bold: true, spaceBefore: 12 }),
  signerName: p(14, 'center', { bold: true, spaceBefore: 72 }),
  // Phụ lục.
  annexTitle: p(14, 'center', { bold: true }),
  annexSubtitle: p(13, 'center', { italic: true, spaceAfter: 6 }),
  tableHeader: p(11, 'center', { bold: true }),
  tableCell: p(11, 'left'),
};

/** Paragraphs followed by a short rule: the issuing agency, the motto, the trích yếu. */
export const RULED: ReadonlySet<ParagraphRole> = new Set(['issuingAgency', 'motto', 'subject']);

/** Header table: agencies | national title (the quốc hiệu needs the wider column). */
export const HEADER_COLUMNS = [190, TEXT_WIDTH - 190] as const;
/** Closing table: Nơi nhận | signature. */
export const CLOSING_COLUMNS = [TEXT_WIDTH / 2, TEXT_WIDTH / 2] as const;
/**
 * Phụ lục: STT, Mã, Nội dung, Chủ trì, Thời hạn and tình trạng, Kết quả and minh chứng. Widths keep
 * "STT", a code like "III.3.2.1", a date and each status word on one line at 11 pt with the cells'
 * padding (checked by rendering the .docx: test/render/report-pdf.test.ts).
 */
export const ANNEX_COLUMNS = [34, 58, 134, 64, 72, TEXT_WIDTH - 362] as const;
