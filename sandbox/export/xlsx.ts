// Writes a sandbox spreadsheet to .xlsx with exceljs so it opens in Excel or LibreOffice: values
// (formulas with their cached results; a text whose links go to one URL as a hyperlink cell),
// number formats, column widths, frozen rows, notes, backgrounds and fonts, data validation,
// conditional formats (custom formulas as expression rules), hidden sheets and columns. Embedded
// charts and over-grid images are skipped: exceljs cannot write charts, and images carry an Apps
// Script assignment Excel has no place for.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { columnLetter, quoteSheetName, rectToA1, type Rect } from '../spreadsheet/a1';
import type { SpreadsheetState } from '../spreadsheet/state';
import type { SheetModel, Cell } from '../spreadsheet/sheetModel';
import { isDateFormat } from '../spreadsheet/format';
import type { DataValidationData } from '../spreadsheet/validation';
import { dateFromSerial } from '../spreadsheet/time';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** Sheets patterns → Excel's (MM is month in Sheets when not beside hours; Excel wants mm). */
function excelFormat(fmt: string): string {
  return isDateFormat(fmt) ? fmt.replace(/M/g, 'm').replace(/D/g, 'd').replace(/Y/g, 'y') : fmt;
}

function excelDate(serial: number): Date {
  // exceljs writes JS Dates as UTC wall-clock serials: hand it the serial's wall time as UTC.
  return dateFromSerial(serial, 'UTC');
}

function cellValue(model: SpreadsheetState, sheet: SheetModel, row: number, col: number, c: Cell): ExcelJS.CellValue {
  if (c.f !== undefined) {
    const { value, fmt } = model.evaluated(sheet, row, col, c);
    let result: unknown = value ?? '';
    if (typeof value === 'number' && isDateFormat(fmt)) result = excelDate(value);
    if (typeof result === 'string' && result.startsWith('#')) result = { error: result };
    return { formula: c.f.slice(1), result } as ExcelJS.CellFormulaValue;
  }
  if (c.v === undefined) return null;
  if (typeof c.v === 'number' && isDateFormat(c.fmt)) return excelDate(c.v);
  // An .xlsx cell holds one hyperlink: a text whose links all go to one place gets it.
  const urls = new Set((c.links ?? []).map((l) => l.url));
  if (typeof c.v === 'string' && urls.size === 1) return { text: c.v, hyperlink: [...urls][0]! };
  return c.v;
}

function validation(model: SpreadsheetState, dv: DataValidationData): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !dv.allowInvalid,
    errorStyle: dv.allowInvalid ? 'warning' : 'stop',
    ...(dv.helpText ? { showInputMessage: true, prompt: dv.helpText } : {}),
  } as const;
  const serial = (d: unknown): number => Math.floor(model.validationContext().dateSerial(d as Date));
  switch (dv.type) {
    case 'VALUE_IN_LIST':
      return {
        ...common,
        type: 'list',
        formulae: [`"${(dv.values[0] as string[]).map((v) => v.replace(/"/g, '""')).join(',')}"`],
      };
    case 'VALUE_IN_RANGE':
      if (!dv.source) return null;
      return {
        ...common,
        type: 'list',
        formulae: [`${quoteSheetName(dv.source.sheetName)}!${absolute(dv.source.rect)}`],
      };
    case 'NUMBER_BETWEEN':
      return { ...common, type: 'decimal', operator: 'between', formulae: [dv.values[0], dv.values[1]] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [dv.values[0]] };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [1] };
    case 'DATE_ON_OR_AFTER':
      return { ...common, type: 'date', operator: 'greaterThanOrEqual', formulae: [serial(dv.values[0])] };
    case 'DATE_BETWEEN':
      return { ...common, type: 'date', operator: 'between', formulae: [serial(dv.values[0]), serial(dv.values[1])] };
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'CUSTOM_FORMULA':
      return { ...common, type: 'custom', formulae: [String(dv.values[0]).replace(/^=/, '')] };
    case 'TEXT_IS_VALID_EMAIL':
      return null; // Excel has no e-mail rule
  }
}

function absolute(r: Rect): string {
  const end = { row: r.row + r.numRows - 1, col: r.col + r.numCols - 1 };
  return `$${columnLetter(r.col)}$${r.row}:$${columnLetter(end.col)}$${end.row}`;
}

/** Excel has no "automatic" date format: cells Sheets shows as dates need an explicit one. */
function numFmtOf(model: SpreadsheetState, sheet: SheetModel, row: number, col: number, c: Cell): string | undefined {
  if (c.fmt) return excelFormat(c.fmt);
  if (c.f !== undefined) {
    const fmt = model.evaluated(sheet, row, col, c).fmt;
    return fmt ? excelFormat(fmt) : undefined;
  }
  return undefined;
}

export async function exportXlsx(model: SpreadsheetState, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.owner;
  wb.title = model.name;
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views:
        sheet.frozenRows || sheet.frozenColumns
          ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }]
          : [],
      ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    });
    const widestCol = Math.max(sheet.lastColumn(), ...sheet.columnWidths.keys(), ...sheet.hiddenColumns, 0);
    for (let col = 1; col <= widestCol; col++) {
      const column = ws.getColumn(col);
      const px = sheet.columnWidths.get(col);
      if (px !== undefined) column.width = Math.round((px / 7) * 100) / 100; // pixels → Excel character widths
      if (sheet.hiddenColumns.has(col)) column.hidden = true;
    }
    // Data validation per cell, grouped by identical rule over a column run to keep the file small.
    const runs = new Map<string, { dv: DataValidationData; col: number; from: number; to: number }>();
    sheet.rows.forEach((cells, r0) => {
      if (!cells) return;
      cells.forEach((c, c0) => {
        if (!c) return;
        const row = r0 + 1;
        const col = c0 + 1;
        const hasContent = c.f !== undefined || c.v !== undefined;
        const styled =
          c.fmt ||
          c.bg ||
          c.fontWeight ||
          c.fontStyle ||
          c.fontColor ||
          c.fontLine ||
          c.fontSize ||
          c.fontFamily ||
          c.hAlign ||
          c.vAlign ||
          c.wrap ||
          c.note;
        if (!hasContent && !styled && !c.dv) return;
        const cell = ws.getCell(row, col);
        if (hasContent) cell.value = cellValue(model, sheet, row, col, c);
        const numFmt = numFmtOf(model, sheet, row, col, c);
        if (numFmt) cell.numFmt = numFmt;
        if (c.bg) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.bg) } };
        if (c.fontWeight || c.fontStyle || c.fontColor || c.fontLine || c.fontSize || c.fontFamily) {
          cell.font = {
            ...(c.fontWeight === 'bold' ? { bold: true } : {}),
            ...(c.fontStyle === 'italic' ? { italic: true } : {}),
            ...(c.fontLine === 'underline' ? { underline: true } : {}),
            ...(c.fontLine === 'line-through' ? { strike: true } : {}),
            ...(c.fontColor ? { color: { argb: argb(c.fontColor) } } : {}),
            ...(c.fontSize ? { size: c.fontSize } : {}),
            ...(c.fontFamily ? { name: c.fontFamily } : {}),
          };
        }
        if (c.hAlign || c.vAlign || c.wrap) {
          const h = c.hAlign === 'normal' || c.hAlign === 'general' ? undefined : c.hAlign;
          cell.alignment = {
            ...(h ? { horizontal: h as ExcelJS.Alignment['horizontal'] } : {}),
            ...(c.vAlign
              ? { vertical: (c.vAlign === 'center' ? 'middle' : c.vAlign) as ExcelJS.Alignment['vertical'] }
              : {}),
            ...(c.wrap ? { wrapText: true } : {}),
          };
        }
        if (c.note) cell.note = c.note;
        if (c.dv) {
          const key = `${col}|${JSON.stringify(c.dv)}`;
          const run = runs.get(key);
          if (run && run.to === row - 1) run.to = row;
          else {
            if (run) applyValidation(model, ws, run);
            runs.set(key, { dv: c.dv, col, from: row, to: row });
          }
        }
      });
    });
    for (const run of runs.values()) applyValidation(model, ws, run);
    sheet.conditionalRules.forEach((rule, i) => {
      const refs = rule.ranges.filter((r) => r.sheetName === sheet.name).map((r) => clampRect(sheet, r.rect));
      const first = refs[0];
      if (!first) return;
      const style: Partial<ExcelJS.Style> = {
        ...(rule.style.background
          ? {
              fill: {
                type: 'pattern',
                pattern: 'solid',
                bgColor: { argb: argb(rule.style.background) },
                fgColor: { argb: argb(rule.style.background) },
              },
            }
          : {}),
        font: {
          ...(rule.style.fontColor ? { color: { argb: argb(rule.style.fontColor) } } : {}),
          ...(rule.style.bold ? { bold: true } : {}),
          ...(rule.style.italic ? { italic: true } : {}),
          ...(rule.style.underline ? { underline: true } : {}),
          ...(rule.style.strikethrough ? { strike: true } : {}),
        },
      };
      const formula = conditionFormula(rule.criteria, rule.values, first);
      if (!formula) return;
      ws.addConditionalFormatting({
        ref: refs.map(rectToA1).join(' '),
        rules: [
          { type: 'expression', priority: i + 1, formulae: [formula], style } as ExcelJS.ConditionalFormattingRule,
        ],
      });
    });
  }
  mkdirSync(dirname(path), { recursive: true });
  await wb.xlsx.writeFile(path);
}

/** Open-ended Sheets ranges (A2:Z) become the sheet's grid. */
function clampRect(sheet: SheetModel, r: Rect): Rect {
  return {
    row: r.row,
    col: r.col,
    numRows: Math.min(r.numRows, sheet.maxRows - r.row + 1),
    numCols: Math.min(r.numCols, sheet.maxCols - r.col + 1),
  };
}

/** Every boolean condition as an Excel expression relative to the range's top-left cell. */
function conditionFormula(criteria: string | null, values: unknown[], at: Rect): string | null {
  const cell = `${columnLetter(at.col)}${at.row}`;
  const text = (v: unknown): string => `"${String(v).replace(/"/g, '""')}"`;
  switch (criteria) {
    case 'CUSTOM_FORMULA':
      return String(values[0]).replace(/^=/, '');
    case 'TEXT_EQUAL_TO':
      return `${cell}=${text(values[0])}`;
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${text(values[0])},${cell}))`;
    case 'NUMBER_LESS_THAN':
      return `AND(ISNUMBER(${cell}),${cell}<${Number(values[0])})`;
    case 'NUMBER_GREATER_THAN':
      return `AND(ISNUMBER(${cell}),${cell}>${Number(values[0])})`;
    case 'NUMBER_BETWEEN':
      return `AND(ISNUMBER(${cell}),${cell}>=${Number(values[0])},${cell}<=${Number(values[1])})`;
    case 'CELL_EMPTY':
      return `LEN(${cell})=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(${cell})>0`;
    default:
      return null;
  }
}

function applyValidation(
  model: SpreadsheetState,
  ws: ExcelJS.Worksheet,
  run: { dv: DataValidationData; col: number; from: number; to: number },
): void {
  const v = validation(model, run.dv);
  if (!v) return;
  const ref = `${columnLetter(run.col)}${run.from}:${columnLetter(run.col)}${run.to}`;
  // exceljs keys validations by address; a range key writes one sqref.
  (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    ref,
    v,
  );
}
