// The register of reports (Sổ báo cáo): read in one call, created with its header when missing,
// one row appended per report built (number, date, period, link, who, when) in one write.
import { SHEETS, type ReportRegisterColumnKey } from '../../core/schema';
import type { RegisterEntry } from '../../core/report/request';
import { midnightInZone } from '../../core/dates';
import type { IsoDate } from '../../core/domain';
import { asPlainText } from '../../core/text';
import { cellDate, findSheet, readTable, type Cell, type Table } from '../table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Register {
  sheet: Sheet | null;
  table: Table<ReportRegisterColumnKey> | null;
  entries: RegisterEntry[];
}

export function readRegister(ss: Spreadsheet, timeZone: string): Register {
  const sheet = findSheet(ss, SHEETS.reports);
  if (!sheet) return { sheet: null, table: null, entries: [] };
  const table = readTable(sheet, SHEETS.reports);
  const entries = table.rows.map((r) => ({
    number: String(table.get(r, 'number') ?? '').trim(),
    date: cellDate(table.get(r, 'date'), timeZone),
  }));
  return { sheet, table, entries };
}

export interface RegisterRow {
  number: string;
  date: IsoDate;
  period: string;
  link: string;
  builtBy: string;
  builtAt: Date;
}

const ORDER = SHEETS.reports.columns.map((c) => c.key);

/** Appends the row in one write; the sheet is created with its header on first use. */
export function appendRegisterRow(ss: Spreadsheet, register: Register, row: RegisterRow, timeZone: string): void {
  const byKey: Record<ReportRegisterColumnKey, Cell> = {
    number: asPlainText(row.number),
    date: midnightInZone(row.date, timeZone),
    period: asPlainText(row.period),
    link: row.link,
    builtBy: asPlainText(row.builtBy),
    builtAt: row.builtAt,
  };
  const { table } = register;
  if (!register.sheet || !table || table.columns.size === 0) {
    // First use (or an emptied sheet): header, formats, then the row.
    const sheet = register.sheet ?? ss.insertSheet(SHEETS.reports.name);
    const start = sheet.getLastRow() + 1;
    const columns = SHEETS.reports.columns;
    sheet.getRange(start, 1, 2, columns.length).setValues([columns.map((c) => c.header), ORDER.map((k) => byKey[k])]);
    const rows = sheet.getMaxRows() - start;
    columns.forEach((c, i) => {
      if ('numberFormat' in c) sheet.getRange(start + 1, i + 1, rows, 1).setNumberFormat(c.numberFormat);
    });
    if (start === 1) sheet.setFrozenRows(1);
    return;
  }
  const width = table.header.length;
  const values: Cell[] = new Array<Cell>(width).fill('');
  for (const [key, index] of table.columns) values[index] = byKey[key];
  register.sheet.getRange(register.sheet.getLastRow() + 1, 1, 1, width).setValues([values]);
}
