// The "Nhập kế hoạch" dialog's script: sends a Docs link or pasted text to importPreview, shows the
// tasks per area, the first items and the warnings, and only then enables importConfirm. User text
// is only ever set as textContent.
import type { ImportDone, ImportPayload, ImportPreview, Refusal } from '../app/importPlan';
import { importClientMsg as msg } from '../messages/importPlan';

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  importPreview(payload: ImportPayload): void;
  importConfirm(payload: ImportPayload): void;
}
declare const google: { script: { run: Runner; host: { close(): void } } };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let previewed: string | null = null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function payload(): ImportPayload {
  const kind = (document.querySelector('input[name=kind]:checked') as HTMLInputElement).value;
  return kind === 'doc' ? { kind: 'doc', ref: $<HTMLInputElement>('doc-ref').value } : { kind: 'text', text: $<HTMLTextAreaElement>('plan-text').value };
}

function status(kind: 'ok' | 'fail' | 'busy' | '', text: string): void {
  const box = $('status');
  box.className = `box ${kind}`;
  box.textContent = text;
}

function busy(on: boolean): void {
  $<HTMLButtonElement>('preview-button').disabled = on;
  $<HTMLButtonElement>('confirm-button').disabled = on || previewed === null || previewed !== JSON.stringify(payload());
}

function run(fn: 'importPreview' | 'importConfirm', done: (value: unknown) => void): void {
  google.script.run
    .withSuccessHandler((value) => {
      busy(false);
      done(value);
    })
    .withFailureHandler((error) => {
      busy(false);
      status('fail', msg.failed(error && error.message ? error.message : String(error)));
    })[fn](payload());
}

function showPreview(p: ImportPreview): void {
  const box = $('preview');
  box.replaceChildren();
  box.append(el('h3', msg.total(p.total, p.source)));
  box.append(el('h3', msg.byArea));
  const table = el('table');
  for (const { area, count } of p.byArea) {
    const tr = el('tr');
    tr.append(el('td', area), el('td', String(count), 'n'));
    table.append(tr);
  }
  box.append(table, el('h3', msg.first));
  const list = el('ul');
  for (const t of p.first) list.append(el('li', `${t.code} — ${t.content}`));
  box.append(list, el('div', msg.changes(p.changes)));
  if (p.warnings.length) {
    box.append(el('h3', msg.warnings));
    const warnings = el('ul');
    for (const w of p.warnings) warnings.append(el('li', w, 'warn'));
    box.append(warnings);
  }
}

function init(): void {
  $('heading').textContent = msg.heading;
  $('from-doc').textContent = msg.fromDoc;
  $('from-text').textContent = msg.fromText;
  $('doc-label').textContent = msg.docLabel;
  $('doc-hint').textContent = msg.docHint;
  $('text-label').textContent = msg.textLabel;
  $('text-hint').textContent = msg.textHint;
  $('preview-button').textContent = msg.preview;
  $('confirm-button').textContent = msg.confirm;
  $('close-button').textContent = msg.close;
  for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=kind]'))) {
    radio.addEventListener('change', () => {
      const doc = radio.value === 'doc' && radio.checked;
      if (!radio.checked) return;
      $('doc-part').classList.toggle('hidden', !doc);
      $('text-part').classList.toggle('hidden', doc);
      busy(false);
    });
  }
  for (const id of ['doc-ref', 'plan-text']) $(id).addEventListener('input', () => busy(false));
  $('preview-button').addEventListener('click', () => {
    status('busy', msg.reading);
    $('preview').replaceChildren();
    previewed = null;
    busy(true);
    const sent = JSON.stringify(payload());
    run('importPreview', (value) => {
      const result = value as ImportPreview | Refusal;
      if (!result.ok) return status('fail', result.message);
      previewed = sent;
      status('', '');
      showPreview(result);
      busy(false);
    });
  });
  $('confirm-button').addEventListener('click', () => {
    status('busy', msg.writing);
    busy(true);
    run('importConfirm', (value) => {
      const result = value as ImportDone | Refusal;
      if (!result.ok) return status('fail', result.message);
      previewed = null;
      status('ok', result.message);
      busy(false);
    });
  });
  $('close-button').addEventListener('click', () => google.script.host.close());
}

init();
