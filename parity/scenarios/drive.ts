// Parity scenarios for the Drive advanced service (Drive API v3, enabled in parity/appsscript.json),
// the calls the report makes under drive.file: a folder created and found by name, the Doc moved
// into it, its PDF saved from Document.getAs, the cleanup's trash, and the API's 404. Each scenario
// touches only files it creates, which drive and drive.file reach alike.
import type { Scenario } from '../scenario';
import { errorText } from '../scenario';

const API = 'developers.google.com/drive/api/reference/rest/v3/files';
const FOLDER = 'application/vnd.google-apps.folder';
/** Calls with optional arguments but no media pass null for the media. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function files(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('the Drive advanced service is not enabled');
  return Drive.Files;
}

/** A folder made through the API, trashed at the end. */
function apiFolder(c: Parameters<Scenario['run']>[0], name: string): string {
  const id = files().create({ name, mimeType: FOLDER }, NO_MEDIA, { fields: 'id' }).id!;
  c.cleanUp(() => files().update({ trashed: true }, id, NO_MEDIA, { fields: 'id' }));
  return id;
}

const unique = (label: string) => `parity-${label}-${new Date().getTime()}`;

export const driveScenarios: Scenario[] = [
  {
    name: 'Drive.Files.create makes a folder in My Drive; files.list by name and trashed = false finds it',
    source: `${API}/create, ${API}/list`,
    covers: ['Files.create', 'Files.list'],
    expected: [1, true, FOLDER],
    run: (c) => {
      const name = unique('folder');
      const id = apiFolder(c, name);
      const q = `name = '${name}' and mimeType = '${FOLDER}' and trashed = false`;
      const found = files().list({ q, pageSize: 10, fields: 'files(id,mimeType)' }).files ?? [];
      return [found.length, found[0]?.id === id, found[0]?.mimeType];
    },
  },
  {
    name: 'files.update with addParents and removeParents moves a Doc into a folder (files.get reads its parents)',
    source: `${API}/update`,
    covers: ['Files.get', 'Files.update'],
    expected: [1, true, true],
    run: (c) => {
      const folder = apiFolder(c, unique('move'));
      const doc = c.doc().getId();
      const before = files().get(doc, { fields: 'parents' }).parents ?? [];
      const moved = files().update({}, doc, NO_MEDIA, {
        addParents: folder,
        removeParents: before.join(','),
        fields: 'parents,webViewLink',
      });
      return [
        moved.parents?.length,
        moved.parents?.[0] === folder,
        /^https:\/\/docs\.google\.com\//.test(moved.webViewLink!),
      ];
    },
  },
  {
    name: "a Doc's PDF (Document.getAs) saved in a folder with Drive.Files.create and the blob",
    source: `${API}/create; developers.google.com/apps-script/reference/document/document#getascontenttype`,
    covers: ['DocumentApp.openById', 'Document.getAs', 'Files.create'],
    expected: ['Báo cáo.pdf', 'application/pdf', true, true],
    run: (c) => {
      const folder = apiFolder(c, unique('pdf'));
      const doc = c.doc();
      doc.getBody().appendParagraph('BÁO CÁO');
      doc.saveAndClose();
      const blob = DocumentApp.openById(doc.getId()).getAs('application/pdf');
      const pdf = files().create({ name: 'Báo cáo.pdf', mimeType: 'application/pdf', parents: [folder] }, blob, {
        fields: 'id,name,mimeType,parents,webViewLink',
      });
      c.cleanUp(() => files().update({ trashed: true }, pdf.id!, NO_MEDIA, { fields: 'id' }));
      return [
        pdf.name,
        pdf.mimeType,
        pdf.parents?.[0] === folder,
        /^https:\/\/drive\.google\.com\/file\/d\//.test(pdf.webViewLink!),
      ];
    },
  },
  {
    name: 'files.update { trashed: true }: the folder leaves a trashed = false listing',
    source: `${API}/update; ${API}/list ("returns all files by default, including trashed files")`,
    covers: ['Files.update', 'Files.list'],
    expected: [true, 0, 1],
    run: (c) => {
      const name = unique('trash');
      const id = apiFolder(c, name);
      const trashed = files().update({ trashed: true }, id, NO_MEDIA, { fields: 'trashed' }).trashed;
      const live = files().list({ q: `name = '${name}' and trashed = false`, fields: 'files(id)' }).files ?? [];
      const all = files().list({ q: `name = '${name}'`, fields: 'files(id)' }).files ?? [];
      return [trashed, live.length, all.length];
    },
  },
  {
    name: 'files.get of an id that does not exist: "API call to drive.files.get failed with error: File not found: <id>."',
    source: 'developers.google.com/drive/api/guides/handle-errors (404 notFound); gas-fakes src/support/helpers.js',
    covers: ['Files.get'],
    expected: {
      error: 'API call to drive.files.get failed with error: File not found: 1NoSuchFileIdParityxxxxxxxxxxxxxxx.',
    },
    run: () => {
      try {
        files().get('1NoSuchFileIdParityxxxxxxxxxxxxxxx', { fields: 'id' });
        return { error: null };
      } catch (e) {
        return { error: errorText(e) };
      }
    },
  },
];
