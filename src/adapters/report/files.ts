// Drive for the report (drive.file: only files the script created or the person opened): the
// Cấu hình folder found by name or created, the Doc moved into it, its PDF beside it, and the
// cleanup that trashes what a failed build left.
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

export interface FiledDocument {
  file: File;
  /** The folder it was moved to; null when Cấu hình names none (it stays in My Drive). */
  folder: Folder | null;
}

/** "Báo cáo CCHC" folder from Cấu hình: found by name, created when missing; none when blank. */
function reportFolder(name: string): Folder | null {
  if (!name) return null;
  const found = DriveApp.getFoldersByName(name);
  return found.hasNext() ? found.next() : DriveApp.createFolder(name);
}

/** Moves the Doc into the folder Cấu hình names (created when missing). */
export function fileInFolder(id: string, folderName: string): FiledDocument {
  const file = DriveApp.getFileById(id);
  const folder = reportFolder(folderName);
  if (folder) file.moveTo(folder);
  return { file, folder };
}

/** A PDF of the Doc, saved beside it. */
export function savePdfBeside(doc: FiledDocument, name: string): { id: string; url: string } {
  const blob = doc.file.getAs('application/pdf').setName(name);
  const pdf = (doc.folder ?? DriveApp.getRootFolder()).createFile(blob);
  return { id: pdf.getId(), url: pdf.getUrl() };
}

/** Best effort: the failure being reported matters more than a cleanup that could not run. */
export function trashFiles(ids: readonly string[]): void {
  for (const id of ids) {
    try {
      DriveApp.getFileById(id).setTrashed(true);
    } catch {
      // Left for the person: the failure message says what was created.
    }
  }
}
