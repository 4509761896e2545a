// The demo's ward (issue 15 §4): UBND phường Mỹ Lộc, tỉnh Ninh Bình — the ward above Trường Tiểu
// học Mỹ Thịnh in its plan (Kế hoạch 156/KH-SGDĐT "của UBND phường Mỹ Lộc") — and four more of its
// schools, each with its own staff and its own copy of the sample plan. Invented: the four schools,
// their people and addresses, and the ward office's account.
import { fold } from '../src/core/text';
import { loadSampleStaff, PRINCIPAL, samplePlanText, type SampleStaff } from './index';

export const WARD_NAME = 'Mỹ Lộc';
export const WARD_PROVINCE = 'Ninh Bình';
/** The ward office's account, which runs the ward tracker and to which schools share theirs. */
export const WARD_OFFICER = { name: 'Trần Thị Thu Trang', email: 'cchc.myloc@ninhbinh.gov.vn' };
/** Who signs the ward's report (Cấu hình "Người ký báo cáo", "Họ tên người ký"). */
export const WARD_SIGNER = { title: 'Phó Chủ tịch', name: 'Đinh Văn Khải' };

export type UnitType = 'Mầm non' | 'Tiểu học' | 'THCS';

export interface WardSchool {
  /** Trường {type} {place}. */
  name: string;
  type: UnitType;
  place: string;
  /** Mã văn bản: the school's letters in its document numbers (47/KH-THMT). */
  docCode: string;
  domain: string;
  /** Số of its 2026 CCHC plan. */
  planNumber: number;
}

export const MY_THINH: WardSchool = {
  name: 'Trường Tiểu học Mỹ Thịnh',
  type: 'Tiểu học',
  place: 'Mỹ Thịnh',
  docCode: 'THMT',
  domain: 'thmythinh.edu.vn',
  planNumber: 47,
};

/** The other four schools, each made from the sample plan in the demo. */
const school = (type: UnitType, place: string, docCode: string, domain: string, planNumber: number): WardSchool => ({
  name: `Trường ${type} ${place}`,
  type,
  place,
  docCode,
  domain,
  planNumber,
});

/** The other four schools, each made from the sample plan in the demo. */
export const OTHER_SCHOOLS: readonly WardSchool[] = [
  school('Mầm non', 'Mỹ Hà', 'MNMH', 'mnmyha.edu.vn', 12),
  school('Tiểu học', 'Mỹ Hưng', 'THMH', 'thmyhung.edu.vn', 21),
  school('THCS', 'Mỹ Thịnh', 'THCSMT', 'thcsmythinh.edu.vn', 35),
  school('THCS', 'Mỹ Phúc', 'THCSMP', 'thcsmyphuc.edu.vn', 18),
];

export const principalOf = (school: WardSchool): string =>
  school === MY_THINH ? PRINCIPAL : `hieutruong@${school.domain}`;

/** "Trần Văn Hùng" → "hung.tv", as the sample staff's addresses are made. */
function localPart(name: string): string {
  const words = fold(name).split(' ');
  return `${words.at(-1)}.${words
    .slice(0, -1)
    .map((w) => w[0])
    .join('')}`;
}

/** The tổ of a preschool and of a lower-secondary school, for the primary school's. */
const TEAMS: Partial<Record<UnitType, Record<string, string>>> = {
  'Mầm non': { 'Tổ 1': 'Tổ Nhà trẻ', 'Tổ 2-3': 'Tổ Mẫu giáo bé - nhỡ', 'Tổ 4-5': 'Tổ Mẫu giáo lớn' },
  THCS: { 'Tổ 1': 'Tổ Ngữ văn', 'Tổ 2-3': 'Tổ Khoa học tự nhiên', 'Tổ 4-5': 'Tổ Khoa học xã hội' },
};

/**
 * A school's staff list: the sample's posts and tổ (renamed for its level), the people shifted
 * along by the school's place in the list so no two schools share a principal, addresses on its
 * own domain.
 */
export function schoolStaff(school: WardSchool): SampleStaff[] {
  const sample = loadSampleStaff();
  if (school === MY_THINH) return sample;
  const shift = 3 * (OTHER_SCHOOLS.indexOf(school) + 1);
  return sample.map((s, i) => {
    const name = sample[(i + shift) % sample.length]!.name;
    return {
      ...s,
      name,
      email: i === 0 ? principalOf(school) : `${localPart(name)}@${school.domain}`,
      team: TEAMS[school.type]?.[s.team] ?? s.team,
    };
  });
}

/** The sample plan as this school wrote it: its name, its number and its document code. */
export function schoolPlanText(s: WardSchool): string {
  // "trường tiểu học Mỹ Thịnh" and "trường Tiểu học Mỹ Thịnh": the level keeps the case it had.
  const level = (as: string) => (s.type === 'THCS' || as[0] === 'T' ? s.type : s.type.toLowerCase());
  return samplePlanText()
    .replace('Số: 47/KH-THMT', `Số: ${s.planNumber}/KH-${s.docCode}`)
    .replace(/(trường) (tiểu học) Mỹ Thịnh/gi, (_, t: string, l: string) => `${t} ${level(l)} ${s.place}`);
}
