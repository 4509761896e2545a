// Shared plumbing of the sandbox services: methods of an Apps Script class that the sandbox does not
// reproduce are still defined, and throw "not supported in the sandbox: Class.method".
import { notSupported, SandboxObject, type SandboxEnv } from '../env';

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

/** How Apps Script names an argument's type in a signature error: String, number, Boolean, number[]… */
function argumentType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `${v.length ? argumentType(v[0]) : 'Object'}[]`;
  if (Object.prototype.toString.call(v) === '[object Date]') return 'Date';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}

/** "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues." */
export function methodSignatureError(qualifiedMethod: string, args: readonly unknown[]): Error {
  return new Error(
    `The parameters (${args.map(argumentType).join(',')}) don't match the method signature for ${qualifiedMethod}.`,
  );
}

/** Whose a Properties store, a Cache or a Lock is: the script's, the document's, or one user's. */
export type Scope = 'script' | 'document' | `user:${string}`;

/**
 * Base of PropertiesService, CacheService and LockService: each hands out a script, a document and a
 * user instance, the user being the current execution's effective user.
 */
export abstract class ScopedService<T> extends SandboxObject {
  constructor(protected readonly env: SandboxEnv) {
    super();
  }
  protected abstract of(scope: Scope): T;
  protected ofUser(): T {
    return this.of(`user:${this.env.requireExecution().effectiveUserEmail.toLowerCase()}`);
  }
}

/** One value per scope, made on first use. */
export class PerScope<S> {
  private readonly values = new Map<Scope, S>();
  constructor(private readonly make: () => S) {}
  get(scope: Scope): S {
    let value = this.values.get(scope);
    if (value === undefined) this.values.set(scope, (value = this.make()));
    return value;
  }
}

/** An Apps Script enum as the sandbox models it: each member is its own name. */
export function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { readonly [P in K]: P };
}
