// The xlsx export read back with exceljs: values (formulas with cached results, links), number formats,
// widths, frozen rows, notes, styles, data validation, conditional formats, hidden sheets/columns.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpreadsheetService } from '../../sandbox/spreadsheet';
import { exportXlsx } from '../../sandbox/export/xlsx';
import { OWNER, serviceSandbox } from '../support/serviceSandbox';

describe('xlsx export (npm start writes out/tracker.xlsx)', () => {
  it('round-trips values, formats, validation and conditional formats through exceljs', async () => {
    const { env: sandbox } = serviceSandbox();
    const service = new SpreadsheetService(sandbox);
    const model = service.createSpreadsheet({ name: 'Sổ', owner: OWNER, editors: [] });
    sandbox.run('editor', 'setup', { active: OWNER, effective: OWNER }, () => {
      const app = service.app;
      const s = app.getActiveSheet() as GoogleAppsScript.Spreadsheet.Sheet;
      s.setName('Nhiệm vụ');
      s.getRange('A1:E1')
        .setValues([['Mã', 'Thời hạn', 'Tiến độ', 'Trạng thái', 'Tình trạng']])
        .setFontWeight('bold')
        .setBackground('#cfe2f3');
      s.getRange('A2:D2').setValues([['NV01', new Date('2026-01-15T00:00:00+07:00'), 0.5, 'Đang thực hiện']]);
      s.getRange('E2').setFormula('=IF(B2<TODAY(),"Quá hạn","")');
      s.getRange('B2:B100').setNumberFormat('dd/MM/yyyy');
      s.getRange('C2:C100').setNumberFormat('0%');
      s.getRange('A1').setNote('Mã nhiệm vụ');
      s.setFrozenRows(1);
      s.setColumnWidth(1, 140);
      s.hideColumns(6);
      s.getRange('D2:D100').setDataValidation(
        app.newDataValidation().requireValueInList(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành']).build(),
      );
      s.getRange('C2:C100').setDataValidation(
        app.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build(),
      );
      s.setConditionalFormatRules([
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied('=$E2="Quá hạn"')
          .setBackground('#f4cccc')
          .setFontColor('#990000')
          .setRanges([s.getRange('A2:E100')])
          .build(),
      ]);
      s.getRange('G2').setRichTextValue(
        app.newRichTextValue().setText('Biên bản họp').setLinkUrl(0, 8, 'https://drive.google.com/bb').build(),
      );
      app.getActiveSpreadsheet().insertSheet('Nhật ký').hideSheet();
    });
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const path = join(dir, 'tracker.xlsx');
    await exportXlsx(model, path);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Nhiệm vụ') as ExcelJS.Worksheet;
    expect(ws.getCell('A2').value).toBe('NV01');
    expect((ws.getCell('B2').value as Date).toISOString().slice(0, 10)).toBe('2026-01-15');
    expect(ws.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C2').value).toBe(0.5);
    expect(ws.getCell('C2').numFmt).toBe('0%');
    expect(ws.getCell('E2').value).toEqual({ formula: 'IF(B2<TODAY(),"Quá hạn","")', result: 'Quá hạn' });
    expect(ws.getCell('G2').value).toEqual({ text: 'Biên bản họp', hyperlink: 'https://drive.google.com/bb' });
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFCFE2F3' } });
    expect(ws.getCell('A1').note).toBe('Mã nhiệm vụ');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(6).hidden).toBe(true);
    expect(ws.getCell('D50').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Chưa bắt đầu,Đang thực hiện,Hoàn thành"'],
    });
    expect(ws.getCell('C7').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 1],
      showErrorMessage: true,
    });
    const cf = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cf[0]?.ref).toBe('A2:E100');
    expect(cf[0]?.rules[0]).toMatchObject({ type: 'expression', formulae: ['$E2="Quá hạn"'] });
    expect(cf[0]?.rules[0]?.style.fill.bgColor.argb).toBe('FFF4CCCC');
    expect(wb.getWorksheet('Nhật ký')?.state).toBe('hidden');
    rmSync(dir, { recursive: true, force: true });
  });
});
