// The sample data shipped here: the 2026 plan of Trường Tiểu học Mỹ Thịnh, its staff list, and
// generated plans of any size for scale tests, benchmarks and the demo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = new URL('.', import.meta.url).pathname;

export const PRINCIPAL = 'hieutruong@thmythinh.edu.vn';

export interface SampleStaff {
  name: string;
  email: string;
  position: string;
  team: string;
  role: string;
  active: string;
}

/** samples/staff.csv (header row, comma-separated, no quoted fields). */
export function loadSampleStaff(): SampleStaff[] {
  const [, ...lines] = readFileSync(join(SAMPLES, 'staff.csv'), 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [name = '', email = '', position = '', team = '', role = '', active = ''] = line
      .split(',')
      .map((c) => c.trim());
    return { name, email, position, team, role, active };
  });
}

/** The staff list as the rows a person pastes into Cán bộ (columns in the sheet's order). */
export function staffRows(staff: readonly SampleStaff[]): string[][] {
  return staff.map((s) => [s.name, s.email, s.position, s.team, s.role, s.active]);
}

export function samplePlanText(): string {
  return readFileSync(join(SAMPLES, 'ke-hoach-cchc-2026-th-my-thinh.md'), 'utf8');
}

const AREA_HEADINGS = [
  'Công tác chỉ đạo, điều hành CCHC',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy',
  'Cải cách công vụ',
  'Cải cách tài chính công',
  'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
];

/** A plan of exactly `tasks` items: part III with the seven area headings, bullets spread over them. */
export function generatedPlanText(tasks: number): string {
  const lines = [
    'Số: 99/KH-THMT',
    '',
    'Mỹ Lộc, ngày 20 tháng 01 năm 2026',
    '',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2026 (kế hoạch mẫu lớn)',
    '',
    'I. MỤC TIÊU, YÊU CẦU',
    '- Nâng cao hiệu quả cải cách hành chính.',
    '',
    'III. GIẢI PHÁP THỰC HIỆN',
    '',
  ];
  const per = Math.ceil(tasks / AREA_HEADINGS.length);
  let made = 0;
  AREA_HEADINGS.forEach((heading, a) => {
    if (made >= tasks) return;
    lines.push(`${a + 1}. ${heading}`);
    for (let i = 1; i <= per && made < tasks; i++, made++) {
      lines.push(
        `- Nhiệm vụ mẫu số ${made + 1} của nhóm ${a + 1}: rà soát, triển khai và báo cáo nội dung công việc thứ ${i} đúng tiến độ.`,
      );
    }
    lines.push('');
  });
  lines.push('Trên đây là Kế hoạch cải cách hành chính năm 2026.');
  return lines.join('\n');
}
