// The deploy path and the manifest: what `npm run deploy` does before pushing, that every OAuth
// scope the manifest asks for is justified in the README, and that no manifest the build writes asks
// for a restricted scope (a Marketplace listing with one needs Google's yearly security assessment).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBundle, ROOT } from '../support/bundle';
import { SCHOOL_TIME_ZONE } from '../../src/core/domain';

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * Restricted scopes (Usage "Restricted" on Google's scope pages: developers.google.com/drive/api/guides/about-auth,
 * developers.google.com/docs/api/auth, developers.google.com/gmail/api/auth/scopes), and Gmail's full access.
 */
const RESTRICTED = [
  'drive',
  'drive.readonly',
  'drive.activity',
  'drive.activity.readonly',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.scripts',
  'gmail.readonly',
  'gmail.modify',
  'gmail.compose',
  'gmail.insert',
  'gmail.metadata',
  'gmail.settings.basic',
  'gmail.settings.sharing',
].map((s) => AUTH + s);

/**
 * Every scope the product may ask for, with Google's class for it (the same pages); a new scope fails
 * until it is classified here and in the README. The Apps Script-only scopes are on no API's page.
 */
const CLASSIFIED: Record<string, 'non-sensitive' | 'sensitive' | 'Apps Script only'> = {
  [AUTH + 'spreadsheets.currentonly']: 'Apps Script only',
  [AUTH + 'script.container.ui']: 'Apps Script only',
  [AUTH + 'script.send_mail']: 'Apps Script only',
  [AUTH + 'script.scriptapp']: 'Apps Script only',
  [AUTH + 'documents']: 'sensitive',
  [AUTH + 'drive.file']: 'non-sensitive',
};

/** Every manifest `npm run build` writes: the bound script's and the Editor add-on's. */
const BUILT_MANIFESTS = ['dist/appsscript.json', 'dist-addon/appsscript.json'];

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('deploy and manifest', () => {
  it('npm run deploy lints, type-checks, tests and builds, and pushes only when all of them passed', () => {
    const steps = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
      .deploy!.split('&&')
      .map((s) => s.trim());
    expect(steps).toEqual(['npm run lint', 'npm run typecheck', 'npm test', 'npm run build', 'clasp push']);
  });

  it('clasp pushes the build output only', () => {
    expect(JSON.parse(read('.clasp.json'))).toMatchObject({ rootDir: 'dist' });
  });

  it('runs on V8 in Asia/Ho_Chi_Minh with exception logging, and every scope has its line in the README', () => {
    const manifest = JSON.parse(read('appsscript.json')) as {
      timeZone: string;
      runtimeVersion: string;
      exceptionLogging: string;
      oauthScopes: string[];
    };
    expect(manifest).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
    });
    // The one source of the school's time zone is the same zone the script runs in.
    expect(manifest.timeZone).toBe(SCHOOL_TIME_ZONE);
    const readme = read('README.md');
    for (const scope of manifest.oauthScopes) {
      const short = scope.replace('https://www.googleapis.com/auth/', '');
      expect(readme, `README justifies ${short}`).toMatch(new RegExp(`\\| \`${short.replace('.', '\\.')}\` \\| \\S`));
    }
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
  });

  it('no manifest the build writes asks for a restricted scope; each scope is classified and the README says its class', () => {
    ensureBundle();
    const readme = read('README.md');
    for (const file of BUILT_MANIFESTS) {
      const { oauthScopes } = JSON.parse(read(file)) as { oauthScopes: string[] };
      expect(
        oauthScopes.filter((s) => RESTRICTED.includes(s) || s === 'https://mail.google.com/'),
        file,
      ).toEqual([]);
      expect(
        oauthScopes.filter((s) => !CLASSIFIED[s]),
        file,
      ).toEqual([]);
      expect(oauthScopes, file).toContain(AUTH + 'drive.file');
    }
    // The README's table gives each scope's class in its second column.
    const label = { 'non-sensitive': 'không nhạy cảm', sensitive: 'nhạy cảm', 'Apps Script only': 'riêng Apps Script' };
    for (const [scope, cls] of Object.entries(CLASSIFIED)) {
      const short = scope.replace(AUTH, '').replace('.', '\\.');
      expect(readme, scope).toMatch(new RegExp(`\\| \`${short}\` \\| ${label[cls]}`));
    }
  });
});
