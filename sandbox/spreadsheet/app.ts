// The SpreadsheetApp global: the bound spreadsheet and the current user's active sheet/range,
// builders (validation, conditional format, rich text), enums, getUi() (from the runtime; refused
// under time-driven triggers), openById/openByUrl (./open.ts: scopes, sharing, Apps Script's
// errors), and open/create refused for lack of the spreadsheets scope (spreadsheets.currentonly).
import { enumOf } from '../services/support';
import { SpreadsheetObject, type Implements } from './base';
import { notSupported, type SandboxEnv } from '../env';
import type { SpreadsheetModel } from './model';
import type { Spreadsheet } from './spreadsheet';
import type { Sheet } from './sheet';
import type { Range } from './range';
import type { RangeList } from './rangeList';
import { DataValidationBuilder } from './validation';
import { ConditionalFormatRuleBuilder } from './conditional';
import { RichTextValueBuilder } from './richText';
import { openById, openByUrl, type OpenHost } from './open';

export const UI_FROM_TIME_TRIGGER_ERROR = 'Cannot call SpreadsheetApp.getUi() from this context.';

/** What SpreadsheetApp reads from the SpreadsheetService that owns it (index.ts). */
interface SpreadsheetAppHost extends OpenHost {
  readonly env: SandboxEnv;
  readonly active: SpreadsheetModel | null;
}

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type AppMethods =
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'getSelection'
  | 'getCurrentCell'
  | 'setActiveSheet'
  | 'setActiveRange'
  | 'flush'
  | 'getUi'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'newRichTextValue'
  | 'openById'
  | 'openByUrl'
  | 'open'
  | 'create';

export class SpreadsheetAppImpl extends SpreadsheetObject implements Implements<GasApp, AppMethods> {
  readonly className = 'SpreadsheetApp';
  readonly BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  readonly DataValidationCriteria = enumOf(
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX',
  );
  readonly BooleanCriteria = enumOf(
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_LESS_THAN',
    'TEXT_CONTAINS',
    'TEXT_EQUAL_TO',
    'CUSTOM_FORMULA',
  );
  readonly ProtectionType = enumOf('RANGE', 'SHEET');
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
  readonly Dimension = enumOf('COLUMNS', 'ROWS');
  readonly SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
  readonly TextDirection = enumOf('LEFT_TO_RIGHT', 'RIGHT_TO_LEFT');

  constructor(private readonly service: SpreadsheetAppHost) {
    super();
  }

  private ss(): Spreadsheet | null {
    return this.service.active?.spreadsheetApi() ?? null;
  }
  getActive(): Spreadsheet | null {
    return this.ss();
  }
  getActiveSpreadsheet(): Spreadsheet | null {
    return this.ss();
  }
  getActiveSheet(): Sheet | null {
    return this.ss()?.getActiveSheet() ?? null;
  }
  getActiveRange(): Range | null {
    return this.ss()?.getActiveRange() ?? null;
  }
  getActiveRangeList(): RangeList | null {
    return this.ss()?.getActiveRangeList() ?? null;
  }
  getSelection(): unknown {
    return this.ss()?.getSelection() ?? null;
  }
  getCurrentCell(): Range | null {
    return this.ss()?.getCurrentCell() ?? null;
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Sheet {
    const ss = this.ss();
    if (!ss) throw new Error('sandbox: no active spreadsheet');
    return ss.setActiveSheet(sheet);
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): Range {
    return (range as unknown as Range).activate();
  }
  /** Pending writes are applied at once in the sandbox; flush re-evaluates formulas. */
  flush(): void {
    this.service.active?.recalculate();
  }
  getUi(): GoogleAppsScript.Base.Ui {
    if (this.service.env.current?.kind === 'timeDriven') throw new Error(UI_FROM_TIME_TRIGGER_ERROR);
    // A web app has no spreadsheet UI around it; what getUi() does there is not documented.
    if (this.service.env.current?.kind === 'webApp') notSupported('SpreadsheetApp.getUi() in a web app');
    const provider = this.service.env.uiProvider;
    if (!provider) throw new Error('sandbox: no Ui registered (the runtime sets env.uiProvider)');
    return provider() as GoogleAppsScript.Base.Ui;
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder((r) => this.service.active?.rangeByName(r));
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder((r) => this.service.active?.rangeByName(r));
  }
  /** A builder with no text and no link (SpreadsheetApp reference: newRichTextValue). */
  newRichTextValue(): RichTextValueBuilder {
    return new RichTextValueBuilder();
  }
  private needsFullScope(method: string): never {
    throw new Error(
      `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
    );
  }
  openById(id: string): Spreadsheet {
    return openById(this.service, id).spreadsheetApi();
  }
  openByUrl(url: string): Spreadsheet {
    return openByUrl(this.service, url).spreadsheetApi();
  }
  open(_file: GoogleAppsScript.Drive.File): never {
    return this.needsFullScope('open');
  }
  create(_name: string): never {
    return this.needsFullScope('create');
  }
}
