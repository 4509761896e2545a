// dist-ward/, the ward edition (issue 15): `npm run build` writes its Code.js from src/ward/entry.ts
// and its own manifest. The manifest is pinned: the bound spreadsheet's narrow scope, read-only
// access to the units' trackers, the menu, the triggers, MailApp for Nhắc báo cáo, and the report's Doc and its folder (documents, drive.file); spreadsheets.readonly for openById/openByUrl is the
// sandbox's assumption (docs/apps-script-behaviour.md "Opening other spreadsheets"), to check live.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/runtime';
import { ROOT } from '../support/bundle';
import { WARD, WARD_DIST } from '../support/wardWorld';

describe('dist-ward, the ward edition build', () => {
  it("has the pinned manifest: V8, Vietnam time, currentonly + spreadsheets.readonly + the menu + the triggers + sending the reminders, and the report's documents + drive.file with the Drive advanced service; no restricted drive scope, nothing that writes the units' files", () => {
    const manifest = JSON.parse(readFileSync(join(WARD_DIST, 'appsscript.json'), 'utf8')) as unknown;
    expect(manifest).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/spreadsheets.readonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/drive.file',
      ],
    });
    expect(manifest).toEqual(JSON.parse(readFileSync(join(ROOT, 'appsscript.ward.json'), 'utf8')));
    // Each scope has its line in the README's ward scope table.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const ward = readme.slice(readme.indexOf('Quyền của bản phường:'), readme.indexOf('## Bảo mật'));
    for (const scope of (manifest as { oauthScopes: string[] }).oauthScopes) {
      const short = scope.replace('https://www.googleapis.com/auth/', '');
      expect(ward, `README justifies ${short} for the ward`).toContain(`| \`${short}\` | `);
    }
    expect(readdirSync(WARD_DIST).sort()).toEqual(['Code.js', 'appsscript.json']);
  });

  it("calls by name only the ward's entry points, none of the school's, and opens with the CCHC phường menu", () => {
    const sb = createSandbox({ start: '2026-04-10T08:00:00+07:00', owner: WARD, distDir: WARD_DIST });
    expect(sb.globalFunctions().sort()).toEqual([
      'onOpen',
      'wardContinuePull',
      'wardDailyPull',
      'wardMenuDisableDaily',
      'wardMenuEnableDaily',
      'wardMenuPull',
      'wardMenuReport',
      'wardMenuSetup',
    ]);
    const { menus } = sb.open(WARD);
    expect(menus).toEqual([
      {
        title: 'CCHC phường',
        items: [
          { label: 'Khởi tạo sổ phường', functionName: 'wardMenuSetup' },
          'separator',
          { label: 'Cập nhật số liệu các đơn vị', functionName: 'wardMenuPull' },
          { label: 'Lập báo cáo phường', functionName: 'wardMenuReport' },
          'separator',
          { label: 'Bật cập nhật và nhắc báo cáo hằng ngày', functionName: 'wardMenuEnableDaily' },
          { label: 'Tắt cập nhật và nhắc báo cáo hằng ngày', functionName: 'wardMenuDisableDaily' },
        ],
      },
    ]);
    const setup = sb.clickMenu(WARD, 'Khởi tạo sổ phường');
    expect(setup.error).toBeUndefined();
    expect(sb.spreadsheet.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Đơn vị', 'Số liệu đơn vị', 'Cấu hình']),
    );
    expect(sb.spreadsheet.valuesOf('Cấu hình').map((r) => [r[0], r[1]])).toEqual([
      ['Mục', 'Giá trị'],
      ['Tên phường', ''],
      ['UBND tỉnh', ''],
      ['Hạn báo cáo (ngày của tháng cuối kỳ)', 20],
      ['Email quản lý', ''],
      ['Người ký báo cáo', 'Chủ tịch'],
      ['Họ tên người ký', ''],
      ['Nơi nhận báo cáo', 'Sở Giáo dục và Đào tạo; Các đơn vị trường học trên địa bàn phường; Lưu: VT'],
    ]);
    // Run again: nothing to add, nothing duplicated.
    expect(sb.clickMenu(WARD, 'Khởi tạo sổ phường').error).toBeUndefined();
    expect(sb.spreadsheet.valuesOf('Cấu hình')).toHaveLength(8);
  });
});
