// A fault at each write of a save from "Nhiệm vụ của tôi" (issue 14), and of an upload: the page
// gets an error, and saving again gives exactly the row and Nhật ký of a save that never failed —
// nothing lost, nothing written twice. An upload whose line cannot be written leaves no file behind.
import { describe, expect, it } from 'vitest';
import { ProgressStatus } from '../../src/core/domain';
import { SHEETS } from '../../src/core/schema';
import type { MyTasksPage } from '../../src/contracts/myTasks';
import { setSetting, writeTasks } from '../support/reportWorld';
import { PRINCIPAL, sheetRecords, trackerWithPlan } from '../support/world';

const MAI = 'mai.dt@thmythinh.edu.vn';
const WRITES = /\.(set\w*|append\w*|insert\w*|clear\w*|delete\w*)$/;

function world() {
  const w = trackerWithPlan({ plan: 'none', start: '2026-03-10T09:00:00+07:00' });
  writeTasks(w.sb, [{ owner: 'Đỗ Thị Mai', dueDate: '2026-03-31', progressStatus: ProgressStatus.InProgress }]);
  setSetting(w.sb, 'confirmCompletion', 'Có');
  const base = w.sb.callWebApp<MyTasksPage>(MAI, 'myTasksLoad').tasks[0]!.fields;
  // Completing with a result: cells, the completion date, Chờ xác nhận, the stamp and a Nhật ký line.
  const payload = { code: 'T1', base, values: { progressStatus: 'Hoàn thành', progress: '100', result: 'Xong' } };
  // Nhật ký as written, then the lines appendLog queued when its write failed (written by the next one).
  const queued = () =>
    Object.entries(
      w.sb.env.run('editor', 'inspect', { active: PRINCIPAL, effective: PRINCIPAL }, () =>
        w.sb.properties.getDocumentProperties().getProperties(),
      ).result!,
    )
      .filter(([k]) => k.startsWith('CCHC_LOG_QUEUE_'))
      .sort()
      .map(([, v]) => JSON.parse(v) as string[]);
  const log = () => [
    ...sheetRecords(w.sb, 'Nhật ký').map((r) => [
      (r['Thời gian'] as Date).toISOString(),
      r['Người thực hiện'],
      r['Thao tác'],
      r['Mã nhiệm vụ'],
      r['Chi tiết'],
    ]),
    ...queued(),
  ];
  const state = () => ({ rows: sheetRecords(w.sb, SHEETS.tasks.name), log: log() });
  return { ...w, payload, state };
}

describe('a fault at each write of a save', () => {
  const reference = world();
  const run = reference.sb.callWebAppResult(MAI, 'myTasksSave', reference.payload);
  expect(run.result).toMatchObject({ ok: true });
  const expected = reference.state();
  const writes = [...run.execution.calls.entries()]
    .filter(([method]) => WRITES.test(method) && !method.startsWith('Lock.'))
    .flatMap(([method, n]) => Array.from({ length: n }, (_, i) => ({ method, nth: i + 1 })));

  it('covers the writes a save makes', () => {
    expect(writes.map((w) => w.method)).toEqual(expect.arrayContaining(['Range.setValues', 'RangeList.setValue']));
  });

  it.each(writes)('$method #$nth fails: the page is told, and saving again gives the same row and log', (fault) => {
    const w = world();
    w.sb.env.faults.arm(fault);
    const first = w.sb.callWebAppResult<{ ok: boolean }>(MAI, 'myTasksSave', w.payload);
    expect(w.sb.env.faults.fired).toHaveLength(1);
    // The person saves again only when the page said it failed.
    if (first.error || !first.result?.ok)
      expect(w.sb.callWebApp(MAI, 'myTasksSave', w.payload)).toMatchObject({ ok: true });
    expect(w.state()).toEqual(expected);
  });
});

describe('a save that succeeded but whose answer the phone never got', () => {
  it('saving the same again changes nothing: the same row, the same Nhật ký, no second line', () => {
    const reference = world();
    expect(reference.sb.callWebApp(MAI, 'myTasksSave', reference.payload)).toMatchObject({ ok: true });
    const expected = reference.state();
    const w = world();
    expect(w.sb.callWebApp(MAI, 'myTasksSave', w.payload)).toMatchObject({ ok: true });
    // The connection dropped; the page still shows what it loaded and she taps Lưu again.
    expect(w.sb.callWebApp(MAI, 'myTasksSave', w.payload)).toMatchObject({ ok: true });
    expect(w.state()).toEqual(expected);
  });
});
