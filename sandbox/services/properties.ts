// PropertiesService: script, user (per effective user) and document stores of strings, with the
// quota page's limits: 9 KB per value, 500 KB per store (keys and values, UTF-8 bytes).
import { SandboxObject } from '../env';
import { PerScope, ScopedService, type Scope } from './support';

type GasProperties = GoogleAppsScript.Properties.Properties;

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
/** Apps Script's texts (seen in public issue threads). */
export const PROPERTY_ERRORS = {
  valueTooLarge: 'Argument too large: value',
  storeFull: 'You have exceeded the property storage quota. Please remove some properties and try again.',
} as const;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class PropertyStore {
  readonly values = new Map<string, string>();
  size(): number {
    let total = 0;
    for (const [k, v] of this.values) total += bytes(k) + bytes(v);
    return total;
  }
  /** Applies writes all-or-nothing, checking the limits first. */
  write(entries: [string, string][], deleteAllOthers = false): void {
    const next = new Map(deleteAllOthers ? [] : this.values);
    for (const [k, v] of entries) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error(PROPERTY_ERRORS.valueTooLarge);
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT_BYTES) throw new Error(PROPERTY_ERRORS.storeFull);
    this.values.clear();
    for (const [k, v] of next) this.values.set(k, v);
  }
}

export class PropertiesImpl
  extends SandboxObject
  implements
    Pick<
      GasProperties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
      | 'getKeys'
    >
{
  readonly serviceName = 'PropertiesService';
  readonly className = 'Properties';
  constructor(private readonly store: PropertyStore) {
    super();
  }
  private self(): GasProperties {
    return this as unknown as GasProperties;
  }
  getProperty(key: string): string | null {
    return this.store.values.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): GasProperties {
    this.store.write([[String(key), String(value)]]);
    return this.self();
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): GasProperties {
    this.store.write(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      Boolean(deleteAllOthers),
    );
    return this.self();
  }
  /** A copy, not a live view. */
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store.values);
  }
  deleteProperty(key: string): GasProperties {
    this.store.values.delete(String(key));
    return this.self();
  }
  deleteAllProperties(): GasProperties {
    this.store.values.clear();
    return this.self();
  }
  getKeys(): string[] {
    return [...this.store.values.keys()];
  }
}

export class PropertiesServiceImpl
  extends ScopedService<GasProperties>
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'
    >
{
  readonly serviceName = 'PropertiesService';
  readonly className = 'PropertiesService';
  private readonly stores = new PerScope(() => new PropertyStore());
  getScriptProperties(): GasProperties {
    return this.of('script');
  }
  /** "The current user of a script": the effective user of the execution. */
  getUserProperties(): GasProperties {
    return this.ofUser();
  }
  getDocumentProperties(): GasProperties {
    return this.of('document');
  }
  protected of(scope: Scope): GasProperties {
    return new PropertiesImpl(this.stores.get(scope)) as unknown as GasProperties;
  }
}
