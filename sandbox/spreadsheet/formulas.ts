// Formula evaluation with HyperFormula: one HF sheet per sandbox sheet, synced lazily (only
// before a formula value is read) and only for the columns some formula reads. TODAY()/NOW()
// follow the sandbox clock in the spreadsheet's time zone. Sheets functions HyperFormula lacks
// make the read throw "not supported in the sandbox".
import {
  DetailedCellError,
  FunctionPlugin,
  HyperFormula,
  type CellValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { notSupported } from '../env';
import type { SheetModel } from './sheetModel';
import type { Stored } from './format';
import { formatDateSerial } from './format';
import { functionNames, referencedColumns } from './refs';
import { serialFromDate, serialFromParts } from './time';

const defaultParseDateTime = HyperFormula.defaultConfig.parseDateTime;

/** The clock of the engine currently evaluating (HF plugins are registered process-wide). */
let currentNow: () => Date = () => new Date();
let currentZone = 'UTC';

class SandboxClockPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' as never },
    NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' as never },
  };
  today(ast: { args: never[] }, state: never): unknown {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      Math.floor(serialFromDate(currentNow(), currentZone)),
    );
  }
  now(ast: { args: never[] }, state: never): unknown {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => serialFromDate(currentNow(), currentZone));
  }
}
HyperFormula.registerFunction('TODAY', SandboxClockPlugin);
HyperFormula.registerFunction('NOW', SandboxClockPlugin);

/** Google Sheets functions (the ones a tracker might use); those HyperFormula lacks are "not supported". */
const SHEETS_FUNCTIONS =
  `ABS AND ARRAYFORMULA ARRAY_CONSTRAIN AVERAGE AVERAGEIF AVERAGEIFS BYCOL BYROW CEILING CHAR CHOOSE
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
type Content = string | number | boolean | null;
interface DirtyRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Past this many changed cells, rebuilding the engine from the model is cheaper than patching it. */
const REBUILD_THRESHOLD = 20_000;
const SCRATCH_SHEET = '__sandbox_clock__';

export class FormulaEngine {
  private hf: HyperFormula | null = null;
  /** Columns (per sheet name) whose values formulas read: only these (and formula cells) are mirrored. */
  private watched = new Map<string, Columns>();
  private watchAll = false;
  private rebuild = true;
  private dirty = new Map<SheetModel, DirtyRect[]>();
  private dirtyCells = 0;
  private lastClock = -1;
  private active = false;

  constructor(
    private readonly now: () => Date,
    private readonly nowMillis: () => number,
    private readonly timeZone: () => string,
    private readonly sheets: () => SheetModel[],
  ) {}

  private config() {
    return {
      licenseKey: 'gpl-v3',
      dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
      timeFormats: ['hh:mm', 'hh:mm:ss'],
      // Sheets compares text ignoring case but not accents: "Quá hạn" is not "Qua han".
      caseSensitive: false,
      accentSensitive: true,
      useWildcards: true,
      matchWholeCell: true,
      // HF tries every date format on each text it compares (COUNTIFS criteria over whole columns):
      // a text that does not start with a digit is no date in these formats, so skip the parse.
      parseDateTime: (text: string, dateFormat?: string, timeFormat?: string) =>
        /^\s*\d/.test(text) ? defaultParseDateTime(text, dateFormat, timeFormat) : undefined,
      stringifyDateTime: (
        dt: { year: number; month: number; day: number; hours: number; minutes: number; seconds: number },
        fmt: string,
      ) =>
        formatDateSerial(
          serialFromParts(dt.year, dt.month, dt.day, dt.hours, dt.minutes, dt.seconds),
          fmt.replace(/Y/g, 'y').replace(/D/g, 'd'),
        ),
    };
  }

  private withClock<T>(fn: () => T): T {
    currentNow = this.now;
    currentZone = this.timeZone();
    return fn();
  }

  /** A sheet was added, removed or renamed: rebuilt on the next read. */
  sheetsChanged(): void {
    this.rebuild = true;
  }

  /** Cells of the rect changed (values or formulas). */
  touch(sheet: SheetModel, rect: DirtyRect): void {
    if (!this.active || this.rebuild) return;
    this.dirtyCells += rect.numRows * rect.numCols;
    if (this.dirtyCells > REBUILD_THRESHOLD) {
      this.rebuild = true;
      return;
    }
    const list = this.dirty.get(sheet) ?? [];
    list.push(rect);
    this.dirty.set(sheet, list);
  }

  /** Rows/columns moved: everything is re-mirrored on the next read. */
  touchAll(_sheet: SheetModel): void {
    this.rebuild = true;
  }

  /** Records which columns a formula reads (before it is evaluated). */
  watch(formula: string, home: string): void {
    if (!this.active) {
      this.active = true;
      this.rebuild = true;
    }
    for (const { sheet, cols } of referencedColumns(formula, home)) {
      if (sheet === '*') {
        if (!this.watchAll) this.rebuild = true;
        this.watchAll = true;
        continue;
      }
      const current = this.watched.get(sheet) ?? new Set<number>();
      if (current === 'all') continue;
      if (cols === 'all') {
        this.watched.set(sheet, 'all');
        this.rebuild = true;
        continue;
      }
      for (let c = cols[0]; c <= cols[1]; c++) {
        if (!current.has(c)) {
          current.add(c);
          this.rebuild = true;
        }
      }
      this.watched.set(sheet, current);
    }
  }

  private isWatched(sheet: SheetModel, col: number): boolean {
    if (this.watchAll) return true;
    const w = this.watched.get(sheet.name);
    return w === 'all' || (!!w && w.has(col));
  }

  private content(sheet: SheetModel, row: number, col: number): Content {
    const c = sheet.cell(row, col);
    if (!c) return null;
    if (c.f !== undefined) return c.f;
    if (c.v === undefined || c.v === '' || !this.isWatched(sheet, col)) return null;
    return typeof c.v === 'string' ? `'${c.v}` : c.v;
  }

  private sheetContent(sheet: SheetModel): Content[][] {
    const data: Content[][] = [];
    sheet.rows.forEach((cells, r0) => {
      if (!cells) return;
      let line: Content[] | null = null;
      cells.forEach((_, c0) => {
        const v = this.content(sheet, r0 + 1, c0 + 1);
        if (v === null) return;
        line ??= [];
        line[c0] = v;
      });
      if (line) data[r0] = Array.from(line as Content[], (x) => x ?? null);
    });
    return Array.from(data, (x) => x ?? []);
  }

  /** Brings HF up to date (rebuild or patch) and re-evaluates volatile formulas if the clock moved. */
  flush(): void {
    if (!this.active) return;
    const clock = this.nowMillis();
    if (!this.rebuild && this.dirty.size === 0 && clock === this.lastClock) return;
    this.withClock(() => {
      if (this.rebuild || !this.hf) {
        const sheets: Record<string, Content[][]> = {};
        for (const s of this.sheets()) sheets[s.name] = this.sheetContent(s);
        sheets[SCRATCH_SHEET] = [[clock]];
        this.hf?.destroy();
        this.hf = HyperFormula.buildFromSheets(sheets, this.config());
      } else {
        const hf = this.hf;
        hf.batch(() => {
          for (const [sheet, rects] of this.dirty) {
            const id = hf.getSheetId(sheet.name) as number;
            for (const rect of rects) {
              const data: Content[][] = [];
              for (let r = rect.row; r < rect.row + rect.numRows; r++) {
                const line: Content[] = [];
                for (let c = rect.col; c < rect.col + rect.numCols; c++) line.push(this.content(sheet, r, c));
                data.push(line);
              }
              hf.setCellContents({ sheet: id, row: rect.row - 1, col: rect.col - 1 }, data);
            }
          }
          // A change makes HF re-evaluate volatile functions (TODAY/NOW) at the new clock.
          if (clock !== this.lastClock)
            hf.setCellContents({ sheet: hf.getSheetId(SCRATCH_SHEET) as number, row: 0, col: 0 }, [[clock]]);
        });
      }
    });
    this.rebuild = false;
    this.dirty.clear();
    this.dirtyCells = 0;
    this.lastClock = clock;
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

  private engine(): HyperFormula {
    this.flush();
    return this.hf as HyperFormula;
  }

  /** The computed value of a formula cell. */
  valueAt(sheet: SheetModel, row: number, col: number, formula: string | undefined): EvaluatedCell {
    const hf = this.engine();
    const addr = { sheet: hf.getSheetId(sheet.name) as number, row: row - 1, col: col - 1 };
    const v = hf.getCellValue(addr);
    return {
      value: this.toStored(v, formula),
      type: typeof v === 'number' ? hf.getCellValueDetailedType(addr) : 'OTHER',
    };
  }

  /** The value of a formula evaluated on a sheet (references already resolved for the target cell). */
  evaluate(sheet: SheetModel, formula: string): EvaluatedCell {
    this.watch(formula, sheet.name);
    const hf = this.engine();
    const v = this.withClock(() => hf.calculateFormula(formula, hf.getSheetId(sheet.name) as number));
    const single = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
    return { value: this.toStored(single, formula), type: typeof single === 'number' ? 'NUMBER_RAW' : 'OTHER' };
  }

  /** Forget the mirrored columns (formulas were rewritten); callers re-watch every formula. */
  reset(): void {
    this.watched.clear();
    this.watchAll = false;
    this.rebuild = true;
  }

  isActive(): boolean {
    return this.active;
  }
}
