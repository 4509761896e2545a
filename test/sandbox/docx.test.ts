// The .docx export of a sandbox Doc, read back (unzip + word/document.xml): page, fonts, sizes,
// bold/italic, alignment, indents, spacing, lists, borderless tables, rules, breaks, links.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportDocx } from '../../sandbox/export/docx';
import { docsSandbox, OWNER } from '../support/serviceSandbox';

async function buildReportLikeDoc(): Promise<{ xml: string; numbering: string }> {
  const { env, docs, DocumentApp } = docsSandbox();
  const { result: id } = env.run('menu', 'taoBaoCao', { active: OWNER, effective: OWNER }, () => {
    const doc = DocumentApp.create('BC CCHC Quý I 2026 - TH Mỹ Thịnh');
    const body = doc.getBody();
    body
      .setPageWidth(595.28)
      .setPageHeight(841.89)
      .setMarginTop(56.7)
      .setMarginBottom(56.7)
      .setMarginLeft(85)
      .setMarginRight(42.5);
    const header = body.appendTable([
      ['UBND PHƯỜNG MỸ LỘC\nTRƯỜNG TIỂU HỌC MỸ THỊNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ]);
    header.setBorderWidth(0).setColumnWidth(0, 200).setColumnWidth(1, 267.78);
    header.getCell(0, 0).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    header.getCell(0, 1).appendHorizontalRule();
    const title = body.appendParagraph('BÁO CÁO');
    title.setAlignment(DocumentApp.HorizontalAlignment.CENTER).editAsText().setBold(true).setFontSize(14);
    const date = body.appendParagraph('Mỹ Lộc, ngày 05 tháng 01 năm 2026');
    date.setAlignment(DocumentApp.HorizontalAlignment.RIGHT).editAsText().setItalic(true);
    const p = body.appendParagraph('Căn cứ Kế hoạch số 47/KH-THMT, xem https://example.com/minh-chung');
    p.setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
      .setIndentFirstLine(28.35)
      .setSpacingBefore(6)
      .setSpacingAfter(6)
      .setLineSpacing(1.15);
    p.editAsText().setLinkUrl(35, 64, 'https://example.com/minh-chung');
    body.appendListItem('Cải cách thể chế').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendListItem('Rà soát văn bản').setNestingLevel(1);
    body.appendPageBreak();
    body
      .appendTable([
        ['STT', 'Mã'],
        ['1', 'II.1'],
      ])
      .setBorderWidth(1);
    body.editAsText().setFontFamily('Times New Roman');
    return doc.getId();
  });
  const zip = await JSZip.loadAsync(await exportDocx(docs, id));
  return {
    xml: await zip.file('word/document.xml')!.async('string'),
    numbering: (await zip.file('word/numbering.xml')?.async('string')) ?? '',
  };
}

describe('exportDocx', () => {
  it('carries the page size and margins, points to twips (A4, 20/30/15 mm)', async () => {
    const { xml } = await buildReportLikeDoc();
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1700"/);
  });

  it('carries fonts, sizes in half-points, bold and italic', async () => {
    const { xml } = await buildReportLikeDoc();
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toContain('w:ascii="Arial"');
    const title = /<w:p>(?:(?!<\/w:p>).)*BÁO CÁO(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const date = /<w:p>(?:(?!<\/w:p>).)*Mỹ Lộc, ngày(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(date).toContain('<w:i/>');
    expect(date).toContain('<w:sz w:val="22"/>');
    expect(date).toContain('<w:jc w:val="right"/>');
  });

  it('carries justified body text with first-line indent, spacing, line spacing and links', async () => {
    const { xml } = await buildReportLikeDoc();
    const body = /<w:p>(?:(?!<\/w:p>).)*Căn cứ Kế hoạch(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind [^>]*w:firstLine="567"/);
    const spacing = /<w:spacing [^>]*\/>/.exec(body)?.[0] ?? '';
    for (const attr of ['w:before="120"', 'w:after="120"', 'w:line="276"', 'w:lineRule="auto"'])
      expect(spacing).toContain(attr);
    expect(body).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"><w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:color w:val="1155CC"\/>/s);
  });

  it('writes the header table borderless with its column widths, and the data table with borders', async () => {
    const { xml } = await buildReportLikeDoc();
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables).toHaveLength(2);
    expect(tables[0]).toContain('<w:gridCol w:w="4000"/>');
    expect(tables[0]).toMatch(/<w:top w:val="none"/);
    expect(tables[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(tables[0]).toContain('<w:br/>');
    expect(tables[0]).toMatch(/<w:bottom w:val="single"/);
    expect(tables[1]).toMatch(/<w:top w:val="single"/);
  });

  it('writes list items with their level and glyph, and the page break', async () => {
    const { xml, numbering } = await buildReportLikeDoc();
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(xml).toContain('<w:br w:type="page"/>');
  });
});
