// Exports a sandbox spreadsheet to .xlsx with exceljs (filled in below).
import type { SpreadsheetModel } from '../spreadsheet/model';
import { notSupported } from '../env';

export async function exportXlsx(_model: SpreadsheetModel, _path: string): Promise<void> {
  notSupported('xlsx export (in progress)');
}
