// The report's Drive side through the built bundle, under the manifest's drive.file scope (issue 13
// §4): the Cấu hình folder the script creates and finds again, the Doc moved into it, the PDF beside
// it, the cleanup when a later step fails, and what drive.file does not reach — a same-named folder
// someone else made, or one the script made for another manager. No DriveApp call anywhere: the
// manifest no longer grants the drive scope, and the sandbox refuses DriveApp without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackerWithPlan, sheetValues, PRINCIPAL, SETUP_MENU, type World } from '../support/world';
import { docIdOf, payload, setSetting } from '../support/reportWorld';
import type { ReportBuildResult } from '../../src/contracts/report';
import { callsOf } from '../../sandbox/env';
import { UnrenderedBlob } from '../../sandbox/document';
import { ROOT } from '../support/bundle';

const FOLDER = 'Báo cáo CCHC';
const DEPUTY = 'hung.tv@thmythinh.edu.vn'; // Quản lý in samples/staff.csv
type Ok = Extract<ReportBuildResult, { ok: true }>;

function build(w: World, user = PRINCIPAL, over: Parameters<typeof payload>[0] = {}) {
  const run = w.sb.callServerResult<ReportBuildResult>(user, 'reportBuild', payload({ pdf: true, ...over }));
  if (run.error) throw run.error;
  return { result: run.result!, execution: run.execution };
}

function ok(result: ReportBuildResult): Ok {
  if (!result.ok) throw new Error(`report refused: ${JSON.stringify(result)}`);
  return result;
}

/** The folders named FOLDER, as the harness sees Drive (every owner, trashed included). */
function foldersNamed(w: World) {
  return [...w.sb.drive.model.items.values()].filter(
    (it) => it.name === FOLDER && it.mimeType === 'application/vnd.google-apps.folder',
  );
}

describe('the report under drive.file', () => {
  it('the dist manifest asks for drive.file and enables the Drive advanced service (v3)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
      dependencies: unknown;
    };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.dependencies).toEqual({
      enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }],
    });
  });

  it('creates the folder, moves the Doc into it and saves the PDF beside it, without DriveApp', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    const { result, execution } = build(w);
    const r = ok(result);
    const [folder] = foldersNamed(w);
    expect(foldersNamed(w)).toHaveLength(1);
    // The script made the folder, in the principal's My Drive, for the principal.
    expect(folder).toMatchObject({ owner: PRINCIPAL, parents: [w.sb.drive.rootOf(PRINCIPAL).id], trashed: false });
    expect([...folder!.byScriptFor]).toEqual([PRINCIPAL]);
    const doc = w.sb.drive.item(docIdOf(r.url))!;
    expect(doc.parents).toEqual([folder!.id]);
    const pdfId = /\/file\/d\/([^/]+)\/view/.exec(r.pdfUrl!)![1]!;
    const pdf = w.sb.drive.item(pdfId)!;
    expect(pdf).toMatchObject({ name: `${r.name}.pdf`, mimeType: 'application/pdf', parents: [folder!.id] });
    expect(r.pdfUrl).toBe(`https://drive.google.com/file/d/${pdfId}/view?usp=drivesdk`);
    // The PDF is the Doc's export (the sandbox cannot render one: it is marked so, with the text).
    expect(pdf.blob).toBeInstanceOf(UnrenderedBlob);
    expect(pdf.blob!.getDataAsString()).toContain(w.sb.documents.body(doc.id).getText().split('\n')[1]!);
    expect(callsOf(execution, 'DriveApp')).toBe(0);
    // Find the folder, create it, read the Doc's parents, move it, save the PDF.
    expect(callsOf(execution, 'Drive')).toBe(5);
    expect(callsOf(execution, 'Files.list')).toBe(1);
  });

  it('the next report goes into the same folder: found by name among the folders the script made', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    const first = ok(build(w).result);
    const { result, execution } = build(w, PRINCIPAL, { number: '06' });
    const second = ok(result);
    expect(foldersNamed(w)).toHaveLength(1);
    const folderId = foldersNamed(w)[0]!.id;
    expect(w.sb.drive.item(docIdOf(first.url))!.parents).toEqual([folderId]);
    expect(w.sb.drive.item(docIdOf(second.url))!.parents).toEqual([folderId]);
    expect(callsOf(execution, 'Files.create')).toBe(1); // the PDF only
  });

  it('a same-named folder someone else made and shared is not reached: the report goes into the script’s own', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    const theirs = w.sb.drive.addFolder('vanthu@phuong-mylo.gov.vn', FOLDER);
    w.sb.drive.share(theirs.id, PRINCIPAL, 'editor');
    // And one the principal made by hand in Drive (not through the script).
    const byHand = w.sb.drive.addFolder(PRINCIPAL, FOLDER);
    const r = ok(build(w).result);
    const own = foldersNamed(w).find((f) => f.id !== theirs.id && f.id !== byHand.id)!;
    expect(w.sb.drive.item(docIdOf(r.url))!.parents).toEqual([own.id]);
    expect(w.sb.drive.childrenOf(theirs.id)).toEqual([]);
    expect(w.sb.drive.childrenOf(byHand.id)).toEqual([]);
  });

  it('each manager gets a folder of their own: drive.file does not reach what the script made for another person', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    ok(build(w).result);
    const principalsFolder = foldersNamed(w)[0]!;
    w.sb.drive.share(principalsFolder.id, DEPUTY, 'editor');
    // The principal's setup run gives the deputy (a Quản lý in Cán bộ) the protected sheets.
    w.sb.clickMenu(PRINCIPAL, SETUP_MENU);
    const r = ok(build(w, DEPUTY, { number: '06' }).result);
    const deputysFolder = foldersNamed(w).find((f) => f.id !== principalsFolder.id)!;
    expect(deputysFolder.owner).toBe(DEPUTY);
    expect(w.sb.drive.item(docIdOf(r.url))).toMatchObject({ owner: DEPUTY, parents: [deputysFolder.id] });
  });

  it('a folder name with a quote and a backslash is found again (the query escapes them)', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    const name = "Báo cáo 'CCHC' \\ 2026";
    setSetting(w.sb, 'reportFolder', name);
    const first = ok(build(w).result);
    const second = ok(build(w, PRINCIPAL, { number: '06' }).result);
    const folders = [...w.sb.drive.model.items.values()].filter((it) => it.name === name);
    expect(folders).toHaveLength(1);
    expect(w.sb.drive.item(docIdOf(first.url))!.parents).toEqual([folders[0]!.id]);
    expect(w.sb.drive.item(docIdOf(second.url))!.parents).toEqual([folders[0]!.id]);
  });

  it('a failure after the PDF was saved trashes the Doc and the PDF through the API, and records nothing', () => {
    const w = trackerWithPlan({ plan: 'none', start: '2026-04-02T09:00:00+07:00' });
    const before = sheetValues(w.sb, 'Sổ báo cáo');
    // The register row cannot be written (a server error on its one write).
    w.sb.env.faults.arm({ method: 'Range.setValues' });
    const { result, execution } = build(w);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Không tạo được báo cáo \(bước: ghi sổ báo cáo\)\./);
    const made = [...w.sb.drive.model.items.values()].filter((it) => it.byScriptFor.has(PRINCIPAL));
    const files = made.filter((it) => it.mimeType !== 'application/vnd.google-apps.folder');
    expect(files.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.google-apps.document']);
    expect(files.every((f) => f.trashed)).toBe(true);
    // The folder stays for the next report.
    expect(foldersNamed(w).map((f) => f.trashed)).toEqual([false]);
    expect(sheetValues(w.sb, 'Sổ báo cáo')).toEqual(before);
    expect(callsOf(execution, 'DriveApp')).toBe(0);
  });
});
