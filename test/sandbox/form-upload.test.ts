// A form passed to google.script.run (issue 14 §3): the harness's FormSubmission reaches the server
// function as the form's object, its fields as strings and a file input's file as a Blob, from the
// web app's page and from a dialog alike. Each test names the page its behaviour comes from.
import { describe, expect, it } from 'vitest';
import { createSandbox, FormSubmission } from '../../sandbox/runtime';
import { NOT_SUPPORTED } from '../../sandbox/env';

const OWNER = 'hieutruong@thmythinh.edu.vn';
const COLLEAGUE = 'giaovien@thmythinh.edu.vn';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3]);

const BUNDLE = String.raw`
function doGet() { return HtmlService.createHtmlOutput('<form></form>'); }
function upload(form) {
  var file = form.file;
  return {
    keys: Object.keys(form).sort(),
    code: form.code,
    note: form.note,
    name: file.getName(),
    contentType: file.getContentType(),
    bytes: file.getBytes()
  };
}
function two(a, b) { return [a, b]; }
`;

function sandbox() {
  return createSandbox({
    start: '2026-01-20T08:00:00+07:00',
    owner: OWNER,
    editors: [COLLEAGUE],
    bundle: BUNDLE,
    manifest: { webapp: { executeAs: 'USER_DEPLOYING', access: 'DOMAIN' } },
  });
}

const form = (file: { name: string; mimeType: string; bytes: Uint8Array } | null) =>
  new FormSubmission({ code: '1.2', note: 'Biên bản họp', file });

describe('a form element as the parameter of a server function', () => {
  it('becomes one object keyed by field name: text fields as strings, the file input as a Blob with its name, content type and bytes (guides/html/communication, Forms)', () => {
    const sb = sandbox();
    const r = sb.callWebAppResult(
      COLLEAGUE,
      'upload',
      form({ name: 'bien-ban.pdf', mimeType: 'application/pdf', bytes: PDF }),
    );
    expect(r.error).toBeUndefined();
    expect(r.result).toEqual({
      keys: ['code', 'file', 'note'],
      code: '1.2',
      note: 'Biên bản họp',
      name: 'bien-ban.pdf',
      contentType: 'application/pdf',
      // Apps Script bytes are Java bytes: signed (reference/base/blob#getBytes).
      bytes: Array.from(PDF, (b) => (b > 127 ? b - 256 : b)),
    });
    expect(r.execution.calls.get('Blob.getName')).toBe(1);
  });

  it("arrives the same way from a dialog (callServer): the rule is google.script.run's, not the web app's", () => {
    const sb = sandbox();
    const answer = sb.callServer<{ code: string; name: string }>(
      OWNER,
      'upload',
      form({ name: 'anh.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }),
    );
    expect(answer).toMatchObject({ code: '1.2', name: 'anh.jpg', contentType: 'image/jpeg', bytes: [-1, -40, -1] });
  });

  it("must be the function's only parameter (guides/html/reference/run, myFunction): beside another argument, or inside an object, the request fails and nothing runs", () => {
    const sb = sandbox();
    const f = form({ name: 'a.pdf', mimeType: 'application/pdf', bytes: PDF });
    const before = sb.executions.length;
    expect(() => sb.callWebApp(COLLEAGUE, 'two', f, 1)).toThrow(/only parameter/);
    expect(() => sb.callWebApp(COLLEAGUE, 'two', { f })).toThrow('Failed due to illegal value in property: f');
    expect(sb.executions.length).toBe(before);
  });

  it('a file input with no file chosen: what the server receives is not documented, so not supported', () => {
    const sb = sandbox();
    expect(() => sb.callWebApp(COLLEAGUE, 'upload', form(null))).toThrow(
      `${NOT_SUPPORTED}: what the server receives for a file input with no file chosen`,
    );
  });
});
