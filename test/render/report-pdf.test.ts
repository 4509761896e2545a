// The report as the principal reads it printed: the 2026 plan's 42 tasks with a term's progress,
// the half-year report built through reportBuild, written to .docx by the sandbox's writer,
// rendered by LibreOffice and read back page by page (scripts/render.ts). No date, code or STT
// wraps inside the Phụ lục's narrow columns, the body fits 6 A4 pages, nothing reads ".:", and
// the dialog's page estimate is within a page of the rendering. Skipped with one line when
// LibreOffice or pdftotext is missing (test/support/globalSetup.ts); required under CI=true.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../sandbox/export/docx';
import { missingRenderTools, renderDocx, reportPageCounts, type RenderedDocument } from '../../scripts/render';
import type { ReportBuildResult, ReportPreview } from '../../src/contracts/report';
import { ProgressStatus, type Task } from '../../src/core/domain';
import { addDays } from '../../src/core/dates';
import { formatVn } from '../../src/messages/format';
import { docIdOf, payload, readBackTasks, writeTasks, type TaskSpec } from '../support/reportWorld';
import { PRINCIPAL, trackerWithPlan } from '../support/world';

const RESULTS = [
  'Đã triển khai đến toàn thể cán bộ, giáo viên; có biên bản và kế hoạch chi tiết kèm theo.',
  'Đã rà soát, cập nhật đầy đủ; kết quả được công khai trên Cổng thông tin điện tử của trường.',
  'Đã hoàn thành, báo cáo kết quả gửi Ban giám hiệu đúng mẫu.',
];
const DIFFICULTIES = ['Trùng lịch dạy và các hoạt động chuyên môn nên chưa bố trí được thời gian.'];
const PROPOSALS = [
  'Đề nghị Ban giám hiệu điều chỉnh thời hạn và bố trí thêm người phối hợp.',
  'Đề nghị UBND phường tổ chức tập huấn cho cán bộ phụ trách.',
];

/** A term's progress on each plan task, by its place: done on time, done late, overdue, in progress. */
function progressed(tasks: readonly Task[]): TaskSpec[] {
  return tasks.map((t, i): TaskSpec => {
    const due = t.dueDate ?? '2026-05-29';
    const { row: _row, ...plan } = t;
    const base: TaskSpec = { ...plan, owner: t.owner || 'Trần Văn An', dueDate: due };
    const evidence = `https://drive.google.com/drive/folders/minh-chung-${t.code.replaceAll('.', '-')}`;
    if (due > '2026-06-30') return { ...base, progressStatus: ProgressStatus.InProgress, progress: 0.3 };
    if (i % 4 === 3)
      return {
        ...base,
        progressStatus: ProgressStatus.InProgress,
        difficulties: DIFFICULTIES[0],
        proposal: PROPOSALS[i % 2],
      };
    return {
      ...base,
      progressStatus: ProgressStatus.Done,
      progress: 1,
      completedDate: i % 3 === 0 ? addDays(due, 4) : addDays(due, -2),
      result: RESULTS[i % RESULTS.length],
      evidence,
    };
  });
}

const missing = missingRenderTools();

describe.skipIf(missing !== null)('the half-year report, rendered by LibreOffice', () => {
  let rendered: RenderedDocument;
  let tasks: Task[];
  let preview: ReportPreview;
  let docText: string;

  beforeAll(async () => {
    const w = trackerWithPlan({ start: '2026-06-30T16:00:00+07:00' });
    writeTasks(w.sb, progressed(readBackTasks(w.sb)));
    tasks = readBackTasks(w.sb);
    const request = payload({ period: 'H1:2026', reportDate: '2026-06-30', number: '01' });
    preview = w.sb.callServer<ReportPreview>(PRINCIPAL, 'reportPreview', request);
    const built = w.sb.callServer<ReportBuildResult>(PRINCIPAL, 'reportBuild', request);
    if (!built.ok) throw new Error(built.message);
    const id = docIdOf(built.url);
    docText = w.sb.documents.body(id).getText();
    rendered = renderDocx(await exportDocx(w.sb.documents, id));
  }, 180_000);

  const annexText = () => rendered.pages.slice(reportPageCounts(rendered).body).join('\n');

  it('fits the body in 6 A4 pages, up to the signature', () => {
    expect(tasks.length).toBe(42);
    const pages = reportPageCounts(rendered);
    expect(pages.body).toBeGreaterThanOrEqual(1);
    expect(pages.body).toBeLessThanOrEqual(6);
  });

  it('never splits a date, a task code or "STT" across lines in the Phụ lục', () => {
    const annex = annexText();
    // A date cut inside its digits or after a slash leaves a fragment at a line's end.
    expect(annex.match(/(?:^|\s)\d{1,2}\/\d{2}\/\d{0,3}(?=\s|$)/gmu) ?? []).toEqual([]);
    expect(annex.match(/(?:^|\s)\d{1,2}\/(?=\s|$)/gmu) ?? []).toEqual([]);
    for (const t of tasks) {
      expect(annex).toContain(formatVn(t.dueDate));
      expect(annex, t.code).toMatch(new RegExp(`(?:^|\\s)${t.code.replaceAll('.', '\\.')}(?:\\s|$)`, 'mu'));
    }
    expect(annex).toMatch(/(?:^|\s)STT(?:\s|$)/mu);
  });

  it('has no ".:", "..", ". ." or space before a full stop anywhere', () => {
    for (const text of [docText, rendered.pages.join('\n')]) {
      expect(text).not.toMatch(/\.:/u);
      expect(text).not.toMatch(/[^.]\.\.(?!\.)/u);
      expect(text).not.toMatch(/\. \./u);
    }
    expect(docText).not.toMatch(/ [.,;:](?:\s|$)/mu);
  });

  it('shows evidence as linked words, never a raw URL', () => {
    expect(docText).not.toMatch(/https?:\/\//u);
    expect(docText).toContain('Minh chứng 1');
  });

  it('the dialog estimated the pages within one of the rendering', () => {
    const pages = reportPageCounts(rendered);
    expect(Math.abs(preview.pages.body - pages.body)).toBeLessThanOrEqual(1);
    expect(Math.abs(preview.pages.annex - pages.annex)).toBeLessThanOrEqual(1);
  });
});
