// Which kind of plan a tracker's tasks come from (issue 16 §3). A CCHC plan files its tasks under the
// NQ 76/NQ-CP areas (plan/areas.ts); any other plan a school tracks (Kế hoạch chuyển đổi số, năm học,
// phổ biến giáo dục pháp luật…) files them under its own section headings. The importer chooses a
// mode from the plan's title and sections (the manager may switch it); the dashboard, the digests and
// the report order areas from the tasks themselves: the NQ 76 list when CCHC tasks are there, the
// plan's own order otherwise.
import { AREAS, Area, type PlanMode } from '../domain';
import { fold } from '../text';
import { areaOfHeading } from './areas';

export type { PlanMode };

/** The CCHC areas a plan section can name (Tổ chức thực hiện ends every kind of plan). */
const NAMED_AREAS: readonly string[] = AREAS.filter((a) => a !== Area.Implementation);

const isCchcArea = (area: string): boolean => NAMED_AREAS.includes(area);

/**
 * The mode a plan reads best in: CCHC when its title says so ("cải cách hành chính", "CCHC") or when
 * it has no title to go by (the tracker's first kind of plan); a titled plan about anything else is
 * CCHC only when its sections name at least two CCHC areas and at least half of them name one (a
 * chuyển đổi số plan names one area, Chính quyền số, whichever section).
 */
export function chooseMode(title: string, sectionHeadings: readonly string[]): PlanMode {
  if (title.trim() === '' || /cai cach hanh chinh|(^|[^a-z])cchc([^a-z]|$)/.test(fold(title))) return 'cchc';
  const named = sectionHeadings.map(areaOfHeading).filter((a) => a !== null);
  return named.length * 2 >= sectionHeadings.length && new Set(named).size >= 2 ? 'cchc' : 'plan';
}

/**
 * A section heading as the area it becomes: no numbering (the parser took it off), no closing colon
 * or full stop, sentence case when written in capitals ("NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ:" →
 * "Nâng cao nhận thức về chuyển đổi số"), as written otherwise.
 */
export function sectionArea(heading: string): string {
  const text = heading
    .trim()
    .replace(/[\s:;.,]+$/u, '')
    .trim();
  if (!/\p{Lu}/u.test(text) || text !== text.toLocaleUpperCase('vi')) return text;
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * The areas of a set of tasks in the order every view lists them: with CCHC tasks among them (or no
 * task at all), the NQ 76 list and then any other area; otherwise the plan's own areas, in the order
 * of the rows (plan order: an import writes its tasks in order, a second plan after the first).
 */
export function areaOrder(tasks: readonly { area: string; row?: number }[]): string[] {
  const inRowOrder = [...tasks].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const seen = [...new Set(inRowOrder.map((t) => t.area))];
  if (tasks.length > 0 && !tasks.some((t) => isCchcArea(t.area))) return seen;
  return [...AREAS, ...seen.filter((a) => !(AREAS as readonly string[]).includes(a))];
}

/**
 * Whether tasks read as CCHC work, for the report's structure: every plan among them (by Nguồn) has a
 * task in a CCHC area. Rows typed by hand (no Nguồn) follow the plans around them.
 */
export function isCchcWork(tasks: readonly { area: string; source: string }[]): boolean {
  const sources = new Set(tasks.filter((t) => t.source).map((t) => t.source));
  if (sources.size === 0) return tasks.length === 0 || tasks.some((t) => isCchcArea(t.area));
  return [...sources].every((s) => tasks.some((t) => t.source === s && isCchcArea(t.area)));
}
