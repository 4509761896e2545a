// Reading plan wording: how alike two task texts are (for matching table rows and re-imports), the
// deadline a text or a table cell gives, and the "Chủ trì: … ; Thời hạn: …" labels inside an item.
import type { IsoDate } from '../domain';
import { findDateInText, isoDate, isValidDate } from '../dates';
import { fold } from '../text';

/**
 * The abbreviations plans and their tables use, folded, with the words they stand for: an appendix
 * row says "Tuyên truyền CCHC đến CB, GV" where the body says "cải cách hành chính … cán bộ, giáo viên".
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  cchc: 'cai cach hanh chinh',
  tthc: 'thu tuc hanh chinh',
  cb: 'can bo',
  cc: 'cong chuc',
  vc: 'vien chuc',
  gv: 'giao vien',
  nv: 'nhan vien',
  hs: 'hoc sinh',
  cbcc: 'can bo cong chuc',
  cbvc: 'can bo vien chuc',
  cbql: 'can bo quan ly',
  cbgv: 'can bo giao vien',
  cbgvnv: 'can bo giao vien nhan vien',
  cmhs: 'cha me hoc sinh',
  phhs: 'phu huynh hoc sinh',
  bgh: 'ban giam hieu',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  cntt: 'cong nghe thong tin',
  cds: 'chuyen doi so',
  csdl: 'co so du lieu',
  gddt: 'giao duc dao tao',
  qppl: 'quy pham phap luat',
  vbqppl: 'van ban quy pham phap luat',
  pbgdpl: 'pho bien giao duc phap luat',
  dvc: 'dich vu cong',
  dvctt: 'dich vu cong truc tuyen',
};

/** Words that say nothing of what a task is about ("của", "các", "nhà trường"). */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'cua va cac nhung cho trong tai theo ve voi de duoc la mot nha truong'.split(' '),
);

/** The folded words of a text (longer than one letter, abbreviations spelt out, stop words left out), for similarity. */
export function wordSet(text: string): Set<string> {
  return new Set(
    fold(text)
      .replace(/([a-z])&([a-z])/g, '$1$2')
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '))
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
  );
}

/**
 * 0..1: Dice coefficient of two word sets; a short text wholly contained in a longer one (a table
 * row that abbreviates the body item) counts as 0.9.
 */
export function setSimilarity(A: ReadonlySet<string>, B: ReadonlySet<string>): number {
  if (A.size === 0 || B.size === 0) return 0;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  const dice = (2 * common) / (A.size + B.size);
  const contained = common / Math.min(A.size, B.size);
  return Math.min(A.size, B.size) >= 4 && contained >= 0.9 ? Math.max(dice, 0.9) : dice;
}

export function textSimilarity(a: string, b: string): number {
  return setSimilarity(wordSet(a), wordSet(b));
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export type DeadlineReading = { date: IsoDate } | { none: true } | { unreadable: string };

/**
 * A table's Thời gian/Thời hạn cell: 15/01/2026, 15/1/2026, "trước ngày 31/01/2026", "tháng 3/2026"
 * (end of that month), "quý I/2026" (end of that quarter). Empty → none; anything else unreadable.
 */
export function readDeadline(cell: string): DeadlineReading {
  const text = cell.trim();
  if (text === '') return { none: true };
  const exact = findDateInText(text);
  if (exact) return { date: exact };
  const f = fold(text);
  let m = /thang\s+(\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})/.exec(f);
  if (m) {
    const [month, year] = [Number(m[1]), Number(m[2])];
    if (isValidDate(year, month, 1)) return { date: endOfMonth(year, month) };
  }
  m = /quy\s+(iv|iii|ii|i|[1-4])\s*(?:\/|-|nam)\s*(\d{4})/.exec(f);
  if (m) {
    const q = ROMAN_QUARTER[m[1]!]!;
    return { date: endOfMonth(Number(m[2]), q * 3) };
  }
  return { unreadable: text };
}

function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/**
 * The deadlines stated in an item's own words ("… trước ngày 31/01/2026"), distinct, in order: a task
 * may name two ("6 tháng trước ngày 10/6/2026 và năm trước ngày 10/12/2026"). Reference dates are not deadlines.
 */
export function deadlinesInText(text: string): IsoDate[] {
  const found = [
    ...fold(text).matchAll(
      /(?:truoc ngay|truoc|cham nhat(?: la)?(?: ngay)?|han chot|hoan thanh (?:trong|vao|xong)(?: ngay)?|xong truoc(?: ngay)?)\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/g,
    ),
  ]
    .map((m) => findDateInText(m[1]!))
    .filter((d): d is IsoDate => d !== null);
  return [...new Set(found)];
}

const LABEL =
  /(chủ trì|người thực hiện|người phụ trách|phụ trách|phối hợp|thời gian thực hiện|thời gian|thời hạn hoàn thành|thời hạn)\s*:/giu;

export interface LabelledAssignment {
  /** The item's text without the labelled tail. */
  content: string;
  owner: string;
  coOwners: string;
  deadline: string;
}

/** Splits "Rà soát … (Chủ trì: Phó hiệu trưởng; Phối hợp: Tổ 1; Thời hạn: 15/3/2026)" into its parts. */
export function splitLabels(text: string): LabelledAssignment {
  const out: LabelledAssignment = { content: text, owner: '', coOwners: '', deadline: '' };
  const matches = [...text.matchAll(LABEL)];
  if (matches.length === 0) return out;
  out.content = text
    .slice(0, matches[0]!.index)
    .replace(/[\s(;,.:–-]+$/, '')
    .trim();
  matches.forEach((m, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const value = text
      .slice(m.index + m[0].length, end)
      .replace(/^[\s:]+|[\s;,.)(]+$/g, '')
      .trim();
    const label = fold(m[1]!);
    if (label.startsWith('phoi hop')) out.coOwners = value;
    else if (label.startsWith('thoi')) out.deadline = value;
    else out.owner = value;
  });
  if (out.content === '') out.content = text;
  return out;
}
