// MailApp's body-size limit in the sandbox. Source: the Apps Script quotas page ("Email body size:
// 200 KB / message" for consumer accounts) and the error a live run logged when it was passed,
// "Limit Exceeded: Email Body Size." (Gmail AutoResponder README by Amine Al Kaderi, its table of
// execution errors). Each of the plain and HTML bodies is held to 200 KB of UTF-8; nothing is sent
// and no quota is spent when it is over.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/runtime';
import { BODY_LIMIT_BYTES, MAIL_ERRORS } from '../../sandbox/services/mail';

const OWNER = 'hieutruong@thmythinh.edu.vn';
const BUNDLE = String.raw`
function send(body, html) {
  try {
    MailApp.sendEmail('a@thmythinh.edu.vn', 'x', body, html === null ? {} : { htmlBody: html });
    return 'sent';
  } catch (e) { return e.message; }
}
function quota() { return MailApp.getRemainingDailyQuota(); }
`;

describe('MailApp body size', () => {
  it("refuses a plain or HTML body over 200 KB with Apps Script's error; 200 KB exactly goes", () => {
    const sb = createSandbox({ start: '2026-01-20T08:00:00+07:00', owner: OWNER, bundle: BUNDLE });
    // "ệ" is 3 bytes in UTF-8: the limit is on bytes, not characters.
    const over = 'ệ'.repeat(Math.floor(BODY_LIMIT_BYTES / 3) + 1);
    expect(sb.run(OWNER, 'send', over, null).result).toBe(MAIL_ERRORS.bodySize);
    expect(sb.run(OWNER, 'send', 'ngắn', `<p>${over}</p>`).result).toBe('Limit Exceeded: Email Body Size.');
    expect(sb.mail.outbox).toEqual([]);
    expect(sb.run(OWNER, 'quota').result).toBe(100);
    expect(sb.run(OWNER, 'send', 'a'.repeat(BODY_LIMIT_BYTES), null).result).toBe('sent');
  });
});
