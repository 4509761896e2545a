// DriveApp in the sandbox: each test names the Apps Script behaviour it pins.
import { describe, expect, it } from 'vitest';
import { callsOf } from '../../sandbox/env';
import { DRIVE_ERRORS } from '../../sandbox/drive';
import { PDF_NOT_RENDERED, UnrenderedBlob } from '../../sandbox/document';
import { SandboxBlob } from '../../sandbox/services/blob';
import { docsSandbox as setup, OWNER, STAFF } from '../support/serviceSandbox';

describe('ids', () => {
  it('file ids are unique across Drive, so two sandboxes (two schools) never share a report link', () => {
    const a = setup();
    const b = setup();
    const idA = a.as(OWNER, () => a.DriveApp.createFolder('Báo cáo CCHC').getId()).result;
    const idB = b.as(OWNER, () => b.DriveApp.createFolder('Báo cáo CCHC').getId()).result;
    expect(idA).not.toBe(idB);
    expect(idA).toMatch(/^[-\w]{33,}$/);
  });
});

describe('folders', () => {
  it('createFolder goes in the root; getFoldersByName iterates with hasNext/next', () => {
    const { DriveApp, as } = setup();
    as(OWNER, () => {
      const folder = DriveApp.createFolder('Báo cáo CCHC');
      expect(folder.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
      const found = DriveApp.getFoldersByName('Báo cáo CCHC');
      expect(found.hasNext()).toBe(true);
      expect(found.next().getId()).toBe(folder.getId());
      expect(found.hasNext()).toBe(false);
      expect(() => found.next()).toThrow();
      expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('Báo cáo CCHC');
      const sub = folder.createFolder('2026');
      expect(folder.getFoldersByName('2026').next().getId()).toBe(sub.getId());
      expect(folder.getFolders().hasNext()).toBe(true);
    });
  });

  it('a user sees only what is theirs or shared with them', () => {
    const { drive, DriveApp, as } = setup();
    const privateFolder = drive.addFolder(OWNER, 'Riêng');
    expect(as(STAFF, () => DriveApp.getFoldersByName('Riêng').hasNext()).result).toBe(false);
    expect(() => as(STAFF, () => DriveApp.getFolderById(privateFolder.id))).toThrow(DRIVE_ERRORS.noItem);
    drive.share(privateFolder.id, STAFF, 'viewer');
    expect(as(STAFF, () => DriveApp.getFolderById(privateFolder.id).getName()).result).toBe('Riêng');
  });

  it('getFileById of an unknown id: "No item with the given ID could be found, or you do not have permission to access it."', () => {
    const { DriveApp, as } = setup();
    expect(() => as(OWNER, () => DriveApp.getFileById('1NoSuchFileIdxxxxxxxxxxxxxxxxxxxxx'))).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });
});

describe('files', () => {
  it('Docs created by DocumentApp are Drive files: name, MIME type, URL, parents', () => {
    const { DriveApp, DocumentApp, as } = setup();
    as(OWNER, () => {
      const doc = DocumentApp.create('BC CCHC Quý I 2026');
      const file = DriveApp.getFileById(doc.getId());
      expect(file.getName()).toBe('BC CCHC Quý I 2026');
      expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
      expect(file.getUrl()).toContain(doc.getId());
      expect(DriveApp.getFilesByName('BC CCHC Quý I 2026').next().getId()).toBe(doc.getId());
      file.setName('BC mới');
      expect(doc.getName()).toBe('BC mới');
    });
  });

  it('moveTo puts the file in the folder (owner of the file and of the folder)', () => {
    const { drive, DriveApp, DocumentApp, as } = setup();
    const { result } = as(OWNER, () => {
      const folder = DriveApp.createFolder('Báo cáo CCHC');
      const file = DriveApp.getFileById(DocumentApp.create('BC').getId());
      file.moveTo(folder);
      return { folder: folder.getId(), file: file.getId(), listed: folder.getFilesByName('BC').hasNext() };
    });
    expect(drive.item(result.file)?.parents).toEqual([result.folder]);
    expect(result.listed).toBe(true);
  });

  it('moveTo needs ownership or edit access (reference: "File.moveTo(folder) needs ownership or edit access to the parent")', () => {
    const { drive, docs, DriveApp, as } = setup();
    const principalsFolder = drive.addFolder(OWNER, 'Báo cáo CCHC');
    const staffFile = as(STAFF, () =>
      DriveApp.createFile(new SandboxBlob('x', 'text/plain', 'minh-chung.txt')).getId(),
    ).result;
    expect(() =>
      as(STAFF, () => {
        const folder = DriveApp.getFolderById(principalsFolder.id);
        DriveApp.getFileById(staffFile).moveTo(folder);
      }),
    ).toThrow(DRIVE_ERRORS.noItem); // the folder is not even visible to them
    drive.share(principalsFolder.id, STAFF, 'viewer');
    expect(() =>
      as(STAFF, () => DriveApp.getFileById(staffFile).moveTo(DriveApp.getFolderById(principalsFolder.id))),
    ).toThrow('Access denied: DriveApp.');
    const readOnlyDoc = docs.createAs(OWNER, 'Kế hoạch');
    docs.share(readOnlyDoc.id, STAFF, 'viewer');
    drive.share(principalsFolder.id, STAFF, 'editor');
    expect(() =>
      as(STAFF, () => DriveApp.getFileById(readOnlyDoc.id).moveTo(DriveApp.getFolderById(principalsFolder.id))),
    ).toThrow('Access denied: DriveApp.');
    as(STAFF, () => DriveApp.getFileById(staffFile).moveTo(DriveApp.getFolderById(principalsFolder.id)));
    expect(drive.item(staffFile)?.parents).toEqual([principalsFolder.id]);
  });

  it('setTrashed / isTrashed: a trashed file leaves the listings, only its owner may trash it', () => {
    const { drive, DriveApp, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('nửa chừng');
      const file = DriveApp.getFileById(doc.getId());
      file.setTrashed(true);
      expect(file.isTrashed()).toBe(true);
      expect(DriveApp.getFilesByName('nửa chừng').hasNext()).toBe(false);
      return doc.getId();
    });
    expect(drive.item(id)?.trashed).toBe(true);
    drive.share(id, STAFF, 'editor');
    expect(() => as(STAFF, () => DriveApp.getFileById(id).setTrashed(false))).toThrow('Access denied: DriveApp.');
  });

  it('makeCopy copies a Doc with its content, owned by the user', () => {
    const { docs, DriveApp, DocumentApp, as } = setup();
    const { result: copyId } = as(OWNER, () => {
      const doc = DocumentApp.create('Mẫu');
      doc.getBody().appendParagraph('BÁO CÁO');
      return DriveApp.getFileById(doc.getId()).makeCopy('Bản sao').getId();
    });
    expect(docs.walk(copyId).elements.map((e) => e.text)).toEqual(['', 'BÁO CÁO']);
    expect(docs.walk(copyId).name).toBe('Bản sao');
  });

  it('getAs("application/pdf") is a recorded blob marked as not rendered; Folder.createFile stores it beside the Doc', () => {
    const { drive, DriveApp, DocumentApp, as } = setup();
    const { result } = as(OWNER, () => {
      const folder = DriveApp.createFolder('Báo cáo CCHC');
      const doc = DocumentApp.create('BC Quý I');
      doc.getBody().appendParagraph('BÁO CÁO');
      const file = DriveApp.getFileById(doc.getId());
      file.moveTo(folder);
      const pdf = folder.createFile(file.getAs('application/pdf'));
      return { pdf: pdf.getId(), name: pdf.getName(), type: pdf.getMimeType(), folder: folder.getId() };
    });
    expect(result).toMatchObject({ name: 'BC Quý I.pdf', type: 'application/pdf' });
    const stored = drive.item(result.pdf);
    expect(stored?.parents).toEqual([result.folder]);
    expect(stored?.blob).toBeInstanceOf(UnrenderedBlob);
    expect((stored?.blob as UnrenderedBlob).sandboxNotRendered).toBe(PDF_NOT_RENDERED);
    expect(stored?.blob?.getDataAsString()).toContain('BÁO CÁO');
  });

  it('simple triggers cannot use DriveApp (it needs authorization)', () => {
    const { DriveApp, as } = setup();
    expect(() => as(OWNER, () => DriveApp.getRootFolder(), 'simpleOnEdit')).toThrow(
      'You do not have permission to call DriveApp.getRootFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('counts calls by service and Class.method; unreproduced methods throw "not supported in the sandbox"', () => {
    const { DriveApp, as } = setup();
    const { execution } = as(OWNER, () => {
      const it = DriveApp.getFoldersByName('x');
      it.hasNext();
    });
    expect(callsOf(execution, 'DriveApp')).toBe(2);
    expect(callsOf(execution, 'FolderIterator.hasNext')).toBe(1);
    expect(() => as(OWNER, () => DriveApp.searchFiles('title contains "BC"'))).toThrow(
      'not supported in the sandbox: DriveApp.searchFiles',
    );
  });
});
