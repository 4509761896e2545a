// The assign sidebar's script (CCHC → assign tasks): loads the selection and the people
// (assignLoad), filters people with the core's diacritic-insensitive search, sends the form
// (assignSubmit) with dates as ISO strings (typed as dd/MM/yyyy whatever the browser's locale), and
// shows field errors, the reassignment question and the result. Its words come from
// src/messages/assign.ts; user text is only ever set as textContent.
import { searchAssignees } from '../core/assign/people';
import { formatVn } from '../messages/format';
import type { AssignField, AssignLoadResult, AssignPayload, AssignSubmitResult } from '../contracts/assign';
import { assignClientMsg as msg } from '../messages/assign';
import {
  $,
  callServer,
  clearFieldErrors,
  el,
  showFailure,
  showRefusal,
  showStatus,
  typedIsoDate,
} from './clientCommon';

type Option = AssignLoadResult['options'][number];

const MAX_SHOWN = 8;
const FIELDS: readonly AssignField[] = ['codes', 'ownerId', 'coOwnerIds', 'startDate', 'dueDate', 'note', 'form'];
const INPUT_OF: Partial<Record<AssignField, string>> = {
  ownerId: 'owner-search',
  coOwnerIds: 'co-search',
  startDate: 'start-date',
  dueDate: 'due-date',
  note: 'note',
};

let loaded: AssignLoadResult | null = null;
let owner: Option | null = null;
let coOwners: Option[] = [];

function failed(error: unknown): void {
  setBusy(false);
  showFailure(error);
}

function setBusy(busy: boolean): void {
  ($('submit') as HTMLButtonElement).disabled = busy || !loaded || loaded.tasks.length === 0;
  ($('reload') as HTMLButtonElement).disabled = busy;
}

function renderTasks(): void {
  const list = $('tasks');
  list.replaceChildren();
  if (!loaded) return;
  $('title').textContent = msg.title(loaded.tasks.length);
  for (const t of loaded.tasks) {
    const li = el('li');
    li.append(el('span', t.code, 'code'), document.createTextNode(t.text));
    const owner = [t.owner ? msg.currentOwner(t.owner) : msg.unassigned, t.due ? msg.due(t.due) : '']
      .filter(Boolean)
      .join(' · ');
    const line = el('span', owner, 'owner');
    if (t.ownerFlag) line.append(el('span', ` (${t.ownerFlag})`, 'flag'));
    li.append(line);
    list.append(li);
  }
  const problems = $('problems');
  problems.replaceChildren(...loaded.problems.map((p) => el('li', p)));
}

function renderChips(): void {
  const chip = (o: Option, onRemove: () => void) => {
    const c = el('span', o.label, 'chip');
    const x = el('button', msg.removeSign);
    x.title = msg.remove;
    x.type = 'button';
    x.addEventListener('click', onRemove);
    c.append(x);
    return c;
  };
  $('owner-chosen').replaceChildren(
    ...(owner
      ? [
          chip(owner, () => {
            owner = null;
            renderChips();
          }),
        ]
      : []),
  );
  $('co-chosen').replaceChildren(
    ...coOwners.map((o) =>
      chip(o, () => {
        coOwners = coOwners.filter((c) => c.id !== o.id);
        renderChips();
      }),
    ),
  );
}

/** A search box with its list of matches; picking calls onPick. */
function picker(inputId: string, listId: string, onPick: (o: Option) => void): void {
  const input = $(inputId) as HTMLInputElement;
  const list = $(listId);
  const render = () => {
    list.replaceChildren();
    if (!loaded || !input.value.trim()) return;
    const hits = searchAssignees(input.value, loaded.options).slice(0, MAX_SHOWN);
    if (hits.length === 0) {
      list.append(el('li', msg.noMatch, 'detail'));
      return;
    }
    for (const o of hits) {
      const li = el('li', o.label);
      li.dataset.id = o.id;
      if (o.detail) li.append(el('span', o.detail, 'detail'));
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(o);
      });
      list.append(li);
    }
  };
  const pick = (o: Option) => {
    onPick(o);
    input.value = '';
    list.replaceChildren();
    renderChips();
  };
  input.addEventListener('input', render);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !loaded) return;
    event.preventDefault();
    const first = searchAssignees(input.value, loaded.options)[0];
    if (first && input.value.trim()) pick(first);
  });
  input.addEventListener('blur', () => list.replaceChildren());
}

function payload(confirmReassign: boolean): AssignPayload {
  const typed = ($('owner-search') as HTMLInputElement).value.trim();
  return {
    codes: loaded ? loaded.tasks.map((t) => t.code) : [],
    ownerId: owner ? owner.id : typed,
    coOwnerIds: coOwners.map((o) => o.id),
    startDate: typedIsoDate('start-date'),
    dueDate: typedIsoDate('due-date'),
    note: ($('note') as HTMLTextAreaElement).value,
    sendEmail: ($('send-email') as HTMLInputElement).checked,
    confirmReassign,
  };
}

function submit(confirmReassign: boolean): void {
  clearFieldErrors(FIELDS);
  hideConfirm();
  setBusy(true);
  showStatus('busy', msg.saving);
  callServer<AssignSubmitResult>('assignSubmit', payload(confirmReassign)).then((result) => {
    setBusy(false);
    if (!result.ok) {
      showRefusal(result, INPUT_OF);
      return;
    }
    if (result.status === 'confirm') {
      showStatus('', '');
      showConfirm(result.message, result.lines);
      return;
    }
    showStatus('ok', [result.message, ...result.notices].join('\n'));
    load(false);
  }, failed);
}

function showConfirm(message: string, lines: readonly string[]): void {
  const box = $('confirm');
  const yes = el('button', msg.confirmYes, 'primary');
  const no = el('button', msg.confirmNo, 'secondary');
  yes.type = no.type = 'button';
  yes.id = 'confirm-yes';
  yes.addEventListener('click', () => submit(true));
  no.addEventListener('click', hideConfirm);
  const actions = el('div', '', 'actions');
  actions.append(yes, no);
  const list = el('ul');
  list.append(...lines.map((l) => el('li', l)));
  box.replaceChildren(el('div', message), list, actions);
  box.hidden = false;
}

function hideConfirm(): void {
  $('confirm').hidden = true;
  $('confirm').replaceChildren();
}

/** Reads the selection again; after a success the form keeps the people for the next batch. */
function load(resetForm: boolean): void {
  setBusy(true);
  if (resetForm) showStatus('busy', msg.loading);
  callServer<AssignLoadResult>('assignLoad').then((result) => {
    loaded = result;
    if (resetForm) {
      ($('send-email') as HTMLInputElement).checked = result.defaults.sendEmail;
      const start = $('start-date') as HTMLInputElement;
      if (!start.value) start.value = formatVn(result.defaults.startDate);
      showStatus('', '');
    }
    renderTasks();
    setBusy(false);
  }, failed);
}

picker('owner-search', 'owner-options', (o) => {
  owner = o;
  coOwners = coOwners.filter((c) => c.id !== o.id);
});
picker('co-search', 'co-options', (o) => {
  if (o.id !== owner?.id && !coOwners.some((c) => c.id === o.id)) coOwners.push(o);
});
$('submit').addEventListener('click', () => submit(false));
$('reload').addEventListener('click', () => {
  clearFieldErrors(FIELDS);
  hideConfirm();
  load(true);
});
load(true);
