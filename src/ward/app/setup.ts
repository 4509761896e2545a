// CCHC phường → Khởi tạo sổ phường: makes or repairs the ward tracker's sheets, stores who manages
// and protects the sheets only they may change (src/ward/app/roles.ts), and fills Tổng hợp phường
// with what Số liệu đơn vị holds (issue 15).
import { withScriptLock } from '../../adapters/lock';
import { currentUser } from '../../adapters/session';
import { activeTracker } from '../../adapters/tracker';
import { alert, alertingUserErrors } from '../../adapters/ui';
import { isoDateInZone } from '../../core/dates';
import { SCHOOL_TIME_ZONE } from '../../core/domain';
import { duePeriod, periodLabel } from '../../core/report/periods';
import {
  readFigureSheet,
  readSummaryUnits,
  readWardSettingsResult,
  settingsErrors,
  setupWardBook,
} from '../adapters/wardBook';
import { refreshSummary } from '../adapters/summarySheet';
import { wardMsg } from '../../messages/ward';
import { requireSetupRight, storedManagers, storeWardManagers } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What setup did, in lines for the person who ran it. */
function setupWard(ss: Spreadsheet, user: string, now: Date): string[] {
  requireSetupRight(ss, user);
  const report = setupWardBook(ss);
  const settings = readWardSettingsResult(ss);
  // A wrong value in Cấu hình keeps the managers stored before: never a list nobody checked.
  storeWardManagers(ss, settings.ok ? settings.settings.managerEmails : storedManagers());
  const figures = readFigureSheet(ss);
  const period = figures.rows[0]?.period ?? periodLabel(duePeriod(isoDateInZone(now, SCHOOL_TIME_ZONE)));
  refreshSummary(ss, { figures, rows: figures.rows, period: String(period), units: readSummaryUnits(ss), now });
  return [
    wardMsg.setupDone(report.created),
    ...report.repaired,
    ...(settings.ok ? [] : [settingsErrors(settings.errors, wardMsg.roles.managersKept)]),
    wardMsg.roles.managersTakeEffect,
  ];
}

export function wardMenuSetup(): void {
  alertingUserErrors(() => {
    const ss = activeTracker();
    const user = currentUser();
    alert(withScriptLock(() => setupWard(ss, user, new Date())).join('\n'));
  });
}
