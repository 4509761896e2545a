// The script lock around every write that follows a read.
import { commonMsg } from '../messages';
import { UserError } from '../core/errors';

export const LOCK_WAIT_MS = 10_000;

/** Runs fn under the script lock; after a bounded wait the user is told to retry, nothing written. */
export function withScriptLock<T>(fn: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new UserError(commonMsg.busy);
  try {
    return fn();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
