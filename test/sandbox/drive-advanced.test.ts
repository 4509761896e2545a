// The Drive advanced service (Drive API v3) in the sandbox, and the manifest's scopes: what drive.file
// reaches, the API's errors as Apps Script throws them, and DriveApp refused without the drive scope.
// Each test names the behaviour it pins and where it comes from.
import { describe, expect, it } from 'vitest';
import { callsOf } from '../../sandbox/env';
import { createSandbox } from '../../sandbox/runtime';
import { DRIVE_FILE_SCOPE, DRIVE_READONLY_SCOPE, DRIVE_SCOPE, GoogleJsonResponseException } from '../../sandbox/drive';
import { SandboxBlob } from '../../sandbox/services/blob';
import { docsSandbox, OWNER, STAFF } from '../support/serviceSandbox';

const FOLDER = 'application/vnd.google-apps.folder';
const ABOUT_AUTH = 'developers.google.com/drive/api/guides/about-auth';
const HANDLE_ERRORS = 'developers.google.com/drive/api/guides/handle-errors';
const DRIVE_APP_REF = 'developers.google.com/apps-script/reference/drive/drive-app';

const DOCUMENTS = 'https://www.googleapis.com/auth/documents';

/** A sandbox whose manifest lists `scopes` (and documents, for DocumentApp), with Drive.Files at hand. */
function setup(scopes: string[] | null = [DRIVE_FILE_SCOPE]) {
  const s = docsSandbox();
  s.env.oauthScopes = scopes && [DOCUMENTS, ...scopes];
  return { ...s, Files: s.drive.advanced.Files };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe(`drive.file reaches what the script made for this user (${ABOUT_AUTH}: "files that you have opened or created with this app")`, () => {
  it(`a file the user owns but the script did not make is "File not found: <id>." (404, ${HANDLE_ERRORS}), thrown as Apps Script's GoogleJsonResponseException`, () => {
    const { drive, Files, as } = setup();
    const theirs = drive.addFolder(OWNER, 'Báo cáo CCHC');
    const e = thrown(() => as(OWNER, () => Files.get(theirs.id, { fields: 'id' })));
    expect(e).toBeInstanceOf(GoogleJsonResponseException);
    // Apps Script's wrapper (gas-fakes src/support/helpers.js gError) around the v3 message, which
    // ends with a period (googleapis/google-api-ruby-client#3265: "File not found: XXXXX.").
    expect((e as Error).message).toBe(`API call to drive.files.get failed with error: File not found: ${theirs.id}.`);
    expect(String(e)).toBe(
      `GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${theirs.id}.`,
    );
    expect((e as GoogleJsonResponseException).details).toMatchObject({
      code: 404,
      message: `File not found: ${theirs.id}.`,
      errors: [{ domain: 'global', reason: 'notFound', location: 'fileId' }],
    });
    // update and its trash are refused the same way, and nothing changes.
    expect(() => as(OWNER, () => Files.update({ trashed: true }, theirs.id, null as never, { fields: 'id' }))).toThrow(
      `API call to drive.files.update failed with error: File not found: ${theirs.id}.`,
    );
    expect(drive.item(theirs.id)!.trashed).toBe(false);
    // An id that does not exist at all gets the same answer.
    expect(() => as(OWNER, () => Files.get('1NoSuchFileIdxxxxxxxxxxxxxxxxxxxxx', { fields: 'id' }))).toThrow(
      'API call to drive.files.get failed with error: File not found: 1NoSuchFileIdxxxxxxxxxxxxxxxxxxxxx.',
    );
  });

  it('files.list does not see it either: a same-named folder someone else made is not found, the script makes its own', () => {
    const { drive, Files, as } = setup();
    const shared = drive.addFolder('vanthu@phuong-mylo.gov.vn', 'Báo cáo CCHC');
    drive.share(shared.id, OWNER, 'editor');
    const q = `name = 'Báo cáo CCHC' and mimeType = '${FOLDER}' and trashed = false`;
    const { result } = as(OWNER, () => {
      const before = Files.list({ q, fields: 'files(id)' }).files;
      const own = Files.create({ name: 'Báo cáo CCHC', mimeType: FOLDER }, null as never, { fields: 'id' });
      return { before, own: own.id, after: Files.list({ q, fields: 'files(id,name)' }).files };
    });
    expect(result.before).toEqual([]);
    expect(result.after).toEqual([{ id: result.own, name: 'Báo cáo CCHC' }]);
  });

  it('the drive scope reaches everything the user can open, as DriveApp does', () => {
    const { drive, Files, as } = setup([DRIVE_SCOPE]);
    const theirs = drive.addFolder(OWNER, 'Báo cáo CCHC');
    expect(as(OWNER, () => Files.get(theirs.id, { fields: 'id,name,mimeType' })).result).toEqual({
      id: theirs.id,
      name: 'Báo cáo CCHC',
      mimeType: FOLDER,
    });
    // Not what the user cannot open.
    expect(() => as(STAFF, () => Files.get(theirs.id, { fields: 'id' }))).toThrow(`File not found: ${theirs.id}.`);
  });

  it('what the script made for one user it does not reach for another, even shared with them (drive.file is per user)', () => {
    const { drive, Files, as } = setup();
    const id = as(OWNER, () =>
      Files.create({ name: 'Báo cáo CCHC', mimeType: FOLDER }, null as never, { fields: 'id' }),
    ).result.id!;
    drive.share(id, STAFF, 'editor');
    expect(() => as(STAFF, () => Files.get(id, { fields: 'id' }))).toThrow(`File not found: ${id}.`);
  });

  it("a Doc DocumentApp.create made, and DriveApp's own folders, are the script's: reached under drive.file", () => {
    const { Files, DocumentApp, DriveApp, as, env } = setup([DRIVE_SCOPE, DRIVE_FILE_SCOPE]);
    const { result } = as(OWNER, () => ({
      doc: DocumentApp.create('BC').getId(),
      folder: DriveApp.createFolder('x').getId(),
    }));
    env.oauthScopes = [DOCUMENTS, DRIVE_FILE_SCOPE];
    expect(as(OWNER, () => Files.get(result.doc, { fields: 'mimeType' })).result).toEqual({
      mimeType: 'application/vnd.google-apps.document',
    });
    expect(as(OWNER, () => Files.get(result.folder, { fields: 'name' })).result).toEqual({ name: 'x' });
  });
});

describe('files.create, files.update, files.list (developers.google.com/drive/api/reference/rest/v3/files)', () => {
  it('a folder, a PDF from a blob inside it, a Doc moved in with addParents/removeParents, then trashed', () => {
    const { drive, Files, DocumentApp, as } = setup();
    const { result } = as(OWNER, () => {
      const folder = Files.create({ name: 'Báo cáo CCHC', mimeType: FOLDER }, null as never, {
        fields: 'id,parents,webViewLink',
      });
      const doc = DocumentApp.create('BC Quý I');
      const parents = Files.get(doc.getId(), { fields: 'parents' }).parents!;
      const moved = Files.update({}, doc.getId(), null as never, {
        addParents: folder.id,
        removeParents: parents.join(','),
        fields: 'parents,webViewLink',
      });
      const pdf = Files.create(
        { name: 'BC Quý I.pdf', mimeType: 'application/pdf', parents: [folder.id!] },
        DocumentApp.openById(doc.getId()).getAs('application/pdf'),
        { fields: 'id,mimeType,webViewLink' },
      );
      const trashed = Files.update({ trashed: true }, pdf.id!, null as never, { fields: 'trashed' });
      return { folder, root: parents, moved, pdf, trashed, doc: doc.getId() };
    });
    expect(result.folder.parents).toEqual([drive.rootOf(OWNER).id]);
    expect(result.folder.webViewLink).toBe(`https://drive.google.com/drive/folders/${result.folder.id}`);
    expect(result.root).toEqual([drive.rootOf(OWNER).id]);
    expect(result.moved).toEqual({
      parents: [result.folder.id],
      webViewLink: `https://docs.google.com/document/d/${result.doc}/edit?usp=drivesdk`,
    });
    expect(result.pdf).toEqual({
      id: result.pdf.id,
      mimeType: 'application/pdf',
      webViewLink: `https://drive.google.com/file/d/${result.pdf.id}/view?usp=drivesdk`,
    });
    expect(result.trashed).toEqual({ trashed: true });
    expect(drive.item(result.pdf.id!)).toMatchObject({ parents: [result.folder.id], trashed: true, owner: OWNER });
  });

  it('files.list returns trashed files too unless q says trashed = false (the files.list reference); names with quotes are escaped', () => {
    const { Files, as } = setup();
    const { result } = as(OWNER, () => {
      const a = Files.create({ name: "Báo cáo 'A'", mimeType: FOLDER }, null as never, { fields: 'id' }).id!;
      Files.update({ trashed: true }, a, null as never, { fields: 'id' });
      const all = Files.list({ q: "name = 'Báo cáo \\'A\\''", fields: 'files(id,trashed)' }).files;
      const live = Files.list({ q: "name = 'Báo cáo \\'A\\'' and trashed = false", fields: 'files(id)' }).files;
      return { a, all, live };
    });
    expect(result.all).toEqual([{ id: result.a, trashed: true }]);
    expect(result.live).toEqual([]);
  });

  it('counts calls as Drive and Files.<method>', () => {
    const { Files, as } = setup();
    const { execution } = as(OWNER, () => {
      Files.list({ q: 'trashed = false', fields: 'files(id)' });
      Files.create({ name: 'x', mimeType: FOLDER }, null as never, { fields: 'id' });
    });
    expect(callsOf(execution, 'Drive')).toBe(2);
    expect(callsOf(execution, 'Files.list')).toBe(1);
    expect(callsOf(execution, 'Files.create')).toBe(1);
  });
});

describe('what the sandbox does not reproduce says so', () => {
  it('no fields, a query term, paging, media on update, export, the other collections, a simple trigger', () => {
    const { Files, drive, as } = setup();
    const folder = as(OWNER, () => Files.create({ name: 'x', mimeType: FOLDER }, null as never, { fields: 'id' }))
      .result.id!;
    const cases: [string, () => unknown][] = [
      ['without optionalArgs.fields', () => Files.get(folder)],
      ['q "name contains', () => Files.list({ q: "name contains 'x'", fields: 'files(id)' })],
      ['field "size"', () => Files.get(folder, { fields: 'size' })],
      [
        'past one page',
        () => {
          Files.create({ name: 'y', mimeType: FOLDER }, null as never, { fields: 'id' });
          return Files.list({ pageSize: 1, fields: 'files(id)' });
        },
      ],
      ['with media', () => Files.update({}, folder, new SandboxBlob('x') as never, { fields: 'id' })],
      ['Files.export', () => Files.export(folder, 'application/pdf')],
      ['Drive.Permissions', () => (drive.advanced as unknown as Record<string, unknown>).Permissions],
      ['optional argument "supportsAllDrives"', () => Files.get(folder, { fields: 'id', supportsAllDrives: true })],
    ];
    for (const [what, fn] of cases) expect(() => as(OWNER, fn), what).toThrow(`not supported in the sandbox`);
    for (const [what, fn] of cases) expect(() => as(OWNER, fn), what).toThrow(what);
    expect(() => as(OWNER, () => Files.get(folder, { fields: 'id' }), 'simpleOnEdit')).toThrow(
      'not supported in the sandbox: Drive.Files.get in a simple trigger',
    );
  });

  it('a manifest with neither drive nor drive.file: not supported (the live answer is not pinned)', () => {
    const { Files, as } = setup([]);
    expect(() => as(OWNER, () => Files.list({ fields: 'files(id)' }))).toThrow(
      'not supported in the sandbox: Drive.Files.list without the drive or drive.file scope',
    );
  });
});

describe(`DriveApp needs the drive scope (${DRIVE_APP_REF}, "Authorization"): drive.file is not enough`, () => {
  it('under a manifest that lists scopes without drive, DriveApp throws "Specified permissions are not sufficient to call …"', () => {
    const { DriveApp, as } = setup([DRIVE_FILE_SCOPE]);
    expect(() => as(OWNER, () => DriveApp.createFolder('Báo cáo CCHC'))).toThrow(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(() => as(OWNER, () => DriveApp.getFoldersByName('Báo cáo CCHC'))).toThrow(
      'Specified permissions are not sufficient to call DriveApp.getFoldersByName. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('getters also take drive.readonly; no listed scopes (Apps Script detects them) refuses nothing', () => {
    const { DriveApp, as, env } = setup([DRIVE_READONLY_SCOPE]);
    expect(as(OWNER, () => DriveApp.getFoldersByName('x').hasNext()).result).toBe(false);
    expect(() => as(OWNER, () => DriveApp.createFolder('x'))).toThrow('Specified permissions are not sufficient');
    env.oauthScopes = null;
    expect(as(OWNER, () => DriveApp.createFolder('x').getName()).result).toBe('x');
  });
});

describe('the runtime takes the scopes and advanced services from the manifest (developers.google.com/apps-script/advanced/drive: "an advanced service that must be enabled before use")', () => {
  const BUNDLE = `
    function hasDrive() { return typeof Drive !== 'undefined'; }
    function makeFolder() { return Drive.Files.create({ name: 'x', mimeType: '${FOLDER}' }, null, { fields: 'id' }).id; }
    function driveAppFolder() { return DriveApp.createFolder('x').getId(); }
  `;
  const start = '2026-01-20T08:00:00+07:00';
  const enabled = {
    oauthScopes: [DRIVE_FILE_SCOPE],
    dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
  };

  it('without the service in the manifest there is no Drive global', () => {
    const sb = createSandbox({ start, owner: OWNER, bundle: BUNDLE });
    expect(sb.run(OWNER, 'hasDrive').result).toBe(false);
  });

  it('with it, Drive.Files works under drive.file and DriveApp is refused', () => {
    const sb = createSandbox({ start, owner: OWNER, bundle: BUNDLE, manifest: enabled });
    expect(sb.run(OWNER, 'hasDrive').result).toBe(true);
    const id = sb.run<string>(OWNER, 'makeFolder').result!;
    expect(sb.drive.item(id)).toMatchObject({ name: 'x', mimeType: FOLDER, byScriptFor: new Set([OWNER]) });
    expect(sb.run(OWNER, 'driveAppFolder').error?.message).toBe(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('another advanced service, or another Drive version, is not supported', () => {
    expect(() =>
      createSandbox({
        start,
        owner: OWNER,
        bundle: BUNDLE,
        manifest: {
          dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v2' }] },
        },
      }),
    ).toThrow('not supported in the sandbox: the advanced service drive v2');
  });
});
