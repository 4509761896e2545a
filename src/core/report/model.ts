// The CCHC report as a neutral document model: the header and closing layout tables, the title,
// căn cứ, sections I–V (for a plan that is not CCHC: I. Kết quả thực hiện, one part per area, then
// II–IV) and the Phụ lục table, each paragraph tagged with its ND30 role
// (report/format.ts). Every figure comes from the status engine as of the end of the data window
// (never past the day the report is built). Wording comes from the Cấu hình template; task texts
// are copied verbatim (NFC-normalised), each cut at REPORT_CELL_CHARS so one pasted 50,000-character
// cell cannot swell the Doc.
import { AREAS, Area, TaskCondition, type IsoDate, type Task } from '../domain';
import { isCchcWork } from '../plan/mode';
import { parts } from '../dates';
import { formatVn } from '../../messages/format';
import { figuresByArea, figuresOf, taskState, type Figures } from '../status/engine';
import { clip, fold, nfc, formatPercentVn } from '../text';
import { parseEvidence } from '../evidence';
import { groupByText, isInternalProposal, joinLead, sentence, taskLabel, withoutFinalPunctuation } from './wording';
import type { Settings } from '../settings';
import {
  nextPeriod,
  nextWindow,
  periodPhrase,
  periodShortLabel,
  periodWindow,
  type Period,
  type PeriodWindow,
} from './periods';
import { ANNEX_COLUMNS, CLOSING_COLUMNS, HEADER_COLUMNS, type ParagraphRole } from './format';
import { reportMsg } from '../../messages/report';
import { reportPlaceholder as ph } from '../../messages/settings';

export type Signer = { kind: 'principal' } | { kind: 'deputy'; name: string };

export interface ReportRequest {
  period: Period;
  reportDate: IsoDate;
  /** The report's number for the year; null leaves it blank for the văn thư. */
  number: number | null;
  signer: Signer;
  recipients: readonly string[];
  /** The day the report is built: figures never look past it. */
  today: IsoDate;
  /** Internal proposals (ProposalGroup.key) the principal ticked back into section V. */
  includeInternal?: readonly string[];
  /** The plan reported on (its Nguồn); '' or absent: every plan of the tracker. */
  source?: string;
}

/** A hyperlink over text[start, end). */
export interface Link {
  start: number;
  end: number;
  url: string;
}

export interface Paragraph {
  role: ParagraphRole;
  text: string;
  links?: readonly Link[];
}

/** A Phụ lục cell: its text (lines split by "\n") and the links over it. */
export interface Cell {
  text: string;
  links?: readonly Link[];
}

export type Block =
  | { kind: 'paragraph'; paragraph: Paragraph }
  /** A borderless table used for layout: rows of cells, each cell a list of paragraphs. */
  | { kind: 'layout'; name: 'header' | 'closing'; widths: readonly number[]; rows: Paragraph[][][] }
  /** The Phụ lục table: a header row and one row per task. */
  | { kind: 'table'; widths: readonly number[]; header: readonly string[]; rows: Cell[][] }
  | { kind: 'pageBreak' };

export interface ReportModel {
  /** The Doc's name: "BC CCHC Quý I 2026 - TH Mỹ Thịnh". */
  name: string;
  /** "Quý I năm 2026", for the register. */
  periodLabel: string;
  numberText: string;
  /** "05/BC-THMT" ("     /BC-THMT" when left blank): what the register records. */
  numberRef: string;
  window: PeriodWindow;
  /** The date the figures are computed on. */
  asOf: IsoDate;
  figures: Figures;
  byArea: { area: string; figures: Figures }[];
  blocks: Block[];
  /** Every proposal group, the internal ones marked (the preview lists those left out). */
  proposals: ProposalGroup[];
}

/** Google Docs holds up to 1.02 million characters a document (Drive help, "Files you can store in Google Drive"). */
export const DOC_CHARACTER_LIMIT = 1_020_000;

/** The characters the Doc of `model` will hold: every paragraph and table cell, each with its break. */
export function reportCharacterCount(model: ReportModel): number {
  const paragraphs = (ps: readonly Paragraph[]): number => ps.reduce((n, p) => n + p.text.length + 1, 0);
  let count = 0;
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') count += paragraphs([block.paragraph]);
    else if (block.kind === 'layout') for (const row of block.rows) for (const cell of row) count += paragraphs(cell);
    else if (block.kind === 'table')
      for (const row of [block.header.map((text) => ({ text })), ...block.rows])
        for (const cell of row) count += cell.text.length + 1;
    else count += 1;
  }
  return count;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The number as written: blank for the văn thư to fill in. */
export const numberPart = (number: number | null): string => (number === null ? '     ' : pad2(number));

/** "Số: 05/BC-THMT", or "Số:      /BC-THMT" for the văn thư to fill in. */
export function numberLine(number: number | null, docCode: string): string {
  return reportMsg.numberLine(numberPart(number), docCode);
}

/** "Mỹ Lộc, ngày 05 tháng 01 năm 2026": day < 10 and months 1–2 take a leading zero (ND30). */
export function placeDateLine(place: string, date: IsoDate): string {
  const { year, month, day } = parts(date);
  return reportMsg.placeDate(place, pad2(day), month < 3 ? pad2(month) : String(month), year);
}

/** "Trường Tiểu học Mỹ Thịnh" → "TH Mỹ Thịnh", for file names. */
export function shortSchoolName(schoolName: string): string {
  const rules: [RegExp, string][] = [
    [/^trường\s+tiểu học\s+/iu, 'TH '],
    [/^trường\s+trung học cơ sở\s+/iu, 'THCS '],
    [/^trường\s+trung học phổ thông\s+/iu, 'THPT '],
    [/^trường\s+mầm non\s+/iu, 'MN '],
    [/^trường\s+/iu, ''],
  ];
  const name = nfc(schoolName).trim();
  for (const [re, to] of rules) if (re.test(name)) return name.replace(re, to);
  return name;
}

/** Fills {placeholders} (matched case-insensitively); unknown ones are left as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return nfc(template).replace(/\{([^{}]+)\}/g, (whole, key: string) => values[nfc(key).trim().toLowerCase()] ?? whole);
}

/** What the rate sentence states: a school's Figures, or the ward's sums of its units' (src/core/ward/report.ts). */
export type RateFigures = Pick<
  Figures,
  'total' | 'due' | 'doneOfDue' | 'doneLate' | 'overdue' | 'completionRate' | 'onTimeRate'
>;

/** The rate sentence; with nothing due it says so instead of dividing by zero. */
export function rateSentence(f: RateFigures, settings: Pick<Settings, 'reportRate' | 'reportRateNoneDue'>): string {
  const values: Record<string, string> = {
    [ph.total]: String(f.total),
    [ph.due]: String(f.due),
    [ph.doneOfDue]: String(f.doneOfDue),
    // A late completion is always of a task already due, so on time = done of due − done late.
    [ph.onTime]: String(f.doneOfDue - f.doneLate),
    [ph.doneLate]: String(f.doneLate),
    [ph.rate]: formatPercentVn(f.completionRate),
    [ph.onTimeRate]: formatPercentVn(f.onTimeRate),
    [ph.overdue]: String(f.overdue),
  };
  return fillTemplate(f.due === 0 ? settings.reportRateNoneDue : settings.reportRate, values);
}

/** Recipients as Cấu hình writes them, one per item ("A; B; Lưu: VT", or a line each). */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Recipients as ND30 writes them: "- X;" each, the last "- X.", "Lưu: VT" added when missing. */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = recipients
    .map((r) =>
      nfc(r)
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  if (!items.some((r) => /^lưu\b/iu.test(r))) items.push(reportMsg.archive);
  return items.map((r, i) => `- ${r}${i === items.length - 1 ? '.' : ';'}`);
}

const URL_IN_TEXT = /https?:\/\/\S+/gu;

/** One evidence item as the report shows it: its words, and where it is when there is a link. */
export interface EvidenceShown {
  text: string;
  url?: string;
}

/**
 * A task's evidence items (core/evidence.ts: one a line, rich links included) as the report shows
 * them: a document reference by its số, ký hiệu and date, linked when it has a link; a bare link
 * as linked words, "Minh chứng N" for one task, or the task's code (and N when it has several)
 * where one line lists several tasks' evidence. A raw URL is never printed.
 */
export function evidenceShown(task: Pick<Task, 'evidence' | 'evidenceLinks'>, code?: string): EvidenceShown[] {
  const items = parseEvidence(task.evidence, task.evidenceLinks);
  const bare = items.filter((i) => !i.reference && !i.text.replace(URL_IN_TEXT, '').trim()).length;
  let n = 0;
  return items.map((item) => {
    const r = item.reference;
    const words = r
      ? reportMsg.evidenceReference(r.kind, r.number, r.code, formatVn(r.date), r.issuer ?? '')
      : withoutFinalPunctuation(item.text.replace(URL_IN_TEXT, '').replace(/\s+/gu, ' '));
    if (words) return item.url ? { text: words, url: item.url } : { text: words };
    n += 1;
    const text = code ? reportMsg.evidenceOf(code, bare > 1 ? n : null) : reportMsg.evidenceItem(n);
    return item.url ? { text, url: item.url } : { text };
  });
}

/** Text with the evidence items after `lead`, each linked where it has a URL ("Minh chứng: A; B."). */
function withEvidence(lead: string, items: readonly EvidenceShown[]): { text: string; links: Link[] } {
  const links: Link[] = [];
  let text = lead;
  items.forEach((item, i) => {
    text += i === 0 ? '' : '; ';
    if (item.url) links.push({ start: text.length, end: text.length + item.text.length, url: item.url });
    text += item.text;
  });
  return { text, links };
}

export const para = (role: ParagraphRole, text: string): Block => ({ kind: 'paragraph', paragraph: { role, text } });

/** What the ND30 header states: the agencies (upper-cased here), the number line, the place and date. */
export interface HeaderLines {
  parentAgency: string;
  issuingAgency: string;
  numberText: string;
  placeDate: string;
}

/**
 * The ND30 opening: the borderless header table (agencies and number | quốc hiệu, tiêu ngữ, place
 * and date), then BÁO CÁO and the trích yếu. The school's report and the ward's (src/core/ward/report.ts) share it.
 */
export function headerBlocks(lines: HeaderLines, subject: string): Block[] {
  return [
    {
      kind: 'layout',
      name: 'header',
      widths: HEADER_COLUMNS,
      rows: [
        [
          [
            { role: 'parentAgency', text: nfc(lines.parentAgency).toUpperCase() },
            { role: 'issuingAgency', text: nfc(lines.issuingAgency).toUpperCase() },
          ],
          [
            { role: 'nationalTitle', text: reportMsg.nationalTitle },
            { role: 'motto', text: reportMsg.motto },
          ],
        ],
        [[{ role: 'number', text: lines.numberText }], [{ role: 'placeDate', text: lines.placeDate }]],
      ],
    },
    para('docType', reportMsg.docType),
    para('subject', subject),
  ];
}

/** The ND30 closing: Nơi nhận (recipientLines) beside the signer's title lines and name. */
export function closingBlock(
  recipients: readonly string[],
  signerTitles: readonly string[],
  signerName: string,
): Block {
  return {
    kind: 'layout',
    name: 'closing',
    widths: CLOSING_COLUMNS,
    rows: [
      [
        [
          { role: 'recipientsLabel', text: reportMsg.recipientsLabel },
          ...recipientLines(recipients).map((text) => ({ role: 'recipients' as const, text })),
        ],
        [
          ...signerTitles.map((text) => ({ role: 'signerTitle' as const, text })),
          { role: 'signerName', text: signerName },
        ],
      ],
    ],
  };
}
const ROMAN = ['I', 'II', 'III', 'IV', 'V'] as const;

/** "II.1, III.1.2": the codes of a group's tasks (a task without a code is left out). */
const codesOf = (tasks: readonly Task[]): string =>
  tasks
    .map((t) => t.code)
    .filter(Boolean)
    .join(', ');

/** Characters of one cell's text in the report: a long result (5,000 characters) stays whole; a pasted dump is cut. */
export const REPORT_CELL_CHARS = 10_000;

/** NFC for every text a person typed (NFD Vietnamese from a paste stays the same words), bounded. */
function normalised(task: Task): Task {
  const text = (t: string) => clip(nfc(t), REPORT_CELL_CHARS);
  return {
    ...task,
    code: text(task.code),
    area: nfc(task.area),
    content: text(task.content),
    shortName: text(task.shortName),
    owner: text(task.owner),
    result: text(task.result),
    difficulties: text(task.difficulties),
    proposal: text(task.proposal),
    evidence: text(task.evidence),
    // A link past the cut is dropped with the text it was on.
    evidenceLinks: task.evidenceLinks.filter((l) => l.end <= text(task.evidence).length),
  };
}

/** Proposals grouped by identical text; those addressed to the school itself are internal. */
export interface ProposalGroup {
  /** The folded text: what the dialog sends back to tick an internal group in. */
  key: string;
  text: string;
  codes: string;
  internal: boolean;
}

export function proposalGroups(tasks: readonly Task[]): ProposalGroup[] {
  return groupByText(
    tasks.filter((t) => t.proposal),
    (t) => t.proposal,
  ).map((g) => ({ key: fold(g.text), text: g.text, codes: codesOf(g.items), internal: isInternalProposal(g.text) }));
}

export function buildReport(allTasks: readonly Task[], settings: Settings, request: ReportRequest): ReportModel {
  const window = periodWindow(request.period, settings.periodMode);
  const asOf = window.to < request.today ? window.to : request.today;
  const state = (t: Task) => taskState(t, asOf, settings.dueSoonDays);
  const source = nfc(request.source ?? '');
  const tasks = allTasks
    .map(normalised)
    .filter((t) => state(t).condition !== TaskCondition.RemovedFromPlan && (!source || nfc(t.source) === source));
  // A plan that is not CCHC (issue 16 §3): one part per area of its own, the title naming the plan.
  const cchc = isCchcWork(tasks);
  const plans = [...new Set(tasks.map((t) => nfc(t.source)).filter(Boolean))];
  const planName = plans.length === 1 ? plans[0]! : reportMsg.severalPlans;
  const figures = figuresOf(tasks, asOf, settings.dueSoonDays);
  const byArea = figuresByArea(tasks, asOf, settings.dueSoonDays);
  const phrase = periodPhrase(request.period);
  const schoolName = nfc(settings.schoolName);
  const numberText = numberLine(request.number, settings.docCode);
  const numberRef = reportMsg.numberRef(numberPart(request.number), settings.docCode);
  const blocks: Block[] = [];
  const heading = (i: number, text: string) => blocks.push(para('partHeading', `${ROMAN[i]}. ${nfc(text)}`));
  const item = (i: number, text: string) => blocks.push(para('itemHeading', `${i}. ${nfc(text)}`));

  const point = (text: string, links: readonly Link[] = []): void => {
    blocks.push({
      kind: 'paragraph',
      paragraph: links.length ? { role: 'point', text, links } : { role: 'point', text },
    });
  };
  /**
   * What was done in the window, for sections I and II: one line per task ("code short title: result;
   * Minh chứng: …"), a result written alike for several tasks once, with their codes.
   */
  const results = (areaTasks: readonly Task[]) => {
    const shown = areaTasks.filter(
      (t) => (t.result || t.evidence) && !(t.completedDate !== null && t.completedDate < window.from),
    );
    const withResult = shown.filter((t) => t.result);
    for (const g of groupByText(withResult, (t) => t.result)) {
      const lead =
        g.items.length === 1
          ? `- ${joinLead(taskLabel(g.items[0]!), g.text)}`
          : `- ${sentence(reportMsg.sharedResult(g.text, codesOf(g.items)))}`;
      const evidence = g.items.flatMap((t) => evidenceShown(t, g.items.length > 1 ? t.code : undefined));
      if (evidence.length === 0) point(lead);
      else {
        const shownEvidence = withEvidence(`${lead} ${reportMsg.evidencePrefix}`, evidence);
        point(`${shownEvidence.text}.`, shownEvidence.links);
      }
    }
    for (const t of shown.filter((x) => !x.result)) {
      const shownEvidence = withEvidence(
        `- ${joinLead(taskLabel(t), reportMsg.noResultText)} ${reportMsg.evidencePrefix}`,
        evidenceShown(t),
      );
      point(`${shownEvidence.text}.`, shownEvidence.links);
    }
    return shown.length;
  };
  /** Not done and past its deadline, by short title: "Chưa hoàn thành: II.2 …(quá hạn 5 ngày); …". */
  const unfinished = (areaTasks: readonly Task[]) => {
    const late = areaTasks.filter((t) => state(t).condition === TaskCondition.OverdueNotDone);
    if (late.length === 0) return;
    const items = late.map((t) => reportMsg.unfinishedItem(taskLabel(t), state(t).daysOverdue));
    blocks.push(para('body', sentence(reportMsg.unfinished(items))));
  };

  // Header block, title, căn cứ.
  blocks.push(
    ...headerBlocks(
      {
        parentAgency: settings.parentAgency,
        issuingAgency: schoolName,
        numberText,
        placeDate: placeDateLine(nfc(settings.place), request.reportDate),
      },
      cchc ? fillTemplate(settings.reportSubject, { [ph.period]: phrase }) : reportMsg.planSubject(planName, phrase),
    ),
  );
  if (cchc) {
    const plan =
      source || nfc(settings.planReference) || reportMsg.defaultPlanReference(parts(window.to).year, schoolName);
    blocks.push(
      para(
        'body',
        fillTemplate(settings.reportBasis, { [ph.plan]: plan, [ph.school]: schoolName, [ph.period]: phrase }),
      ),
    );
  } else {
    blocks.push(para('body', reportMsg.planBasis(plans.join('; ') || planName, schoolName, planName, phrase)));
  }

  /** One numbered part per area: its rate, what was done, what is late. */
  const areaParts = (areas: readonly { area: string; figures: typeof figures }[]) =>
    areas.forEach((a, i) => {
      item(i + 1, a.area);
      const areaTasks = tasks.filter((t) => t.area === a.area);
      if (areaTasks.length === 0) {
        blocks.push(para('body', reportMsg.noTasksInArea));
        return;
      }
      blocks.push(para('body', rateSentence(a.figures, settings)));
      if (results(areaTasks) === 0) blocks.push(para('body', reportMsg.noResultsYet));
      unfinished(areaTasks);
    });
  const overdue = tasks.filter((t) => state(t).condition === TaskCondition.OverdueNotDone);
  /** Tồn tại, hạn chế: what is late, done late, and the difficulties people wrote. */
  const weaknesses = () => {
    blocks.push(para('body', overdue.length ? reportMsg.overdueCount(overdue.length) : reportMsg.noOverdue));
    if (figures.doneLate) blocks.push(para('body', reportMsg.doneLate(figures.doneLate)));
    const problems = groupByText(
      tasks.filter((t) => t.difficulties),
      (t) => t.difficulties,
    );
    if (problems.length) blocks.push(para('body', reportMsg.problemsIntro));
    for (const g of problems) point(`- ${sentence(reportMsg.withCodes(g.text, codesOf(g.items)))}`);
  };

  if (!cchc) {
    // I. Kết quả thực hiện: the overall rate, then one numbered part per area of the plan, in plan order.
    heading(0, reportMsg.planResultsPart);
    blocks.push(para('body', reportMsg.asOf(formatVn(asOf)) + rateSentence(figures, settings)));
    areaParts(byArea.filter((a) => tasks.some((t) => t.area === a.area)));
    // II. Tồn tại, hạn chế, and their causes for the principal to write.
    heading(1, nfc(settings.reportWeaknesses).toLocaleUpperCase('vi'));
    weaknesses();
    blocks.push(para('placeholder', nfc(settings.reportCausesPlaceholder)));
    heading(2, settings.reportPart4);
  } else {
    // I. Chỉ đạo, điều hành: the overall rate, then the chỉ đạo tasks.
    heading(0, settings.reportPart1);
    blocks.push(para('body', reportMsg.asOf(formatVn(asOf)) + rateSentence(figures, settings)));
    const direction = tasks.filter((t) => t.area === Area.Direction);
    if (results(direction) === 0)
      blocks.push(para('body', direction.length ? reportMsg.noResultsYet : reportMsg.noTasksInArea));
    unfinished(direction);

    // II. One numbered part per area.
    heading(1, settings.reportPart2);
    areaParts(byArea.filter((a) => a.area !== Area.Direction));

    // III. Đánh giá chung.
    heading(2, settings.reportPart3);
    item(1, settings.reportStrengths);
    if (figures.due === 0) {
      blocks.push(para('body', reportMsg.strengthsNoneDue(figures.onTrack + figures.dueSoon)));
    } else {
      blocks.push(
        para(
          'body',
          reportMsg.strengths(
            figures.doneOfDue,
            figures.due,
            formatPercentVn(figures.completionRate),
            figures.doneOfDue - figures.doneLate,
            formatPercentVn(figures.onTimeRate),
          ),
        ),
      );
    }
    const complete = byArea
      .filter((a) => a.figures.due > 0 && a.figures.doneOfDue === a.figures.due)
      .map((a) => a.area);
    if (complete.length) blocks.push(para('body', reportMsg.areasComplete(complete)));

    item(2, settings.reportWeaknesses);
    weaknesses();

    item(3, settings.reportCauses);
    blocks.push(para('placeholder', nfc(settings.reportCausesPlaceholder)));

    // IV. Kỳ tới: tasks due in the next window not done yet, then the ones still overdue.
    heading(3, settings.reportPart4);
  }
  const next = nextWindow(request.period, settings.periodMode);
  const nextPhrase = periodPhrase(nextPeriod(request.period));
  const upcoming = tasks.filter(
    (t) => t.dueDate !== null && t.dueDate >= next.from && t.dueDate <= next.to && !isDoneState(state(t).condition),
  );
  blocks.push(
    para(
      'body',
      upcoming.length
        ? reportMsg.nextIntro(nextPhrase, formatVn(next.from), formatVn(next.to))
        : reportMsg.nextNone(nextPhrase),
    ),
  );
  const areaList = cchc ? AREAS : byArea.map((a) => a.area);
  const byAreaOf = (list: readonly Task[]) =>
    areaList.map((area) => ({ area, tasks: list.filter((t) => t.area === area) })).filter((g) => g.tasks.length);
  for (const g of byAreaOf(upcoming)) {
    point(`- ${g.area}:`);
    for (const t of g.tasks) point(`+ ${taskLabel(t)} (${reportMsg.dueDetail(t.owner, formatVn(t.dueDate))});`);
  }
  if (overdue.length) {
    blocks.push(para('body', reportMsg.carryOverIntro));
    for (const g of byAreaOf(overdue)) {
      point(`- ${g.area}:`);
      for (const t of g.tasks) point(`+ ${taskLabel(t)} (${reportMsg.dueDetail(t.owner, formatVn(t.dueDate))});`);
    }
  }

  // V. Đề xuất, kiến nghị (IV. for a plan that is not CCHC).
  heading(cchc ? 4 : 3, settings.reportPart5);
  const included = new Set(request.includeInternal ?? []);
  const proposals = proposalGroups(tasks);
  const shownProposals = proposals.filter((g) => !g.internal || included.has(g.key));
  if (shownProposals.length === 0) blocks.push(para('body', reportMsg.noProposals));
  for (const g of shownProposals) point(`- ${sentence(reportMsg.withCodes(g.text, g.codes))}`);

  // Closing: Nơi nhận | signature.
  const signerTitles =
    request.signer.kind === 'principal' ? [reportMsg.principalTitle] : [reportMsg.deputyFor, reportMsg.deputyTitle];
  const signerName =
    request.signer.kind === 'principal' ? nfc(settings.principalName) : nfc(request.signer.name).trim();
  blocks.push(closingBlock(request.recipients, signerTitles, signerName));

  // Phụ lục: every task.
  blocks.push({ kind: 'pageBreak' });
  blocks.push(para('annexTitle', nfc(settings.reportAnnexTitle)));
  blocks.push(
    para('annexSubtitle', reportMsg.annexSubtitle(numberRef, formatVn(request.reportDate), schoolName, formatVn(asOf))),
  );
  blocks.push({
    kind: 'table',
    widths: ANNEX_COLUMNS,
    header: reportMsg.annexHeader,
    rows: tasks.map((t, i) => {
      const s = state(t);
      const condition =
        s.condition === TaskCondition.OverdueNotDone
          ? `${s.condition} (${reportMsg.days(s.daysOverdue)})`
          : s.condition;
      const items = evidenceShown(t);
      const result = t.result ? sentence(t.result) : '';
      const outcome = items.length
        ? withEvidence(`${result}${result ? '\n' : ''}${reportMsg.evidencePrefix}`, items)
        : { text: result, links: [] };
      return [
        { text: String(i + 1) },
        { text: t.code },
        { text: t.content },
        { text: t.owner },
        { text: [formatVn(t.dueDate), condition].filter(Boolean).join('\n') },
        outcome.links.length ? outcome : { text: outcome.text },
      ];
    }),
  });

  return {
    name: cchc
      ? reportMsg.docName(periodShortLabel(request.period), shortSchoolName(schoolName))
      : reportMsg.planDocName(
          plans.length === 1 ? (/số\s+(\S+)/u.exec(planName)?.[1] ?? '') : '',
          periodShortLabel(request.period),
          shortSchoolName(schoolName),
        ),
    periodLabel: periodPhrase(request.period).replace(/^./, (c) => c.toUpperCase()),
    numberText,
    numberRef,
    window,
    asOf,
    figures,
    byArea,
    blocks,
    proposals,
  };
}

function isDoneState(condition: TaskCondition): boolean {
  return condition === TaskCondition.DoneOnTime || condition === TaskCondition.DoneLate;
}

/** The sections I–V of a model: each heading and the lines it lists (points, not sentences). */
export function sectionSummary(model: ReportModel): { title: string; items: number }[] {
  const sections: { title: string; items: number }[] = [];
  for (const block of model.blocks) {
    if (block.kind !== 'paragraph') continue;
    const { role, text } = block.paragraph;
    if (role === 'partHeading') sections.push({ title: text, items: 0 });
    // A line ending in ":" names the group the next lines belong to (IV's areas): not an item.
    else if (role === 'point' && !text.endsWith(':') && sections.length) sections[sections.length - 1]!.items += 1;
  }
  return sections;
}
