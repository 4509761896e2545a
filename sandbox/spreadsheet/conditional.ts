// Conditional format rules: stored rule data (ranges per sheet), ConditionalFormatRule,
// its builder and BooleanCondition. Only boolean conditions (custom formula, text, number
// comparisons, blank) are modelled; gradients are not supported.
import { notSupported } from '../env';
import {
  SpreadsheetObject,
  StoredRangesObject,
  sheetRectOf,
  type Implements,
  type RangeOf,
  type SheetRect,
} from './base';
import { normalizeColor } from './color';

export type BooleanCriteria =
  | 'CUSTOM_FORMULA'
  | 'TEXT_EQUAL_TO'
  | 'TEXT_CONTAINS'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_BETWEEN'
  | 'CELL_EMPTY'
  | 'CELL_NOT_EMPTY';

export interface ConditionStyle {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  strikethrough: boolean | null;
}

export interface ConditionalRuleData {
  ranges: SheetRect[];
  criteria: BooleanCriteria | null;
  values: unknown[];
  style: ConditionStyle;
}

const emptyStyle = (): ConditionStyle => ({
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  underline: null,
  strikethrough: null,
});

export function cloneRule(d: ConditionalRuleData): ConditionalRuleData {
  return {
    ranges: d.ranges.map((r) => ({ sheetName: r.sheetName, rect: { ...r.rect } })),
    criteria: d.criteria,
    values: [...d.values],
    style: { ...d.style },
  };
}

type GasBC = GoogleAppsScript.Spreadsheet.BooleanCondition;
export class BooleanCondition
  extends SpreadsheetObject
  implements
    Implements<
      GasBC,
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getBackground'
      | 'getFontColor'
      | 'getBold'
      | 'getItalic'
      | 'getUnderline'
      | 'getStrikethrough'
    >
{
  readonly className = 'BooleanCondition';
  constructor(private readonly data: ConditionalRuleData) {
    super();
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  getBackground(): string | null {
    return this.data.style.background;
  }
  getFontColor(): string | null {
    return this.data.style.fontColor;
  }
  getBold(): boolean | null {
    return this.data.style.bold;
  }
  getItalic(): boolean | null {
    return this.data.style.italic;
  }
  getUnderline(): boolean | null {
    return this.data.style.underline;
  }
  getStrikethrough(): boolean | null {
    return this.data.style.strikethrough;
  }
}

/** What a rule and its builder share: their ranges, and copy() into a new builder. */
abstract class ConditionalRuleObject extends StoredRangesObject<ConditionalRuleData> {
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.rangeOf, cloneRule(this.data));
  }
}

type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export class ConditionalFormatRule
  extends ConditionalRuleObject
  implements Implements<GasRule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'>
{
  readonly className = 'ConditionalFormatRule';
  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.data) : null;
  }
  getGradientCondition(): null {
    return null;
  }
}

type GasBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export class ConditionalFormatRuleBuilder
  extends ConditionalRuleObject
  implements
    Implements<
      GasBuilder,
      | 'build'
      | 'copy'
      | 'getRanges'
      | 'getBooleanCondition'
      | 'setRanges'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setItalic'
      | 'setUnderline'
      | 'setStrikethrough'
      | 'whenFormulaSatisfied'
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenNumberLessThan'
      | 'whenNumberGreaterThan'
      | 'whenNumberBetween'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'setGradientMaxpoint'
    >
{
  readonly className = 'ConditionalFormatRuleBuilder';
  constructor(
    rangeOf: RangeOf,
    data: ConditionalRuleData = { ranges: [], criteria: null, values: [], style: emptyStyle() },
  ) {
    super(data, rangeOf);
  }
  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(cloneRule(this.data), this.rangeOf);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(cloneRule(this.data)) : null;
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    if (!Array.isArray(ranges)) throw new Error('Invalid argument: ranges');
    this.data.ranges = ranges.map((r) => sheetRectOf(r));
    return this;
  }
  private styled<K extends keyof ConditionStyle>(key: K, value: ConditionStyle[K]): this {
    this.data.style = { ...this.data.style, [key]: value };
    return this;
  }
  setBackground(color: string | null): this {
    return this.styled('background', normalizeColor(color));
  }
  setFontColor(color: string | null): this {
    return this.styled('fontColor', normalizeColor(color));
  }
  setBold(bold: boolean | null): this {
    return this.styled('bold', bold);
  }
  setItalic(italic: boolean | null): this {
    return this.styled('italic', italic);
  }
  setUnderline(underline: boolean | null): this {
    return this.styled('underline', underline);
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.styled('strikethrough', strikethrough);
  }
  private when(criteria: BooleanCriteria, values: unknown[]): this {
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  whenNumberLessThan(number: number): this {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  setGradientMaxpoint(_color: string): this {
    return notSupported('ConditionalFormatRuleBuilder gradient rules');
  }
}
