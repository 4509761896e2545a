// The "Nhiệm vụ của tôi" web page's script (a phone first): loads the person's tasks with
// myTasksLoad and lists them by group (a manager also gets the Chờ xác nhận queue on top, with
// Xác nhận and Trả lại); a card, or the ?task= code doGet printed as data-focus, opens the task's
// form. Saving sends only the fields the person changed, with the values as loaded as `base`; a
// field changed in the sheet meanwhile comes back as a conflict, both values shown, and the
// person's choice is sent again against the sheet's new values. The upload form goes to
// myTasksUpload as a form element (its file input reaching the server as a Blob), after a size and
// type check here that the server repeats. The file input's accept list and the size limit are the
// contract's, printed into the page by the build (scripts/build.ts). Words from src/messages/myTasksPage.ts; server text
// only ever set as textContent.
import type {
  EvidenceView,
  FieldConflict,
  MyTaskConfirmAnswer,
  MyTaskGroup,
  MyTaskSaveAnswer,
  MyTaskSavePayload,
  MyTasksLoadAnswer,
  MyTasksPage,
  MyTaskView,
  PageField,
  PageFields,
  SendBackPayload,
  UPLOAD_FORM_FIELDS,
} from '../contracts/myTasks';
import type { Refusal } from '../contracts/refusal';
import { myTasksMsg as serverMsg } from '../messages/myTasks';
import { myTasksClientMsg as msg } from '../messages/myTasksPage';
import { $ as byId, callServer, clearFieldErrors, el, showFailure, showRefusal, showStatus } from './clientCommon';

const $ = <T extends HTMLElement = HTMLInputElement>(id: string): T => byId<T>(id);

/** The page's groups, in the order they are listed. */
const GROUPS: readonly MyTaskGroup[] = ['overdue', 'dueSoon', 'inProgress', 'waiting', 'done'];
const FIELDS: readonly PageField[] = ['progressStatus', 'progress', 'result', 'difficulties', 'proposal'];
/** Every #error-FIELD box of the task form. */
const ERROR_BOXES = [...FIELDS, 'evidenceAdd', 'file', 'conflicts'] as const;
type FormField = PageField | 'evidenceAdd' | 'file';
const INPUT_OF: Partial<Record<FormField, string>> = {
  ...Object.fromEntries(FIELDS.map((f) => [f, `f-${f}`])),
  evidenceAdd: 'f-evidenceAdd',
  file: 'upload-file',
};
/** The upload form's field names, as the contract gives them (checked against it by type). */
const FORM_FIELDS: typeof UPLOAD_FORM_FIELDS = { code: 'code', file: 'file' };

const MEGABYTE = 1024 * 1024;

let page: MyTasksPage | null = null;
/** The task open in the form: its fields are the `base` the next save is measured against. */
let open: MyTaskView | null = null;
/** What each input showed when the task was filled in: a field is changed when its input differs. */
let shown: PageFields | null = null;
/** Conflicts on screen: each field's chosen side, null until the person picks one. */
let choices: Map<PageField, { conflict: FieldConflict; keep: 'sheet' | 'page' | null }> | null = null;

const megabytes = (bytes: number): string => (bytes / MEGABYTE).toFixed(1).replace('.', ',').replace(/,0$/, '');

/** The upload limits the build printed: the contract's accept list (types and extensions) and size. */
function uploadLimits(): { maxBytes: number; types: string[]; extensions: string[] } {
  const accept = $('upload-file')
    .accept.split(',')
    .map((s) => s.trim().toLowerCase());
  return {
    maxBytes: Number(document.body.dataset.maxBytes),
    types: accept.filter((a) => !a.startsWith('.')),
    extensions: accept.filter((a) => a.startsWith('.')),
  };
}

/** Why a chosen file cannot go up, or null: the server's rules, checked early to spare the upload. */
function fileProblem(file: File): string | null {
  const limits = uploadLimits();
  if (file.size > limits.maxBytes) return msg.fileTooLarge(file.name, megabytes(file.size));
  const type = file.type.toLowerCase();
  const extension = /\.[a-z0-9]+$/i.exec(file.name)?.[0]?.toLowerCase() ?? '';
  const known =
    limits.types.includes(type) ||
    ((type === '' || type === 'application/octet-stream') && limits.extensions.includes(extension));
  return known ? null : msg.fileWrongType(file.name);
}

function setBusy(busy: boolean): void {
  for (const b of Array.from(document.querySelectorAll('button'))) b.disabled = busy;
}

function failed(error: unknown): void {
  setBusy(false);
  showFailure(error);
}

function refused(refusal: Refusal<FormField>): void {
  setBusy(false);
  showRefusal(refusal, INPUT_OF);
}

/** A task's due line for its card and its form. */
function whenLine(task: MyTaskView): string {
  if (task.completedShown) return msg.completedLine(task.completedShown);
  return msg.dueLine(task.dueShown, task.daysLeft);
}

function card(task: MyTaskView): HTMLButtonElement {
  const button = el('button', '', 'card');
  button.type = 'button';
  button.dataset.code = task.code;
  button.append(el('div', task.code, 'code'), el('div', task.content, 'text'), el('div', whenLine(task), 'when'));
  button.addEventListener('click', () => openTask(task.code));
  return button;
}

function renderGroups(data: MyTasksPage): void {
  const groups = $('groups');
  groups.replaceChildren();
  if (data.tasks.length === 0) groups.append(el('p', msg.noTasks, 'hint'));
  for (const group of GROUPS) {
    const tasks = data.tasks.filter((t) => t.group === group);
    if (tasks.length === 0) continue;
    const section = el('section', '', `group group-${group}`);
    section.id = `group-${group}`;
    const list = el('ul', '', 'cards');
    for (const t of tasks) {
      const li = el('li');
      li.append(card(t));
      list.append(li);
    }
    section.append(el('h2', msg.groupCount(msg.groups[group], tasks.length)), list);
    groups.append(section);
  }
}

/** The manager's queue: each waiting task with Xác nhận, and Trả lại asking a reason first. */
function renderQueue(data: MyTasksPage): void {
  $('queue').hidden = !data.isManager;
  const items = $('queue-items');
  items.replaceChildren();
  if (data.isManager && data.waiting.length === 0) items.append(el('p', msg.queueEmpty, 'hint'));
  for (const task of data.waiting) {
    const item = el('div', '', 'queue-item');
    item.dataset.code = task.code;
    const confirm = el('button', msg.confirm, 'primary');
    confirm.type = 'button';
    confirm.className = 'primary confirm';
    const sendBack = el('button', msg.sendBack, 'secondary send-back');
    sendBack.type = 'button';
    const reasonId = `reason-${task.code}`;
    const reasonBox = el('div');
    reasonBox.hidden = true;
    const label = el('label', msg.sendBackReason(task.code), 'field');
    label.htmlFor = reasonId;
    const reason = el('textarea');
    reason.id = reasonId;
    reason.maxLength = 2000;
    const error = el('div', '', 'error');
    const submit = el('button', msg.sendBackSubmit, 'primary send-back-submit');
    submit.type = 'button';
    const cancel = el('button', msg.cancel, 'secondary');
    cancel.type = 'button';
    const reasonActions = el('div', '', 'actions');
    reasonActions.append(submit, cancel);
    reasonBox.append(label, reason, error, reasonActions);
    const actions = el('div', '', 'actions');
    actions.append(confirm, sendBack);
    item.append(
      el('div', task.code, 'code'),
      el('div', task.content, 'text'),
      el('div', msg.ownerLine(task.owner), 'hint'),
      el('div', whenLine(task), 'hint'),
      actions,
      reasonBox,
    );
    confirm.addEventListener('click', () => decide(callServer<MyTaskConfirmAnswer>('myTasksConfirm', [task.code])));
    sendBack.addEventListener('click', () => {
      reasonBox.hidden = false;
      reason.focus();
    });
    cancel.addEventListener('click', () => {
      reasonBox.hidden = true;
      error.textContent = '';
    });
    submit.addEventListener('click', () => {
      const text = reason.value.trim();
      error.textContent = text ? '' : msg.reasonRequired;
      reason.classList.toggle('invalid', !text);
      if (!text) return;
      const payload: SendBackPayload = { codes: [task.code], reason: text };
      decide(callServer<MyTaskConfirmAnswer>('myTasksSendBack', payload));
    });
    items.append(item);
  }
}

/** A confirm or send-back answer: its message, then the lists as the sheet now has them. */
function decide(call: Promise<MyTaskConfirmAnswer>): void {
  setBusy(true);
  showStatus('busy', msg.working);
  call
    .then((answer) => {
      if (!answer.ok) return refused(answer);
      return load().then(() => showStatus('ok', answer.message));
    })
    .catch(failed);
}

function showList(): void {
  open = null;
  setConflicts(null);
  $('detail').hidden = true;
  $('list').hidden = false;
}

function evidenceItem(item: EvidenceView): HTMLLIElement {
  const li = el('li');
  if (!item.url) {
    li.textContent = item.text;
    return li;
  }
  const a = el('a', item.text);
  a.href = item.url;
  a.target = '_blank';
  a.rel = 'noopener';
  li.append(a);
  return li;
}

/** The form filled with a task as the sheet holds it. */
function fillForm(task: MyTaskView): void {
  open = task;
  $('d-code').textContent = task.code;
  $('d-content').textContent = task.content;
  $('d-due').textContent = whenLine(task);
  $('d-condition').textContent = task.condition;
  $('d-owner').textContent = task.owner;
  $('d-coOwners').textContent = task.coOwners;
  const select = $<HTMLSelectElement>('f-progressStatus');
  select.replaceChildren();
  // A status the page does not offer (Chờ xác nhận) is shown as it is, so an untouched save keeps it.
  const statuses = page!.statuses.includes(task.fields.progressStatus)
    ? page!.statuses
    : [task.fields.progressStatus, ...page!.statuses];
  for (const s of statuses) select.append(Object.assign(el('option', s), { value: s }));
  for (const f of FIELDS) $(`f-${f}`).value = task.fields[f];
  shown = Object.fromEntries(FIELDS.map((f) => [f, typed(f)])) as PageFields;
  const evidence = $('d-evidence');
  evidence.replaceChildren(...(task.evidence.length ? task.evidence.map(evidenceItem) : [el('li', msg.noEvidence)]));
  $('upload-code').value = task.code;
}

function openTask(code: string): void {
  const task = page?.tasks.find((t) => t.code === code);
  if (!task) return;
  clearFieldErrors(ERROR_BOXES);
  showStatus('', '');
  setConflicts(null);
  $('f-evidenceAdd').value = '';
  $<HTMLInputElement>('upload-file').value = '';
  fillForm(task);
  $('list').hidden = true;
  $('detail').hidden = false;
  window.scrollTo(0, 0);
}

const typed = (f: PageField): string => $<HTMLInputElement>(`f-${f}`).value;

/** The fields whose input differs from what it showed for the task as loaded. */
function changedValues(): Partial<PageFields> {
  return Object.fromEntries(FIELDS.filter((f) => typed(f) !== shown![f]).map((f) => [f, typed(f)]));
}

/** The task as the server now has it, in the lists and (when open) in the form. */
function replaceTask(task: MyTaskView): void {
  if (!page) return;
  page.tasks = page.tasks.map((t) => (t.code === task.code ? task : t));
  page.waiting = page.waiting.filter((t) => t.code !== task.code || task.group === 'waiting');
  renderGroups(page);
  renderQueue(page);
  fillForm(task);
}

function send(payload: MyTaskSavePayload): void {
  clearFieldErrors(ERROR_BOXES);
  setBusy(true);
  showStatus('busy', msg.saving);
  callServer<MyTaskSaveAnswer>('myTasksSave', payload).then(saved).catch(failed);
}

function saved(answer: MyTaskSaveAnswer): void {
  setBusy(false);
  if (answer.ok) {
    setConflicts(null);
    $('f-evidenceAdd').value = '';
    replaceTask(answer.task);
    showStatus('ok', answer.message);
    $('status').scrollIntoView({ block: 'nearest' });
    return;
  }
  if ('conflicts' in answer) return conflicted(answer.conflicts, answer.task);
  refused(answer);
}

/**
 * The sheet changed under the person: fields they left alone take the sheet's new value, fields they
 * changed the same way stay, and each conflict waits for their choice. The new row is the next base.
 */
function conflicted(conflicts: FieldConflict[], task: MyTaskView): void {
  const next = { ...task.fields };
  for (const f of FIELDS) {
    if (typed(f) !== shown![f]) continue;
    $(`f-${f}`).value = task.fields[f];
    next[f] = typed(f);
  }
  open = task;
  shown = next;
  showStatus('', '');
  setConflicts(new Map(conflicts.map((c) => [c.field, { conflict: c, keep: null }])));
}

function choiceButton(field: PageField, keep: 'sheet' | 'page', text: string): HTMLButtonElement {
  const button = el('button', text, 'secondary');
  button.type = 'button';
  button.dataset.field = field;
  button.dataset.keep = keep;
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    const entry = choices?.get(field);
    if (!entry) return;
    entry.keep = keep;
    for (const b of Array.from(
      document.querySelectorAll<HTMLButtonElement>(`#conflict-items button[data-field="${field}"]`),
    ))
      b.setAttribute('aria-pressed', String(b.dataset.keep === keep));
  });
  return button;
}

function setConflicts(next: typeof choices): void {
  choices = next;
  const items = $('conflict-items');
  items.replaceChildren();
  $('conflicts').hidden = !next;
  $('resolve').hidden = !next;
  $('save').hidden = !!next;
  for (const { conflict } of next?.values() ?? []) {
    const box = el('div', '', 'conflict');
    box.dataset.field = conflict.field;
    const choicesBox = el('div', '', 'choices');
    choicesBox.append(
      choiceButton(conflict.field, 'sheet', msg.conflictSheet(conflict.sheet)),
      choiceButton(conflict.field, 'page', msg.conflictPage(conflict.page)),
    );
    box.append(el('div', conflict.label, 'code'), choicesBox);
    items.append(box);
  }
}

function save(): void {
  if (!open) return;
  send({ code: open.code, base: open.fields, values: changedValues(), evidenceAdd: $('f-evidenceAdd').value });
}

/** Sends the person's choices: each conflict's field takes the side they chose, against the sheet's new row. */
function resolve(): void {
  if (!open || !choices) return;
  const entries = [...choices.values()];
  if (entries.some((e) => e.keep === null)) {
    $('error-conflicts').textContent = msg.conflictChoose;
    return;
  }
  for (const { conflict, keep } of entries)
    $(`f-${conflict.field}`).value = keep === 'page' ? conflict.page : conflict.sheet;
  save();
}

/**
 * After an upload: the task as the server now has it (its new Minh chứng line), but what the person
 * typed and has not saved stays, measured against the values they loaded, so the next save still
 * sees a sheet change made meanwhile.
 */
function keepTyping(task: MyTaskView): void {
  const before = { base: open!.fields, shown: shown!, typed: changedValues() };
  setBusy(false);
  replaceTask(task);
  const fields = { ...task.fields };
  for (const f of Object.keys(before.typed) as PageField[]) {
    fields[f] = before.base[f];
    shown![f] = before.shown[f];
    $(`f-${f}`).value = before.typed[f]!;
  }
  open = { ...task, fields };
}

function upload(event: Event): void {
  event.preventDefault();
  if (!open) return;
  clearFieldErrors(ERROR_BOXES);
  const input = $<HTMLInputElement>('upload-file');
  const file = input.files?.[0];
  const problem = file ? fileProblem(file) : serverMsg.fileMissing;
  if (problem) return showRefusal({ ok: false, message: '', errors: [{ field: 'file', message: problem }] }, INPUT_OF);
  setBusy(true);
  showStatus('busy', msg.uploading);
  callServer<MyTaskSaveAnswer>('myTasksUpload', $<HTMLFormElement>('upload-form'))
    .then((answer) => {
      if (!answer.ok) return saved(answer);
      input.value = '';
      keepTyping(answer.task);
      showStatus('ok', answer.message);
    })
    .catch(failed);
}

function loaded(answer: MyTasksLoadAnswer): void {
  setBusy(false);
  if (!answer.ok) {
    $('list').hidden = true;
    $('detail').hidden = true;
    showRefusal(answer);
    return;
  }
  page = answer;
  $('person').textContent = msg.greeting(answer.person.name);
  $('today').textContent = msg.today(answer.todayShown);
  renderQueue(answer);
  renderGroups(answer);
  showStatus('', '');
  if (!open) $('list').hidden = false;
}

function load(): Promise<void> {
  return callServer<MyTasksLoadAnswer>('myTasksLoad').then(loaded);
}

function start(): void {
  $('upload-code').name = FORM_FIELDS.code;
  $('upload-file').name = FORM_FIELDS.file;
  $('upload-hint').textContent = msg.uploadHint(megabytes(uploadLimits().maxBytes));
  $('back').addEventListener('click', showList);
  $('save').addEventListener('click', save);
  $('resolve').addEventListener('click', resolve);
  $('upload-form').addEventListener('submit', upload);
  const focus = document.body.dataset.focus ?? '';
  load()
    .then(() => {
      if (!focus || !page) return;
      if (page.tasks.some((t) => t.code === focus)) openTask(focus);
      else showStatus('fail', msg.notYourTask(focus));
    })
    .catch(failed);
}

start();
