import { describe, expect, it } from 'vitest';
import { normaliseEdit, parseProgress, stampText, type EditedRow } from '../../src/core/edits';
import type { TaskColumnKey } from '../../src/core/schema';

const today = '2026-03-20';
const stamp = stampText('20/03/2026 09:15', 'gv.binh@thmythinh.edu.vn');
const row = (cells: EditedRow['cells']): EditedRow => ({ row: 7, code: '3.2', cells });
const edit = (keys: TaskColumnKey[], cells: EditedRow['cells']) =>
  normaliseEdit([row(cells)], new Set(keys), today, stamp)[0]!;

describe('progress typed by staff', () => {
  it.each([
    ['50', 0.5],
    ['50%', 0.5],
    [' 50 % ', 0.5],
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['12,5%', 0.125],
    ['100', 1],
    ['0', 0],
    [50, 0.5],
    [0.5, 0.5],
    [1, 1],
    [100, 1],
  ] as const)('%j → %d', (typed, ratio) => {
    expect(parseProgress(typed)).toEqual({ ok: true, value: ratio });
  });

  it('is not understood: words, over 100%, negative, a date', () => {
    for (const typed of ['năm mươi', '150%', '150', 1.5, -0.2, 'khoảng 50', { date: today }] as const) {
      const r = parseProgress(typed);
      expect(r.ok, JSON.stringify(typed)).toBe(false);
    }
    expect(parseProgress('')).toEqual({ ok: true, value: null });
  });

  it('is written back as a number with the 0% format, and stamps the row', () => {
    const out = edit(['progress'], { progress: '50', progressStatus: 'Đang thực hiện' });
    expect(out.changes).toEqual([{ key: 'progress', value: 0.5, numberFormat: '0%' }]);
    expect(out.stamp).toBe('20/03/2026 09:15 – gv.binh@thmythinh.edu.vn');
    expect(out.problems).toEqual([]);
    expect(out.fine).toEqual(['progress']);
  });

  it('already a ratio: nothing rewritten, still stamped', () => {
    const out = edit(['progress'], { progress: 0.3 });
    expect(out.changes).toEqual([]);
    expect(out.stamp).not.toBeNull();
  });

  it('100% sets Hoàn thành and fills the completion date', () => {
    const out = edit(['progress'], { progress: '100%', progressStatus: 'Đang thực hiện', completedDate: '' });
    expect(out.changes).toEqual([
      { key: 'progress', value: 1, numberFormat: '0%' },
      { key: 'progressStatus', value: 'Hoàn thành' },
      { key: 'completedDate', value: { date: today } },
    ]);
  });

  it('100% on a task already Hoàn thành with a date changes no status or date', () => {
    const out = edit(['progress'], {
      progress: 1,
      progressStatus: 'Hoàn thành',
      completedDate: { date: '2026-03-01' },
    });
    expect(out.changes).toEqual([]);
  });

  it('"năm mươi" and 150% are kept, with a Vietnamese note', () => {
    const words = edit(['progress'], { progress: 'năm mươi' });
    expect(words.changes).toEqual([]);
    expect(words.problems).toHaveLength(1);
    expect(words.problems[0]!.note).toMatch(/^⚠ Sổ theo dõi CCHC: Không hiểu tiến độ "năm mươi"/);
    const over = edit(['progress'], { progress: 1.5 });
    expect(over.problems[0]!.message).toContain('150%');
    expect(over.fine).toEqual([]);
  });
});

describe('dates typed as text', () => {
  it.each([['15/3/2026'], ['15-03-2026'], ['2026-03-15'], ['15.03.2026']])('%s → 15/03/2026', (typed) => {
    const out = edit(['completedDate'], { completedDate: typed, progressStatus: 'Hoàn thành' });
    expect(out.changes).toEqual([{ key: 'completedDate', value: { date: '2026-03-15' } }]);
  });

  it('an impossible or wordy date is kept with a note', () => {
    for (const typed of ['31/02/2026', 'giữa tháng 3']) {
      const out = edit(['dueDate'], { dueDate: typed });
      expect(out.changes).toEqual([]);
      expect(out.problems[0]!.key).toBe('dueDate');
      expect(out.problems[0]!.message).toContain(typed);
    }
  });

  it('a completion before the start is kept with a note', () => {
    const out = edit(['completedDate'], {
      startDate: { date: '2026-03-10' },
      completedDate: '5/3/2026',
      progressStatus: 'Hoàn thành',
    });
    expect(out.changes).toEqual([{ key: 'completedDate', value: { date: '2026-03-05' } }]);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]!.message).toContain('05/03/2026 trước ngày bắt đầu 10/03/2026');
  });
});

describe('Trạng thái', () => {
  it('Hoàn thành with no completion date fills today', () => {
    const out = edit(['progressStatus'], { progressStatus: 'Hoàn thành', completedDate: '' });
    expect(out.changes).toEqual([{ key: 'completedDate', value: { date: today } }]);
  });

  it('keeps a completion date that is there', () => {
    const out = edit(['progressStatus'], { progressStatus: 'Hoàn thành', completedDate: { date: '2026-03-02' } });
    expect(out.changes).toEqual([]);
  });

  it('canonicalises case and spacing, flags unknown words', () => {
    expect(edit(['progressStatus'], { progressStatus: ' đang  thực hiện' }).changes).toEqual([
      { key: 'progressStatus', value: 'Đang thực hiện' },
    ]);
    const out = edit(['progressStatus'], { progressStatus: 'xong rồi' });
    expect(out.changes).toEqual([]);
    expect(out.problems[0]!.message).toContain('Chưa thực hiện, Đang thực hiện, Hoàn thành, Tạm hoãn');
  });
});

describe('stamps and pastes', () => {
  it('only progress columns stamp "Cập nhật lần cuối"', () => {
    expect(edit(['result'], { result: 'Đã ban hành quyết định' }).stamp).not.toBeNull();
    expect(edit(['content'], { content: 'Sửa nội dung' }).stamp).toBeNull();
    expect(stampText('20/03/2026 09:15', '')).toBe('20/03/2026 09:15 – không rõ người sửa');
  });

  it('a pasted block gives one outcome per row', () => {
    const rows: EditedRow[] = ['40', '0,8', 'năm mươi'].map((p, i) => ({
      row: 5 + i,
      code: `1.${i + 1}`,
      cells: { progress: p },
    }));
    const out = normaliseEdit(rows, new Set(['progress']), today, stamp);
    expect(out.map((o) => o.changes[0]?.value ?? null)).toEqual([0.4, 0.8, null]);
    expect(out.map((o) => o.problems.length)).toEqual([0, 0, 1]);
    expect(out.every((o) => o.stamp === stamp)).toBe(true);
  });
});

describe('issue 10: notes quote what was typed, and say when progress completed the task', () => {
  it.each([
    [-5, '"-5"'],
    [150, '"150"'],
    [1.5, '"150%"'],
    ['150', '"150"'],
  ] as const)('%j is quoted as %s', (typed, quoted) => {
    const r = parseProgress(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`Tiến độ ${quoted} vượt quá`);
  });

  it('a progress edit that completes the task leaves a notice on the cell', () => {
    const out = edit(['progress'], { progress: 1, progressStatus: 'Đang thực hiện', completedDate: '' });
    expect(out.changes.map((c) => c.key)).toEqual(['progressStatus', 'completedDate']);
    expect(out.notices).toEqual([
      { key: 'progress', note: expect.stringContaining('đã đánh dấu Hoàn thành vì tiến độ 100%') },
    ]);
    expect(out.problems).toEqual([]);
    expect(
      edit(['progress'], { progress: 1, progressStatus: 'Hoàn thành', completedDate: { date: today } }).notices,
    ).toEqual([]);
  });

  it('a column missing from the sheet is never written', () => {
    const noStatus = edit(['progress'], { progress: '100', completedDate: '' });
    expect(noStatus.changes.map((c) => c.key)).toEqual(['progress']);
    const noCompleted = edit(['progressStatus'], { progressStatus: 'hoàn thành' });
    expect(noCompleted.changes.map((c) => c.key)).toEqual(['progressStatus']);
  });
});

describe('Minh chứng typed by staff (issue 13 §3)', () => {
  const withLinks = (cells: EditedRow['cells'], evidenceLinks: EditedRow['evidenceLinks']) =>
    normaliseEdit([{ ...row(cells), evidenceLinks }], new Set<TaskColumnKey>(['evidence']), today, stamp)[0]!;

  it('spacing normalised, one item a line; references and links need no note, so an earlier note is cleared', () => {
    const out = edit(['evidence'], {
      evidence: '  Kế hoạch số 12 / KH-THMT   ngày 05/02/2026\n\n https://drive.google.com/x ',
    });
    expect(out.changes).toEqual([
      { key: 'evidence', value: 'Kế hoạch số 12/KH-THMT ngày 05/02/2026\nhttps://drive.google.com/x' },
    ]);
    expect(out.notices).toEqual([]);
    expect(out.fine).toEqual(['evidence']);
    expect(out.stamp).not.toBeNull();
  });

  it('a text with links is written back with them, moved with the text', () => {
    const typed = '  Biên bản họp tổ  ';
    const out = withLinks({ evidence: typed }, [{ start: 2, end: 10, url: 'https://drive.google.com/bb' }]);
    expect(out.changes).toEqual([
      { key: 'evidence', value: 'Biên bản họp tổ', links: [{ start: 0, end: 8, url: 'https://drive.google.com/bb' }] },
    ]);
    expect(out.notices).toEqual([]);
  });

  it('a linked text Sheets might not keep as text is left as typed, its links with it', () => {
    const out = withLinks({ evidence: ' 05/02/2026 ' }, [{ start: 1, end: 11, url: 'https://x.vn' }]);
    expect(out.changes).toEqual([]);
    expect(out.notices).toEqual([]);
  });

  it('an item that is neither a reference nor a link gets a note naming it and what it lacks; the cell is kept', () => {
    const out = edit(['evidence'], {
      evidence: 'Kế hoạch số 12/KH-THMT ngày 05/02/2026\nĐã họp tổ\nBáo cáo số 05/BC-THMT',
    });
    expect(out.changes).toEqual([]);
    expect(out.problems).toEqual([]);
    expect(out.fine).toEqual([]);
    expect(out.notices).toHaveLength(1);
    const note = out.notices[0]!.note;
    expect(note).toMatch(/^⚠ Sổ theo dõi CCHC: Minh chứng chưa rõ/);
    expect(note).toContain('- "Đã họp tổ": không có số, ký hiệu, ngày văn bản hay đường liên kết');
    expect(note).toContain('- "Báo cáo số 05/BC-THMT": thiếu ngày ban hành');
    expect(note).not.toContain('12/KH-THMT"');
  });

  it('a blank cell is emptied; an empty one needs nothing', () => {
    expect(edit(['evidence'], { evidence: ' \n ' }).changes).toEqual([{ key: 'evidence', value: '' }]);
    expect(edit(['evidence'], { evidence: '' })).toMatchObject({ changes: [], notices: [], fine: ['evidence'] });
  });
});
