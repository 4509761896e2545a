// The alert emails: an owner's digest and the principal's summary, each as a subject, an HTML
// table and a plain-text alternative. Every user text is escaped and clipped; each task links to
// its row. Lists are bounded (EMAIL_MAX_TASKS, then "và N nhiệm vụ khác" and a link to the sheet)
// so that no email nears MailApp's 200 KB body limit, however many tasks are overdue.
import { type IsoDate, type Task, AlertReason } from '../domain';
import { areaOrder } from '../plan/mode';
import { formatVn } from '../../messages/format';
import { clip, escapeHtml, headerText } from '../text';
import { pageLink } from '../myTasks';
import { taskId, type Digest, type DigestItem, type OverdueLine, type Summary } from './plan';
import { alertsMsg as m } from '../../messages/alerts';

/** Tasks listed per section of an email; the rest are counted and linked. */
export const EMAIL_MAX_TASKS = 50;
/** Problems listed in a summary. */
export const EMAIL_MAX_PROBLEMS = 50;
/** Characters of one cell's text in an email. */
export const EMAIL_CELL_CHARS = 500;

const cell = (text: string) => clip(text, EMAIL_CELL_CHARS);

/** The first `max` of a list, and how many were left out. */
function bounded<T>(list: readonly T[], max: number): [T[], number] {
  return [list.slice(0, max), Math.max(0, list.length - max)];
}

export interface EmailContext {
  schoolName: string;
  /** Spreadsheet.getUrl(). */
  trackerUrl: string;
  /** The Nhiệm vụ sheet's id, for #gid=. */
  taskSheetId: number;
  today: IsoDate;
  /** "Nhiệm vụ của tôi", the web app's URL: a digest links each task to it there. Absent when not deployed. */
  pageUrl?: string | null;
}

export interface Email {
  subject: string;
  body: string;
  htmlBody: string;
}

/** Opens the tracker at the task's row. */
export function taskLink(ctx: EmailContext, task: Pick<Task, 'row'>): string {
  return `${ctx.trackerUrl}#gid=${ctx.taskSheetId}&range=A${task.row}`;
}

const CELL = 'border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left';
const HEAD = `${CELL};background:#f1f3f4`;

function htmlTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = headers.map((h) => `<th style="${HEAD}">${escapeHtml(h)}</th>`).join('');
  // Row cells arrive already escaped (some hold a link).
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td style="${CELL}">${c}</td>`).join('')}</tr>`).join('');
  return `<table style="border-collapse:collapse;font-size:14px"><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

function htmlPage(paragraphsBefore: readonly string[], sections: readonly string[], after: readonly string[]): string {
  const p = (t: string) => `<p>${escapeHtml(t)}</p>`;
  return [
    '<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124">',
    ...paragraphsBefore.map(p),
    ...sections,
    ...after.map((t) => `<p style="color:#5f6368;font-size:12px">${escapeHtml(t)}</p>`),
    '</div>',
  ].join('\n');
}

/** "và N nhiệm vụ khác", linking to the sheet ('' when nothing was left out). */
const moreHtml = (more: number, ctx: EmailContext) =>
  more ? `<p><a href="${escapeHtml(ctx.trackerUrl)}">${escapeHtml(m.moreTasks(more, ''))}</a></p>` : '';

/** A digest's link: the task on the owner's page when the web app is deployed, else its row. */
const digestLink = (ctx: EmailContext, task: Task): string =>
  ctx.pageUrl ? pageLink(ctx.pageUrl, task.code) : taskLink(ctx, task);

const anchor = (href: string) => `<a href="${escapeHtml(href)}">${escapeHtml(m.openLink)}</a>`;

function when(item: DigestItem): string {
  return item.reason === AlertReason.Overdue ? m.daysOverdue(item.daysOverdue) : m.daysLeft(item.daysLeft);
}

/** A digest's task sections (overdue, due soon), as plain-text lines and HTML blocks. */
function digestSections(
  d: Digest,
  ctx: EmailContext,
): { text: string[]; html: string[]; overdue: number; dueSoon: number } {
  const overdue = d.items.filter((i) => i.reason === AlertReason.Overdue);
  const dueSoon = d.items.filter((i) => i.reason === AlertReason.DueSoon);
  const groups: [string, DigestItem[]][] = [
    [m.overdueHeading(overdue.length), overdue],
    [m.dueSoonHeading(dueSoon.length), dueSoon],
  ];
  const shown = groups.filter(([, items]) => items.length > 0);

  const text: string[] = [];
  for (const [heading, all] of shown) {
    text.push(heading.toUpperCase());
    const [items, more] = bounded(all, EMAIL_MAX_TASKS);
    items.forEach((i, n) => {
      const t = i.task;
      text.push(`${n + 1}. [${cell(taskId(t))}] ${cell(t.content)}${i.role === 'coOwner' ? ` ${m.asCoOwner}` : ''}`);
      text.push(`   ${m.colDue}: ${formatVn(t.dueDate)} (${when(i)})`);
      if (t.coOwners) text.push(`   ${m.colCoOwners}: ${cell(t.coOwners)}`);
      text.push(`   ${ctx.pageUrl ? m.colUpdate : m.colLink}: ${digestLink(ctx, t)}`);
    });
    if (more) text.push(m.moreTasks(more, ctx.trackerUrl));
    text.push('');
  }

  const html = shown.map(([heading, all]) => {
    const [items, more] = bounded(all, EMAIL_MAX_TASKS);
    const rows = items.map((i) => [
      escapeHtml(cell(taskId(i.task))),
      escapeHtml(cell(i.task.content)) + (i.role === 'coOwner' ? ` <i>${escapeHtml(m.asCoOwner)}</i>` : ''),
      escapeHtml(formatVn(i.task.dueDate)),
      escapeHtml(i.reason === AlertReason.Overdue ? String(i.daysOverdue) : m.daysLeft(i.daysLeft)),
      escapeHtml(cell(i.task.coOwners)),
      anchor(digestLink(ctx, i.task)),
    ]);
    const daysHeader = items[0]?.reason === AlertReason.Overdue ? m.colDays : m.colLeft;
    return `<h3 style="font-size:15px">${escapeHtml(heading)}</h3>\n${htmlTable([m.colCode, m.colContent, m.colDue, daysHeader, m.colCoOwners, ctx.pageUrl ? m.colUpdate : m.colLink], rows)}${moreHtml(more, ctx)}`;
  });
  return { text, html, overdue: overdue.length, dueSoon: dueSoon.length };
}

export function renderDigest(d: Digest, ctx: EmailContext): Email {
  const sections = digestSections(d, ctx);
  const subject = headerText(m.digestSubject(sections.overdue, sections.dueSoon));
  const greeting = [m.digestGreeting(d.to.name), m.digestIntro(ctx.schoolName, ctx.today)];
  const text = [...greeting, '', ...sections.text, m.digestClosing, m.automatic];
  return {
    subject,
    body: text.join('\n'),
    htmlBody: htmlPage(greeting, sections.html, [m.digestClosing, m.automatic]),
  };
}

interface Group {
  label: string;
  count: number;
  maxDays: number;
}

function groupBy(lines: readonly OverdueLine[], keyOf: (l: OverdueLine) => string, order?: readonly string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const l of lines) {
    const label = keyOf(l);
    const g = groups.get(label) ?? { label, count: 0, maxDays: 0 };
    g.count++;
    g.maxDays = Math.max(g.maxDays, l.daysOverdue);
    groups.set(label, g);
  }
  const list = [...groups.values()];
  if (order) return list.sort((a, b) => rank(order, a.label) - rank(order, b.label));
  return list.sort((a, b) => b.count - a.count || b.maxDays - a.maxDays || a.label.localeCompare(b.label, 'vi'));
}

const rank = (order: readonly string[], label: string) => {
  const i = order.indexOf(label);
  return i < 0 ? order.length : i;
};

/** The principal's and managers' summary; `problems` are ready-made lines (failed sends, unknown owners). */
export function renderSummary(s: Summary, problems: readonly string[], ctx: EmailContext): Email {
  const n = s.overdue.length;
  const subject = headerText(m.summarySubject(ctx.today, n));
  const intro = [m.digestGreeting(s.to.name), m.summaryIntro(ctx.schoolName, ctx.today, n)];
  const byOwner = groupBy(s.overdue, (l) => cell(l.task.owner) || m.noOwner);
  // Areas in the tracker's order: NQ 76 for CCHC work, a plan's own sections otherwise (core/plan/mode.ts).
  const byArea = groupBy(s.overdue, (l) => l.task.area, areaOrder(s.overdue.map((l) => l.task)));
  const [owners, moreOwners] = bounded(byOwner, EMAIL_MAX_TASKS);
  const [detail, moreDetail] = bounded(s.overdue, EMAIL_MAX_TASKS);
  const [problemList, moreProblems] = bounded(problems.map(cell), EMAIL_MAX_PROBLEMS);

  const text: string[] = [...intro, ''];
  const html: string[] = [];
  // A manager's own reminders come first: one email a day, not a digest and a summary.
  if (s.own) {
    const own = digestSections(s.own, ctx);
    text.push(m.ownHeading.toUpperCase(), '', ...own.text);
    html.push(
      `<h2 style="font-size:16px">${escapeHtml(m.ownHeading)}</h2>`,
      ...own.html,
      `<h2 style="font-size:16px">${escapeHtml(m.schoolHeading)}</h2>`,
    );
    text.push(m.schoolHeading.toUpperCase(), '');
  }
  if (n > 0) {
    text.push(
      m.byOwnerHeading.toUpperCase(),
      ...owners.map((g) => `- ${g.label}: ${g.count} (${m.colMaxDays.toLowerCase()}: ${g.maxDays})`),
    );
    if (moreOwners) text.push(m.moreOwners(moreOwners));
    text.push('', m.byAreaHeading.toUpperCase(), ...byArea.map((g) => `- ${g.label}: ${g.count}`), '');
    text.push(m.detailHeading.toUpperCase());
    detail.forEach((l, i) => {
      text.push(`${i + 1}. [${cell(taskId(l.task))}] ${cell(l.task.content)}`);
      text.push(
        `   ${m.colOwner}: ${cell(l.task.owner) || m.noOwner}; ${m.colDue}: ${formatVn(l.task.dueDate)} (${m.daysOverdue(l.daysOverdue)})`,
      );
      text.push(`   ${m.colLink}: ${taskLink(ctx, l.task)}`);
    });
    if (moreDetail) text.push(m.moreTasks(moreDetail, ctx.trackerUrl));
    text.push('');
    const h3 = (t: string) => `<h3 style="font-size:15px">${escapeHtml(t)}</h3>`;
    html.push(
      h3(m.byOwnerHeading),
      htmlTable(
        [m.colOwner, m.colCount, m.colMaxDays],
        owners.map((g) => [escapeHtml(g.label), String(g.count), String(g.maxDays)]),
      ),
    );
    if (moreOwners) html.push(`<p>${escapeHtml(m.moreOwners(moreOwners))}</p>`);
    html.push(
      h3(m.byAreaHeading),
      htmlTable(
        [m.colArea, m.colCount],
        byArea.map((g) => [escapeHtml(g.label), String(g.count)]),
      ),
    );
    html.push(
      h3(m.detailHeading),
      htmlTable(
        [m.colCode, m.colContent, m.colOwner, m.colDue, m.colDays, m.colLink],
        detail.map((l) => [
          escapeHtml(cell(taskId(l.task))),
          escapeHtml(cell(l.task.content)),
          escapeHtml(cell(l.task.owner) || m.noOwner),
          escapeHtml(formatVn(l.task.dueDate)),
          String(l.daysOverdue),
          anchor(taskLink(ctx, l.task)),
        ]),
      ) + moreHtml(moreDetail, ctx),
    );
  }
  if (problemList.length > 0) {
    const more = moreProblems ? [m.moreProblems(moreProblems)] : [];
    text.push(m.problemsHeading.toUpperCase(), ...problemList.map((p) => `- ${p}`), ...more, '');
    html.push(
      `<h3 style="font-size:15px;color:#b3261e">${escapeHtml(m.problemsHeading)}</h3>`,
      `<ul>${problemList.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`,
      ...more.map((t) => `<p>${escapeHtml(t)}</p>`),
    );
  }
  text.push(m.automatic);
  return { subject, body: text.join('\n'), htmlBody: htmlPage(intro, html, [m.automatic]) };
}
