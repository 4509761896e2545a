// A sent message (sb.mail.outbox) as an .eml file: UTF-8, multipart/alternative with the text and
// HTML bodies, From with the sender's name, Reply-To, To/Cc, an encoded Subject and attachments —
// what the recipient's mail program shows. Bcc is left out, as delivered mail has none.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SentMessage } from '../services/mail';

export async function toEml(message: SentMessage): Promise<Buffer> {
  const domain = message.from.split('@')[1] ?? 'sandbox.invalid';
  const composer = new MailComposer({
    from: message.name ? { name: message.name, address: message.from } : message.from,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    to: message.to,
    ...(message.cc.length ? { cc: message.cc } : {}),
    subject: message.subject,
    text: message.body,
    ...(message.htmlBody !== undefined ? { html: message.htmlBody } : {}),
    attachments: message.attachments.map((a) => ({ filename: a.name, contentType: a.contentType, content: a.content })),
    date: message.sentAt,
    messageId: `<sandbox-${message.id}-${message.sentAt.getTime()}@${domain}>`,
    textEncoding: 'base64',
  });
  return composer.compile().build();
}

export async function writeEml(message: SentMessage, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await toEml(message));
}
