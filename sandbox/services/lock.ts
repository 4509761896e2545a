// LockService: script, user and document locks with mutual exclusion between simulated executions.
// Executions here run one after another, so "another execution holds the lock" is staged by the
// harness (hold / releaseHeld); waiting for it advances the sandbox clock by the whole timeout.
// A lock still held when its execution ends is released, as Apps Script does.
import { SandboxObject, type SandboxEnv } from '../env';
import { ScopedService, type Scope } from './support';

type GasLock = GoogleAppsScript.Lock.Lock;

export const LOCK_TIMEOUT_ERROR = 'Lock timeout: another process was holding the lock for too long.';
/** The holder of a lock staged by a test: "another process". */
export const EXTERNAL_HOLDER = -1;

export type LockKey = Scope;

export class LockTable {
  private readonly holders = new Map<LockKey, number>();
  holder(key: LockKey): number | undefined {
    return this.holders.get(key);
  }
  acquire(key: LockKey, executionId: number): void {
    this.holders.set(key, executionId);
  }
  release(key: LockKey, executionId: number): void {
    if (this.holders.get(key) === executionId) this.holders.delete(key);
  }
  releaseAllOf(executionId: number): void {
    for (const [key, holder] of [...this.holders]) if (holder === executionId) this.holders.delete(key);
  }
}

export class LockImpl
  extends SandboxObject
  implements Pick<GasLock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  readonly serviceName = 'LockService';
  readonly className = 'Lock';
  private acquiredBy: number | null = null;
  constructor(
    private readonly env: SandboxEnv,
    private readonly table: LockTable,
    private readonly key: LockKey,
  ) {
    super();
  }
  tryLock(timeoutInMillis: number): boolean {
    const me = this.env.requireExecution().id;
    const holder = this.table.holder(this.key);
    if (holder === undefined || holder === me) {
      this.table.acquire(this.key, me);
      this.acquiredBy = me;
      return true;
    }
    this.env.clock.advance(Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_ERROR);
  }
  releaseLock(): void {
    if (this.acquiredBy !== null) this.table.release(this.key, this.acquiredBy);
    this.acquiredBy = null;
  }
  hasLock(): boolean {
    return this.acquiredBy !== null && this.table.holder(this.key) === this.acquiredBy;
  }
}

export class LockServiceImpl
  extends ScopedService<GasLock>
  implements Pick<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getUserLock' | 'getDocumentLock'>
{
  readonly serviceName = 'LockService';
  readonly className = 'LockService';
  readonly table = new LockTable();
  getScriptLock(): GasLock {
    return this.of('script');
  }
  getUserLock(): GasLock {
    return this.ofUser();
  }
  getDocumentLock(): GasLock {
    return this.of('document');
  }
  protected of(key: LockKey): GasLock {
    return new LockImpl(this.env, this.table, key) as unknown as GasLock;
  }
}
