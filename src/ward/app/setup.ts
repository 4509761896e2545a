// CCHC phường → Khởi tạo sổ phường: makes or repairs the ward tracker's sheets (issue 15).
import { withScriptLock } from '../../adapters/lock';
import { activeTracker } from '../../adapters/tracker';
import { alert, alertingUserErrors } from '../../adapters/ui';
import { setupWardBook } from '../adapters/wardBook';
import { wardMsg } from '../../messages/ward';

export function wardMenuSetup(): void {
  alertingUserErrors(() => {
    const report = withScriptLock(() => setupWardBook(activeTracker()));
    alert([wardMsg.setupDone(report.created), ...report.repaired].join('\n'));
  });
}
