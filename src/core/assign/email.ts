// The notification an assignment sends: who gets one (one email per person per action; a team's
// tổ trưởng stands for the team), and the Vietnamese message itself, HTML with a plain-text
// alternative, every user-typed text escaped.
import type { Assignee } from './people';
import type { IsoDate } from '../domain';
import { pageLink } from '../myTasks';
import { escapeHtml, headerText } from '../text';
import { assignMsg } from '../../messages/assign';

export type NoticeRole = 'owner' | 'team' | 'coOwner';

export interface Recipient {
  name: string;
  email: string;
  role: NoticeRole;
  /** The team's label when the person is notified as its tổ trưởng. */
  team: string;
}

export interface Unnotified {
  name: string;
  reason: string;
}

/** Owner first (or its tổ trưởng), then co-owners; each email once; those without one are listed. */
export function recipientsOf(
  owner: Assignee,
  coOwners: readonly Assignee[],
): { recipients: Recipient[]; unnotified: Unnotified[] } {
  const recipients: Recipient[] = [];
  const unnotified: Unnotified[] = [];
  const add = (a: Assignee, role: NoticeRole) => {
    const effectiveRole: NoticeRole = role === 'owner' && a.kind === 'team' ? 'team' : role;
    if (!a.email) {
      const reason = a.kind === 'team' && !a.notifyName ? assignMsg.reasonNoLeader : assignMsg.reasonNoEmail;
      if (!unnotified.some((u) => u.name === (a.notifyName || a.label)))
        unnotified.push({ name: a.notifyName || a.label, reason });
      return;
    }
    if (recipients.some((r) => r.email === a.email)) return;
    recipients.push({
      name: a.notifyName,
      email: a.email,
      role: effectiveRole,
      team: a.kind === 'team' ? a.label : '',
    });
  };
  add(owner, 'owner');
  for (const c of coOwners) add(c, 'coOwner');
  return { recipients, unnotified };
}

export interface NoticeTask {
  code: string;
  content: string;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
}

export interface NoticeContext {
  schoolName: string;
  assignerName: string;
  assignerEmail: string;
  trackerUrl: string;
  note: string;
  /** "Nhiệm vụ của tôi", the web app's URL: each task links to it there. Absent when not deployed. */
  pageUrl?: string | null;
}

export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  /** Sender name: the school's tracker. */
  name: string;
  replyTo: string;
}

function roleText(r: Recipient): string {
  if (r.role === 'team') return assignMsg.roleTeam(r.team);
  return r.role === 'owner' ? assignMsg.roleOwner : assignMsg.roleCoOwner;
}

export function assignmentEmail(recipient: Recipient, tasks: readonly NoticeTask[], ctx: NoticeContext): EmailMessage {
  const cols = assignMsg.emailColumns;
  const intro = assignMsg.emailIntro(ctx.assignerName, roleText(recipient));
  const text = [
    assignMsg.emailGreeting(recipient.name),
    '',
    intro,
    ...tasks.flatMap((t) => [
      `- ${t.code}. ${t.content} (${cols.start}: ${assignMsg.date(t.startDate)}; ${cols.due}: ${assignMsg.date(t.dueDate)})`,
      ...(ctx.pageUrl ? [`  ${assignMsg.emailPageLink}: ${pageLink(ctx.pageUrl, t.code)}`] : []),
    ]),
    ...(ctx.note ? ['', `${assignMsg.emailNote}: ${ctx.note}`] : []),
    '',
    `${assignMsg.emailLink}: ${ctx.trackerUrl}`,
    '',
    assignMsg.emailFooter,
  ].join('\n');

  const e = escapeHtml;
  const cell = 'style="border:1px solid #ccc;padding:4px 8px;vertical-align:top"';
  const rows = tasks
    .map(
      (t) =>
        `<tr><td ${cell}>${ctx.pageUrl ? `<a href="${e(pageLink(ctx.pageUrl, t.code))}">${e(t.code)}</a>` : e(t.code)}</td><td ${cell}>${e(t.content)}</td><td ${cell}>${e(assignMsg.date(t.startDate))}</td><td ${cell}><b>${e(assignMsg.date(t.dueDate))}</b></td></tr>`,
    )
    .join('');
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">',
    `<p>${e(assignMsg.emailGreeting(recipient.name))}</p>`,
    `<p>${e(intro)}</p>`,
    `<table style="border-collapse:collapse"><thead><tr>${[cols.code, cols.content, cols.start, cols.due].map((h) => `<th ${cell}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`,
    ctx.note ? `<p><b>${e(assignMsg.emailNote)}:</b> ${e(ctx.note).replace(/\n/g, '<br>')}</p>` : '',
    `<p><a href="${e(ctx.trackerUrl)}">${e(assignMsg.emailLink)}</a></p>`,
    `<p style="color:#666;font-size:12px">${e(assignMsg.emailFooter)}</p>`,
    '</div>',
  ].join('');

  return {
    to: recipient.email,
    subject: headerText(assignMsg.emailSubject(tasks.length, ctx.schoolName)),
    body: text,
    htmlBody: html,
    name: headerText(assignMsg.senderName(ctx.schoolName)),
    replyTo: ctx.assignerEmail,
  };
}
