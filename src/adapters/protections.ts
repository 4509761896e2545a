// Who may edit what, as Apps Script protections: in Nhiệm vụ the header row, the plan columns
// (Mã … Ghi chú kế hoạch) and the computed ones (Tình trạng, Số ngày quá hạn, Cập nhật lần cuối)
// are for managers, the progress columns for everyone the file is shared with; Cấu hình and Cán bộ are for managers. Nhật ký is for the owner AND the managers: a script
// run from the menu or the sidebar writes as the person running it, and protections apply to it,
// so a manager's assignment could not append its log lines otherwise. Staff cannot touch it.
// Sổ báo cáo, Tổng hợp and the hidden Nhắc việc đã gửi are written only by a manager's action (the
// report, a refresh, the daily run as the manager who enabled alerts): managers and the owner too.
// The tracker's protections are found by their "CCHC:" description and updated, never duplicated.
// Applied by setup and again each time a manager opens "Giao nhiệm vụ…", which is when a changed
// managers list (Cấu hình → Email quản lý, or Vai trò in Cán bộ) takes effect, and when the copy
// of the managers in Document Properties is refreshed.
import { columnRuns } from '../core/assign/assignment';
import type { StaffMember } from '../core/domain';
import { SHEETS, type SheetDef } from '../core/schema';
import type { Settings } from '../core/settings';
import { managerCopyOf, managerEmails } from '../core/roles';
import { findSheet, mapHeaders } from './table';
import { readStaff, requireSheet } from './tracker';
import { requireSettings } from './settingsSheet';
import { assignMsg, protectionMsg } from '../messages';
import { saveManagerCopy } from './managerCopy';
import { spreadsheetOwner } from './session';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const OURS = 'CCHC:';

export interface WantedProtection {
  description: string;
  /** A range protection, or the whole sheet. */
  range: Range | null;
  sheet: Sheet;
}

function wantedProtections(ss: Spreadsheet): WantedProtection[] {
  const tasks = requireSheet(ss, SHEETS.tasks);
  const maxRows = tasks.getMaxRows();
  const lastCol = Math.max(tasks.getLastColumn(), 1);
  const header = tasks.getRange(1, 1, 1, lastCol).getValues()[0] ?? [];
  const columns = mapHeaders(header, SHEETS.tasks.columns);
  // Plan columns, and the columns the tracker computes (a typed-over stamp or Tình trạng would be a forgery).
  const columnsOf = (owner: 'plan' | 'script', description: string): WantedProtection[] => {
    const found = SHEETS.tasks.columns
      .filter((c) => c.owner === owner)
      .map((c) => columns.get(c.key))
      .filter((i): i is number => i !== undefined);
    return columnRuns(found).map((run, i) => ({
      description: i === 0 ? description : `${description} (${i + 1})`,
      range: tasks.getRange(1, run.start + 1, maxRows, run.width),
      sheet: tasks,
    }));
  };
  const wanted: WantedProtection[] = [
    { description: assignMsg.protectHeader, range: tasks.getRange(1, 1, 1, tasks.getMaxColumns()), sheet: tasks },
    ...columnsOf('plan', assignMsg.protectPlan),
    ...columnsOf('script', assignMsg.protectComputed),
  ];
  const sheets: [SheetDef, string][] = [
    [SHEETS.settings, assignMsg.protectSettings],
    [SHEETS.staff, assignMsg.protectStaff],
    [SHEETS.log, assignMsg.protectLog],
    [SHEETS.reports, protectionMsg.reports],
    [SHEETS.dashboard, protectionMsg.dashboard],
    [SHEETS.sentAlerts, protectionMsg.sentAlerts],
  ];
  for (const [def, description] of sheets) {
    const sheet = findSheet(ss, def);
    if (sheet) wanted.push({ description, range: null, sheet });
  }
  return wanted;
}

/** The owner can always edit and getEditors() may or may not list them: the diff leaves the owner out. */
function setEditors(p: Protection, editors: readonly string[], owner: string): void {
  const current = p
    .getEditors()
    .map((u) => u.getEmail().toLowerCase())
    .filter((e) => e !== owner);
  const add = editors.filter((e) => e !== owner && !current.includes(e));
  const remove = current.filter((e) => !editors.includes(e));
  if (add.length) p.addEditors(add);
  if (remove.length) p.removeEditors(remove);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/** Creates or updates the tracker's protections; editors are the managers and the owner. */
export function applyProtections(ss: Spreadsheet, known?: { settings: Settings; staff: readonly StaffMember[] }): void {
  const settings = known?.settings ?? requireSettings(ss);
  const staff = known?.staff ?? readStaff(ss);
  syncProtections(ss, wantedProtections(ss), managerEmails(settings, staff));
  // Only a manager's action gets here (setup, the assign sidebar): the copy roles.ts trusts when Cấu hình is gone.
  saveManagerCopy(managerCopyOf(settings, staff));
}

/**
 * Makes the "CCHC:" protections of a workbook exactly `wanted`, each editable by `managers` and the
 * owner: found by description and updated, a moved range protected anew, ours no longer wanted
 * removed. The school's tracker (above) and the ward's (src/ward/adapters/wardBook.ts) share it.
 */
export function syncProtections(
  ss: Spreadsheet,
  wanted: readonly WantedProtection[],
  managers: readonly string[],
): void {
  const owner = spreadsheetOwner(ss);
  const editors = [...new Set([...managers, owner].filter(Boolean))];

  const existing = [
    ...ss.getProtections(SpreadsheetApp.ProtectionType.RANGE),
    ...ss.getProtections(SpreadsheetApp.ProtectionType.SHEET),
  ]
    .map((p) => ({ p, description: p.getDescription() }))
    .filter((x) => x.description.startsWith(OURS));

  const used = new Set<Protection>();
  for (const w of wanted) {
    const match = existing.find(
      (x) =>
        x.description === w.description &&
        !used.has(x.p) &&
        (w.range
          ? x.p.getProtectionType() === SpreadsheetApp.ProtectionType.RANGE
          : x.p.getProtectionType() === SpreadsheetApp.ProtectionType.SHEET),
    );
    // A range that moved (columns reordered, rows added) is protected anew rather than edited.
    const same = match && (!w.range || match.p.getRange().getA1Notation() === w.range.getA1Notation());
    const p = same ? match.p : (w.range ?? w.sheet).protect().setDescription(w.description);
    used.add(p);
    setEditors(p, editors, owner);
  }
  // Ours no longer wanted (a plan column run that merged after columns moved).
  for (const x of existing) if (!used.has(x.p)) x.p.remove();
}
