// `npm start`: the whole product, offline, on the sample plan. The built dist/Code.js runs in the
// sandbox as Apps Script would run it; the principal and the staff act through the menu, the
// dialogs, the sidebar and their own edits while the clock runs through a school term. Writes
// what a person can open: out/tracker.xlsx, the report as .docx, and every email as .eml. Then the
// ward edition (dist-ward/) over Mỹ Thịnh and four more schools: out/ward-tracker.xlsx.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox } from '../sandbox/runtime';
import { exportXlsx } from '../sandbox/export/xlsx';
import { loadSampleStaff, PRINCIPAL } from '../samples';
import { addDays } from '../src/core/dates';
import { formatVn } from '../src/messages/format';
import { setupAndImport } from './demo/workbook';
import { assignSamplePlan } from './demo/assign';
import { enableAlerts, simulateTerm, writeEmails } from './demo/alerts';
import { demoFlags } from './demo/flags';
import { buildHalfYearReport } from './demo/report';
import { myTasksFromThePage, myTasksScreenshot } from './demo/myTasks';
import { TERM_END, TERM_START, wardDemo } from './demo/ward';
import { missingRenderTools, renderDocx, reportPageCounts } from './render';

const OUT = join(new URL('..', import.meta.url).pathname, 'out');
const TERM = { from: TERM_START, to: TERM_END } as const;
/** The day two teachers update from "Nhiệm vụ của tôi", mid-term. */
const PAGE_DAY = '2026-04-22';

const step = (title: string) => console.log(`\n▶ ${title}`);
const line = (text: string) => console.log(`  ${text}`);

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const staff = loadSampleStaff();
  const sb = createSandbox({
    start: '2026-01-20T08:00:00+07:00',
    owner: PRINCIPAL,
    editors: staff.map((s) => s.email).filter((e) => e && e !== PRINCIPAL),
  });

  step('20/01/2026 — Hiệu trưởng khởi tạo sổ theo dõi và nhập Kế hoạch 47/KH-THMT');
  const workbook = setupAndImport(sb, PRINCIPAL);
  line(
    `${workbook.staff} cán bộ; ${workbook.preview.total} nhiệm vụ: ${workbook.preview.byArea.map((a) => `${a.area} ${a.count}`).join(', ')}`,
  );
  line(workbook.importMessage);

  step('Giao nhiệm vụ từ thanh bên');
  const assigned = assignSamplePlan(sb, PRINCIPAL);
  line(`${assigned.tasks} nhiệm vụ trong ${assigned.actions} lần giao; ${assigned.emails} email báo giao việc`);

  step('Bật nhắc việc tự động');
  line(enableAlerts(sb, PRINCIPAL).split('\n')[0] ?? '');

  step(`Học kỳ mô phỏng ${TERM.from} → ${TERM.to}: cán bộ cập nhật, trình kích hoạt chạy mỗi ngày`);
  const before = simulateTerm(sb, PRINCIPAL, TERM.from, PAGE_DAY);
  line(`Đến ${formatVn(PAGE_DAY)}: ${before.days} ngày`);

  step(
    `${formatVn(PAGE_DAY)} — Hai giáo viên cập nhật trên trang "Nhiệm vụ của tôi" (điện thoại), hiệu trưởng xác nhận`,
  );
  sb.clock.set(`${PAGE_DAY}T16:00:00+07:00`);
  const fromPage = myTasksFromThePage(sb, PRINCIPAL, before.script, PAGE_DAY);
  for (const text of fromPage.lines) line(text);

  const after = simulateTerm(sb, PRINCIPAL, addDays(PAGE_DAY, 1), TERM.to);
  const term = {
    days: before.days + after.days,
    digests: before.digests + after.digests,
    summaries: before.summaries + after.summaries,
    recipients: new Set([...before.recipientEmails, ...after.recipientEmails]).size,
  };
  line(
    `Cả học kỳ: ${term.days} ngày; ${term.digests} email nhắc việc, ${term.summaries} bản tóm tắt cho hiệu trưởng, ${term.recipients} người nhận`,
  );

  step('Làm mới định dạng và Tổng hợp');
  for (const text of demoFlags(sb, PRINCIPAL)) line(text);

  step('Báo cáo 6 tháng đầu năm 2026');
  const report = await buildHalfYearReport(sb, PRINCIPAL);
  line(`Số ${report.number}: ${report.rate}`);

  step('Xuất tệp');
  await exportXlsx(sb.spreadsheet, join(OUT, 'tracker.xlsx'));
  const emails = await writeEmails(sb, join(OUT, 'emails'));
  line(`out/tracker.xlsx`);
  line(`out/${report.file.split('/').pop()}`);
  line(`out/emails/: ${emails} tệp .eml`);
  const shot = await myTasksScreenshot(sb, fromPage.teacher, join(OUT, 'my-tasks.png'));
  line(shot.startsWith(OUT) ? 'out/my-tasks.png' : shot);
  const calls = [...sb.env.counter.totals].filter(([k]) => !k.includes('.')).map(([k, n]) => `${k} ${n}`);
  line(`Lệnh gọi dịch vụ trong cả học kỳ: ${calls.join(', ')}`);

  step('Số trang của báo cáo (LibreOffice dựng tệp .docx thành PDF)');
  line(`Ước tính trong hộp thoại: ${report.estimate.body} trang thân, ${report.estimate.annex} trang phụ lục`);
  const missing = missingRenderTools();
  if (missing) line(`Không đo được: ${missing}`);
  else {
    const pages = reportPageCounts(renderDocx(readFileSync(report.file)));
    line(
      `Thân báo cáo (đến chữ ký): ${pages.body} trang A4; phụ lục: ${pages.annex} trang; tổng: ${pages.total} trang`,
    );
  }

  step('Phường Mỹ Lộc: sổ phường theo dõi 5 trường (bản phường, dist-ward/)');
  const started = Date.now();
  const ward = await wardDemo(sb, OUT);
  for (const text of ward.lines) line(text);
  line('out/ward-tracker.xlsx');
  line(`out/${ward.reportFile.split('/').pop()}`);
  line(`out/ward-emails/: ${ward.reminders.length} tệp .eml`);
  line(
    `Phần phường (4 sổ trường, sổ phường, xuất tệp): ${((Date.now() - started) / 1000).toFixed(1).replace('.', ',')} giây`,
  );
}

await main();
