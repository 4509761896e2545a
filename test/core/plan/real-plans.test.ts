// Issue 16 §4: plans that schools and xã published on their websites, saved as the search tool stored
// them (test/fixtures/plans/real/*.txt, source and date in each file's "#" lines). The store keeps only
// the first ~2,000 characters of a page, so every one of these texts stops before its task list: what a
// careful reader extracts from each is no task at all, and the importer must say why (cut off, not a plan).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineFromText } from '../../../src/core/plan/outline';
import { parsePlan, planNumberIn, type PlanRefusal } from '../../../src/core/plan/parser';
import { planMsg } from '../../../src/messages/importPlan';

/** The text as published: the fixture without its "#" header lines. */
function published(name: string): string {
  const file = readFileSync(new URL(`../../fixtures/plans/real/${name}`, import.meta.url), 'utf8');
  return file
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
}

interface Expectation {
  file: string;
  level: 'UBND xã' | 'THCS' | 'Mầm non' | 'Tiểu học (Bộ GDĐT)';
  cchc: boolean;
  /** Tasks per area a careful reader counts: none in any of these excerpts. */
  tasksByArea: Record<string, number>;
  refusal: PlanRefusal;
  /** For a cut paste: the part the text stops in (none when it stops before the first part). */
  stopsIn?: string;
  why: string;
}

const EXPECTED: readonly Expectation[] = [
  {
    file: 'xa-hung-thinh-dong-nai-2025.txt',
    level: 'UBND xã',
    cchc: true,
    tasksByArea: {},
    refusal: 'truncated',
    stopsIn: 'II. NỘI DUNG, MỤC TIÊU, NHIỆM VỤ CỤ THỂ',
    why: 'stops at "1.1. Mục tiêu … thự" under Cải cách thể chế: an objective, not a task, and the 1.2. Nhiệm vụ list is cut off',
  },
  {
    file: 'xa-dinh-hung-thanh-hoa-2025.txt',
    level: 'UBND xã',
    cchc: true,
    tasksByArea: {},
    refusal: 'truncated',
    stopsIn: 'I. MỤC ĐÍCH, YÊU CẦU',
    why: 'stops mid-word ("tiến hành đồ") in Mục đích, yêu cầu, before part II',
  },
  {
    file: 'xa-long-phung-quang-ngai-2025.txt',
    level: 'UBND xã',
    cchc: true,
    tasksByArea: {},
    refusal: 'truncated',
    stopsIn: 'I. MỤC ĐÍCH, YÊU CẦU',
    why: 'stops mid-word ("phươ") in 2. Yêu cầu, before part II',
  },
  {
    // No task (it stops in "A. CĂN CỨ XÂY DỰNG KẾ HOẠCH", legal bases, on "- Số điểm trường: 01"): cut off.
    file: 'thcs-hiep-luc-giao-duc-2025-2026.txt',
    level: 'THCS',
    cchc: false,
    tasksByArea: {},
    refusal: 'truncated',
    why: 'Kế hoạch giáo dục năm học: parts are A./B. letters, not CCHC parts; the excerpt stops in A. Căn cứ',
  },
  {
    // 0 tasks (only Căn cứ lines, the last ending ";"): refused as cut off.
    file: 'thcs-vinh-thanh-trung-chien-luoc-2021-2025.txt',
    level: 'THCS',
    cchc: false,
    tasksByArea: {},
    refusal: 'truncated',
    why: 'Kế hoạch chiến lược: the excerpt is the letterhead and Căn cứ lines only',
  },
  {
    // 0 tasks; the paragraph ends "… như sau:", but the excerpt has no KẾ HOẠCH title, so the importer
    // cannot tell a plan cut off from a stray paragraph: it says the text has no task parts (title only).
    file: 'mn-van-tu-phat-trien-2021-2025.txt',
    level: 'Mầm non',
    cchc: false,
    tasksByArea: {},
    refusal: 'titleOnly',
    why: 'one Căn cứ paragraph of a Kế hoạch phát triển giáo dục, nothing after "như sau:"',
  },
  {
    file: 'tt-67-2011-tieu-hoc-wrapped.txt',
    level: 'Tiểu học (Bộ GDĐT)',
    cchc: false,
    tasksByArea: {},
    refusal: 'noStructure',
    why: 'a Thông tư, not a plan, hard-wrapped at ~50 characters: its Điều lines are not tasks',
  },
];

describe('real published plans (issue 16 §4): hand-counted expectations', () => {
  for (const e of EXPECTED) {
    it(`${e.file} (${e.level}, ${e.cchc ? 'CCHC' : 'không phải CCHC'}): ${e.why}`, () => {
      const result = parsePlan(outlineFromText(published(e.file)));
      const tasksByArea: Record<string, number> = {};
      if (result.ok) for (const t of result.tasks) tasksByArea[t.area] = (tasksByArea[t.area] ?? 0) + 1;
      expect(tasksByArea).toEqual(e.tasksByArea);
      expect(result).toEqual({
        ok: false,
        reason: e.refusal,
        message:
          e.refusal === 'truncated'
            ? e.stopsIn
              ? planMsg.refuseTruncated(e.stopsIn)
              : planMsg.refuseTruncatedBeforeParts
            : e.refusal === 'titleOnly'
              ? planMsg.refuseTitleOnly
              : planMsg.refuseNoStructure,
      });
    });
  }

  it('reads the Số of the two squashed letterheads, the ký hiệu kept', () => {
    const numberLine = (file: string) =>
      published(file)
        .split('\n')
        .find((line) => line.startsWith('Số:'))!;
    expect(planNumberIn(numberLine('xa-dinh-hung-thanh-hoa-2025.txt'))).toBe('01/KH-UBND');
    expect(planNumberIn(numberLine('thcs-vinh-thanh-trung-chien-luoc-2021-2025.txt'))).toBe('107/KH-THCSVTT');
    expect(planNumberIn(numberLine('thcs-hiep-luc-giao-duc-2025-2026.txt'))).toBe('08/KH-THCSHL');
  });

  it('a plan that ends where its writer stopped is not called cut off', () => {
    // The rule that names Định Hưng and Long Phụng cut off is the last line ending mid-sentence; a text of
    // only skipped parts that ends with a full stop stays "no structure".
    const ended = 'Số: 3/KH-X\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao chất lượng phục vụ.';
    expect(parsePlan(outlineFromText(ended))).toMatchObject({ ok: false, reason: 'noStructure' });
    const cut = 'Số: 3/KH-X\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao chất lượng phục';
    expect(parsePlan(outlineFromText(cut))).toEqual({
      ok: false,
      reason: 'truncated',
      message: planMsg.refuseTruncated('I. MỤC ĐÍCH, YÊU CẦU'),
    });
  });
});
