// Shared base of the SpreadsheetApp sandbox classes, and the typing helper that checks each
// class against @types/google-apps-script for the methods it implements. (Declared methods a class
// lacks throw "not supported" at the boundary: sandbox/declarations.ts.)
import { methodSignatureError } from '../services/support';
import { SandboxObject, unwrap } from '../env';
import type { Rect } from './a1';

export abstract class SpreadsheetObject extends SandboxObject {
  readonly serviceName = 'SpreadsheetApp';
}

/** A range as validations, conditional format rules and charts keep it: by sheet name and rect. */
export interface SheetRect {
  sheetName: string;
  rect: Rect;
}

/** Hands a kept SheetRect back to the bundle as a Range. */
export type RangeOf = (r: SheetRect) => unknown;

/** A Range handed back by the bundle, reduced to what a rule keeps. */
export interface RangeLike {
  sheetName(): string;
  rect(): Rect;
}

/** Where a Range the bundle passed in lies. */
export function sheetRectOf(range: unknown): SheetRect {
  const r = unwrap(range as object) as RangeLike;
  return { sheetName: r.sheetName(), rect: r.rect() };
}

/** Base of the objects over kept data (validations, conditional format rules, charts) and of their builders. */
export abstract class StoredDataObject<D> extends SpreadsheetObject {
  constructor(
    public data: D,
    protected readonly rangeOf: RangeOf,
  ) {
    super();
  }
}

/** A StoredDataObject whose data lists ranges (conditional format rules, charts). */
export abstract class StoredRangesObject<D extends { ranges: SheetRect[] }> extends StoredDataObject<D> {
  getRanges(): unknown[] {
    return this.data.ranges.map((r) => this.rangeOf(r));
  }
}

type Primitive = string | number | boolean | null | undefined | void | Date;
type Loose<R> = R extends Primitive
  ? R
  : R extends readonly (infer E)[]
    ? E extends Primitive | Primitive[]
      ? R
      : unknown
    : unknown;

/**
 * The Apps Script class T restricted to methods K, with parameters checked exactly and returned
 * sandbox objects allowed to be our own classes (they implement their Apps Script class the same way).
 */
export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Loose<R> : T[P];
};

/** Apps Script's wording for a wrong argument. */
export function invalidArgument(name: string): Error {
  return new Error(`Invalid argument: ${name}`);
}

/** Apps Script's error for a wrong-shaped argument, e.g. setValues([1,2,3]) (gas-fakes notes/oddities.md). */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return methodSignatureError(`SpreadsheetApp.${method}`, args);
}

/** Accepts Apps Script's overloads: a Date, a number of millis… (cross-realm safe). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
