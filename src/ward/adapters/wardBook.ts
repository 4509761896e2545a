// The ward tracker's own sheets (issue 15): setup makes or repairs Đơn vị, Số liệu đơn vị, the
// ward's Cấu hình and Tổng hợp phường, and protects them; the pull reads Đơn vị and Số liệu đơn vị in one call each and writes each in one
// batch (values, then Đơn vị's state colours), never row by row.
import { applyNumberFormats, ensureColumns, ensureSheet, type RepairReport } from '../../adapters/workbook';
import { findSheet, readTable, type Cell, type Table } from '../../adapters/table';
import { requireSheet } from '../../adapters/tracker';
import { UserError } from '../../core/errors';
import type { SheetDef } from '../../core/schema';
import type { SummaryUnit } from '../../core/ward/summary';
import { syncProtections } from '../../adapters/protections';
import { asPlainText, fold } from '../../core/text';
import { WARD_SHEETS, UNIT_SCRIPT_COLUMNS, type FigureColumnKey, type UnitColumnKey } from '../../core/ward/schema';
import {
  parseWardSettings,
  WARD_SETTINGS,
  type WardSettingKey,
  type WardSettings,
  type WardSettingsResult,
} from '../../core/ward/settings';
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
  ensureSheet(ss, WARD_SHEETS.summary, report);
  return report;
}

/** The ward's Cấu hình in one read; a UserError listing what is wrong. */
export function readWardSettings(ss: Spreadsheet): WardSettings {
  const result = readWardSettingsResult(ss);
  if (!result.ok) throw new UserError(settingsErrors(result.errors));
  return result.settings;
}

/** What is wrong with the ward's Cấu hình, under `heading`. */
export const settingsErrors = (
  errors: readonly { label: string; message: string }[],
  heading: string = wardMsg.settingsInvalid,
): string => [heading, ...errors.map((e) => `- ${e.label}: ${e.message}`)].join('\n');

/** The ward's Cấu hình in one read, validated. */
export function readWardSettingsResult(ss: Spreadsheet): WardSettingsResult {
  const byLabel = new Map(WARD_SETTINGS.map((d) => [fold(d.label), d.key] as const));
  const raw: Partial<Record<WardSettingKey, unknown>> = {};
  for (const [label, value] of requireSheet(ss, WARD_SHEETS.settings).getDataRange().getValues()) {
    const key = byLabel.get(fold(String(label ?? '')));
    if (key && !(key in raw)) raw[key] = value;
  }
  return parseWardSettings(raw);
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
  return figureRowsOf(readTable(sheet, WARD_SHEETS.figures));
}

function figureRowsOf(table: Table<FigureColumnKey>): FigureRow[] {
  const keys = WARD_SHEETS.figures.columns.map((c) => c.key);
  return table.rows
    .map((row) => Object.fromEntries(keys.map((k) => [k, table.get(row, k)])) as FigureRow)
    .filter((row) => String(row.unitKey).trim() !== '');
}

/** Số liệu đơn vị as Tổng hợp phường's formulas refer to it: its name, its columns (0-based) by key. */
export interface FigureSheet {
  name: string;
  columns: ReadonlyMap<FigureColumnKey, number>;
}

/** Số liệu đơn vị's name, columns and rows in one read (setup's refresh of Tổng hợp phường). */
export function readFigureSheet(ss: Spreadsheet): FigureSheet & { rows: FigureRow[] } {
  const table = readTable(requireSheet(ss, WARD_SHEETS.figures), WARD_SHEETS.figures);
  return { name: table.sheet.getName(), columns: table.columns, rows: figureRowsOf(table) };
}

/**
 * Replaces Số liệu đơn vị's data with `rows` in one write (rows past them blanked in the same
 * write); returns where its columns are.
 */
export function writeFigureRows(ss: Spreadsheet, rows: readonly FigureRow[]): FigureSheet {
  const table = readTable(requireSheet(ss, WARD_SHEETS.figures), WARD_SHEETS.figures);
  const { sheet, header, columns } = table;
  const written = { name: sheet.getName(), columns };
  const height = Math.max(rows.length, table.rows.length);
  if (height === 0) return written;
  const values: Cell[][] = Array.from({ length: height }, (_, i) => {
    const line = new Array<Cell>(header.length).fill('');
    const row = rows[i];
    if (row) for (const [key, col] of columns) line[col] = plain(row[key]);
    return line;
  });
  const maxRows = sheet.getMaxRows();
  if (height + 1 > maxRows) sheet.insertRowsAfter(maxRows, height + 1 - maxRows);
  sheet.getRange(2, 1, height, header.length).setValues(values);
  return written;
}

const plain = (v: Cell): Cell => (typeof v === 'string' ? asPlainText(v) : v);

/** The units as Tổng hợp phường lists them, from Đơn vị's rows as they stand (`cells`, by table row). */
function summaryUnitsOf(table: Table<UnitColumnKey>, units: readonly Unit[], cells: readonly Cell[][]): SummaryUnit[] {
  const index = new Map(table.rows.map((row, i) => [row.row, i]));
  const at = (u: Unit, key: UnitColumnKey): Cell => {
    const col = table.columns.get(key);
    return col === undefined ? '' : (cells[index.get(u.row)!]?.[col] ?? '');
  };
  return units.map((u) => {
    const overdue = at(u, 'overdueCount');
    return {
      key: u.key,
      name: u.name,
      overdueCount: typeof overdue === 'number' ? overdue : null,
      state: String(at(u, 'state')),
    };
  });
}

/** Đơn vị's units for Tổng hợp phường, as the last pull left them (setup's refresh). */
export function readSummaryUnits(ss: Spreadsheet): SummaryUnit[] {
  const { table, units } = readUnits(ss);
  return summaryUnitsOf(
    table,
    units,
    table.rows.map((r) => r.cells),
  );
}

/**
 * Sets the pull's columns on Đơn vị for the units pulled, found again by key on a fresh read (a
 * row moved during the pull is still found), in one write of the script columns' span and one of
 * the state column's colours. Returns the units as they now stand, for Tổng hợp phường.
 */
export function writeUnitResults(
  ss: Spreadsheet,
  results: ReadonlyMap<string, { state: UnitState; cells: Partial<Record<UnitColumnKey, Cell>> }>,
): SummaryUnit[] {
  const { table, units } = readUnits(ss);
  const byRow = new Map(units.map((u) => [u.row, results.get(u.key)]));
  // Each row as it will stand: the sheet's cells with the pull's results over them.
  const merged = table.rows.map((row) => {
    const line = [...row.cells];
    const result = byRow.get(row.row);
    if (result)
      for (const [key, value] of Object.entries(result.cells)) {
        const col = table.columns.get(key as UnitColumnKey);
        if (col !== undefined) line[col] = plain(value);
      }
    return line;
  });
  const cols = UNIT_SCRIPT_COLUMNS.map((k) => table.columns.get(k)).filter((c): c is number => c !== undefined);
  const stateCol = table.columns.get('state');
  if (results.size > 0 && cols.length > 0 && stateCol !== undefined && table.rows.length > 0) {
    const first = Math.min(...cols);
    const last = Math.max(...cols);
    const span = merged.map((line) => line.slice(first, last + 1));
    const colours = merged.map((line) => [STATE_COLOURS[String(line[stateCol] ?? '') as UnitState] ?? '#ffffff']);
    table.sheet.getRange(2, first + 1, span.length, last - first + 1).setValues(span);
    table.sheet.getRange(2, stateCol + 1, colours.length, 1).setBackgrounds(colours);
  }
  return summaryUnitsOf(table, units, merged);
}

/** The ward's protections (src/adapters/protections.ts): Cấu hình, and the sheets only the script writes. */
export function protectWardBook(ss: Spreadsheet, managers: readonly string[]): void {
  const sheets: [SheetDef, string][] = [
    [WARD_SHEETS.settings, wardMsg.roles.protectSettings],
    [WARD_SHEETS.figures, wardMsg.roles.protectFigures],
    [WARD_SHEETS.summary, wardMsg.roles.protectSummary],
  ];
  const wanted = sheets.flatMap(([def, description]) => {
    const sheet = findSheet(ss, def);
    return sheet ? [{ description, range: null, sheet }] : [];
  });
  syncProtections(ss, wanted, managers);
}
