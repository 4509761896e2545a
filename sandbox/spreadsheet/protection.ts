// Protected ranges and sheets: editors per protection (mirroring the spreadsheet's editors until
// changed), warning-only protections, unprotected ranges inside a protected sheet, and the edit
// check shared by people typing and scripts writing (which run as the effective user).
import { SpreadsheetObject, sheetRectOf, type Implements } from './base';
import { contains, intersects, type Rect } from './a1';
import type { SheetModel } from './sheetModel';

/** Sheets' own text when someone (or a script running as them) edits a protected cell. */
export const PROTECTED_EDIT_ERROR =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheet: SheetModel;
  /** For RANGE protections; moves with inserted/deleted rows and columns. */
  rect: Rect | null;
  description: string;
  /** null: the spreadsheet's editors (until editors are added or removed). */
  editors: string[] | null;
  warningOnly: boolean;
  domainEdit: boolean;
  unprotected: Rect[];
  name: string;
}

export interface ProtectionHost {
  owner: string;
  editors(): string[];
  rangeOf(sheet: SheetModel, rect: Rect): unknown;
  sheetOf(sheet: SheetModel): unknown;
  removeProtection(p: ProtectionData): void;
}

const norm = (email: unknown): string => {
  const e = typeof email === 'string' ? email : ((email as { getEmail?: () => string })?.getEmail?.() ?? String(email));
  return e.trim().toLowerCase();
};

/**
 * Who may edit besides the owner: the spreadsheet's editors until changed. The owner can always edit
 * but is never listed (gas-fakes notes/oddities.md, "Protection.getEditors() and the Owner").
 */
export function editorsOf(p: ProtectionData, host: ProtectionHost): string[] {
  const list = p.editors ?? host.editors();
  return [...new Set(list.map(norm))].filter((e) => e !== norm(host.owner));
}

/** Whether `user` may change cells of `rect` on `sheet` given every protection there. */
export function canEditRect(
  protections: readonly ProtectionData[],
  host: ProtectionHost,
  user: string,
  sheet: SheetModel,
  rect: Rect,
): boolean {
  const who = norm(user);
  if (who === norm(host.owner)) return true;
  for (const p of protections) {
    if (p.sheet !== sheet || p.warningOnly) continue;
    if (p.type === 'RANGE' && p.rect && !intersects(p.rect, rect)) continue;
    if (p.type === 'SHEET' && p.unprotected.some((u) => contains(u, rect))) continue;
    if (!editorsOf(p, host).includes(who)) return false;
  }
  return true;
}

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
export class Protection
  extends SpreadsheetObject
  implements
    Implements<
      GasProtection,
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'canEdit'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'getDescription'
      | 'setDescription'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'getProtectionType'
      | 'getRange'
      | 'getRangeName'
      | 'remove'
      | 'getUnprotectedRanges'
      | 'setUnprotectedRanges'
    >
{
  readonly className = 'Protection';
  constructor(
    readonly data: ProtectionData,
    private readonly host: ProtectionHost,
    private readonly currentUser: () => string,
  ) {
    super();
  }
  private materialize(): string[] {
    if (!this.data.editors) this.data.editors = [...this.host.editors()].map(norm);
    return this.data.editors;
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const list = this.materialize();
    if (!list.includes(norm(emailAddress))) list.push(norm(emailAddress));
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  /** The owner (and the user running the script) cannot be removed, as in Sheets. */
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const who = norm(emailAddress);
    if (who === norm(this.host.owner) || who === norm(this.currentUser())) return this;
    this.data.editors = this.materialize().filter((e) => e !== who);
    return this;
  }
  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): this {
    for (const e of emailAddresses) this.removeEditor(e);
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return editorsOf(this.data, this.host).map((email) => ({ getEmail: () => email }));
  }
  canEdit(): boolean {
    const who = norm(this.currentUser());
    return who === norm(this.host.owner) || editorsOf(this.data, this.host).includes(who);
  }
  canDomainEdit(): boolean {
    return this.data.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.data.domainEdit = !!editable;
    return this;
  }
  getDescription(): string {
    return this.data.description;
  }
  setDescription(description: string): this {
    this.data.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.data.warningOnly = !!warningOnly;
    return this;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.data.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  /** A sheet protection's range spans the sheet and has no A1 notation (gas-fakes test/testsheetspermissions.js). */
  getRange(): unknown {
    const rect = this.data.rect ?? {
      row: 1,
      col: 1,
      numRows: this.data.sheet.maxRows,
      numCols: this.data.sheet.maxCols,
      open: { sheet: true },
    };
    return this.host.rangeOf(this.data.sheet, rect);
  }
  getRangeName(): string | null {
    return this.data.name || null;
  }
  remove(): void {
    this.host.removeProtection(this.data);
  }
  getUnprotectedRanges(): unknown[] {
    return this.data.unprotected.map((r) => this.host.rangeOf(this.data.sheet, r));
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.data.unprotected = ranges.map((r) => sheetRectOf(r).rect);
    return this;
  }
}
