// Drive for the report (and the Word plan converted for the import), under the drive.file scope through the Drive advanced service (Drive API v3,
// enabled in appsscript.json): the Cấu hình folder found by name or created, the Doc moved into it,
// its PDF saved beside it, and the cleanup that trashes what a failed build left. drive.file reaches
// only what the script made for this user (developers.google.com/drive/api/guides/about-auth), so
// the folder found is one the script created: a same-named folder someone else made or shared is not
// seen, and the report goes into the script's own. DriveApp is not used: it needs the restricted
// drive scope. Every call names the fields it reads.
const FOLDER_MIME = 'application/vnd.google-apps.folder';
const PDF_MIME = 'application/pdf';
const DOC_MIME = 'application/vnd.google-apps.document';

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

/** Calls with optional arguments but no media pass null for the media (Apps Script's convention). */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function files(): Files {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error('the Drive advanced service (Drive API v3) is not enabled in appsscript.json');
  }
  return Drive.Files;
}

export interface FiledDocument {
  id: string;
  /** The folder it was moved to; null when Cấu hình names none (it stays in My Drive). */
  folderId: string | null;
}

/** A Drive query string literal: backslash and quote escaped. */
const quoted = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A folder the script made, by name (inside `parentId`, else anywhere), or created there. */
export function folderNamed(name: string, parentId: string | null): string {
  const inParent = parentId ? ` and ${quoted(parentId)} in parents` : '';
  const q = `name = ${quoted(name)} and mimeType = '${FOLDER_MIME}' and trashed = false${inParent}`;
  const found = files().list({ q, pageSize: 1, fields: 'files(id)' }).files ?? [];
  const id = found[0]?.id;
  if (id) return id;
  const resource = { name, mimeType: FOLDER_MIME, ...(parentId ? { parents: [parentId] } : {}) };
  return files().create(resource, NO_MEDIA, { fields: 'id' }).id!;
}

/** "Báo cáo CCHC" folder from Cấu hình: one the script made, found by name, or created; none when blank. */
export function reportFolderId(name: string): string | null {
  return name ? folderNamed(name, null) : null;
}

/** A file from a blob, into the folder: its id and the link people open. */
export function saveFileIn(
  folderId: string,
  blob: GoogleAppsScript.Base.Blob,
  name: string,
): { id: string; url: string } {
  const file = files().create({ name, parents: [folderId] }, blob, { fields: 'id,webViewLink' });
  return { id: file.id!, url: file.webViewLink! };
}

/** Moves the Doc (the script created it) into the folder Cấu hình names, created when missing. */
export function fileInFolder(id: string, folderName: string): FiledDocument {
  const folderId = reportFolderId(folderName);
  if (folderId) {
    const parents = files().get(id, { fields: 'parents' }).parents ?? [];
    if (!parents.includes(folderId)) {
      files().update({}, id, NO_MEDIA, {
        addParents: folderId,
        removeParents: parents.join(','),
        fields: 'id',
      });
    }
  }
  return { id, folderId };
}

/** A PDF of the Doc, saved beside it. The Doc is exported by DocumentApp (the documents scope). */
export function savePdfBeside(doc: FiledDocument, name: string): { id: string; url: string } {
  const blob = DocumentApp.openById(doc.id).getAs(PDF_MIME);
  const pdf = files().create({ name, mimeType: PDF_MIME, ...(doc.folderId ? { parents: [doc.folderId] } : {}) }, blob, {
    fields: 'id,webViewLink',
  });
  return { id: pdf.id!, url: pdf.webViewLink! };
}

/**
 * A Word file converted into a Google Doc the script made, so drive.file reaches it: files.create
 * with the Docs MIME type imports the upload (developers.google.com/drive/api/guides/manage-uploads#import-docs).
 */
export function convertToDoc(blob: GoogleAppsScript.Base.Blob, name: string): string {
  return files().create({ name, mimeType: DOC_MIME }, blob, { fields: 'id' }).id!;
}

/** True for the error Apps Script throws when Drive API refused a files.<method> call. */
export const isDriveRefusal = (e: unknown, method: string): boolean =>
  e instanceof Error && e.message.startsWith(`API call to drive.files.${method} failed with error:`);

export function trashFile(id: string): void {
  files().update({ trashed: true }, id, NO_MEDIA, { fields: 'id' });
}

/** Best effort: the failure being reported matters more than a cleanup that could not run. */
export function trashFiles(ids: readonly string[]): void {
  for (const id of ids) {
    try {
      trashFile(id);
    } catch {
      // Left for the person: the failure message says what was created.
    }
  }
}
