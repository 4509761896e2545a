// The import dialog's script (CCHC → import plan): sends a Docs link or pasted text to
// importPreview, shows the tasks per area, the first items and the warnings, and only then enables
// importConfirm. Its words come from src/messages/importPlan.ts; user text is only ever set as
// textContent.
import type { ImportDone, ImportPayload, ImportPreview } from '../contracts/importPlan';
import type { Refusal } from '../contracts/refusal';
import { importClientMsg as msg } from '../messages/importPlan';
import { $, callServer, closeDialog, el, showFailure, showRefusal, showStatus } from './clientCommon';

let previewed: string | null = null;

function payload(): ImportPayload {
  const kind = (document.querySelector('input[name=kind]:checked') as HTMLInputElement).value;
  return kind === 'doc'
    ? { kind: 'doc', ref: $<HTMLInputElement>('doc-ref').value }
    : { kind: 'text', text: $<HTMLTextAreaElement>('plan-text').value };
}

function busy(on: boolean): void {
  $<HTMLButtonElement>('preview-button').disabled = on;
  $<HTMLButtonElement>('confirm-button').disabled = on || previewed === null || previewed !== JSON.stringify(payload());
}

/** Sends the form to a server function; the page is usable again whatever the answer. */
function run<T>(fn: 'importPreview' | 'importConfirm', done: (value: T) => void): void {
  callServer<T>(fn, payload()).then(
    (value) => {
      busy(false);
      done(value);
    },
    (error) => {
      busy(false);
      showFailure(error);
    },
  );
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
    showStatus('busy', msg.reading);
    $('preview').replaceChildren();
    previewed = null;
    busy(true);
    const sent = JSON.stringify(payload());
    run<ImportPreview | Refusal>('importPreview', (result) => {
      if (!result.ok) return showRefusal(result);
      previewed = sent;
      showStatus('', '');
      showPreview(result);
      busy(false);
    });
  });
  $('confirm-button').addEventListener('click', () => {
    showStatus('busy', msg.writing);
    busy(true);
    run<ImportDone | Refusal>('importConfirm', (result) => {
      if (!result.ok) return showRefusal(result);
      previewed = null;
      showStatus('ok', result.message);
      busy(false);
    });
  });
  $('close-button').addEventListener('click', closeDialog);
}

init();
