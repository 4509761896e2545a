// The demo's first step: the principal opens the new spreadsheet, runs CCHC → "Khởi tạo / sửa sổ
// theo dõi", types the school's own Cấu hình values (another school than the sample's), pastes the
// staff list (samples/staff.csv by default) into Cán bộ, and imports the 2026 plan through the
// import dialog's server functions (preview, then confirm).
import type { Sandbox } from '../../sandbox/runtime';
import { loadSampleStaff, samplePlanText, staffRows, type SampleStaff } from '../../samples';
import { SETTINGS, type SettingKey } from '../../src/core/settings';
import { SHEETS } from '../../src/core/schema';

const SETUP_MENU = 'Khởi tạo / sửa sổ theo dõi';

export interface WorkbookDemo {
  setupMessage: string;
  staff: number;
  preview: { total: number; byArea: { area: string; count: number }[]; warnings: string[] };
  importMessage: string;
}

/**
 * The person types each value into its row of a label–value Cấu hình (the school's, SETTINGS, or
 * the ward's, WARD_SETTINGS), found by the row's label: one edit each.
 */
export function typeSettings<K extends string>(
  sb: Sandbox,
  user: string,
  defs: readonly { key: K; label: string }[],
  values: Partial<Record<K, string>>,
): void {
  const labels = sb.spreadsheet.valuesOf(SHEETS.settings.name).map((r) => r[0]);
  for (const [key, value] of Object.entries(values) as [K, string][]) {
    const label = defs.find((s) => s.key === key)!.label;
    const row = labels.indexOf(label);
    if (row < 0) throw new Error(`demo: no Cấu hình row "${label}"`);
    sb.edit(user, SHEETS.settings.name, `B${row + 1}`, value);
  }
}

export interface SchoolBook {
  settings: Partial<Record<SettingKey, string>>;
  staff: readonly SampleStaff[];
  planText: string;
}

export function setupAndImport(sb: Sandbox, principalEmail: string, school?: SchoolBook): WorkbookDemo {
  sb.open(principalEmail);
  const setup = sb.clickMenu(principalEmail, SETUP_MENU);
  if (setup.error) throw setup.error;
  if (school) typeSettings(sb, principalEmail, SETTINGS, school.settings);
  const staff = school?.staff ?? loadSampleStaff();
  sb.edit(principalEmail, 'Cán bộ', 'A2', staffRows(staff));
  const payload = { kind: 'text', text: school?.planText ?? samplePlanText() };
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
