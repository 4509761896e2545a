// A .docx rendered the way a person would see it printed: LibreOffice (Debian's
// libreoffice-writer-nogui) converts it to PDF, poppler's pdftotext reads each page's text back
// with its layout. Used by the rendered checks (test/render/) and by `npm start` to print the report's
// page counts. Both tools are optional on a developer's machine: `renderTools()` says what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';
export const PDFTOTEXT = process.env.PDFTOTEXT_PATH || '/usr/bin/pdftotext';

/** null when both tools are here, else the line to print. */
export function missingRenderTools(): string | null {
  const missing = [SOFFICE, PDFTOTEXT].filter((p) => !existsSync(p));
  return missing.length
    ? `rendered checks skipped: no ${missing.join(' or ')}; install them with: sudo apt-get install libreoffice-writer-nogui poppler-utils`
    : null;
}

export interface RenderedDocument {
  /** Each page's text as pdftotext -layout reads it. */
  pages: string[];
}

/** Renders .docx bytes to PDF and reads the pages back; leaves nothing behind. */
export function renderDocx(docx: Buffer): RenderedDocument {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-render-'));
  try {
    const file = join(dir, 'report.docx');
    writeFileSync(file, docx);
    // A profile of its own: two renders at once would otherwise fight over the user's profile lock.
    const profile = `file://${join(dir, 'profile')}`;
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const text = execFileSync(PDFTOTEXT, ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    if (pages[pages.length - 1]?.trim() === '') pages.pop();
    return { pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's pages: the body up to the signature block (its "Nơi nhận:" page), and the rest. */
export function reportPageCounts(rendered: RenderedDocument): { body: number; annex: number; total: number } {
  const signature = rendered.pages.findIndex((p) => p.includes('Nơi nhận:'));
  const body = signature + 1;
  return { body, annex: rendered.pages.length - body, total: rendered.pages.length };
}
