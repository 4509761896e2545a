// The member units listed on Đơn vị (issue 15): a row becomes a Unit keyed by its tracker's
// spreadsheet id (taken from the link), so a unit's pulled rows are found again whatever its row.
import * as z from '../zod';
import { nfc } from '../text';

export interface Unit {
  /** The tracker's spreadsheet id, or the link as typed when no id can be read from it. */
  key: string;
  /** The spreadsheet id read from the link; null when the link is empty or not a spreadsheet's. */
  spreadsheetId: string | null;
  name: string;
  type: string;
  link: string;
  email: string;
  responsible: string;
  /** 1-based sheet row at read time. */
  row: number;
}

const cellText = z.pipe(
  z.union([z.string(), z.number(), z.boolean(), z.date()]),
  z.transform((v) => (v instanceof Date ? '' : nfc(String(v)).trim())),
);
export const unitRowSchema = z.object({
  name: cellText,
  type: cellText,
  link: cellText,
  email: cellText,
  responsible: cellText,
});
export type UnitRowInput = z.input<typeof unitRowSchema>;

/**
 * The spreadsheet id in a Google Sheets link (https://docs.google.com/spreadsheets/d/<id>/…, any
 * /u/N/ account prefix), or a bare id pasted alone; null otherwise.
 */
export function spreadsheetIdOf(link: string): string | null {
  const url = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([-\w]{10,})/.exec(link.trim());
  if (url) return url[1]!;
  return /^[-\w]{25,}$/.test(link.trim()) ? link.trim() : null;
}

/** The units of Đơn vị's rows, blank rows skipped; row numbers are the sheet's. */
export function unitsOf(rows: readonly { row: number; cells: UnitRowInput }[]): Unit[] {
  return rows.flatMap(({ row, cells }) => {
    const parsed = unitRowSchema.safeParse(cells);
    if (!parsed.success) return [];
    const u = parsed.data;
    if (u.name === '' && u.link === '') return [];
    const spreadsheetId = spreadsheetIdOf(u.link);
    return [{ ...u, key: spreadsheetId ?? u.link, spreadsheetId, row }];
  });
}
