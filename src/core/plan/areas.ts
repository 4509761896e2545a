// Which tracker area (lĩnh vực) a plan heading or item belongs to: keyword scoring on the folded
// text (docs/cchc-domain.md: "Chuyển đổi số", "Chính phủ điện tử" → chính quyền điện tử/số). A heading
// names its area; an item under no area heading (part II of the 2026 plan) is scored on its words.
import { Area } from '../domain';
import { fold } from '../text';

type ScoredArea = Exclude<Area, typeof Area.Implementation>;

/**
 * The areas as the national programmes named them, folded: NQ 30c/NQ-CP (2011–2020) and NQ 76/NQ-CP
 * (2021–2030). A plan written on an older template ("Hiện đại hóa hành chính", the pre-2021 name of
 * the digital-government area) still lands its tasks in today's area.
 */
export const PROGRAMME_AREA_NAMES: readonly { programme: string; name: string; area: ScoredArea }[] = [
  { programme: 'NQ 30c/NQ-CP', name: 'cai cach the che', area: Area.Institution },
  { programme: 'NQ 30c/NQ-CP', name: 'cai cach thu tuc hanh chinh', area: Area.Procedure },
  { programme: 'NQ 30c/NQ-CP', name: 'cai cach to chuc bo may hanh chinh nha nuoc', area: Area.Apparatus },
  {
    programme: 'NQ 30c/NQ-CP',
    name: 'xay dung va nang cao chat luong doi ngu can bo, cong chuc, vien chuc',
    area: Area.CivilService,
  },
  { programme: 'NQ 30c/NQ-CP', name: 'cai cach tai chinh cong', area: Area.PublicFinance },
  { programme: 'NQ 30c/NQ-CP', name: 'hien dai hoa hanh chinh', area: Area.DigitalGovernment },
  { programme: 'NQ 30c/NQ-CP', name: 'hien dai hoa nen hanh chinh', area: Area.DigitalGovernment },
  { programme: 'NQ 76/NQ-CP', name: 'cai cach to chuc bo may', area: Area.Apparatus },
  { programme: 'NQ 76/NQ-CP', name: 'cai cach che do cong vu', area: Area.CivilService },
  {
    programme: 'NQ 76/NQ-CP',
    name: 'xay dung va phat trien chinh phu dien tu, chinh phu so',
    area: Area.DigitalGovernment,
  },
  { programme: 'NQ 76/NQ-CP', name: 'chi dao, dieu hanh', area: Area.Direction },
];

/** Folded phrases and their weights: multi-word names of an area weigh more than loose words. */
const KEYWORDS: Record<ScoredArea, readonly (readonly [string, number])[]> = {
  [Area.Direction]: [
    ['chi dao', 3],
    ['dieu hanh', 2],
    ['ke hoach', 1],
    ['tuyen truyen', 1],
    ['kiem tra', 1],
    ['chi so cai cach', 2],
    ['sang kien', 1],
    ['cchc', 1],
    ['cai cach hanh chinh', 1],
  ],
  [Area.Institution]: [
    ['the che', 3],
    ['quy pham phap luat', 3],
    ['vbqppl', 3],
    ['thi hanh phap luat', 2],
    ['phap luat', 1],
    ['van ban', 1],
    ['pho bien, giao duc phap luat', 2],
  ],
  [Area.Procedure]: [
    ['thu tuc hanh chinh', 3],
    ['tthc', 2],
    ['mot cua', 2],
    ['ho so', 1],
  ],
  [Area.Apparatus]: [
    ['bo may', 3],
    ['bien che', 2],
    ['co cau', 1],
    ['sap xep', 1],
    ['phan cap', 1],
    ['chuc nang, nhiem vu', 1],
  ],
  [Area.CivilService]: [
    ['cong vu', 3],
    ['vien chuc', 1],
    ['cong chuc', 1],
    ['ky luat', 1],
    ['ky cuong', 1],
    ['doi ngu', 1],
    ['boi duong', 1],
    ['vi tri viec lam', 2],
    ['dao duc', 1],
    ['van hoa cong so', 2],
  ],
  [Area.PublicFinance]: [
    ['tai chinh', 3],
    ['ngan sach', 2],
    ['tien luong', 1],
    ['tu chu', 1],
    ['thu, chi', 1],
    ['kinh phi', 1],
    ['tai san cong', 2],
  ],
  [Area.DigitalGovernment]: [
    ['chinh quyen dien tu', 3],
    ['chinh quyen so', 3],
    ['chinh phu dien tu', 3],
    ['chinh phu so', 3],
    ['chuyen doi so', 2],
    ['cong nghe thong tin', 1],
    ['du lieu', 1],
    ['truc tuyen', 1],
    ['phan mem', 1],
    ['so hoa', 1],
  ],
};

function occurrences(text: string, phrase: string): number {
  const re = new RegExp(`(^|[^a-z0-9])${phrase.replace(/[.*+?^${}()|[\]\\,]/g, '\\$&')}(?=$|[^a-z0-9])`, 'g');
  return text.match(re)?.length ?? 0;
}

/** Score of each area for a text, best first; areas scoring 0 left out. Ties go to the earliest mention. */
export function scoreAreas(text: string): { area: ScoredArea; score: number }[] {
  const folded = fold(text);
  const scored = (Object.keys(KEYWORDS) as ScoredArea[]).map((area) => {
    let score = 0;
    let first = Infinity;
    for (const [phrase, weight] of KEYWORDS[area]) {
      const n = occurrences(folded, phrase);
      if (n > 0) {
        score += n * weight;
        first = Math.min(first, folded.indexOf(phrase));
      }
    }
    return { area, score, first };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ area, score }) => ({ area, score }));
}

/** The area an item's text is mostly about, or null when no area word appears. */
export function areaOfText(text: string): ScoredArea | null {
  return scoreAreas(text)[0]?.area ?? null;
}

/**
 * The area a heading names ("2. Cải cách thể chế", "Xây dựng … Chính phủ điện tử"), or null when the
 * heading is not an area name ("Nhiệm vụ trọng tâm"). A heading names one area, so it must score a
 * strong phrase (weight ≥ 2).
 */
export function areaOfHeading(text: string): ScoredArea | null {
  const folded = fold(text);
  // A programme's own name for an area wins: the longest one the heading contains.
  const named = PROGRAMME_AREA_NAMES.filter((n) => occurrences(folded, n.name) > 0).sort(
    (a, b) => b.name.length - a.name.length,
  )[0];
  if (named) return named.area;
  for (const { area } of scoreAreas(text)) {
    if (KEYWORDS[area].some(([phrase, weight]) => weight >= 2 && occurrences(folded, phrase) > 0)) return area;
  }
  return null;
}
