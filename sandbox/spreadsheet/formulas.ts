// Formula evaluation with HyperFormula: one HF sheet per sandbox sheet, synced lazily (only
// before a formula value is read) and only for the columns some formula reads. TODAY()/NOW()
// follow the sandbox clock in the spreadsheet's time zone. Sheets functions HyperFormula lacks
// make the read throw "not supported in the sandbox".
import { DetailedCellError, FunctionPlugin, HyperFormula, type CellValue, type ImplementedFunctions } from 'hyperformula';
import { notSupported } from '../env';
import type { SheetModel } from './sheetModel';
import type { Stored } from './format';
import { formatDateSerial } from './format';
import { functionNames, referencedColumns } from './refs';
import { serialFromDate, serialFromParts } from './time';

/** The clock of the engine currently evaluating (HF plugins are registered process-wide). */
let currentNow: () => Date = () => new Date();
let currentZone = 'UTC';

class SandboxClockPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' as never },
    NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' as never },
  };
  today(ast: { args: never[] }, state: never): unknown {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () => Math.floor(serialFromDate(currentNow(), currentZone)));
  }
  now(ast: { args: never[] }, state: never): unknown {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => serialFromDate(currentNow(), currentZone));
  }
}
HyperFormula.registerFunction('TODAY', SandboxClockPlugin);
HyperFormula.registerFunction('NOW', SandboxClockPlugin);

/** Google Sheets functions (the ones a tracker might use); those HyperFormula lacks are "not supported". */
const SHEETS_FUNCTIONS = `ABS AND ARRAYFORMULA ARRAY_CONSTRAIN AVERAGE AVERAGEIF AVERAGEIFS BYCOL BYROW CEILING CHAR CHOOSE
CHOOSECOLS CHOOSEROWS CLEAN CODE COLUMN COLUMNS CONCAT CONCATENATE COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS COUNTUNIQUE
COUNTUNIQUEIFS DATE DATEDIF DATEVALUE DAY DAYS DETECTLANGUAGE EDATE EOMONTH EPOCHTODATE EXACT FILTER FIND FLATTEN FLOOR
FORMULATEXT GOOGLEFINANCE GOOGLETRANSLATE HLOOKUP HOUR HSTACK HYPERLINK IF IFERROR IFNA IFS IMAGE IMPORTDATA IMPORTFEED
IMPORTHTML IMPORTRANGE IMPORTXML INDEX INDIRECT INT ISBLANK ISDATE ISEMAIL ISERR ISERROR ISFORMULA ISLOGICAL ISNA ISNUMBER
ISOWEEKNUM ISTEXT ISURL JOIN LAMBDA LEFT LEN LET LOOKUP LOWER MAKEARRAY MAP MATCH MAX MAXIFS MID MIN MINIFS MINUTE MOD MONTH
N NETWORKDAYS NOT NOW OFFSET OR PROPER QUERY RAND RANDBETWEEN REDUCE REGEXEXTRACT REGEXMATCH REGEXREPLACE REPT RIGHT ROUND
ROUNDDOWN ROUNDUP ROW ROWS SCAN SEARCH SECOND SEQUENCE SORT SORTN SPARKLINE SPLIT SUBSTITUTE SUM SUMIF SUMIFS SUMPRODUCT
SWITCH T TEXT TEXTJOIN TIME TIMEVALUE TOCOL TODAY TOROW TO_DATE TO_PERCENT TO_TEXT TRANSPOSE TRIM UNIQUE UPPER VALUE VLOOKUP
VSTACK WEEKDAY WEEKNUM WORKDAY WRAPCOLS WRAPROWS XLOOKUP XOR YEAR`.split(/\s+/);
const HF_FUNCTIONS = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
export const UNSUPPORTED_FUNCTIONS = new Set(SHEETS_FUNCTIONS.filter((f) => !HF_FUNCTIONS.has(f)));

/** Sheets shows a circular reference as #REF!; HyperFormula's own codes map onto Sheets'. */
const ERROR_MAP: Record<string, string> = { '#CYCLE!': '#REF!', '#SPILL!': '#REF!', '#LIC!': '#ERROR!' };

export interface EvaluatedCell {
  value: Stored | null;
  /** HyperFormula's detailed type (NUMBER_DATE, NUMBER_PERCENT…), for Sheets-like automatic formats. */
  type: string;
}

type Columns = Set<number> | 'all';

export class FormulaEngine {
  private hf: HyperFormula;
  private ids = new Map<SheetModel, number>();
  /** Columns (per sheet) whose values formulas read: only these are mirrored into HF. */
  private watched = new Map<string, Columns>();
  private watchAll = false;
  private dirty = new Map<SheetModel, 'full' | { row: number; col: number; numRows: number; numCols: number }[]>();
  private lastClock = -1;
  private active = false;

  constructor(
    private readonly now: () => Date,
    private readonly timeZone: () => string,
    private readonly sheets: () => SheetModel[],
  ) {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
      timeFormats: ['hh:mm', 'hh:mm:ss'],
      caseSensitive: false,
      useWildcards: true,
      matchWholeCell: true,
      stringifyDateTime: (dt, fmt) =>
        formatDateSerial(serialFromParts(dt.year, dt.month, dt.day, dt.hours, dt.minutes, dt.seconds), fmt.replace(/Y/g, 'y').replace(/D/g, 'd')),
    });
  }

  private withClock<T>(fn: () => T): T {
    currentNow = this.now;
    currentZone = this.timeZone();
    return fn();
  }

  private scratch: number | null = null;
  /** A sheet no formula can name, written to when the clock moves. */
  private scratchSheet(): number {
    if (this.scratch === null) this.scratch = this.hf.getSheetId(this.hf.addSheet('__sandbox_clock__')) as number;
    return this.scratch;
  }

  private idOf(sheet: SheetModel): number {
    let id = this.ids.get(sheet);
    if (id === undefined) {
      const name = this.hf.addSheet(`s${sheet.sheetId}`);
      id = this.hf.getSheetId(name) as number;
      this.ids.set(sheet, id);
      this.dirty.set(sheet, 'full');
    }
    return id;
  }

  /** HF knows sheets by the sandbox name so cross-sheet references resolve. */
  syncSheetNames(): void {
    for (const [sheet, id] of this.ids) {
      if (this.hf.getSheetName(id) !== sheet.name) this.hf.renameSheet(id, sheet.name);
    }
  }

  removeSheet(sheet: SheetModel): void {
    const id = this.ids.get(sheet);
    if (id !== undefined) this.withClock(() => this.hf.removeSheet(id));
    this.ids.delete(sheet);
    this.dirty.delete(sheet);
  }

  /** Cells of the rect changed (values or formulas). */
  touch(sheet: SheetModel, rect: { row: number; col: number; numRows: number; numCols: number }): void {
    if (!this.active) return;
    const d = this.dirty.get(sheet);
    if (d === 'full') return;
    if (!d) this.dirty.set(sheet, [rect]);
    else if (d.length > 64) this.dirty.set(sheet, 'full');
    else d.push(rect);
  }

  /** Rows/columns moved: the sheet is re-mirrored on the next read. */
  touchAll(sheet: SheetModel): void {
    if (this.active) this.dirty.set(sheet, 'full');
  }

  /** Records which columns a formula reads (before it is evaluated). */
  watch(formula: string, home: string): void {
    for (const { sheet, cols } of referencedColumns(formula, home)) {
      if (sheet === '*') {
        if (!this.watchAll) {
          this.watchAll = true;
          this.markAllFull();
        }
        continue;
      }
      const current = this.watched.get(sheet) ?? new Set<number>();
      if (current === 'all') continue;
      let grew = false;
      if (cols === 'all') {
        this.watched.set(sheet, 'all');
        grew = true;
      } else {
        for (let c = cols[0]; c <= cols[1]; c++) {
          if (!current.has(c)) {
            current.add(c);
            grew = true;
          }
        }
        this.watched.set(sheet, current);
      }
      const model = this.sheets().find((s) => s.name === sheet);
      if (grew && model && this.active) this.dirty.set(model, 'full');
    }
    if (!this.active) {
      this.active = true;
      this.markAllFull();
    }
  }

  private markAllFull(): void {
    for (const s of this.sheets()) this.dirty.set(s, 'full');
  }

  private isWatched(sheet: SheetModel, col: number): boolean {
    if (this.watchAll) return true;
    const w = this.watched.get(sheet.name);
    return w === 'all' || (!!w && w.has(col));
  }

  private content(sheet: SheetModel, row: number, col: number): string | number | boolean | null {
    const c = sheet.cell(row, col);
    if (!c) return null;
    if (c.f !== undefined) return c.f;
    if (!this.isWatched(sheet, col) || c.v === undefined || c.v === '') return null;
    return typeof c.v === 'string' ? `'${c.v}` : c.v;
  }

  /** Pushes pending changes into HF in one batch; re-evaluates volatile formulas if the clock moved. */
  flush(): void {
    if (!this.active) return;
    const clock = this.now().getTime();
    if (this.dirty.size === 0 && clock === this.lastClock) return;
    this.withClock(() => {
      for (const s of this.sheets()) this.idOf(s);
      this.syncSheetNames();
      this.hf.batch(() => {
        for (const [sheet, d] of this.dirty) {
          const id = this.idOf(sheet);
          if (d === 'full') {
            const height = Math.max(sheet.rows.length, this.hf.getSheetDimensions(id).height);
            const width = Math.max(sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0), this.hf.getSheetDimensions(id).width);
            const data: (string | number | boolean | null)[][] = [];
            for (let r = 1; r <= height; r++) {
              const row: (string | number | boolean | null)[] = [];
              for (let c = 1; c <= width; c++) row.push(this.content(sheet, r, c));
              data.push(row);
            }
            this.hf.setSheetContent(id, data);
          } else {
            for (const rect of d) {
              const data: (string | number | boolean | null)[][] = [];
              for (let r = rect.row; r < rect.row + rect.numRows; r++) {
                const row: (string | number | boolean | null)[] = [];
                for (let c = rect.col; c < rect.col + rect.numCols; c++) row.push(this.content(sheet, r, c));
                data.push(row);
              }
              this.hf.setCellContents({ sheet: id, row: rect.row - 1, col: rect.col - 1 }, data);
            }
          }
        }
        this.dirty.clear();
        if (clock !== this.lastClock) {
          // A no-op change makes HF re-evaluate volatile functions (TODAY/NOW) at the new clock.
          this.hf.setCellContents({ sheet: this.scratchSheet(), row: 0, col: 0 }, [[clock]]);
        }
      });
      this.lastClock = clock;
    });
  }

  private toStored(v: CellValue, formula: string | undefined): Stored | null {
    if (v instanceof DetailedCellError) {
      if (v.value === '#NAME?' && formula) {
        const missing = functionNames(formula).find((f) => UNSUPPORTED_FUNCTIONS.has(f));
        if (missing) notSupported(`formula function ${missing} (HyperFormula has no equivalent)`);
      }
      return ERROR_MAP[v.value] ?? v.value;
    }
    return v;
  }

  /** The computed value of a formula cell, or of a cell a spilled array result covers. */
  valueAt(sheet: SheetModel, row: number, col: number, formula: string | undefined): EvaluatedCell {
    this.flush();
    const addr = { sheet: this.idOf(sheet), row: row - 1, col: col - 1 };
    const v = this.hf.getCellValue(addr);
    return { value: this.toStored(v, formula), type: this.hf.getCellValueDetailedType(addr) };
  }

  /** The value of a formula evaluated on a sheet (references already resolved for the target cell). */
  evaluate(sheet: SheetModel, formula: string): EvaluatedCell {
    this.watch(formula, sheet.name);
    this.flush();
    const id = this.idOf(sheet);
    const v = this.withClock(() => this.hf.calculateFormula(formula, id));
    const single = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
    return { value: this.toStored(single, formula), type: typeof single === 'number' ? 'NUMBER_RAW' : 'OTHER' };
  }

  /** Forget the mirrored columns (formulas were rewritten); callers re-watch every formula. */
  reset(): void {
    this.watched.clear();
    this.watchAll = false;
    this.markAllFull();
  }

  isActive(): boolean {
    return this.active;
  }
}
