// Text helpers shared by the core and the UI: Unicode NFC, diacritic-insensitive folding for
// matching Vietnamese names, HTML escaping, and keeping user text from becoming a formula.

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Collapses runs of white space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Nguyễn Thị  Lê" → "nguyen thi le": for search and matching, never for display. */
export function fold(text: string): string {
  return squash(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase(),
  );
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A cell value that Sheets would read as a formula or a number sign gets a leading apostrophe. */
export function asPlainText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Vietnamese number: decimal comma, one decimal place where needed ("83,3"). */
export function formatNumberVn(value: number, decimals = 1): string {
  const rounded = Number(value.toFixed(decimals));
  return String(rounded).replace('.', ',');
}

/** A whole number with Vietnamese thousands separators: 1020000 → "1.020.000". */
export function groupThousandsVn(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatPercentVn(ratio: number | null, decimals = 1): string {
  return ratio === null ? '—' : `${formatNumberVn(ratio * 100, decimals)}%`;
}

/**
 * An email header value (sender name, subject): control characters (CR/LF, tabs, C1) become one
 * space, so text typed into a sheet can never add a header line or split the subject.
 */
export function headerText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return squash(String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' '));
}

/** A person's cell text cut to `max` characters (with an ellipsis): one huge cell must not make an email or report huge. */
export function clip(text: string, max: number): string {
  const t = String(text);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
