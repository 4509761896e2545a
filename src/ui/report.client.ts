// The report dialog's script (CCHC → create report): fills the form from reportLoad, sends it to
// reportBuild with dates as ISO strings (typed as dd/MM/yyyy whatever the browser's locale), shows
// the server's field errors and, at the end, the link to the Doc. Its words come from
// src/messages/report.ts; server text is only ever set as textContent.
import type { ReportBuildResult, ReportField, ReportLoadResult, ReportPayload } from '../contracts/report';
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

function submit(): void {
  clearFieldErrors(FIELDS);
  setBusy(true);
  showStatus('busy', msg.building);
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
  };
  callServer<ReportBuildResult>('reportBuild', payload).then(done, failed);
}

for (const id of ['period', 'blank-number', 'number'])
  for (const ev of ['input', 'change']) $(id).addEventListener(ev, refresh);
for (const el of Array.from(document.querySelectorAll('input[name=signer]'))) el.addEventListener('change', refresh);
$('submit').addEventListener('click', submit);
$('close').addEventListener('click', closeDialog);
callServer<ReportLoadResult>('reportLoad').then(fill, failed);
