// The demo's ward part (issue 15 §4): UBND phường Mỹ Lộc oversees five schools. Mỹ Thịnh's tracker
// is the school demo's, at the end of its term; the other four are made here from the sample plan
// by the school bundle (dist/), each in its own sandbox: setup and import, assigning from the
// sidebar, then a term of its own staff's edits with its own pace, and for three of them the
// 6-month report built from the report dialog on the day the school sends it — so a late school's
// Sổ báo cáo row is dated after the deadline because its report really was built then, on that
// school's clock. One school never shares its tracker with the ward account. Then the ward office
// runs the ward bundle (dist-ward/): "Khởi tạo sổ phường", types Cấu hình and Đơn vị, runs "Cập nhật
// số liệu các đơn vị" from the menu, turns on the daily run (whose next morning pulls again and
// reminds the units that have not reported), builds "Lập báo cáo phường" as .docx, and
// out/ward-tracker.xlsx is written last, with all of it.
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '../../sandbox/runtime';
import { columnLetter } from '../../sandbox/spreadsheet/a1';
import { exportXlsx } from '../../sandbox/export/xlsx';
import { runSchoolYear, schoolYearScript, type ScriptedTask } from '../../samples/schoolYear';
import {
  MY_THINH,
  OTHER_SCHOOLS,
  principalOf,
  schoolPlanText,
  schoolStaff,
  WARD_NAME,
  WARD_OFFICER,
  WARD_PROVINCE,
  WARD_SIGNER,
  type WardSchool,
} from '../../samples/ward';
import { addDays, isoDateInZone } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import { duePeriod, periodLabel, periodWindow } from '../../src/core/report/periods';
import { PeriodMode } from '../../src/core/settings';
import { periodDeadline } from '../../src/core/ward/state';
import { WARD_SETTINGS } from '../../src/core/ward/settings';
import { formatVn } from '../../src/messages/format';
import { wardMsg } from '../../src/messages/ward';
import { assignSamplePlan } from './assign';
import { reportThroughDialog } from './report';
import { setupAndImport, typeSettings } from './workbook';
import { writeEmails } from './alerts';
import { buildWardReport } from './wardReport';

const ROOT = new URL('../..', import.meta.url).pathname;
const TZ = 'Asia/Ho_Chi_Minh';
/** The schools' term: the school demo's, and the four generated schools'. */
export const TERM_START: IsoDate = '2026-01-21';
export const TERM_END: IsoDate = '2026-06-30';
/**
 * The ward office pulls on Monday 06/07/2026: the 6-month report is the one due (duePeriod: June
 * ended less than 20 days before), its deadline 20/06 has passed, and the late school sent its
 * report on 03/07 — so on time, late, not reported and not reachable all show.
 */
export const PULL_AT = '2026-07-06T08:00:00+07:00';

/** How a generated school works through its plan. */
type Pace = (t: ScriptedTask) => ScriptedTask;
export const AS_PLANNED: Pace = (t) => t;
/** Every task done a week before its deadline. */
const AHEAD: Pace = (t) => ({ ...t, fate: 'onTime', halfwayOn: addDays(t.due, -20), doneOn: addDays(t.due, -7) });
/** What the sample finishes on time comes ten days late; what it finishes late, never. */
const BEHIND: Pace = (t) =>
  t.fate === 'onTime' ? { ...t, fate: 'late', doneOn: addDays(t.due, 10) } : { ...t, fate: 'never', doneOn: null };

export interface SchoolPlan {
  school: WardSchool;
  /** What the demo says of it. */
  story: string;
  pace: Pace;
  /** The day it builds and sends its 6-month report (none: it does not report). */
  reportsOn: IsoDate | null;
  /** Whether it shares its tracker (view) with the ward account. */
  shares: boolean;
}

/** The four generated schools, in Đơn vị's order after Mỹ Thịnh. */
export const SCHOOL_PLANS: readonly SchoolPlan[] = [
  {
    school: OTHER_SCHOOLS[0]!,
    story: 'vượt tiến độ, gửi báo cáo 17/06',
    pace: AHEAD,
    reportsOn: '2026-06-17',
    shares: true,
  },
  {
    school: OTHER_SCHOOLS[1]!,
    story: 'chậm tiến độ, gửi báo cáo muộn 03/07',
    pace: BEHIND,
    reportsOn: '2026-07-03',
    shares: true,
  },
  {
    school: OTHER_SCHOOLS[2]!,
    story: 'theo kế hoạch, chưa gửi báo cáo',
    pace: AS_PLANNED,
    reportsOn: null,
    shares: true,
  },
  {
    school: OTHER_SCHOOLS[3]!,
    story: 'gửi báo cáo 19/06 nhưng không chia sẻ sổ với phường',
    pace: AS_PLANNED,
    reportsOn: '2026-06-19',
    shares: false,
  },
];

const at = (day: IsoDate, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;

/**
 * A school's tracker made by the school bundle: its principal sets it up with the school's own
 * Cấu hình and staff, imports its copy of the sample plan, assigns it from the sidebar, then its
 * staff play the term at the plan's pace; the report is built from the dialog on its day.
 */
export function schoolTracker(plan: SchoolPlan): Sandbox {
  const { school } = plan;
  const principal = principalOf(school);
  const staff = schoolStaff(school);
  const sb = createSandbox({
    start: at('2026-01-20', 8),
    owner: principal,
    editors: staff.map((s) => s.email).filter((e) => e !== principal),
    spreadsheetName: `Sổ theo dõi CCHC 2026 - ${school.name}`,
  });
  setupAndImport(sb, principal, {
    settings: {
      schoolName: school.name,
      docCode: school.docCode,
      principalName: staff[0]!.name,
      principalEmail: principal,
    },
    staff,
    planText: schoolPlanText(school),
  });
  assignSamplePlan(sb, principal);
  const script = schoolYearScript(sb, principal).map(plan.pace);
  const term = (from: IsoDate, to: IsoDate) => runSchoolYear(sb, { from, to, principal, script });
  const report = (day: IsoDate) => {
    sb.clock.set(at(day, 16));
    reportThroughDialog(sb, principal);
  };
  if (plan.reportsOn && plan.reportsOn <= TERM_END) {
    term(TERM_START, plan.reportsOn);
    report(plan.reportsOn);
    term(addDays(plan.reportsOn, 1), TERM_END);
  } else {
    term(TERM_START, TERM_END);
    if (plan.reportsOn) report(plan.reportsOn);
  }
  return sb;
}

export interface UnitOutcome {
  name: string;
  state: string;
  reason: string;
  report: string;
  overdue: string;
  /** Summed over its areas on Số liệu đơn vị (none when unreachable). */
  due: number;
  doneOfDue: number;
}

export interface WardDemo {
  /** The ward tracker's sandbox (dist-ward/), after the pull. */
  ward: Sandbox;
  /** The ward office's account, which ran it. */
  manager: string;
  /** The period pulled, its deadline and the pull's day. */
  period: string;
  deadline: IsoDate;
  today: IsoDate;
  /** The pull's alert. */
  message: string;
  units: UnitOutcome[];
  /** The next morning's daily run: the reminders it sent (to, subject). */
  reminders: { to: string; subject: string }[];
  /** The ward's report, as .docx in the out folder. */
  reportFile: string;
  /** out/ward-tracker.xlsx. */
  file: string;
  lines: string[];
}

/** A person pastes one column at a time under the headers named (a Đơn vị row per record). */
function pasteUnder(sb: Sandbox, user: string, sheet: string, records: readonly Record<string, string>[]): void {
  const header = (sb.spreadsheet.valuesOf(sheet)[0] ?? []).map(String);
  for (const name of Object.keys(records[0] ?? {})) {
    const col = header.indexOf(name);
    if (col < 0) throw new Error(`demo: no column "${name}" on ${sheet}`);
    sb.edit(
      user,
      sheet,
      `${columnLetter(col + 1)}2`,
      records.map((r) => [r[name]]),
    );
  }
}

/** A sheet's rows as records by header. */
function records(sb: Sandbox, sheet: string): Record<string, unknown>[] {
  const [header = [], ...rows] = sb.spreadsheet.valuesOf(sheet);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? ''])));
}

function unitOutcomes(sb: Sandbox): UnitOutcome[] {
  const C = wardMsg.unitColumns;
  const F = wardMsg.figureColumns;
  const figures = records(sb, wardMsg.sheets.figures);
  const sum = (unit: string, column: string) =>
    figures.filter((f) => f[F.unitName] === unit).reduce((n, f) => n + Number(f[column]), 0);
  return records(sb, wardMsg.sheets.units)
    .filter((r) => r[C.name])
    .map((r) => {
      const name = String(r[C.name]);
      return {
        name,
        state: String(r[C.state]),
        reason: String(r[C.reason]),
        report: String(r[C.report]),
        overdue: String(r[C.overdueCount]),
        due: sum(name, F.due),
        doneOfDue: sum(name, F.doneOfDue),
      };
    });
}

/** The ward part of the demo, after the school part: `myThinh` is the school demo's sandbox. */
export async function wardDemo(myThinh: Sandbox, outDir: string): Promise<WardDemo> {
  const lines = [`${MY_THINH.name}: sổ theo dõi của học kỳ ở trên, báo cáo 6 tháng lập ngày ${formatVn(TERM_END)}`];
  const schools = SCHOOL_PLANS.map((plan) => ({ plan, sb: schoolTracker(plan) }));
  for (const { plan } of schools) lines.push(`${plan.school.name}: ${plan.story}`);

  const manager = WARD_OFFICER.email;
  const ward = createSandbox({
    start: PULL_AT,
    owner: manager,
    distDir: join(ROOT, 'dist-ward'),
    spreadsheetName: `Sổ theo dõi CCHC phường ${WARD_NAME} 2026`,
  });
  // Each school's tracker, as its principal shares it with the ward account (or does not).
  const units = [
    { school: MY_THINH, sb: myThinh, shares: true },
    ...schools.map(({ plan, sb }) => ({ school: plan.school, sb, shares: plan.shares })),
  ].map(({ school, sb, shares }) => ({
    school,
    tracker: ward.addSpreadsheet({
      name: sb.spreadsheet.name,
      owner: principalOf(school),
      viewers: shares ? [manager] : [],
      from: sb,
    }),
  }));

  ward.open(manager);
  const setup = ward.clickMenu(manager, wardMsg.menu.setup);
  if (setup.error) throw setup.error;
  typeSettings(ward, manager, WARD_SETTINGS, {
    wardName: WARD_NAME,
    province: WARD_PROVINCE,
    managerEmails: manager,
    signer: WARD_SIGNER.title,
    signerName: WARD_SIGNER.name,
  });
  const C = wardMsg.unitColumns;
  pasteUnder(
    ward,
    manager,
    wardMsg.sheets.units,
    units.map(({ school, tracker }) => ({
      [C.name]: school.name,
      [C.type]: school.type,
      [C.link]: `https://docs.google.com/spreadsheets/d/${tracker.id}/edit`,
      [C.email]: principalOf(school),
      [C.responsible]: WARD_OFFICER.name,
    })),
  );

  const pull = ward.clickMenu(manager, wardMsg.menu.pull);
  if (pull.error) throw pull.error;
  const today = isoDateInZone(ward.clock.now(), TZ);
  const period = duePeriod(today);
  const deadlineLabel = WARD_SETTINGS.find((s) => s.key === 'deadlineDay')!.label;
  const deadlineDay = ward.spreadsheet.valuesOf(wardMsg.sheets.settings).find((r) => r[0] === deadlineLabel)?.[1];
  const deadline = periodDeadline(period, Number(deadlineDay));
  const outcomes = unitOutcomes(ward);
  const cutOff = periodWindow(period, PeriodMode.Calendar).to;
  const message = ward.ui.alerts.at(-1)?.message ?? '';
  lines.push(
    `${formatVn(today)} — phường cập nhật số liệu ${periodLabel(period)} (hạn báo cáo ${formatVn(deadline)}): ${message}`,
  );
  for (const u of outcomes)
    lines.push(
      `${u.name}: ${u.state}${u.report ? ` (${u.report})` : ''}${u.reason ? ` — ${u.reason}` : ''}` +
        // The figures are as of the period's cut-off; Đơn vị's overdue count is as of the pull's day.
        (u.overdue === ''
          ? ''
          : `; đến ${formatVn(cutOff)}: đến hạn ${u.due}, đã hoàn thành ${u.doneOfDue}; ngày ${formatVn(today)}: ${u.overdue} nhiệm vụ quá hạn`),
    );

  // The daily run, turned on from the menu: the next morning it pulls again, then reminds.
  const on = ward.clickMenu(manager, wardMsg.menu.dailyOn);
  if (on.error) throw on.error;
  ward.clock.set(`${addDays(today, 1)}T09:00:00+07:00`);
  for (const run of ward.fireDueTriggers()) if (run.error) throw run.error;
  const reminders = ward.mail.outbox.map((m) => ({ to: m.to.join(', '), subject: m.subject }));
  lines.push(`${formatVn(addDays(today, 1))} — lần chạy hằng ngày đầu tiên: ${reminders.length} email nhắc báo cáo`);
  for (const r of reminders) lines.push(`  ${r.to}: ${r.subject}`);
  await writeEmails(ward, join(outDir, 'ward-emails'));

  const reportFile = await buildWardReport(ward, manager, outDir);
  lines.push(`Báo cáo phường: ${ward.ui.alerts.at(-1)?.message.split('\n')[0] ?? ''}`);

  const file = join(outDir, 'ward-tracker.xlsx');
  await exportXlsx(ward.spreadsheet, file);
  return {
    ward,
    manager,
    period: periodLabel(period),
    deadline,
    today,
    message,
    units: outcomes,
    reminders,
    reportFile,
    file,
    lines,
  };
}
