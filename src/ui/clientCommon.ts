// What every dialog and sidebar page shares: finding and making elements, the #status box, dates
// typed as dd/MM/yyyy, a server's Refusal shown (its message in #status, its field errors in the
// #error-FIELD boxes), and google.script.run as a promise (its failure worded in Vietnamese). Each
// NAME.client.ts imports it and esbuild bundles it into that page. Text is only ever set as textContent.
import type { Refusal } from '../contracts/refusal';
import { parseDateText } from '../core/dates';
import { commonClientMsg } from '../messages/common';

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
}
declare const google: { script: { run: Runner; host: { close(): void } } };

export type StatusKind = 'ok' | 'fail' | 'busy' | '';

export const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * A date box's text, typed dd/MM/yyyy whatever the browser's locale, as 'yyyy-MM-dd'; text that is
 * not a date goes as is, for the server to refuse next to its field.
 */
export function typedIsoDate(id: string): string {
  const text = $<HTMLInputElement>(id).value.trim();
  return text ? (parseDateText(text) ?? text) : '';
}

export function showStatus(kind: StatusKind, text: string): void {
  const box = $('status');
  box.className = `box ${kind}`;
  box.textContent = text;
}

/**
 * A server's refusal: its message in the status box (emptied when the field errors say it all), each
 * field error in that field's #error-FIELD box (a line each when a field has several), and the
 * field's input, by id in `inputOf`, marked invalid.
 */
export function showRefusal<F extends string>(refusal: Refusal<F>, inputOf: Partial<Record<F, string>> = {}): void {
  showStatus(refusal.message ? 'fail' : '', refusal.message);
  for (const e of refusal.errors) {
    const box = $(`error-${e.field}`);
    box.textContent = box.textContent ? `${box.textContent}\n${e.message}` : e.message;
    const input = inputOf[e.field];
    if (input) $(input).classList.add('invalid');
  }
}

/** Empties the #error-FIELD boxes showRefusal fills and unmarks the inputs it marked. */
export function clearFieldErrors(fields: readonly string[]): void {
  for (const f of fields) $(`error-${f}`).textContent = '';
  for (const node of Array.from(document.querySelectorAll('.invalid'))) node.classList.remove('invalid');
}

/** A server call that threw (or a bridge failure), shown in the status box. */
export function showFailure(error: unknown): void {
  const message =
    error instanceof Error
      ? error.message
      : error && typeof error === 'object' && 'message' in error
        ? String(error.message)
        : String(error);
  showStatus('fail', commonClientMsg.serverFailed(message));
}

/** google.script.run.NAME(...args): resolves with what the server function returned, rejects with its error. */
export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler(reject);
    (runner as unknown as Record<string, (...a: unknown[]) => void>)[name]!(...args);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
