// Minh chứng read as an assessor wants it (src/core/evidence.ts), on the references the plans
// themselves write: the sample plan's header and "Thực hiện …" paragraph (samples/), and the An Hòa
// plan's letterhead (test/fixtures/plans/). Issue 13 §3.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cellEvidence,
  doneWithoutEvidence,
  isEvidence,
  normalizeEvidenceText,
  parseEvidence,
  unrecognisedEvidence,
} from '../../src/core/evidence';
import { samplePlanText } from '../../samples';

const one = (text: string) => {
  const items = parseEvidence(text);
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('document references in the forms the plans write', () => {
  it('the sample plan cites its sources "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ …" — each one a reference, with its issuer', () => {
    const paragraph = samplePlanText()
      .split('\n')
      .find((l) => l.startsWith('Thực hiện Nghị quyết'))!;
    // A person puts each document on its own line.
    const lines = paragraph.replace(/^Thực hiện /, '').split('; ');
    expect(parseEvidence(lines.join('\n')).map((i) => i.reference)).toEqual([
      { kind: 'Nghị quyết', number: '76', code: 'NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
      { kind: 'Kế hoạch', number: '148', code: 'KH-UBND', date: '2025-12-03', issuer: 'UBND tỉnh Ninh Bình' },
    ]);
  });

  it('"Kế hoạch 156/KH-SGDĐT ngày 14/01/2026 của UBND phường Mỹ Lộc về việc …" (no "số"), from the sample plan', () => {
    const line = samplePlanText()
      .split('\n')
      .find((l) => l.includes('156/KH-SGDĐT'))!
      .replace(/^Thực hiện /, '');
    expect(one(line).reference).toEqual({
      kind: 'Kế hoạch',
      number: '156',
      code: 'KH-SGDĐT',
      date: '2026-01-14',
      issuer: 'UBND phường Mỹ Lộc',
    });
  });

  it('a letterhead on one line: "Số: 12/KH-THCSAH An Hòa, ngày 05 tháng 02 năm 2026" (the An Hòa plan)', () => {
    const [, , number, placeDate] = readFileSync('test/fixtures/plans/thcs-an-hoa-2026.txt', 'utf8').split('\n');
    expect(one(`${number} ${placeDate}`).reference).toEqual({
      kind: 'Kế hoạch',
      number: '12',
      code: 'KH-THCSAH',
      date: '2026-02-05',
    });
  });

  it('the same letterhead on two lines is two items: a số/ký hiệu without date, a date without số', () => {
    const items = parseEvidence('Số: 47/KH-THMT\nMỹ Lộc, ngày 20 tháng 01 năm 2026');
    expect(items.map((i) => [isEvidence(i), i.missing])).toEqual([
      [false, 'date'],
      [false, 'number'],
    ]);
  });

  it('Party and legal numbering: "66-NQ/TW ngày 30/4/2025 của Bộ Chính trị", "117/2013/NĐ-CP"', () => {
    expect(one('Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới').reference).toEqual({
      kind: 'Nghị quyết',
      number: '66',
      code: 'NQ/TW',
      date: '2025-04-30',
      issuer: 'Bộ Chính trị',
    });
    expect(one('Nghị định số 117/2013/NĐ-CP ngày 07/10/2013').reference).toMatchObject({
      kind: 'Nghị định',
      number: '117',
      code: '2013/NĐ-CP',
      date: '2013-10-07',
    });
  });

  it.each([
    ['Kế hoạch số 12/KH-THMT ngày 05/02/2026', 'Kế hoạch', '12', 'KH-THMT', '2026-02-05'],
    ['Số: 05/BC-THMT ngày 5 tháng 2 năm 2026', 'Báo cáo', '05', 'BC-THMT', '2026-02-05'],
    ['Quyết định số 15/QĐ-THMT ngày 10/01/2026 về việc thành lập tổ CCHC', 'Quyết định', '15', 'QĐ-THMT', '2026-01-10'],
    ['Công văn số 45/THMT-VP ngày 01/02/2026', 'Công văn', '45', 'THMT-VP', '2026-02-01'],
    ['Số 45/UBND-VP ngày 01/02/2026', 'Công văn', '45', 'UBND-VP', '2026-02-01'],
    ['Thông báo số 07/TB-THMT ngày 15/01/2026', 'Thông báo', '07', 'TB-THMT', '2026-01-15'],
    ['Tờ trình số 03/TTr-THMT ngày 02/03/2026', 'Tờ trình', '03', 'TTr-THMT', '2026-03-02'],
    ['Biên bản họp số 02/BB-THMT, 15/01/2026', 'Biên bản', '02', 'BB-THMT', '2026-01-15'],
  ])('%s → %s %s/%s of %s', (text, kind, number, code, date) => {
    expect(one(text).reference).toMatchObject({ kind, number, code, date });
  });
});

describe('items: references, links, both, neither', () => {
  it('one item a line: a URL, a reference with a URL, a rich link on words, and an item that is neither', () => {
    const text = [
      'https://drive.google.com/file/d/abc',
      'Kế hoạch số 12/KH-THMT ngày 05/02/2026 https://drive.google.com/file/d/kh',
      'Biên bản họp tổ',
      'Đã họp tổ triển khai',
    ].join('\n');
    const start = text.indexOf('Biên bản');
    const items = parseEvidence(text, [{ start, end: start + 8, url: 'https://drive.google.com/file/d/bb' }]);
    expect(items.map((i) => [i.url ?? null, i.reference?.code ?? null, isEvidence(i)])).toEqual([
      ['https://drive.google.com/file/d/abc', null, true],
      ['https://drive.google.com/file/d/kh', 'KH-THMT', true],
      ['https://drive.google.com/file/d/bb', null, true],
      [null, null, false],
    ]);
    expect(unrecognisedEvidence(items).map((i) => i.text)).toEqual(['Đã họp tổ triển khai']);
  });

  it('a URL loses the punctuation around it; "www." gets a scheme; digits inside a URL are not a reference', () => {
    expect(one('(xem https://thmythinh.edu.vn/tin/12-KH-2026).').url).toBe('https://thmythinh.edu.vn/tin/12-KH-2026');
    expect(one('www.thmythinh.edu.vn/cchc').url).toBe('https://www.thmythinh.edu.vn/cchc');
    expect(one('https://x.vn/12/KH-THMT/05/02/2026').reference).toBeUndefined();
  });

  it('neither: no date, an impossible date, no số/ký hiệu, free text', () => {
    expect(['Kế hoạch số 12/KH-THMT', 'Kế hoạch số 12/KH-THMT ngày 31/02/2026'].map((t) => one(t).missing)).toEqual([
      'date',
      'date',
    ]);
    expect(one('Họp ngày 05/02/2026').missing).toBe('number');
    expect(one('Đã thực hiện').missing).toBeUndefined();
    expect(isEvidence(one('Đã thực hiện'))).toBe(false);
  });

  it('an empty or blank cell has no item', () => {
    expect(parseEvidence('')).toEqual([]);
    expect(parseEvidence(' \n \t\n')).toEqual([]);
  });
});

describe('normalised spacing, links carried along', () => {
  it('one item a line, trimmed, single spaces, no blank line; no space inside a số/ký hiệu; a year span left alone', () => {
    expect(
      normalizeEvidenceText(
        '  Kế hoạch   số 12 / KH-THMT  ngày 05/02/2026 \r\n\r\n\t https://drive.google.com/x  \n Giai đoạn 2021 - 2030 \n',
      ).text,
    ).toBe('Kế hoạch số 12/KH-THMT ngày 05/02/2026\nhttps://drive.google.com/x\nGiai đoạn 2021 - 2030');
  });

  it('a link stays on its words when the spaces before it go; a link over spaces only is dropped', () => {
    const raw = '   Biên bản   họp tổ\n\n  Kế hoạch';
    const bb = raw.indexOf('Biên bản');
    const kh = raw.indexOf('Kế hoạch');
    const out = normalizeEvidenceText(raw, [
      { start: bb, end: raw.indexOf('họp'), url: 'https://a.vn' },
      { start: raw.indexOf('\n'), end: kh, url: 'https://spaces.vn' },
      { start: kh, end: kh + 8, url: 'https://b.vn' },
    ]);
    expect(out.text).toBe('Biên bản họp tổ\nKế hoạch');
    expect(out.links.map((l) => [out.text.slice(l.start, l.end), l.url])).toEqual([
      ['Biên bản ', 'https://a.vn'],
      ['Kế hoạch', 'https://b.vn'],
    ]);
  });

  it('normalising is idempotent', () => {
    const once = normalizeEvidenceText(' a  b \n\n số 5 / BC-THMT ').text;
    expect(normalizeEvidenceText(once).text).toBe(once);
  });

  it('cellEvidence: the cell as the tracker reads it (NFC, trimmed), its links moved to match', () => {
    const raw = `  ${'Biên bản'.normalize('NFD')} họp`;
    const at = raw.indexOf('h');
    const { text, links } = cellEvidence(raw, [{ start: at, end: raw.length, url: 'https://a.vn' }]);
    expect(text).toBe('Biên bản họp');
    expect(links.map((l) => text.slice(l.start, l.end))).toEqual(['họp']);
  });
});

describe('doneWithoutEvidence', () => {
  const task = (progressStatus: string, evidence: string, planNote = '', completedDate: string | null = null) => ({
    progressStatus,
    evidence,
    planNote,
    completedDate,
  });
  const tasks = [
    task('Hoàn thành', '', '', '2026-03-01'),
    task(' hoàn  thành ', ' \n '),
    task('Hoàn thành', 'Đã họp tổ'),
    task('Hoàn thành', 'https://drive.google.com/x'),
    task('Hoàn thành', '', 'Đã bỏ khỏi kế hoạch'),
    task('Đang thực hiện', ''),
    task('Hoàn thành', '', '', '2026-04-10'),
  ];

  it('Hoàn thành with an empty Minh chứng; not when something is written, not when removed from the plan or not done', () => {
    expect(doneWithoutEvidence(tasks)).toEqual([tasks[0], tasks[1], tasks[6]]);
  });

  it('given a day: only the tasks done by then (a completion date after it is not done yet)', () => {
    expect(doneWithoutEvidence(tasks, '2026-03-20')).toEqual([tasks[0], tasks[1]]);
  });
});
