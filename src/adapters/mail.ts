// MailApp: sending one email, and the recipients left in today's quota.
export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  /** The sender's display name. */
  name?: string;
  replyTo?: string;
}

export function sendEmail(mail: OutgoingMail): void {
  const message: GoogleAppsScript.Mail.MailAdvancedParameters = { to: mail.to, subject: mail.subject, body: mail.body };
  // Only the options given: an undefined one is left out rather than passed as a value.
  if (mail.htmlBody !== undefined) message.htmlBody = mail.htmlBody;
  if (mail.name !== undefined) message.name = mail.name;
  if (mail.replyTo !== undefined) message.replyTo = mail.replyTo;
  MailApp.sendEmail(message);
}

export function remainingDailyQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
