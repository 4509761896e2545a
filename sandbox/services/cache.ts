// CacheService: script, user and document caches with expirations on the sandbox clock
// (default 600 s, at most 21,600 s), 250-character keys and 100 KB values.
import { SandboxObject, type SandboxEnv } from '../env';
import { PerScope, ScopedService, type Scope } from './support';

type GasCache = GoogleAppsScript.Cache.Cache;

export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21_600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class CacheImpl
  extends SandboxObject
  implements Pick<GasCache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  readonly serviceName = 'CacheService';
  readonly className = 'Cache';
  constructor(
    private readonly env: SandboxEnv,
    private readonly entries: Map<string, Entry>,
  ) {
    super();
  }
  get(key: string): string | null {
    const entry = this.entries.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.env.clock.nowMillis()) {
      this.entries.delete(String(key));
      return null;
    }
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    if (k.length > 250) throw new Error('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    const ttl = Math.min(Math.max(Number(expirationInSeconds ?? DEFAULT_TTL_S), 1), MAX_TTL_S);
    this.entries.set(k, { value: v, expiresAt: this.env.clock.nowMillis() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
}

export class CacheServiceImpl
  extends ScopedService<GasCache>
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache' | 'getDocumentCache'>
{
  readonly serviceName = 'CacheService';
  readonly className = 'CacheService';
  private readonly caches = new PerScope(() => new Map<string, Entry>());
  getScriptCache(): GasCache {
    return this.of('script');
  }
  getUserCache(): GasCache {
    return this.ofUser();
  }
  getDocumentCache(): GasCache {
    return this.of('document');
  }
  protected of(scope: Scope): GasCache {
    return new CacheImpl(this.env, this.caches.get(scope)) as unknown as GasCache;
  }
}
