// Shared plumbing of the sandbox services: methods of an Apps Script class that the sandbox does not
// reproduce are still defined, and throw "not supported in the sandbox: Class.method".
import { notSupported } from '../env';

/**
 * Defines each named method of the real Apps Script interface I that the class C does not implement
 * as one that throws notSupported, so the bundle never gets a silent `undefined`.
 */
export function declareUnsupported<I, C>(
  ctor: abstract new (...args: never[]) => C,
  className: string,
  names: readonly Exclude<keyof I & string, keyof C>[],
): void {
  for (const name of names) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      writable: true,
      value: function unsupported(): never {
        return notSupported(`${className}.${name}`);
      },
    });
  }
}

/** An Apps Script enum as the sandbox models it: each member is its own name. */
export function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { readonly [P in K]: P };
}
