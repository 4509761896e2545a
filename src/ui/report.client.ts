// The report dialog's script (CCHC → create report): fills the form from reportLoad; the first
// click sends it to reportPreview (dates as ISO strings, typed as dd/MM/yyyy whatever the browser's
// locale) and shows what the Doc will hold, with the internal proposals to tick in; the second click,
// on the same form, sends it to reportBuild. It shows the server's field errors and, at the end,
// the link to the Doc. Its words come from
// src/messages/report.ts; server text is only ever set as textContent.
import type {
  ReportBuildResult,
  ReportField,
  ReportLoadResult,
  ReportPayload,
  ReportPreview,
} from '../contracts/report';
import type { Refusal } from '../contracts/refusal';
import { reportClientMsg as msg } from '../messages/report';
import { formatVn } from '../messages/format';
import {
  $ as byId,
  callServer,
  clearFieldErrors,
  closeDialog,
  showFailure,
  showRefusal,
  showStatus,
  typedIsoDate,
} from './clientCommon';

const $ = <T extends HTMLElement = HTMLInputElement>(id: string): T => byId<T>(id);
const FIELDS: readonly ReportField[] = [
  'period',
  'from',
  'to',
  'reportDate',
  'number',
  'signerName',
  'recipients',
  'form',
];
let loaded: ReportLoadResult | null = null;
/** The form (as sent) the preview on screen was made from; null: the next click previews. */
let previewed: string | null = null;

function failed(error: unknown): void {
  setBusy(false);
  showFailure(error);
}

function setBusy(busy: boolean): void {
  $<HTMLButtonElement>('submit').disabled = busy || !loaded;
}

function signer(): 'principal' | 'deputy' {
  return (document.querySelector('input[name=signer]:checked') as HTMLInputElement | null)?.value === 'deputy'
    ? 'deputy'
    : 'principal';
}

/** Any change to the form drops the preview: the next click previews again. */
function resetPreview(): void {
  previewed = null;
  $('preview').hidden = true;
  $('preview').replaceChildren();
  $('submit').textContent = msg.previewLabel;
}

function refresh(): void {
  $('custom-range').hidden = $<HTMLSelectElement>('period').value !== 'custom';
  $('signer-name').hidden = signer() !== 'deputy';
  const blank = $('blank-number').checked;
  $('number').disabled = blank;
  const n = $('number').value.trim();
  $('number-preview').textContent = loaded ? msg.numberLine(blank ? '     ' : n.padStart(2, '0'), loaded.docCode) : '';
}

function fill(data: ReportLoadResult): void {
  loaded = data;
  const select = $<HTMLSelectElement>('period');
  for (const p of [...data.periods, { value: 'custom', label: data.customLabel }]) {
    const option = document.createElement('option');
    option.value = p.value;
    option.textContent = p.label;
    select.appendChild(option);
  }
  select.value = data.defaultPeriod;
  // Several plans in the tracker (Nguồn): the report is on all of them or on one.
  const plan = $<HTMLSelectElement>('plan');
  for (const [value, label] of [['', msg.allPlans], ...data.plans.map((p) => [p, p])] as const) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    plan.appendChild(option);
  }
  $('plan-part').hidden = data.plans.length < 2;
  $('report-date').value = formatVn(data.today);
  $('number').value = data.nextNumber;
  $('principal-label').textContent = msg.principal(data.principalName);
  $<HTMLTextAreaElement>('recipients').value = data.recipients.join('\n');
  refresh();
  setBusy(false);
}

const INPUT_OF: Partial<Record<ReportField, string>> = {
  period: 'period',
  from: 'from',
  to: 'to',
  reportDate: 'report-date',
  number: 'number',
  signerName: 'signer-name',
  recipients: 'recipients',
};

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = text;
  return a;
}

function done(result: ReportBuildResult): void {
  setBusy(false);
  if (result.ok) {
    resetPreview();
    showStatus('ok', `${msg.done(result.name)}\n`);
    const status = $('status');
    status.appendChild(link(result.url, msg.openDoc));
    if (result.pdfUrl) status.appendChild(link(result.pdfUrl, msg.openPdf));
    const next = Number(result.number.split('/')[0]);
    if (Number.isInteger(next) && next > 0) $('number').value = String(next + 1).padStart(2, '0');
    refresh();
  } else {
    showRefusal(result, INPUT_OF);
  }
}

function line(tag: 'div' | 'li', text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function showPreview(key: string, p: ReportPreview): void {
  setBusy(false);
  showStatus('', '');
  previewed = key;
  const box = $('preview');
  const sections = document.createElement('ul');
  for (const s of p.sections) sections.appendChild(line('li', msg.section(s.title, s.items)));
  box.replaceChildren(
    line('div', msg.previewTitle),
    line('div', msg.pages(p.pages.body, p.pages.annex)),
    sections,
    line('div', msg.withoutEvidence(p.doneWithoutEvidence.count, p.doneWithoutEvidence.codes)),
  );
  if (p.internalProposals.length) {
    box.appendChild(line('div', msg.internalTitle));
    for (const g of p.internalProposals) {
      const label = document.createElement('label');
      label.className = 'check';
      const box2 = document.createElement('input');
      box2.type = 'checkbox';
      box2.className = 'internal';
      box2.value = g.key;
      label.append(box2, ` ${msg.internalItem(g.text, g.codes)}`);
      box.appendChild(label);
    }
  }
  box.appendChild(line('div', msg.previewHint));
  box.hidden = false;
  $('submit').textContent = msg.buildLabel;
}

function previewDone(key: string, result: ReportPreview | Refusal<ReportField>): void {
  setBusy(false);
  if (result.ok) showPreview(key, result);
  else showRefusal(result, INPUT_OF);
}

function submit(): void {
  clearFieldErrors(FIELDS);
  setBusy(true);
  const payload: ReportPayload = {
    period: $<HTMLSelectElement>('period').value,
    from: typedIsoDate('from'),
    to: typedIsoDate('to'),
    reportDate: typedIsoDate('report-date'),
    blankNumber: $('blank-number').checked,
    number: $('number').value,
    signer: signer(),
    signerName: $('signer-name').value,
    recipients: $<HTMLTextAreaElement>('recipients').value.split('\n'),
    pdf: $('pdf').checked,
    plan: $<HTMLSelectElement>('plan').value,
  };
  const key = JSON.stringify(payload);
  if (previewed !== key) {
    showStatus('busy', msg.previewing);
    callServer<ReportPreview | Refusal<ReportField>>('reportPreview', payload).then((r) => previewDone(key, r), failed);
    return;
  }
  showStatus('busy', msg.building);
  const includeInternal = Array.from(document.querySelectorAll<HTMLInputElement>('input.internal:checked')).map(
    (el) => el.value,
  );
  callServer<ReportBuildResult>('reportBuild', { ...payload, includeInternal }).then(done, failed);
}

for (const id of ['period', 'blank-number', 'number'])
  for (const ev of ['input', 'change']) $(id).addEventListener(ev, refresh);
for (const el of Array.from(document.querySelectorAll('input[name=signer]'))) el.addEventListener('change', refresh);
// Any edit of the form (the preview's own ticks aside) asks for a new preview.
for (const el of Array.from(document.querySelectorAll('input:not(.internal), select, textarea')))
  for (const ev of ['input', 'change']) el.addEventListener(ev, resetPreview);
$('submit').addEventListener('click', submit);
$('close').addEventListener('click', closeDialog);
callServer<ReportLoadResult>('reportLoad').then(fill, failed);
