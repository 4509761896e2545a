// dist-addon/: what `npm run build` writes for a standalone project published as an Editor add-on
// (README, "Bảo mật"). An Editor add-on's manifest is an ordinary one: the `addOns` key belongs to
// card-based Google Workspace add-ons, which this is not. Its code is the bound script's, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBundle, ROOT } from '../support/bundle';
import { createSandbox } from '../../sandbox/runtime';

const ADDON = join(ROOT, 'dist-addon');

describe('dist-addon, the Editor add-on build', () => {
  it('has the pinned manifest: V8, Vietnam time, the Drive advanced service, the same narrow scopes as the bound script (drive.file, no restricted drive), no Workspace add-on or web-app section', () => {
    ensureBundle();
    const manifest = JSON.parse(readFileSync(join(ADDON, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/drive.file',
      ],
    });
    // The bound script's manifest, less its web app (a standalone add-on has no bound spreadsheet to serve).
    const { webapp, ...bound } = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'DOMAIN' });
    expect(manifest).toEqual(bound);
  });

  it('holds the same Code.js and dialogs as dist/, and nothing else (its manifest is pinned above)', () => {
    const dist = ensureBundle();
    const files = (dir: string) =>
      readdirSync(dir)
        .filter((f) => !f.startsWith('.'))
        .sort();
    expect(files(ADDON)).toEqual(files(dist));
    for (const f of files(dist).filter((f) => f !== 'appsscript.json'))
      expect(readFileSync(join(ADDON, f), 'utf8'), f).toBe(readFileSync(join(dist, f), 'utf8'));
  });

  it('onOpen only builds the menu: an add-on opened before it is authorised (AuthMode.NONE) may call nothing else', () => {
    const sb = createSandbox({
      start: '2026-01-20T08:00:00+07:00',
      owner: 'hieutruong@thmythinh.edu.vn',
      distDir: ADDON,
    });
    const { result } = sb.open('hieutruong@thmythinh.edu.vn');
    expect(result?.error).toBeUndefined();
    const services = [...result!.execution.calls.keys()].filter((k) => !k.includes('.'));
    expect(services).toEqual(['SpreadsheetApp']);
    const methods = [...result!.execution.calls.keys()].filter((k) => k.includes('.'));
    expect(
      methods.every((m) => /^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.\w+)$/.test(m)),
      methods.join(', '),
    ).toBe(true);
  });
});
