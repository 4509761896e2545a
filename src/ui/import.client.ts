// The import dialog's script (CCHC → import plan): sends a Docs link, pasted text or the Word upload form to
// importPreview, shows the tasks per area, the first items, the warnings and a choice for each table
// row that matched no task, and only then (every row placed) enables importConfirm. Its words come
// from src/messages/importPlan.ts; user text is only ever set as textContent.
import type { ImportDone, ImportPayload, ImportPreview, RowChoice } from '../contracts/importPlan';
import type { Refusal } from '../contracts/refusal';
import { importClientMsg as msg } from '../messages/importPlan';
import { $, callServer, closeDialog, el, showFailure, showRefusal, showStatus } from './clientCommon';

let previewed: string | null = null;
/** The mode the manager switched to in the preview; null lets the importer choose. */
let modePicked: ImportPreview['mode'] | null = null;
/** The pick that keeps a table row as a new task (sent as null); '' is no pick yet. */
const NEW_TASK = '+';

const kindPicked = (): string => (document.querySelector('input[name=kind]:checked') as HTMLInputElement).value;

function payload(): ImportPayload {
  const mode = modePicked ? { mode: modePicked } : {};
  return kindPicked() === 'doc'
    ? { kind: 'doc', ref: $<HTMLInputElement>('doc-ref').value, ...mode }
    : { kind: 'text', text: $<HTMLTextAreaElement>('plan-text').value, ...mode };
}

/** What the preview was made from: the payload, or the Word file picked (name, size, time). */
function sentKey(): string {
  if (kindPicked() !== 'docx') return JSON.stringify(payload());
  const file = $<HTMLInputElement>('docx-file').files?.[0];
  return file ? `docx:${file.name}:${file.size}:${file.lastModified}:${modePicked ?? ''}` : 'docx:';
}

const rowPicks = (): HTMLSelectElement[] => Array.from(document.querySelectorAll<HTMLSelectElement>('select.row-pick'));

/** The place picked for each table row the preview listed. */
function tableRows(): RowChoice[] {
  return rowPicks().map((pick) => ({ row: pick.dataset['row']!, task: pick.value === NEW_TASK ? null : pick.value }));
}

function busy(on: boolean): void {
  $<HTMLButtonElement>('preview-button').disabled = on;
  $<HTMLButtonElement>('confirm-button').disabled =
    on || previewed === null || previewed !== sentKey() || rowPicks().some((pick) => pick.value === '');
}

/** Sends the form to a server function; the page is usable again whatever the answer. */
function run<T>(fn: 'importPreview' | 'importConfirm', done: (value: T) => void): void {
  let sent: unknown;
  if (kindPicked() === 'docx') {
    // The form itself is the only argument; the row places ride in its hidden field.
    $<HTMLInputElement>('docx-table-rows').value = JSON.stringify(tableRows());
    $<HTMLInputElement>('docx-mode').value = modePicked ?? '';
    sent = $<HTMLFormElement>('docx-part');
  } else sent = { ...payload(), tableRows: tableRows() };
  callServer<T>(fn, sent).then(
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
  box.append(modeChoice(p), el('h3', msg.byArea));
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
  if (p.unmatchedRows.length) box.append(rowChoices(p));
  if (p.warnings.length) {
    box.append(el('h3', msg.warnings));
    const warnings = el('ul');
    for (const w of p.warnings) warnings.append(el('li', w, 'warn'));
    box.append(warnings);
  }
}

/** The mode the areas were read in, and the switch to the other one (a new preview, then the import). */
function modeChoice(p: ImportPreview): HTMLElement {
  const part = el('div');
  const label = el('label', msg.mode, 'field');
  const pick = el('select', '');
  pick.id = 'mode-pick';
  label.htmlFor = pick.id;
  for (const mode of ['cchc', 'plan'] as const) {
    const o = el('option', mode === p.suggestedMode ? msg.modeSuggested(msg.modes[mode]) : msg.modes[mode]);
    o.value = mode;
    o.selected = mode === p.mode;
    pick.append(o);
  }
  pick.addEventListener('change', () => {
    modePicked = pick.value as ImportPreview['mode'];
    $<HTMLButtonElement>('preview-button').click();
  });
  part.append(label, pick);
  return part;
}

/** "Dòng bảng chưa khớp": each row with a pick of the task it restates (its equals first) or a new task. */
function rowChoices(p: ImportPreview): HTMLElement {
  const part = el('div');
  part.id = 'unmatched-rows';
  part.append(el('h3', msg.unmatchedRows), el('div', msg.unmatchedHint, 'hint'));
  for (const r of p.unmatchedRows) {
    const label = el('label', msg.unmatchedRow(r.row, r.content, r.candidates), 'field');
    const pick = el('select', '', 'row-pick');
    pick.id = `row-${r.row}`;
    pick.dataset['row'] = r.row;
    label.htmlFor = pick.id;
    const option = (value: string, text: string) => {
      const o = el('option', text);
      o.value = value;
      pick.append(o);
    };
    option('', msg.pickTask);
    option(NEW_TASK, msg.addAsNew(r.area));
    const first = p.tasks.filter((t) => r.candidates.includes(t.code));
    for (const t of [...first, ...p.tasks.filter((t) => !r.candidates.includes(t.code))])
      option(t.code, msg.taskOption(t.code, t.content));
    pick.addEventListener('change', () => busy(false));
    part.append(label, pick);
  }
  return part;
}

function init(): void {
  for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=kind]'))) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      $('doc-part').classList.toggle('hidden', radio.value !== 'doc');
      $('text-part').classList.toggle('hidden', radio.value !== 'text');
      $('docx-part').classList.toggle('hidden', radio.value !== 'docx');
      busy(false);
    });
  }
  // Another plan: the importer chooses its mode again.
  const changed = () => {
    modePicked = null;
    busy(false);
  };
  for (const id of ['doc-ref', 'plan-text']) $(id).addEventListener('input', changed);
  $('docx-file').addEventListener('change', changed);
  $('docx-part').addEventListener('submit', (e) => e.preventDefault());
  $('preview-button').addEventListener('click', () => {
    // A form's empty file input is not sent: what the server would receive for it is not documented.
    if (kindPicked() === 'docx' && !$<HTMLInputElement>('docx-file').files?.length)
      return showStatus('fail', msg.pickWordFile);
    showStatus('busy', msg.reading);
    $('preview').replaceChildren();
    previewed = null;
    busy(true);
    const sent = sentKey();
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
