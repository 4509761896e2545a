// Minh chứng as an assessor reads it in the report (issue 13 §3): a document reference with its
// link, a link inserted over words in the cell (Sheets' own rich text), and a bare URL come through
// the built bundle into the Doc as linked text, in the body and in the Phụ lục; no raw URL is printed.
import { describe, expect, it } from 'vitest';
import type { ReportBuildResult } from '../../src/contracts/report';
import { ProgressStatus } from '../../src/core/domain';
import { SHEETS } from '../../src/core/schema';
import { docIdOf, payload, writeTasks } from '../support/reportWorld';
import { headerOf } from '../support/flagsWorld';
import { PRINCIPAL, trackerWithPlan } from '../support/world';

const PLAN_URL = 'https://drive.google.com/file/d/ke-hoach-12';
const MINUTES_URL = 'https://drive.google.com/file/d/bien-ban';
const PHOTO_URL = 'https://drive.google.com/file/d/anh-hoi-nghi';
const MINUTES = 'Biên bản số 03/BB-THMT ngày 10/02/2026';
const EVIDENCE = [`Kế hoạch số 12/KH-THMT ngày 05/02/2026 ${PLAN_URL}`, MINUTES, PHOTO_URL].join('\n');

describe('evidence in the report', () => {
  const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
  writeTasks(w.sb, [
    {
      owner: 'Trần Văn An',
      dueDate: '2026-02-28',
      progressStatus: ProgressStatus.Done,
      completedDate: '2026-02-20',
      result: 'Đã ban hành kế hoạch và tổ chức hội nghị',
    },
  ]);
  // The owner types the cell with a link inserted over the Biên bản's words, as Sheets lets people do.
  const column = headerOf(w.sb, SHEETS.tasks.name).indexOf('Minh chứng');
  const a1 = `${String.fromCharCode(65 + column)}2`;
  const start = EVIDENCE.indexOf(MINUTES);
  const edit = w.sb.editRichText(PRINCIPAL, SHEETS.tasks.name, a1, EVIDENCE, [
    { start, end: start + MINUTES.length, url: MINUTES_URL },
  ]);
  expect(edit.installable[0]?.error).toBeUndefined();
  const built = w.sb.callServer<ReportBuildResult>(PRINCIPAL, 'reportBuild', payload());
  if (!built.ok) throw new Error(built.message);
  const elements = w.sb.documents.walk(docIdOf(built.url)).elements.filter((e) => e.type === 'PARAGRAPH');
  const linksOf = (e: (typeof elements)[number]) =>
    (e.runs ?? []).filter((r) => r.linkUrl).map((r) => [r.text, r.linkUrl]);
  const expected = [
    ['Kế hoạch số 12/KH-THMT ngày 05/02/2026', PLAN_URL],
    [MINUTES, MINUTES_URL],
    ['Minh chứng 1', PHOTO_URL],
  ];

  it('the body names each item by its reference, linked; a bare URL as "Minh chứng 1"', () => {
    const line = elements.find((e) => e.cell === null && e.text.startsWith('- T1 '))!;
    expect(line.text).toBe(
      '- T1 Nhiệm vụ 1: Đã ban hành kế hoạch và tổ chức hội nghị. Minh chứng: Kế hoạch số 12/KH-THMT ngày 05/02/2026; Biên bản số 03/BB-THMT ngày 10/02/2026; Minh chứng 1.',
    );
    expect(linksOf(line)).toEqual(expected);
  });

  it('the Phụ lục shows the same linked items, and no raw URL appears anywhere', () => {
    const annex = elements.filter((e) => e.cell?.table === 2 && e.cell.row === 1);
    expect(annex.flatMap(linksOf)).toEqual(expected);
    expect(elements.map((e) => e.text).join('\n')).not.toMatch(/https?:\/\//u);
  });
});
