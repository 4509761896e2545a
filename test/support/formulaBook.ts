// A bare HyperFormula workbook shaped like the tracker (Nhiệm vụ with columns found by header,
// Cấu hình with N), for testing formula builders without the sandbox. TODAY() follows the system
// clock, so tests pin it with vi.setSystemTime.
import { HyperFormula } from 'hyperformula';
import { dayNumber } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import { SHEETS, type TaskColumnKey } from '../../src/core/schema';

/** Sheets' serial for a calendar date (1899-12-30 is 0). */
export const serial = (d: IsoDate): number => dayNumber(d) + 25569;

export interface RowInput {
  code?: string;
  content?: string;
  area?: string;
  owner?: string;
  dueDate?: IsoDate | null;
  planNote?: string;
  progressStatus?: string;
  completedDate?: IsoDate | null;
  evidence?: string;
}

/** A user column first and the task columns in a shuffled order, to prove lookup by header. */
export const SHUFFLED_HEADER: string[] = ['Ghi chú riêng', ...[...SHEETS.tasks.columns].reverse().map((c) => c.header)];

export class FormulaBook {
  readonly hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  readonly tasks: number;
  readonly settings: number;
  readonly header: string[];

  constructor(header = SHUFFLED_HEADER, dueSoonDays = 3) {
    this.header = header;
    this.hf.addSheet(SHEETS.tasks.name);
    this.hf.addSheet(SHEETS.settings.name);
    this.hf.addSheet(SHEETS.dashboard.name);
    this.tasks = this.hf.getSheetId(SHEETS.tasks.name)!;
    this.settings = this.hf.getSheetId(SHEETS.settings.name)!;
    this.hf.setSheetContent(this.settings, [
      ['Tên trường', 'X'],
      ['Số ngày "sắp đến hạn"', dueSoonDays],
    ]);
    this.hf.setCellContents({ sheet: this.tasks, row: 0, col: 0 }, [header]);
  }

  /** 0-based column of a key's header. */
  col(key: TaskColumnKey): number {
    const def = SHEETS.tasks.columns.find((c) => c.key === key)!;
    return this.header.indexOf(def.header);
  }

  headerMap(): Map<TaskColumnKey, number> {
    return new Map(
      SHEETS.tasks.columns.map((c) => [c.key, this.col(c.key)] as [TaskColumnKey, number]).filter(([, i]) => i >= 0),
    );
  }

  /** Writes task rows from sheet row 2 on. */
  setRows(rows: readonly RowInput[]): void {
    const grid = rows.map((r) => {
      const line: (string | number | null)[] = this.header.map(() => null);
      const put = (k: TaskColumnKey, v: string | number | null | undefined) => {
        if (v !== undefined && v !== null && v !== '') line[this.col(k)] = v;
      };
      put('code', r.code);
      put('content', r.content);
      put('area', r.area);
      put('owner', r.owner);
      put('dueDate', r.dueDate ? serial(r.dueDate) : null);
      put('planNote', r.planNote);
      put('progressStatus', r.progressStatus);
      put('completedDate', r.completedDate ? serial(r.completedDate) : null);
      put('evidence', r.evidence);
      return line;
    });
    this.hf.setCellContents({ sheet: this.tasks, row: 1, col: 0 }, grid);
  }

  /** Writes a column of formulas (or values) from sheet row `firstRow` (1-based). */
  setColumn(sheet: number, col: number, firstRow: number, cells: readonly (readonly string[])[]): void {
    this.hf.setCellContents(
      { sheet, row: firstRow - 1, col },
      cells.map((r) => [...r]),
    );
  }

  value(sheet: number, row1: number, col0: number): unknown {
    const v = this.hf.getCellValue({ sheet, row: row1 - 1, col: col0 });
    if (v && typeof v === 'object' && 'type' in v)
      throw new Error(`formula error at row ${row1} col ${col0}: ${JSON.stringify(v)}`);
    return v;
  }
}
