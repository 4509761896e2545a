// RangeList: the same operation applied to several ranges (selection, getRangeList).
import { SpreadsheetObject, type Implements } from './base';
import type { Range } from './range';

type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
export class RangeList
  extends SpreadsheetObject
  implements
    Implements<
      GasRangeList,
      | 'getRanges'
      | 'setValue'
      | 'setBackground'
      | 'setFontWeight'
      | 'setFontColor'
      | 'setNumberFormat'
      | 'clearContent'
      | 'clear'
      | 'activate'
      | 'check'
      | 'uncheck'
      | 'insertCheckboxes'
      | 'setNote'
      | 'clearNote'
      | 'setBorder'
      | 'clearDataValidations'
      | 'setWrap'
    >
{
  readonly className = 'RangeList';
  constructor(readonly ranges: Range[]) {
    super();
  }
  private all(fn: (r: Range) => unknown): this {
    for (const r of this.ranges) fn(r);
    return this;
  }
  getRanges(): Range[] {
    return [...this.ranges];
  }
  setValue(value: unknown): this {
    return this.all((r) => r.setValue(value));
  }
  setBackground(color: string | null): this {
    return this.all((r) => r.setBackground(color));
  }
  setFontWeight(fontWeight: string | null): this {
    return this.all((r) => r.setFontWeight(fontWeight));
  }
  setFontColor(color: string | null): this {
    return this.all((r) => r.setFontColor(color));
  }
  setNumberFormat(format: string): this {
    return this.all((r) => r.setNumberFormat(format));
  }
  setNote(note: string | null): this {
    return this.all((r) => r.setNote(note));
  }
  clearNote(): this {
    return this.all((r) => r.clearNote());
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): this {
    return this.all((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.all((r) => r.setWrap(isWrapEnabled));
  }
  clearContent(): this {
    return this.all((r) => r.clearContent());
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    return this.all((r) => r.clear(options));
  }
  clearDataValidations(): this {
    return this.all((r) => r.clearDataValidations());
  }
  check(): this {
    return this.all((r) => r.check());
  }
  uncheck(): this {
    return this.all((r) => r.uncheck());
  }
  insertCheckboxes(): this {
    return this.all((r) => r.insertCheckboxes());
  }
  /** The first range becomes the current cell's range, all are selected. */
  activate(): this {
    const first = this.ranges[0];
    if (!first) return this;
    first.model.selections.set(first.model.activeUser(), {
      sheet: first.sheetModel,
      rects: this.ranges.map((r) => r.rect()),
    });
    return this;
  }
}
