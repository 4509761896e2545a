// SpreadsheetModel: a spreadsheet's state (state.ts) with the API objects built over it — the
// Spreadsheet, one Sheet per sheet (kept, so the same object comes back) and Ranges. It sits above
// the classes it builds, which reach each other through SpreadsheetState's abstract methods.
import type { Rect } from './a1';
import type { SheetModel } from './sheetModel';
import { SpreadsheetState } from './state';
import { Range } from './range';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

export class SpreadsheetModel extends SpreadsheetState {
  private api: Spreadsheet | null = null;
  private sheetApis = new Map<SheetModel, Sheet>();

  spreadsheetApi(): Spreadsheet {
    this.api ??= new Spreadsheet(this, (sheet) => this.sheetOf(sheet));
    return this.api;
  }

  sheetOf(sheet: SheetModel): Sheet {
    let s = this.sheetApis.get(sheet);
    if (!s) {
      s = new Sheet(this, sheet);
      this.sheetApis.set(sheet, s);
    }
    return s;
  }

  rangeOf(sheet: SheetModel, rect: Rect): Range {
    return new Range(this, sheet, rect);
  }

  override removeSheet(sheet: SheetModel): void {
    super.removeSheet(sheet);
    this.sheetApis.delete(sheet);
  }
}
