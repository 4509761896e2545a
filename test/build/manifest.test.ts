// The deploy path and the manifest: what `npm run deploy` does before pushing, and that every
// OAuth scope the manifest asks for is justified in the README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/bundle';
import { SCHOOL_TIME_ZONE } from '../../src/core/domain';

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
});
