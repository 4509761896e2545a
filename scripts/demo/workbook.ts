// The demo's first step: the principal opens the new spreadsheet, runs CCHC → "Khởi tạo / sửa sổ
// theo dõi", pastes the sample staff list (samples/staff.csv) into Cán bộ, and imports the 2026
// plan through the import dialog's server functions (preview, then confirm).
import type { Sandbox } from '../../sandbox/runtime';
import { loadSampleStaff, samplePlanText, staffRows } from '../../samples';

const SETUP_MENU = 'Khởi tạo / sửa sổ theo dõi';

export interface WorkbookDemo {
  setupMessage: string;
  staff: number;
  preview: { total: number; byArea: { area: string; count: number }[]; warnings: string[] };
  importMessage: string;
}

export function setupAndImport(sb: Sandbox, principalEmail: string): WorkbookDemo {
  sb.open(principalEmail);
  const setup = sb.clickMenu(principalEmail, SETUP_MENU);
  if (setup.error) throw setup.error;
  const staff = loadSampleStaff();
  sb.edit(principalEmail, 'Cán bộ', 'A2', staffRows(staff));
  const payload = { kind: 'text', text: samplePlanText() };
  const preview = sb.callServer<{
    ok: boolean;
    message?: string;
    total: number;
    byArea: { area: string; count: number }[];
    warnings: string[];
  }>(principalEmail, 'importPreview', payload);
  if (!preview.ok) throw new Error(preview.message);
  const done = sb.callServer<{ ok: boolean; message: string }>(principalEmail, 'importConfirm', payload);
  if (!done.ok) throw new Error(done.message);
  return {
    setupMessage: sb.ui.alerts.at(-1)?.message ?? '',
    staff: staff.length,
    preview: { total: preview.total, byArea: preview.byArea, warnings: preview.warnings },
    importMessage: done.message,
  };
}
