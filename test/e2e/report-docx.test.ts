// The report exported as .docx (sandbox/export/docx.ts, the `docx` package) keeps the ND30 page
// and the header's fonts: opened with jszip and read as XML, as Word would (test/support/nd30Docx.ts).
import { beforeAll, describe } from 'vitest';
import { trackerWithPlan, PRINCIPAL } from '../support/world';
import type { ReportBuildResult } from '../../src/contracts/report';
import { docIdOf, payload, writeTasks } from '../support/reportWorld';
import { docxXml, itExportsNd30Docx } from '../support/nd30Docx';
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
  xml = await docxXml(w.sb.documents, docIdOf(result.url));
});

describe('report .docx export', () => {
  itExportsNd30Docx(() => xml, {
    parentAgency: 'UBND PHƯỜNG MỸ LỘC',
    issuingAgency: 'TRƯỜNG TIỂU HỌC MỸ THỊNH',
    numberLine: 'Số: 05/BC-THMT',
    placeDate: 'Mỹ Lộc, ngày 25 tháng 3 năm 2026',
    // The header and closing tables are borderless, the Phụ lục table has borders.
    borderless: [true, true, false],
  });
});
