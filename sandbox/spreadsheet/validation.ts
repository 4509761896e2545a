// Data validation: the rule data stored on cells, DataValidation / DataValidationBuilder, and the
// check a person's typed value goes through (Sheets rejects it only when allowInvalid is false).
import { notSupported } from '../env';
import {
  StoredDataObject,
  isDate,
  sheetRectOf,
  signatureError,
  type Implements,
  type RangeOf,
  type SheetRect,
} from './base';

export type CriteriaType =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_ON_OR_AFTER'
  | 'DATE_BETWEEN'
  | 'CHECKBOX'
  | 'TEXT_IS_VALID_EMAIL'
  | 'CUSTOM_FORMULA';

export interface DataValidationData {
  type: CriteriaType;
  /** Criteria arguments as Apps Script returns them from getCriteriaValues(). */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
  /** For VALUE_IN_RANGE: where the list lives (kept in step with row/column moves). */
  source?: SheetRect;
}

/** The outside world a rule needs: the list of a source range, date serials of values. */
export interface ValidationContext {
  listOf(source: SheetRect): unknown[];
  dateSerial(d: Date): number;
}

/** Whether a stored value satisfies the rule (empty always does). */
export function satisfies(
  rule: DataValidationData,
  value: unknown,
  isDateCell: boolean,
  ctx: ValidationContext,
): boolean {
  if (value === '' || value === null || value === undefined) return true;
  const num = typeof value === 'number' ? value : null;
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return (rule.values[0] as unknown[]).map(String).includes(String(value));
    case 'VALUE_IN_RANGE':
      return rule.source ? ctx.listOf(rule.source).map(String).includes(String(value)) : false;
    case 'NUMBER_BETWEEN':
      return num !== null && num >= Number(rule.values[0]) && num <= Number(rule.values[1]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= Number(rule.values[0]);
    case 'DATE_IS_VALID_DATE':
      return num !== null && isDateCell;
    case 'DATE_ON_OR_AFTER':
      return num !== null && isDateCell && num >= Math.floor(ctx.dateSerial(rule.values[0] as Date));
    case 'DATE_BETWEEN':
      return (
        num !== null &&
        isDateCell &&
        num >= Math.floor(ctx.dateSerial(rule.values[0] as Date)) &&
        num < Math.floor(ctx.dateSerial(rule.values[1] as Date)) + 1
      );
    case 'CHECKBOX':
      return rule.values.length === 0 ? typeof value === 'boolean' : rule.values.map(String).includes(String(value));
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
    case 'CUSTOM_FORMULA':
      return notSupported('DataValidation custom formula check on user edit');
  }
}

type GasDV = GoogleAppsScript.Spreadsheet.DataValidation;
type GasDVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** The getters a rule and its builder share. */
abstract class ValidationObject extends StoredDataObject<DataValidationData> {
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.data.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  /** null when no help text is set (the typings say string). */
  getHelpText(): string {
    return this.data.helpText as string;
  }
  /** For a list kept in a range, the Range itself comes first (gas-fakes test/testsheetsdatavalidations.js). */
  getCriteriaValues(): unknown[] {
    if (this.data.type === 'VALUE_IN_RANGE' && this.data.source)
      return [this.rangeOf(this.data.source), this.data.values[1]];
    return [...this.data.values];
  }
}

export class DataValidation
  extends ValidationObject
  implements Implements<GasDV, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  readonly className = 'DataValidation';
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.rangeOf, { ...this.data, values: [...this.data.values] });
  }
}

export class DataValidationBuilder
  extends ValidationObject
  implements
    Implements<
      GasDVB,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireNumberBetween'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireDate'
      | 'requireDateOnOrAfter'
      | 'requireDateBetween'
      | 'requireCheckbox'
      | 'requireTextIsEmail'
      | 'requireFormulaSatisfied'
      | 'setAllowInvalid'
      | 'setHelpText'
    >
{
  readonly className = 'DataValidationBuilder';
  /** null until a require… method sets one (gas-fakes test/testsheetsdatavalidations.js). */
  override getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return (this.unset ? null : super.getCriteriaType()) as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  constructor(rangeOf: RangeOf, data?: DataValidationData) {
    // Apps Script: "setAllowInvalid … defaults to true" — invalid input is flagged, not rejected.
    super(data ?? { type: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: null }, rangeOf);
    if (!data) this.unset = true;
  }
  private unset = false;
  private criteria(type: CriteriaType, values: unknown[], source?: DataValidationData['source']): this {
    this.data = { ...this.data, type, values, source };
    this.unset = false;
    return this;
  }
  build(): DataValidation {
    if (this.unset) notSupported('DataValidationBuilder.build without a criteria (real error text unknown)');
    return new DataValidation({ ...this.data }, this.rangeOf);
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.rangeOf, { ...this.data });
  }
  requireValueInList(values: string[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) throw new Error('Invalid argument: values');
    return this.criteria('VALUE_IN_LIST', [[...values].map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): this {
    return this.criteria('VALUE_IN_RANGE', [null, showDropdown ?? true], sheetRectOf(range));
  }
  requireNumberBetween(start: number, end: number): this {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  /** No argument: a formula such as '=i1' is refused (gas-fakes notes/oddities.md, "datavalidation with formulas"). */
  requireDate(...args: unknown[]): this {
    if (args.length) throw signatureError('DataValidationBuilder.requireDate', args);
    return this.criteria('DATE_IS_VALID_DATE', []);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): this {
    if (!isDate(date)) throw new Error('Invalid argument: date');
    return this.criteria('DATE_ON_OR_AFTER', [new Date(date.getTime())]);
  }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): this {
    return this.criteria('DATE_BETWEEN', [new Date(start.getTime()), new Date(end.getTime())]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.criteria('CHECKBOX', values);
  }
  requireTextIsEmail(): this {
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.data = { ...this.data, allowInvalid: !!allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): this {
    this.data = { ...this.data, helpText: String(helpText) };
    return this;
  }
}
