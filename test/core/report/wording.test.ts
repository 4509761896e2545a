// The report body's wording (core/report/wording.ts) on the 2026 plan's real task texts: short
// titles, joined sentences with no ".:", "..", ". ." or space before punctuation, grouped texts,
// and which proposals stay inside the school.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineFromText } from '../../../src/core/plan/outline';
import { parsePlan } from '../../../src/core/plan/parser';
import {
  SHORT_TITLE_WORDS,
  deriveShortTitle,
  groupByText,
  isInternalProposal,
  joinLead,
  shortTitle,
  taskLabel,
  tidyPunctuation,
} from '../../../src/core/report/wording';

const plan = parsePlan(
  outlineFromText(readFileSync(new URL('../../../samples/ke-hoach-cchc-2026-th-my-thinh.md', import.meta.url), 'utf8')),
);
if (!plan.ok) throw new Error(plan.message);
const contents = plan.tasks.map((t) => t.content);
/** The results staff write in the demo (samples/schoolYear.ts) and a few typed carelessly. */
const RESULTS = [
  'Đã triển khai đến toàn thể cán bộ, giáo viên; có biên bản và kế hoạch chi tiết kèm theo.',
  'Đã rà soát, cập nhật đầy đủ; kết quả được công khai trên Cổng thông tin điện tử của trường.',
  'Đã hoàn thành , báo cáo kết quả gửi Ban giám hiệu đúng mẫu ..',
  '. Đã xong',
  'Đã ban hành Kế hoạch số 12/KH-THMT ngày 05/02/2026',
];
const BAD = /\.:|\.\.|\. \.|\s[.,;:!?]|;\.|,\./u;

describe('joining a task text and its result', () => {
  it('never gives ".:", "..", ". ." or a space before punctuation, on every plan text and result', () => {
    expect(contents.length).toBeGreaterThan(30);
    for (const content of contents)
      for (const result of RESULTS) {
        const joined = joinLead(content, result);
        expect(joined, joined).not.toMatch(BAD);
        expect(joined.endsWith('.')).toBe(true);
      }
  });

  it('keeps the words: the lead, a colon, the rest, one full stop', () => {
    expect(joinLead('Hoàn thành các mục tiêu năm 2026.', 'Đã rà soát, cập nhật đầy đủ.')).toBe(
      'Hoàn thành các mục tiêu năm 2026: Đã rà soát, cập nhật đầy đủ.',
    );
    expect(joinLead('II.1 Rà soát quy chế', '')).toBe('II.1 Rà soát quy chế.');
    expect(tidyPunctuation('Đã xong .  Kèm theo biên bản ..')).toBe('Đã xong.  Kèm theo biên bản.');
    expect(tidyPunctuation('dòng 1\ndòng 2')).toBe('dòng 1\ndòng 2');
  });
});

describe('short titles', () => {
  it('every plan task gets one of at most 12 words, cut at a word boundary, with no final full stop', () => {
    for (const content of contents) {
      const title = deriveShortTitle(content);
      const words = title.replace(/…$/u, '').split(' ');
      expect(words.length, title).toBeLessThanOrEqual(SHORT_TITLE_WORDS);
      expect(title).not.toMatch(/[.,;:]$/u);
      // A word boundary: every word of the title is a word of the text.
      const textWords = new Set(
        tidyPunctuation(content)
          .split(' ')
          .map((w) => w.replace(/[.,;:]$/u, '')),
      );
      for (const w of words) expect(textWords.has(w.replace(/[.,;:…]$/u, '')), `${w} in ${title}`).toBe(true);
    }
  });

  it("is the first clause when it is short, and a manager's Tên ngắn wins", () => {
    expect(deriveShortTitle('Rà soát quy chế nội bộ của nhà trường.')).toBe('Rà soát quy chế nội bộ của nhà trường');
    expect(deriveShortTitle('Ban hành kế hoạch CCHC năm 2026; triển khai đến các tổ.')).toBe(
      'Ban hành kế hoạch CCHC năm 2026',
    );
    const task = { code: 'II.1', shortName: 'Kế hoạch CCHC 2026.', content: 'Xây dựng và ban hành kế hoạch…' };
    expect(shortTitle(task)).toBe('Kế hoạch CCHC 2026');
    expect(taskLabel(task)).toBe('II.1 Kế hoạch CCHC 2026');
  });

  it('keeps a number like 2.1 or 10.5 whole', () => {
    expect(deriveShortTitle('Thực hiện Mục 2.1 của kế hoạch')).toBe('Thực hiện Mục 2.1 của kế hoạch');
  });
});

describe('grouping and internal proposals', () => {
  it('groups identical texts (spacing, case and final full stop aside), in first-seen order', () => {
    const items = [
      { code: '1', text: 'Đề nghị tập huấn.' },
      { code: '2', text: 'Thiếu máy' },
      { code: '3', text: 'đề nghị  tập huấn' },
      { code: '4', text: '' },
    ];
    expect(groupByText(items, (i) => i.text).map((g) => [g.text, g.items.map((i) => i.code)])).toEqual([
      ['Đề nghị tập huấn', ['1', '3']],
      ['Thiếu máy', ['2']],
    ]);
  });

  it('tells a proposal to the school itself from one to the level above', () => {
    expect(isInternalProposal('Đề nghị Ban giám hiệu điều chỉnh thời hạn và bố trí thêm người phối hợp.')).toBe(true);
    expect(isInternalProposal('Đề nghị nhà trường bố trí kinh phí')).toBe(true);
    expect(isInternalProposal('Đề nghị BGH xem xét')).toBe(true);
    expect(isInternalProposal('Đề nghị UBND phường tổ chức tập huấn cho cán bộ phụ trách.')).toBe(false);
  });
});
