// The budget every bench enforces: a user action takes the same number of service calls whatever the
// number of tasks. A count that grows with the size fails the bench (npm run bench exits non-zero).
import { callsOf, type Execution } from '../sandbox/env';

const first = new Map<string, { size: number; count: number }>();

/**
 * Calls that give a sheet more rows when a write would run past its last one. Such a call is made at
 * most once per execution, whatever the size, so it is counted apart: more than one fails the budget.
 */
const ROOM_MAKERS = ['Sheet.insertRowsAfter', 'Sheet.insertRows'];

/** Records the calls of `service` for `label` at `size` and throws when an earlier size of the same label took another count. */
export function expectFlat(label: string, size: number, execution: Execution, service: string): number {
  let count = callsOf(execution, service);
  for (const method of ROOM_MAKERS) {
    const made = service === 'SpreadsheetApp' ? callsOf(execution, method) : 0;
    if (made > 1)
      throw new Error(`budget broken: ${label} called ${method} ${made} times at ${size} tasks (once at most)`);
    count -= made;
  }
  const key = `${label}|${service}`;
  const seen = first.get(key);
  if (!seen) first.set(key, { size, count });
  else if (seen.count !== count) {
    throw new Error(
      `budget broken: ${label} took ${count} ${service} calls at ${size} tasks and ${seen.count} at ${seen.size}`,
    );
  }
  return count;
}
