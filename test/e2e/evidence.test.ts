// Minh chứng through the built bundle (issue 13 §3): a staff member marks a task Hoàn thành, then
// types its evidence — a document reference, a URL, a text with a link inserted (Ctrl+K) and an item
// that is neither — as one cell. The installable on-edit trigger normalises the spacing and keeps
// the link, its note names the bad item (and goes once it is fixed), readTasks hands the report the
// links, and Tổng hợp's "Hoàn thành chưa có minh chứng" follows every step live.
import { beforeAll, describe, expect, it } from 'vitest';
import { trackerWithPlan, type World } from '../support/world';
import { colOf, taskCell } from '../support/flagsWorld';
import { columnLetter } from '../../src/core/status/formulas';
import { LAYOUT } from '../../src/core/report/dashboard';
import { readTasks } from '../../src/adapters/tracker';
import { parseEvidence, unrecognisedEvidence } from '../../src/core/evidence';
import { callsOf, instrument, valuesKey } from '../../sandbox/env';
import type { TaskColumnKey } from '../../src/core/schema';

let w: World;
let staff: string;
const ROW = 5;
const at = (key: TaskColumnKey, row = ROW) => `${columnLetter(colOf(w.sb, key))}${row}`;
const cell = (key: TaskColumnKey, row = ROW) => w.sb.spreadsheet.getSheetModel('Nhiệm vụ')!.cell(row, colOf(w.sb, key));
const missingEvidence = () => w.sb.spreadsheet.valuesOf('Tổng hợp')[LAYOUT.missingEvidenceRow - 1]!.slice(0, 2);

const TYPED = [
  '  Kế hoạch số 12 / KH-THMT   ngày 05/02/2026  ',
  '',
  'https://drive.google.com/file/d/kh12',
  ' Biên bản họp tổ chuyên môn',
  'Đã họp tổ triển khai ',
].join('\n');
const LINKED = 'Biên bản họp tổ chuyên môn';
const LINK = 'https://drive.google.com/file/d/bienban';
const NORMALISED = [
  'Kế hoạch số 12/KH-THMT ngày 05/02/2026',
  'https://drive.google.com/file/d/kh12',
  'Biên bản họp tổ chuyên môn',
  'Đã họp tổ triển khai',
].join('\n');

beforeAll(() => {
  w = trackerWithPlan({ start: '2026-03-16T09:15:00+07:00' });
  staff = w.staffEmails[0]!;
});

describe('Minh chứng typed by a staff member', () => {
  it('Tổng hợp counts a task marked Hoàn thành with no Minh chứng, at once', () => {
    expect(missingEvidence()).toEqual(['Hoàn thành chưa có minh chứng', 0]);
    const done = w.sb.edit(staff, 'Nhiệm vụ', at('progressStatus'), 'Hoàn thành').installable[0]!;
    expect(done.error).toBeUndefined();
    expect(missingEvidence()[1]).toBe(1);
  });

  it('a reference, a URL, a linked text and a bad item: normalised, the link kept, the note names the bad item', () => {
    const start = TYPED.indexOf(LINKED);
    const out = w.sb.editRichText(staff, 'Nhiệm vụ', at('evidence'), TYPED, [
      { start, end: start + LINKED.length, url: LINK },
    ]);
    const run = out.installable[0]!;
    expect(run.error).toBeUndefined();
    expect(taskCell(w.sb, ROW, 'evidence')).toBe(NORMALISED);
    const linkAt = NORMALISED.indexOf(LINKED);
    expect(cell('evidence')?.links).toEqual([{ start: linkAt, end: linkAt + LINKED.length, url: LINK }]);
    const note = cell('evidence')?.note ?? '';
    expect(note).toMatch(/^⚠ Sổ theo dõi CCHC: Minh chứng chưa rõ/);
    expect(note).toContain('"Đã họp tổ triển khai"');
    expect(note).not.toContain('- "Kế hoạch');
    expect(note).not.toContain('- "Biên bản');
    expect(cell('evidence')?.border).toBeUndefined(); // a note, not a refusal
    expect(taskCell(w.sb, ROW, 'lastUpdated')).toBe(`16/03/2026 09:15 – ${staff}`);
    expect(missingEvidence()[1]).toBe(0);

    // A constant few calls more than a progress edit; the RichTextValue calls are values, not spreadsheet calls.
    expect(callsOf(run.execution, 'Range.getRichTextValues')).toBe(1);
    expect(callsOf(run.execution, 'Range.setRichTextValues')).toBe(1);
    expect(callsOf(run.execution, 'Range.setValues')).toBe(0);
    // 14 for any edit (npm run bench) + getRange, getRichTextValues, setRichTextValues, getRangeList, setNote.
    expect(callsOf(run.execution, 'SpreadsheetApp')).toBeLessThanOrEqual(19);
    // getRuns, a getLinkUrl per run, the link's start and end; copy, setText, setLinkUrl, build.
    expect(callsOf(run.execution, valuesKey('SpreadsheetApp'))).toBeLessThanOrEqual(10);
  });

  it('readTasks hands the report the link, and parseEvidence reads the four items from it', () => {
    const { result: task, execution } = w.sb.env.run(
      'editor',
      'readTasks',
      { active: w.principal, effective: w.principal },
      () =>
        readTasks(
          instrument(
            w.sb.env,
            w.sb.spreadsheet.spreadsheetApi(),
          ) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
        ).tasks.find((t) => t.row === ROW)!,
    );
    expect(callsOf(execution, 'Range.getRichTextValues')).toBe(1);
    expect(task.evidence).toBe(NORMALISED);
    const linkAt = NORMALISED.indexOf(LINKED);
    expect(task.evidenceLinks).toEqual([{ start: linkAt, end: linkAt + LINKED.length, url: LINK }]);
    const items = parseEvidence(task.evidence, task.evidenceLinks);
    expect(items.map((i) => [i.reference?.code ?? null, i.url ?? null])).toEqual([
      ['KH-THMT', null],
      [null, 'https://drive.google.com/file/d/kh12'],
      [null, LINK],
      [null, null],
    ]);
    expect(unrecognisedEvidence(items).map((i) => i.text)).toEqual(['Đã họp tổ triển khai']);
  });

  it('the bad item fixed, the note goes; retyped without the link, the linked item is named; emptied, the task counts again', () => {
    const fixed = NORMALISED.replace('Đã họp tổ triển khai', 'Thông báo số 07/TB-THMT ngày 20/02/2026');
    const linkAt = fixed.indexOf(LINKED);
    const edit = w.sb.editRichText(staff, 'Nhiệm vụ', at('evidence'), fixed, [
      { start: linkAt, end: linkAt + LINKED.length, url: LINK },
    ]).installable[0]!;
    expect(edit.error).toBeUndefined();
    expect(cell('evidence')?.note).toBeUndefined();
    expect(cell('evidence')?.links).toEqual([{ start: linkAt, end: linkAt + LINKED.length, url: LINK }]);
    // sb.edit types the whole cell anew: the inserted link goes with the old value.
    w.sb.edit(staff, 'Nhiệm vụ', at('evidence'), fixed);
    expect(cell('evidence')?.links).toBeUndefined();
    expect(cell('evidence')?.note).toContain(`- "${LINKED}": không có`);
    expect(missingEvidence()[1]).toBe(0);
    w.sb.edit(staff, 'Nhiệm vụ', at('evidence'), '');
    expect(cell('evidence')?.note).toBeUndefined();
    expect(missingEvidence()[1]).toBe(1);
  });
});
