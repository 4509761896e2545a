// Where an unfinished pull stands, in script properties (one key): the next execution continues
// from it instead of starting over (issue 15).
import { resumeFrom, type PullCursor } from '../../core/ward/pull';

const KEY = 'CCHC_WARD_PULL_CURSOR';

export function loadPullCursor(period: string): PullCursor | null {
  return resumeFrom(PropertiesService.getScriptProperties().getProperty(KEY), period);
}

export function savePullCursor(cursor: PullCursor): void {
  PropertiesService.getScriptProperties().setProperty(KEY, JSON.stringify(cursor));
}

export function clearPullCursor(): void {
  PropertiesService.getScriptProperties().deleteProperty(KEY);
}
