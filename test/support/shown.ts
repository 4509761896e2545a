// What a person is shown by the tracker during an action, gathered from the sandbox: alerts and
// prompts, toasts, the error a menu run or a trigger surfaces (Apps Script shows a thrown message
// in a red bar or an email), what a server call returns to the page, and the execution log of a
// function run from the script editor. Used to prove that every
// refusal and fault reaches people in Vietnamese, never as raw English.
import { expect } from 'vitest';
import type { ExecutionResult, Sandbox } from '../../sandbox/runtime';

/** A mark of where an action starts, so only what it showed is checked. */
export interface ShownMark {
  alerts: number;
  toasts: number;
}

export function markShown(sb: Sandbox): ShownMark {
  return { alerts: sb.ui.shown.length, toasts: sb.ui.toasts.length };
}

/** Every text shown since `mark`, plus the execution's error and any message it returned. */
export function shownSince(sb: Sandbox, mark: ShownMark, run?: ExecutionResult): string[] {
  const texts: string[] = [];
  for (const s of sb.ui.shown.slice(mark.alerts)) {
    if (s.kind === 'alert' || s.kind === 'prompt') texts.push([s.title, s.message].filter(Boolean).join('\n'));
  }
  for (const t of sb.ui.toasts.slice(mark.toasts)) texts.push([t.title, t.message].filter(Boolean).join('\n'));
  if (run?.error) texts.push(run.error.message);
  // Run from the script editor, a person reads the execution log.
  if (run?.execution.kind === 'editor') texts.push(...run.logs.map((l) => l.message));
  const result = run?.result as { message?: unknown; error?: unknown; errors?: unknown } | undefined;
  if (result && typeof result === 'object') {
    for (const v of [result.message, result.error]) if (typeof v === 'string' && v) texts.push(v);
    if (result.errors && typeof result.errors === 'object') {
      for (const v of Object.values(result.errors as Record<string, unknown>)) if (typeof v === 'string') texts.push(v);
    }
  }
  return texts;
}

// Words that only appear in the platform's English errors; our Vietnamese never uses them.
const ENGLISH =
  /\b(the|you|are|is|not|cannot|can't|please|error|failed|exception|invalid|permission|protected|service|argument|undefined|null|TypeError|ReferenceError)\b/i;
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** Vietnamese with diacritics, and none of the platform's English words. */
export function expectVietnamese(text: string): void {
  expect(text, 'shown text').toMatch(VIETNAMESE);
  expect(ENGLISH.exec(text)?.[0] ?? '', `English in: ${text}`).toBe('');
}

/** The action showed something, all of it Vietnamese. */
export function expectShownInVietnamese(sb: Sandbox, mark: ShownMark, run?: ExecutionResult): string[] {
  const texts = shownSince(sb, mark, run);
  expect(texts.length, 'something is shown').toBeGreaterThan(0);
  for (const t of texts) expectVietnamese(t);
  return texts;
}
