// A small tracker for the assignment tests and benchmark: the workbook made by the real setup
// menu, a Cán bộ list with the awkward cases (duplicate names, no email, a team with its tổ
// trưởng, someone who left), and N tasks typed in by the principal.
import { createSandbox, type Sandbox } from '../../sandbox/runtime';
import { ensureBundle } from './bundle';
import { SHEETS } from '../../src/core/schema';
import { fold } from '../../src/core/text';

export const PRINCIPAL = 'hieutruong@thmythinh.edu.vn';
export const VICE = 'phohieutruong@thmythinh.edu.vn';
export const BINH = 'binh@thmythinh.edu.vn';
export const HOA = 'hoa@thmythinh.edu.vn';
export const AN1 = 'an1@thmythinh.edu.vn';
export const AN2 = 'an2@thmythinh.edu.vn';
export const CHI = 'chi@thmythinh.edu.vn';

/** Họ và tên, Email, Chức vụ, Tổ chuyên môn, Vai trò, Đang công tác. */
export const STAFF_ROWS: string[][] = [
  ['Nguyễn Thị Lê', PRINCIPAL, 'Hiệu trưởng', '', 'Quản lý', 'Có'],
  ['Phạm Văn Đức', VICE, 'Phó hiệu trưởng', '', 'Cán bộ', 'Có'],
  ['Trần Văn Bình', BINH, 'Tổ trưởng', 'Tổ 4-5', 'Cán bộ', 'Có'],
  ['Lê Thị Hoa', HOA, 'Giáo viên', 'Tổ 4-5', 'Cán bộ', 'Có'],
  ['Nguyễn Văn An', AN1, 'Giáo viên', 'Tổ 1', 'Cán bộ', 'Có'],
  ['Nguyễn Văn An', AN2, 'Kế toán', '', 'Cán bộ', 'Có'],
  ['Phạm Thu', '', 'Văn thư', '', 'Cán bộ', 'Có'],
  ['Vũ Thị Chi', CHI, 'Giáo viên', 'Tổ 1', 'Cán bộ', 'Có'],
  ['Đỗ Văn Cũ', 'cu@thmythinh.edu.vn', 'Giáo viên', 'Tổ 1', 'Cán bộ', 'Không'],
];

export const STAFF_EMAILS = STAFF_ROWS.map((r) => String(r[1])).filter((e) => e && e !== PRINCIPAL);

/** Tasks 1.1 … 1.N (Mã, Lĩnh vực, Nội dung nhiệm vụ, Nguồn). */
export function taskRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `1.${i + 1}`,
    'Chỉ đạo, điều hành',
    `Nhiệm vụ số ${i + 1} của kế hoạch CCHC năm 2026`,
    'Kế hoạch số 47/KH-THMT',
  ]);
}

export function column(sb: Sandbox, sheet: string, key: string): number {
  const def = [...SHEETS.tasks.columns, ...SHEETS.staff.columns].find((c) => c.key === key)!;
  const names = new Set([def.header, ...(('aliases' in def ? def.aliases : undefined) ?? [])].map(fold));
  const header = sb.spreadsheet.valuesOf(sheet)[0] ?? [];
  const i = header.findIndex((h) => names.has(fold(String(h))));
  if (i < 0) throw new Error(`no column ${key} in ${sheet}`);
  return i;
}

/** The Nhiệm vụ row (values) holding a code. */
export function taskRow(sb: Sandbox, code: string): unknown[] {
  const values = sb.spreadsheet.valuesOf(SHEETS.tasks.name);
  const i = column(sb, SHEETS.tasks.name, 'code');
  const row = values.find((r) => String(r[i]) === code);
  if (!row) throw new Error(`no task ${code}`);
  return row;
}

export function taskField(sb: Sandbox, code: string, key: string): unknown {
  return taskRow(sb, code)[column(sb, SHEETS.tasks.name, key)];
}

export function logRows(sb: Sandbox): unknown[][] {
  return sb.spreadsheet.valuesOf(SHEETS.log.name).slice(1);
}

export function assignWorld(opts: { tasks?: number; staff?: string[][]; start?: string } = {}): Sandbox {
  const staff = opts.staff ?? STAFF_ROWS;
  const sb = createSandbox({
    start: opts.start ?? '2026-01-20T08:00:00+07:00',
    owner: PRINCIPAL,
    // CCHC_DIST_DIR: a private copy of the build while other work rebuilds dist/.
    distDir: process.env.CCHC_DIST_DIR || ensureBundle(),
    editors: staff.map((r) => String(r[1])).filter((e) => e && e !== PRINCIPAL),
  });
  sb.open(PRINCIPAL);
  const setup = sb.clickMenu(PRINCIPAL, 'Khởi tạo / sửa sổ theo dõi');
  if (setup.error) throw setup.error;
  sb.edit(PRINCIPAL, SHEETS.staff.name, 'A2', staff);
  const tasks = taskRows(opts.tasks ?? 6);
  if (tasks.length) sb.edit(PRINCIPAL, SHEETS.tasks.name, 'A2', tasks);
  return sb;
}

/** A1 of a Nhiệm vụ cell by column key: cellOf(sb, 'dueDate', 2) → 'H2'. */
export function cellOf(sb: Sandbox, key: string, row: number): string {
  return `${String.fromCharCode(65 + column(sb, SHEETS.tasks.name, key))}${row}`;
}
