// Every entry point a manager owns checks the role on the server (issue 10): a staff member calling
// it from the menu, the dialogs' google.script.run or the dashboard's image button gets a Vietnamese
// refusal and nothing else — no cell, format or protection changed, no email, no Doc, no trigger.
// (runDailyAlerts, Bật/Tắt nhắc việc and the on-edit handlers are covered with the alerts and edits.)
import { describe, expect, it } from 'vitest';
import type { ExecutionResult, Sandbox } from '../../sandbox/runtime';
import { payload as reportPayload } from '../support/reportWorld';
import { SETUP_MENU, trackerWithPlan, workbookSnapshot } from '../support/world';

/** English words of Apps Script's own errors ("You are trying to edit a protected cell…", "Exception: …"). */
const ENGLISH =
  /\b(the|you|are|is|not|to|of|error|cannot|invalid|please|exception|undefined|failed|protected|function)\b/i;
const REFUSAL = /^Chỉ (hiệu trưởng|chủ sở hữu)/;

type Call = (sb: Sandbox, staff: string) => ExecutionResult;
const menu =
  (label: string): Call =>
  (sb, staff) =>
    sb.clickMenu(staff, label);
const server =
  (name: string, ...args: unknown[]): Call =>
  (sb, staff) =>
    sb.callServerResult(staff, name, ...args);
const viaWebApp =
  (name: string, ...args: unknown[]): Call =>
  (sb, staff) =>
    sb.callWebAppResult(staff, name, ...args);

const PLAN = { kind: 'text', text: 'KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát quy chế' };
/** The dialogs' server functions and what a page would send them. */
const SERVER_CALLS: [string, string, unknown[]][] = [
  ['importPreview', 'importPreview', [PLAN]],
  ['importConfirm', 'importConfirm', [PLAN]],
  ['assignLoad', 'assignLoad', []],
  [
    'assignSubmit',
    'assignSubmit',
    [
      {
        codes: ['II.1'],
        ownerId: 'email:hieutruong@thmythinh.edu.vn',
        coOwnerIds: [],
        startDate: '2026-02-01',
        dueDate: '2026-03-31',
        note: '',
        sendEmail: true,
        confirmReassign: true,
      },
    ],
  ],
  ['reportLoad', 'reportLoad', []],
  ['reportPreview', 'reportPreview', [reportPayload()]],
  ['reportBuild', 'reportBuild', [reportPayload({ pdf: true })]],
  // The role comes first: a staff member learns nothing from field errors about a dialog they may not use.
  ['reportBuild with a bad payload', 'reportBuild', [{ period: 'Q9:2026' }]],
];

const ENTRY_POINTS: [string, Call][] = [
  ['menuSetupWorkbook', menu(SETUP_MENU)],
  ['menuImportPlan', menu('Nhập kế hoạch…')],
  ['menuAssignTasks', menu('Giao nhiệm vụ…')],
  ['menuRefreshFormatting', menu('Làm mới định dạng')],
  ['menuConfirmCompletion', menu('Xác nhận hoàn thành (dòng đang chọn)')],
  ['menuSendBackCompletion', menu('Trả lại nhiệm vụ chờ xác nhận (dòng đang chọn)…')],
  ['menuCreateReport', menu('Tạo báo cáo…')],
  ['dashboardCreateReport', (sb, staff) => sb.clickButton(staff, 'dashboardCreateReport')],
  ...SERVER_CALLS.map(([label, name, args]): [string, Call] => [label, server(name, ...args)]),
  // google.script.run reaches every global function from the web app's page too, and there the
  // script executes as the principal (appsscript.json webapp USER_DEPLOYING): the role is the visitor's.
  ...SERVER_CALLS.map(([label, name, args]): [string, Call] => [
    `${label}, through the web app`,
    viaWebApp(name, ...args),
  ]),
];

/** What the person sees: the alerts and dialogs shown, or what the page shows for a server call. */
function seen(sb: Sandbox, from: number, run: ExecutionResult): string[] {
  const shown = sb.ui.shown.slice(from).map((s) => ('message' in s ? s.message : `dialog: ${s.title}`));
  if (run.execution.kind !== 'scriptRun') return shown;
  if (run.error) return [...shown, run.error.message];
  const r = run.result as { message?: unknown; errors?: unknown } | undefined;
  return [...shown, String(r?.message || JSON.stringify(r))];
}

describe('a staff member calling a manager entry point', () => {
  const world = trackerWithPlan();
  const { sb } = world;
  // Setup again so the protections cover the managers pasted into Cán bộ after the first setup.
  expect(sb.clickMenu(world.principal, SETUP_MENU).error).toBeUndefined();
  const staff = world.staff.find((s) => s.role !== 'Quản lý' && s.email !== world.principal)!.email;
  sb.open(staff);

  it.each(ENTRY_POINTS)(
    '%s: a Vietnamese refusal, no English, nothing written, no mail, no Doc, no trigger',
    (_name, call) => {
      const before = workbookSnapshot(sb);
      const mail = sb.mail.outbox.length;
      const driveItems = sb.drive.model.items.size;
      const triggers = sb.triggers.triggers.length;
      const logRows = sb.spreadsheet.valuesOf('Nhật ký').length;
      const from = sb.ui.shown.length;

      const run = call(sb, staff);

      const texts = seen(sb, from, run);
      expect(texts, 'exactly one thing shown').toHaveLength(1);
      expect(texts[0]).toMatch(REFUSAL);
      expect(texts[0]).not.toMatch(ENGLISH);
      expect(workbookSnapshot(sb)).toBe(before);
      expect(sb.spreadsheet.valuesOf('Nhật ký').length).toBe(logRows);
      expect(sb.mail.outbox.length).toBe(mail);
      expect(sb.drive.model.items.size).toBe(driveItems);
      expect(sb.triggers.triggers.length).toBe(triggers);
    },
  );
});
