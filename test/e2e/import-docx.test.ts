// CCHC → "Nhập kế hoạch…" → "Tải lên tệp Word (.docx)", through the built bundle: the sample plan
// as a .docx (test/fixtures/plans/sampleDocx.ts) is uploaded as the dialog's form (guides/html/communication,
// Forms: the file arrives as a Blob), converted by Drive.Files.create into a Doc, read as a pasted
// Doc is, and trashed. It gives the same tasks as the pasted text; each bad file, and a fault at
// each Drive/Docs step, imports nothing and leaves nothing behind.
import { beforeAll, describe, expect, it } from 'vitest';
import { FormSubmission, type Sandbox } from '../../sandbox/runtime';
import { EXPECTED_2026 } from '../fixtures/plans/expected2026';
import { sampleDocx } from '../fixtures/plans/sampleDocx';
import { PRINCIPAL, samplePlanText, sheetRecords, trackerWithPlan, workbookSnapshot } from '../support/world';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SOURCE = 'Kế hoạch số 47/KH-THMT ngày 20/01/2026';
const NAME = 'KH CCHC 2026 TH Mỹ Thịnh.docx';
const COPY = 'KH CCHC 2026 TH Mỹ Thịnh (bản chuyển đổi tạm để nhập kế hoạch)';
type Result = { ok: boolean; message: string; [k: string]: unknown };

let DOCX: Uint8Array;
beforeAll(async () => {
  DOCX = await sampleDocx();
});

const form = (bytes: Uint8Array = DOCX, name = NAME, mimeType = DOCX_MIME, tableRows = '') =>
  new FormSubmission({ kind: 'docx', tableRows, file: { name, mimeType, bytes } });
const call = (sb: Sandbox, fn: 'importPreview' | 'importConfirm', arg: unknown) =>
  sb.callServer<Result>(PRINCIPAL, fn, arg);
/** Every file in Drive but the roots: what an upload could leave behind. */
const driveFiles = (sb: Sandbox) =>
  [...sb.drive.model.items.values()].filter((it) => !it.isRoot).map((it) => ({ name: it.name, trashed: it.trashed }));

describe('importing the 2026 plan from a Word file', () => {
  it('the preview is the pasted text’s; nothing is written and the converted copy is trashed', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const filesBefore = driveFiles(sb);
    const fromText = call(sb, 'importPreview', { kind: 'text', text: samplePlanText() });
    const fromWord = call(sb, 'importPreview', form());
    expect(fromWord).toMatchObject({ ok: true, source: SOURCE, total: 42 });
    const { warnings: _w, ...same } = fromText;
    expect(fromWord).toMatchObject(same);
    expect(workbookSnapshot(sb)).toBe(before);
    expect(driveFiles(sb)).toEqual([...filesBefore, { name: COPY, trashed: true }]);
  });

  it('confirming imports the same 42 tasks as pasting the text, and trashes its copy too', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const done = call(sb, 'importConfirm', form());
    expect(done).toMatchObject({ ok: true, source: SOURCE, counts: { added: 42 } });
    expect(sheetRecords(sb, 'Nhiệm vụ').map((r) => [r['Mã'], r['Lĩnh vực'], r['Nội dung nhiệm vụ']])).toEqual(
      EXPECTED_2026,
    );
    expect(driveFiles(sb).filter((f) => f.name === COPY)).toEqual([{ name: COPY, trashed: true }]);
  });

  const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  it.each([
    ['an empty file', () => form(new Uint8Array(0)), `Tệp "${NAME}" trống (0 byte)`],
    [
      'a file over 10 MB',
      () => form(new Uint8Array(10 * 1024 * 1024 + 1)),
      `Tệp "${NAME}" nặng 10,0 MB, quá giới hạn 10 MB.`,
    ],
    ['an old Word .doc', () => form(OLE, 'KH.doc', 'application/msword'), 'Tệp "KH.doc" là tệp Word cũ (.doc)'],
    ['a PDF', () => form(new TextEncoder().encode('%PDF-1.4'), 'KH.pdf', 'application/pdf'), 'Tệp "KH.pdf" là PDF'],
    [
      'a text file',
      () => form(new TextEncoder().encode('Số: 47'), 'KH.txt', 'text/plain'),
      'Tệp "KH.txt" không phải tệp Word (.docx)',
    ],
    ['a password-protected .docx (an OLE file)', () => form(OLE), `Tệp "${NAME}" có đặt mật khẩu`],
    ['a corrupt .docx', () => form(new TextEncoder().encode('not a zip at all')), `Tệp "${NAME}" bị hỏng`],
  ])('%s is refused in Vietnamese; nothing is written and nothing goes to Drive', (_what, upload, message) => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const filesBefore = driveFiles(sb);
    for (const fn of ['importPreview', 'importConfirm'] as const) {
      expect(call(sb, fn, upload())).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    }
    expect(workbookSnapshot(sb)).toBe(before);
    expect(driveFiles(sb)).toEqual(filesBefore);
  });

  it.each([
    [
      'Drive refusing the conversion (Files.create)',
      { method: 'Files.create', message: 'API call to drive.files.create failed with error: Internal Error' },
      `Google Drive không chuyển được tệp "${NAME}"`,
      [],
    ],
    [
      'the converted Doc not opening (DocumentApp.openById)',
      { method: 'DocumentApp.openById' },
      `Không đọc được bản Google Tài liệu chuyển từ tệp "${NAME}"`,
      [{ name: COPY, trashed: true }],
    ],
    [
      'the trash failing (Files.update)',
      { method: 'Files.update' },
      `Không xóa được bản Google Tài liệu tạm "${COPY}"`,
      [{ name: COPY, trashed: false }],
    ],
  ])('%s: nothing is imported, and the message says so', (_what, fault, message, left) => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    const filesBefore = driveFiles(sb);
    sb.env.faults.arm(fault);
    expect(call(sb, 'importConfirm', form())).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    expect(workbookSnapshot(sb)).toBe(before);
    // Only the trash failing leaves the copy, untrashed: the message names it for the manager to delete.
    expect(driveFiles(sb)).toEqual([...filesBefore, ...left]);
    // Once the fault is gone the same file imports.
    expect(call(sb, 'importConfirm', form())).toMatchObject({ ok: true, counts: { added: 42 } });
  });

  it('the row places ride in the form as JSON: none ("[]") imports, anything but a list of places is refused', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    for (const rows of ['{', '{"row":"B1"}', '[{"row":"B1","task":7}]']) {
      expect(call(sb, 'importConfirm', form(DOCX, NAME, DOCX_MIME, rows))).toMatchObject({
        ok: false,
        message: 'Dữ liệu gửi lên không hợp lệ. Hãy mở lại hộp thoại và thử lại.',
      });
    }
    expect(workbookSnapshot(sb)).toBe(before);
    expect(call(sb, 'importConfirm', form(DOCX, NAME, DOCX_MIME, '[]'))).toMatchObject({
      ok: true,
      counts: { added: 42 },
    });
  });

  it('parts numbered by Word: their numbers are not in the text, and the codes follow Word’s count (the sample’s second "III." is IV, so TỔ CHỨC THỰC HIỆN is V)', async () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const done = call(sb, 'importConfirm', form(await sampleDocx({ partsNumberedByWord: true })));
    expect(done).toMatchObject({ ok: true, source: SOURCE, counts: { added: 42 } });
    expect(sheetRecords(sb, 'Nhiệm vụ').map((r) => [r['Mã'], r['Lĩnh vực'], r['Nội dung nhiệm vụ']])).toEqual(
      EXPECTED_2026.map(([code, area, content]) => [code.replace(/^IV\./, 'V.'), area, content]),
    );
  });
});

describe('the Word upload carries the mode the manager picked (issue 16 §3)', () => {
  const withMode = (mode: string) =>
    new FormSubmission({ kind: 'docx', tableRows: '', mode, file: { name: NAME, mimeType: DOCX_MIME, bytes: DOCX } });

  it('"plan" reads the CCHC sample by its own sections; "" lets the importer choose CCHC', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const asPlan = call(sb, 'importPreview', withMode('plan'));
    expect(asPlan).toMatchObject({ ok: true, mode: 'plan', suggestedMode: 'cchc', total: 42 });
    // The sections' headings as written ("Cải cách thủ tục hành chính"), not the NQ 76 names ("Cải cách TTHC").
    expect(asPlan.byArea).toContainEqual({ area: 'Cải cách thủ tục hành chính', count: 4 });
    expect(asPlan.byArea).toContainEqual({ area: 'Cải cách TTHC', count: 0 });
    expect(call(sb, 'importPreview', withMode(''))).toMatchObject({ ok: true, mode: 'cchc', suggestedMode: 'cchc' });
  });

  it('a mode the dialog cannot send is refused, nothing written', () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    const before = workbookSnapshot(sb);
    expect(call(sb, 'importConfirm', withMode('khác'))).toMatchObject({
      ok: false,
      message: 'Dữ liệu gửi lên không hợp lệ. Hãy mở lại hộp thoại và thử lại.',
    });
    expect(workbookSnapshot(sb)).toBe(before);
  });
});
