// Number formats (Sheets patterns) → display text in the spreadsheet's locale, and the way Sheets
// parses what a person types into a cell in that locale (vi_VN: decimal comma, dd/MM/yyyy).
import { partsFromSerial, serialFromParts } from './time';

export type Stored = number | string | boolean;

export interface LocaleSymbols {
  decimal: string;
  group: string;
}

export function localeSymbols(locale: string): LocaleSymbols {
  return /^(en|ja|zh|ko|th)/.test(locale) ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

/** Strips quoted literals and escapes so tokens can be inspected. */
function bare(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const dateFormatMemo = new Map<string, boolean>();
export function isDateFormat(pattern: string | undefined): boolean {
  if (!pattern) return false;
  let known = dateFormatMemo.get(pattern);
  if (known === undefined) {
    const b = bare(pattern.split(';')[0] ?? '');
    known = /[dyhsDYHS]|[mM]{1,4}/.test(b) && !/[0#?]/.test(b) && b !== '@';
    dateFormatMemo.set(pattern, known);
  }
  return known;
}

export function isPercentFormat(pattern: string | undefined): boolean {
  return !!pattern && bare(pattern).includes('%');
}

const VI_WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const VI_WEEKDAYS_SHORT = ['CN', 'Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A date serial formatted with a Sheets date/time pattern (d, dd, M, MM, mm, yyyy, HH, ss, AM/PM…). */
export function formatDateSerial(serial: number, pattern: string): string {
  const p = partsFromSerial(serial);
  const twelve = /AM\/PM|A\/P/i.test(pattern);
  const tokens =
    pattern.match(/"[^"]*"|\\.|AM\/PM|A\/P|d{1,4}|D{1,4}|y{1,4}|Y{1,4}|m{1,5}|M{1,5}|h{1,2}|H{1,2}|s{1,2}|S{1,2}|./g) ??
    [];
  let out = '';
  tokens.forEach((t, i) => {
    const lower = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (/^am\/pm$/i.test(t)) out += p.hour < 12 ? 'SA' : 'CH';
    else if (/^a\/p$/i.test(t)) out += p.hour < 12 ? 'S' : 'C';
    else if (lower === 'dddd') out += VI_WEEKDAYS[p.weekday];
    else if (lower === 'ddd') out += VI_WEEKDAYS_SHORT[p.weekday];
    else if (lower === 'dd') out += pad(p.day);
    else if (lower === 'd') out += String(p.day);
    else if (lower === 'yyyy' || lower === 'yyy') out += pad(p.year, 4);
    else if (lower === 'yy' || lower === 'y') out += pad(p.year % 100);
    else if (lower === 'hh' || lower === 'h') {
      const h = twelve ? ((p.hour + 11) % 12) + 1 : p.hour;
      out += lower === 'hh' ? pad(h) : String(h);
    } else if (lower === 'ss' || lower === 's') out += lower === 'ss' ? pad(p.second) : String(p.second);
    else if (lower.startsWith('m')) {
      // mm is minutes right after an hour token or right before a seconds token (Sheets' rule).
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find((x) => /^[a-z]/i.test(x) && !/^[:\s/.-]$/.test(x));
      const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !/^[:\s/.-]$/.test(x));
      const minute = lower.length <= 2 && t === lower && (/^h/i.test(prev ?? '') || /^s/i.test(next ?? ''));
      if (minute) out += lower === 'mm' ? pad(p.minute) : String(p.minute);
      else if (lower.length === 1) out += String(p.month);
      else if (lower.length === 2) out += pad(p.month);
      else if (lower.length === 3) out += `thg ${p.month}`;
      else out += `tháng ${p.month}`;
    } else out += t;
  });
  return out;
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** A number formatted with a numeric pattern such as 0, 0.0, #,##0, 0%, 0.00%, "x"0. */
export function formatNumberPattern(value: number, pattern: string, sym: LocaleSymbols): string {
  const sections = pattern.split(';');
  let section = sections[0] ?? '';
  let v = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  const tokens = section.match(/"[^"]*"|\\.|[0#?,.]+|%|./g) ?? [];
  const percent = tokens.filter((t) => t === '%').length;
  v *= 100 ** percent;
  let out = '';
  let numberDone = false;
  for (const t of tokens) {
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (/^[0#?,.]+$/.test(t) && /[0#?]/.test(t) && !numberDone) {
      numberDone = true;
      const [intPart = '', decPart = ''] = t.split('.');
      const decimals = decPart.replace(/,/g, '').length;
      const minDecimals = (decPart.match(/0/g) ?? []).length;
      const grouping = intPart.includes(',');
      const minInt = (intPart.match(/0/g) ?? []).length;
      let fixed = Math.abs(v).toFixed(decimals);
      let [i = '0', d = ''] = fixed.split('.');
      while (d.length > minDecimals && d.endsWith('0')) d = d.slice(0, -1);
      if (i === '0' && minInt === 0) i = '';
      i = i.padStart(minInt, '0');
      fixed = (grouping ? groupDigits(i, sym.group) : i) + (d ? sym.decimal + d : '');
      out += (v < 0 && Number(fixed.replace(/\D/g, '')) !== 0 ? '-' : '') + fixed;
    } else out += t;
  }
  return out;
}

/** Sheets' automatic format for a number: up to 10 significant digits, locale decimal mark. */
export function formatAutomaticNumber(value: number, sym: LocaleSymbols): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  const s =
    abs >= 1e15 || (abs < 1e-9 && abs > 0)
      ? value.toExponential(2).toUpperCase()
      : String(Number(value.toPrecision(10)));
  return s.replace('.', sym.decimal);
}

/** The display text of a stored value under a number format. */
export function displayText(value: Stored | null, pattern: string | undefined, sym: LocaleSymbols): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = pattern && pattern !== 'General' && pattern !== '@' ? pattern : undefined;
  if (!fmt) return formatAutomaticNumber(value, sym);
  if (isDateFormat(fmt)) return formatDateSerial(value, fmt);
  return formatNumberPattern(value, fmt, sym);
}

export interface TypedInput {
  kind: 'empty' | 'value' | 'formula';
  value?: Stored;
  formula?: string;
  /** The number format Sheets applies when the cell has none (date, percent). */
  format?: string;
}

/** What a person typing `text` into a cell stores, the way Sheets parses it in the locale. */
export function parseTyped(text: string, sym: LocaleSymbols, cellFormat: string | undefined): TypedInput {
  if (text === '') return { kind: 'empty' };
  if (cellFormat === '@') return { kind: 'value', value: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  // Fast path: text that cannot be a number, percent, date or boolean (most of a tracker).
  if (!/^\s*[-+\d.,]/.test(text) && !/^\s*(true|false)\s*$/i.test(text)) return { kind: 'value', value: text };
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { kind: 'value', value: t.toLowerCase() === 'true' };
  const num = parseLocaleNumber(t, sym);
  if (num !== null) return { kind: 'value', value: num };
  const pct = /^(.*)%$/.exec(t);
  if (pct) {
    const n = parseLocaleNumber((pct[1] ?? '').trim(), sym);
    if (n !== null) return { kind: 'value', value: n / 100, format: Number.isInteger(n) ? '0%' : '0.00%' };
  }
  const date = parseLocaleDate(t, sym);
  if (date) return { kind: 'value', value: date.serial, format: date.format };
  return { kind: 'value', value: text };
}

export function parseLocaleNumber(t: string, sym: LocaleSymbols): number | null {
  const d = sym.decimal === ',' ? ',' : '\\.';
  const g = sym.group === '.' ? '\\.' : ',';
  const re = new RegExp(`^([-+]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const m = re.exec(t);
  if (!m) return null;
  const int = (m[2] ?? '').split(sym.group).join('');
  return Number(`${m[1] === '-' ? '-' : ''}${int}${m[3] ? `.${m[3]}` : ''}`);
}

function parseLocaleDate(t: string, sym: LocaleSymbols): { serial: number; format: string } | null {
  const dayFirst = sym.decimal === ',';
  const m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return null;
  let [a, b] = [Number(m[1]), Number(m[2])];
  const c = Number(m[3]);
  let year: number;
  let month: number;
  let day: number;
  if ((m[1] ?? '').length === 4) [year, month, day] = [a, b, c];
  else {
    if (!dayFirst) [a, b] = [b, a];
    [day, month, year] = [a, b, (m[3] ?? '').length <= 2 ? 2000 + c : c];
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCDate() !== day || year < 1000) return null;
  const hasTime = m[4] !== undefined;
  const serial = serialFromParts(year, month, day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  return { serial, format: hasTime ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy' };
}
