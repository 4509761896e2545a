// The ward tracker's own sheets (issue 15): setup makes or repairs Đơn vị, Số liệu đơn vị and the
// ward's Cấu hình; the pull reads Đơn vị and Số liệu đơn vị in one call each and writes each in one
// batch (values, then Đơn vị's state colours), never row by row.
import { applyNumberFormats, ensureColumns, ensureSheet, type RepairReport } from '../../adapters/workbook';
import { findSheet, readTable, type Cell, type Table } from '../../adapters/table';
import { requireSheet } from '../../adapters/tracker';
import { UserError } from '../../core/errors';
import { asPlainText, fold } from '../../core/text';
import { WARD_SHEETS, UNIT_SCRIPT_COLUMNS, type FigureColumnKey, type UnitColumnKey } from '../../core/ward/schema';
import { parseWardSettings, WARD_SETTINGS, type WardSettingKey, type WardSettings } from '../../core/ward/settings';
import { STATE_COLOURS, type UnitState } from '../../core/ward/state';
import { unitsOf, type Unit } from '../../core/ward/units';
import { wardMsg } from '../../messages/ward';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Creates the missing sheets and columns, Loại's dropdown, number formats and the Cấu hình rows. */
export function setupWardBook(ss: Spreadsheet): RepairReport {
  const report: RepairReport = { created: [], repaired: [] };
  const units = ensureColumns(ss, WARD_SHEETS.units, report);
  applyNumberFormats(units, WARD_SHEETS.units.columns);
  const typeCol = units.columns.get('type');
  const rows = units.sheet.getMaxRows() - 1;
  if (typeCol && rows > 0) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...wardMsg.unitTypes], true)
      .setAllowInvalid(false)
      .build();
    units.sheet.getRange(2, typeCol, rows, 1).setDataValidation(rule);
  }
  applyNumberFormats(ensureColumns(ss, WARD_SHEETS.figures, report), WARD_SHEETS.figures.columns);
  const { sheet, created } = ensureSheet(ss, WARD_SHEETS.settings, report);
  const labels = new Set(
    sheet
      .getDataRange()
      .getValues()
      .map(([label]) => fold(String(label ?? ''))),
  );
  const missing = WARD_SETTINGS.filter((d) => !labels.has(fold(d.label)));
  const added = [
    ...(created ? [[...wardMsg.settingsHeader]] : []),
    ...missing.map((d) => [d.label, d.defaultValue, d.help ?? '']),
  ];
  if (added.length) sheet.getRange(sheet.getLastRow() + 1, 1, added.length, 3).setValues(added);
  if (created) sheet.setFrozenRows(1);
  return report;
}

/** The ward's Cấu hình in one read; a UserError listing what is wrong. */
export function readWardSettings(ss: Spreadsheet): WardSettings {
  const byLabel = new Map(WARD_SETTINGS.map((d) => [fold(d.label), d.key] as const));
  const raw: Partial<Record<WardSettingKey, unknown>> = {};
  for (const [label, value] of requireSheet(ss, WARD_SHEETS.settings).getDataRange().getValues()) {
    const key = byLabel.get(fold(String(label ?? '')));
    if (key && !(key in raw)) raw[key] = value;
  }
  const result = parseWardSettings(raw);
  if (!result.ok)
    throw new UserError(
      [wardMsg.settingsInvalid, ...result.errors.map((e) => `- ${e.label}: ${e.message}`)].join('\n'),
    );
  return result.settings;
}

export function readUnits(ss: Spreadsheet): { table: Table<UnitColumnKey>; units: Unit[] } {
  const table = readTable(requireSheet(ss, WARD_SHEETS.units), WARD_SHEETS.units);
  const get = (row: (typeof table.rows)[number], key: UnitColumnKey) => table.get(row, key);
  const units = unitsOf(
    table.rows.map((row) => ({
      row: row.row,
      cells: {
        name: get(row, 'name'),
        type: get(row, 'type'),
        link: get(row, 'link'),
        email: get(row, 'email'),
        responsible: get(row, 'responsible'),
      },
    })),
  );
  return { table, units };
}

export type FigureRow = Record<FigureColumnKey, Cell>;

/** Số liệu đơn vị's rows as records (header found by name). */
export function readFigureRows(ss: Spreadsheet): FigureRow[] {
  const sheet = findSheet(ss, WARD_SHEETS.figures);
  if (!sheet) throw new UserError(wardMsg.setupFirst);
  const table = readTable(sheet, WARD_SHEETS.figures);
  const keys = WARD_SHEETS.figures.columns.map((c) => c.key);
  return table.rows
    .map((row) => Object.fromEntries(keys.map((k) => [k, table.get(row, k)])) as FigureRow)
    .filter((row) => String(row.unitKey).trim() !== '');
}

/** Replaces Số liệu đơn vị's data with `rows` in one write (rows past them blanked in the same write). */
export function writeFigureRows(ss: Spreadsheet, rows: readonly FigureRow[]): void {
  const table = readTable(requireSheet(ss, WARD_SHEETS.figures), WARD_SHEETS.figures);
  const { sheet, header, columns } = table;
  const height = Math.max(rows.length, table.rows.length);
  if (height === 0) return;
  const values: Cell[][] = Array.from({ length: height }, (_, i) => {
    const line = new Array<Cell>(header.length).fill('');
    const row = rows[i];
    if (row) for (const [key, col] of columns) line[col] = plain(row[key]);
    return line;
  });
  const maxRows = sheet.getMaxRows();
  if (height + 1 > maxRows) sheet.insertRowsAfter(maxRows, height + 1 - maxRows);
  sheet.getRange(2, 1, height, header.length).setValues(values);
}

const plain = (v: Cell): Cell => (typeof v === 'string' ? asPlainText(v) : v);

/**
 * Sets the pull's columns on Đơn vị for the units pulled, found again by key on a fresh read (a
 * row moved during the pull is still found), in one write of the script columns' span and one of
 * the state column's colours.
 */
export function writeUnitResults(
  ss: Spreadsheet,
  results: ReadonlyMap<string, { state: UnitState; cells: Partial<Record<UnitColumnKey, Cell>> }>,
): void {
  if (results.size === 0) return;
  const { table, units } = readUnits(ss);
  const cols = UNIT_SCRIPT_COLUMNS.map((k) => table.columns.get(k)).filter((c): c is number => c !== undefined);
  const stateCol = table.columns.get('state');
  if (cols.length === 0 || stateCol === undefined || table.rows.length === 0) return;
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const byRow = new Map(units.map((u) => [u.row, results.get(u.key)]));
  const span = table.rows.map((row) => {
    const line = row.cells.slice(first, last + 1);
    const result = byRow.get(row.row);
    if (result)
      for (const [key, value] of Object.entries(result.cells)) {
        const col = table.columns.get(key as UnitColumnKey);
        if (col !== undefined && col >= first && col <= last) line[col - first] = plain(value);
      }
    return line;
  });
  const colours = table.rows.map((row) => {
    const state = byRow.get(row.row)?.state ?? (String(row.cells[stateCol] ?? '') as UnitState);
    return [STATE_COLOURS[state] ?? '#ffffff'];
  });
  table.sheet.getRange(2, first + 1, span.length, last - first + 1).setValues(span);
  table.sheet.getRange(2, stateCol + 1, colours.length, 1).setBackgrounds(colours);
}
