// The report exported as .docx (sandbox/export/docx.ts, the `docx` package) keeps the ND30 page
// and the header's fonts: opened with jszip and read as XML, as Word would.
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { trackerWithPlan, PRINCIPAL } from '../support/world';
import type { ReportBuildResult } from '../../src/contracts/report';
import { docIdOf, payload, writeTasks } from '../support/reportWorld';
import { exportDocx } from '../../sandbox/export/docx';
import { PAGE } from '../../src/core/report/format';
import { Area, ProgressStatus } from '../../src/core/domain';

let xml = '';

beforeAll(async () => {
  const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
  writeTasks(w.sb, [
    {
      area: Area.Direction,
      owner: 'Nguyễn Thị Lê',
      dueDate: '2026-01-31',
      progressStatus: ProgressStatus.Done,
      completedDate: '2026-01-25',
      result: 'Đã ban hành kế hoạch',
    },
    { owner: 'Trần Văn An', dueDate: '2026-02-28', difficulties: 'Thiếu máy scan' },
  ]);
  const result = w.sb.callServer<ReportBuildResult>(PRINCIPAL, 'reportBuild', payload());
  if (!result.ok) throw new Error(JSON.stringify(result));
  const zip = await JSZip.loadAsync(await exportDocx(w.sb.documents, docIdOf(result.url)));
  xml = await zip.file('word/document.xml')!.async('string');
});

/** The run properties of the run holding exactly this text. */
function runProps(text: string): string {
  const runs = xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];
  const run = runs.find((r) => new RegExp(`<w:t[^>]*>${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</w:t>`).test(r));
  if (!run) throw new Error(`no run "${text}"`);
  return /<w:rPr>(.*?)<\/w:rPr>/s.exec(run)?.[1] ?? '';
}

const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1]);
const twips = (pt: number) => Math.round(pt * 20);

describe('report .docx export', () => {
  it('A4 with the ND30 margins (twips: points × 20)', () => {
    const size = /<w:pgSz[^>]*>/.exec(xml)![0];
    expect(attr(size, 'w:w')).toBe(twips(PAGE.width));
    expect(attr(size, 'w:h')).toBe(twips(PAGE.height));
    const margins = /<w:pgMar[^>]*>/.exec(xml)![0];
    expect(attr(margins, 'w:top')).toBe(twips(PAGE.marginTop));
    expect(attr(margins, 'w:bottom')).toBe(twips(PAGE.marginBottom));
    expect(attr(margins, 'w:left')).toBe(twips(PAGE.marginLeft));
    expect(attr(margins, 'w:right')).toBe(twips(PAGE.marginRight));
  });

  it.each([
    ['UBND PHƯỜNG MỸ LỘC', 24, false, false],
    ['TRƯỜNG TIỂU HỌC MỸ THỊNH', 24, true, false],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, true, false],
    ['Độc lập - Tự do - Hạnh phúc', 26, true, false],
    ['Số: 05/BC-THMT', 26, false, false],
    ['Mỹ Lộc, ngày 25 tháng 3 năm 2026', 26, false, true],
    ['BÁO CÁO', 28, true, false],
  ] as const)(
    'header run "%s": Times New Roman, %i half-points, bold %s, italic %s',
    (text, halfPoints, bold, italic) => {
      const props = runProps(text);
      expect(props).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
      expect(attr(/<w:sz [^>]*>/.exec(props)![0], 'w:val')).toBe(halfPoints);
      expect(/<w:b\/>|<w:b w:val="(true|1)"\/>/.test(props)).toBe(bold);
      expect(/<w:i\/>|<w:i w:val="(true|1)"\/>/.test(props)).toBe(italic);
    },
  );

  it('the header and closing tables are borderless, the Phụ lục table has borders', () => {
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables.length).toBe(3);
    const borders = (t: string) => /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(t)?.[1] ?? '';
    for (const t of tables.slice(0, 2)) {
      expect(borders(t)).toMatch(/<w:top w:val="none"/);
      expect(borders(t)).not.toMatch(/w:val="single"/);
    }
    expect(borders(tables[2]!)).toMatch(/w:val="single"/);
  });
});
