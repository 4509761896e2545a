// MailApp: an outbox instead of delivery, and the daily quota that counts RECIPIENTS (to + cc + bcc),
// 100 a day on consumer accounts (settable), reset each day of the script's time zone; at most 50
// recipients per message; a body (plain or HTML) of at most 200 KB. Simple triggers cannot send
// (script.send_mail needs authorization).
import { SandboxObject, type SandboxEnv } from '../env';
import { SandboxBlob } from './blob';
import { unwrap } from '../env';

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
export const RECIPIENTS_PER_MESSAGE = 50;
/**
 * Quotas page: "Email body size 200 KB / message" (consumer accounts; Workspace 400 KB). The sandbox
 * holds each of the plain and HTML bodies to it, in UTF-8 bytes.
 */
export const BODY_LIMIT_BYTES = 200 * 1024;
/** Apps Script's texts (quota page and public issue threads). */
export const MAIL_ERRORS = {
  quota: 'Service invoked too many times for one day: email.',
  invalid: (address: string) => `Invalid email: ${address}`,
  noRecipient: 'Failed to send email: no recipient',
  perMessage: 'Limit Exceeded: Email Recipients Per Message.',
  /** As a time-driven run's log shows it (Gmail AutoResponder README, Amine Al Kaderi, its error table). */
  bodySize: 'Limit Exceeded: Email Body Size.',
  /** Sandbox-injected failure (sb.mail.failFor), worded like a delivery refusal. */
  injected: (address: string) => `Failed to send email to ${address}`,
} as const;

export interface SentAttachment {
  name: string;
  contentType: string;
  content: Buffer;
}

export interface SentMessage {
  id: number;
  sentAt: Date;
  executionId: number;
  from: string;
  name: string;
  replyTo: string;
  noReply: boolean;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  attachments: SentAttachment[];
}

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;

function addresses(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** Harness side: the outbox, the recipient quota, injected failures. */
export class MailRecorder {
  readonly outbox: SentMessage[] = [];
  private readonly failing = new Set<string>();
  constructor(
    private readonly env: SandboxEnv,
    public dailyQuota = 100,
  ) {}
  /** Makes MailApp throw when a message includes this recipient. */
  failFor(email: string): void {
    this.failing.add(email.toLowerCase());
  }
  isFailing(email: string): boolean {
    return this.failing.has(email.toLowerCase());
  }
  // One formatter, and each message's day worked out once: the quota is asked before every run.
  private readonly dayFormat = new Intl.DateTimeFormat('en-CA', {
    timeZone: this.env.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  private readonly days = new WeakMap<SentMessage, string>();
  private dayOf(m: SentMessage): string {
    let day = this.days.get(m);
    if (day === undefined) {
      day = this.dayFormat.format(m.sentAt);
      this.days.set(m, day);
    }
    return day;
  }
  /** Recipients sent today (script time zone) by everyone the script sends as. */
  usedToday(): number {
    const today = this.dayFormat.format(this.env.clock.now());
    return this.outbox
      .filter((m) => this.dayOf(m) === today)
      .reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0);
  }
  remaining(): number {
    return this.dailyQuota - this.usedToday();
  }
  /** Messages sent to one address (to, cc or bcc). */
  sentTo(email: string): SentMessage[] {
    const e = email.toLowerCase();
    return this.outbox.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((a) => a.toLowerCase() === e));
  }
}

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

export class MailAppImpl
  extends SandboxObject
  implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  readonly serviceName = 'MailApp';
  readonly className = 'MailApp';
  private nextId = 1;
  constructor(
    private readonly env: SandboxEnv,
    private readonly recorder: MailRecorder,
  ) {
    super();
  }

  getRemainingDailyQuota(): number {
    this.env.requireAuthorization(SEND_MAIL_SCOPE, 'MailApp.getRemainingDailyQuota');
    return this.recorder.remaining();
  }

  sendEmail(message: MailOptions): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: MailOptions): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    const execution = this.env.requireExecution();
    this.env.requireAuthorization(SEND_MAIL_SCOPE, 'MailApp.sendEmail');
    const m = normalise(args);
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new Error(MAIL_ERRORS.noRecipient);
    for (const a of all) if (!EMAIL.test(a)) throw new Error(MAIL_ERRORS.invalid(a));
    if (all.length > RECIPIENTS_PER_MESSAGE) throw new Error(MAIL_ERRORS.perMessage);
    for (const part of [m.body, m.htmlBody]) {
      if (part !== undefined && Buffer.byteLength(String(part), 'utf8') > BODY_LIMIT_BYTES)
        throw new Error(MAIL_ERRORS.bodySize);
    }
    if (this.recorder.remaining() < all.length) throw new Error(MAIL_ERRORS.quota);
    const failing = all.find((a) => this.recorder.isFailing(a));
    if (failing) throw new Error(MAIL_ERRORS.injected(failing));
    for (const a of addresses(m.replyTo)) if (!EMAIL.test(a)) throw new Error(MAIL_ERRORS.invalid(a));
    this.recorder.outbox.push({
      id: this.nextId++,
      sentAt: this.env.clock.now(),
      executionId: execution.id,
      from: execution.effectiveUserEmail,
      name: m.name === undefined ? '' : String(m.name),
      replyTo: m.replyTo === undefined ? '' : String(m.replyTo),
      noReply: Boolean(m.noReply),
      to,
      cc,
      bcc,
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      ...(m.htmlBody !== undefined ? { htmlBody: String(m.htmlBody) } : {}),
      attachments: attachmentsOf(m.attachments),
    });
  }
}

interface Normalised extends MailOptions {
  to?: string;
  replyTo?: string;
  subject?: string;
  body?: string;
}

function normalise(args: unknown[]): Normalised {
  if (args.length === 1 && args[0] && typeof args[0] === 'object') return { ...(args[0] as Normalised) };
  if (args.length === 4 && typeof args[3] === 'string') {
    return { to: String(args[0]), replyTo: String(args[1]), subject: String(args[2]), body: args[3] };
  }
  const options = (args[3] && typeof args[3] === 'object' ? args[3] : {}) as MailOptions;
  return { ...options, to: String(args[0]), subject: String(args[1]), body: String(args[2] ?? '') };
}

function attachmentsOf(list: unknown): SentAttachment[] {
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    let blob = unwrap(item as object) as unknown;
    if (!(blob instanceof SandboxBlob) && blob && typeof (blob as { getBlob?: unknown }).getBlob === 'function') {
      blob = unwrap((blob as { getBlob(): object }).getBlob());
    }
    if (!(blob instanceof SandboxBlob)) throw new Error('Invalid argument: attachments');
    return {
      name: blob.getName() ?? 'attachment',
      contentType: blob.getContentType() ?? 'application/octet-stream',
      content: blob.buffer(),
    };
  });
}
