// The Nghị định 30/2020 checks of a report exported as .docx (sandbox/export/docx.ts, the `docx`
// package), read as XML as Word would: the A4 page and margins, the header's runs in Times New
// Roman with their sizes, bold and italic, and which tables are borderless (layout) and which have
// borders. The school's report (test/e2e/report-docx.test.ts) and the ward's
// (test/e2e/ward-report.test.ts) pass the same checks.
import { expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportDocx } from '../../sandbox/export/docx';
import type { DocumentService } from '../../sandbox/document';
import { PAGE } from '../../src/core/report/format';
import type { Nd30Expected } from './nd30';

/** word/document.xml of the Doc exported as .docx. */
export async function docxXml(documents: DocumentService, id: string): Promise<string> {
  const zip = await JSZip.loadAsync(await exportDocx(documents, id));
  return zip.file('word/document.xml')!.async('string');
}

/** The run properties of the run holding exactly this text. */
function runProps(xml: string, text: string): string {
  const runs = xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];
  const run = runs.find((r) => new RegExp(`<w:t[^>]*>${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</w:t>`).test(r));
  if (!run) throw new Error(`no run "${text}"`);
  return /<w:rPr>(.*?)<\/w:rPr>/s.exec(run)?.[1] ?? '';
}

const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1]);
const twips = (pt: number) => Math.round(pt * 20);

export interface Nd30DocxExpected extends Pick<
  Nd30Expected,
  'parentAgency' | 'issuingAgency' | 'numberLine' | 'placeDate'
> {
  /** For each table of the Doc in order: true when it is a borderless layout table. */
  borderless: readonly boolean[];
}

/** The header's runs: text, size in half-points, bold, italic (docs/nd30-bao-cao.md). */
const headerRuns = (x: Nd30DocxExpected) =>
  [
    [x.parentAgency, 24, false, false],
    [x.issuingAgency, 24, true, false],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, true, false],
    ['Độc lập - Tự do - Hạnh phúc', 26, true, false],
    [x.numberLine, 26, false, false],
    [x.placeDate, 26, false, true],
    ['BÁO CÁO', 28, true, false],
  ] as const;

export function itExportsNd30Docx(xml: () => string, x: Nd30DocxExpected): void {
  it('A4 with the ND30 margins (twips: points × 20)', () => {
    const size = /<w:pgSz[^>]*>/.exec(xml())![0];
    expect(attr(size, 'w:w')).toBe(twips(PAGE.width));
    expect(attr(size, 'w:h')).toBe(twips(PAGE.height));
    const margins = /<w:pgMar[^>]*>/.exec(xml())![0];
    expect(attr(margins, 'w:top')).toBe(twips(PAGE.marginTop));
    expect(attr(margins, 'w:bottom')).toBe(twips(PAGE.marginBottom));
    expect(attr(margins, 'w:left')).toBe(twips(PAGE.marginLeft));
    expect(attr(margins, 'w:right')).toBe(twips(PAGE.marginRight));
  });

  it.each(headerRuns(x))(
    'header run "%s": Times New Roman, %i half-points, bold %s, italic %s',
    (text, halfPoints, bold, italic) => {
      const props = runProps(xml(), text);
      expect(props).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
      expect(attr(/<w:sz [^>]*>/.exec(props)![0], 'w:val')).toBe(halfPoints);
      expect(/<w:b\/>|<w:b w:val="(true|1)"\/>/.test(props)).toBe(bold);
      expect(/<w:i\/>|<w:i w:val="(true|1)"\/>/.test(props)).toBe(italic);
    },
  );

  it('the layout tables (header, closing) are borderless, the data tables have borders', () => {
    const tables = xml().match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables.length).toBe(x.borderless.length);
    const borders = (t: string) => /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(t)?.[1] ?? '';
    tables.forEach((t, i) => {
      if (x.borderless[i]) {
        expect(borders(t)).toMatch(/<w:top w:val="none"/);
        expect(borders(t)).not.toMatch(/w:val="single"/);
      } else expect(borders(t)).toMatch(/w:val="single"/);
    });
  });
}
