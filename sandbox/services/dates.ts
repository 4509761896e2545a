// Java SimpleDateFormat patterns over real time zones (Intl), as Utilities.formatDate and
// Utilities.parseDate use them. Names are English, as Apps Script prints them whatever the locale.
import { notSupported } from '../env';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

const zones = new Map<string, string>();
/** Java falls back to GMT for an unknown zone id, silently. */
export function validZone(timeZone: string): string {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      zone = timeZone;
    } catch {
      zone = 'UTC';
    }
    zones.set(timeZone, zone);
  }
  return zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const zone = validZone(timeZone);
  let fmt = formatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(date).map((x) => [x.type, x.value]));
  const year = Number(p.year);
  const month = Number(p.month);
  const day = Number(p.day);
  const hour = Number(p.hour) % 24;
  const minute = Number(p.minute);
  const second = Number(p.second);
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    offsetMinutes: Math.round((asUtc - date.getTime()) / 60_000),
  };
}

/** The instant at a wall-clock time in a zone. */
export function fromZoned(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let t = guess - zonedParts(new Date(guess), timeZone).offsetMinutes * 60_000;
  t = guess - zonedParts(new Date(t), timeZone).offsetMinutes * 60_000;
  return new Date(t);
}

type Token = { letter: string; count: number } | { text: string };

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else text += pattern[j++];
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote`);
      tokens.push({ text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      tokens.push({ letter: c, count: j - i });
      i = j;
    } else {
      tokens.push({ text: c });
      i++;
    }
  }
  return tokens;
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, colon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  return hoursOnly ? `${sign}${h}` : `${sign}${h}${colon ? ':' : ''}${m}`;
}

const JAVA_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const p = zonedParts(date, timeZone);
  return tokenize(pattern)
    .map((t) => {
      if ('text' in t) return t.text;
      const { letter, count } = t;
      switch (letter) {
        case 'y':
          return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
        case 'Y': {
          // Week year (weeks Sunday–Saturday, the week holding 1 January is week 1): the year of the week's Saturday.
          const saturday = new Date(Date.UTC(p.year, p.month - 1, p.day + 6 - p.weekday));
          const year = saturday.getUTCFullYear();
          return count === 2 ? pad(year % 100, 2) : pad(year, count);
        }
        case 'M':
        case 'L':
          if (count >= 4) return MONTHS[p.month - 1]!;
          if (count === 3) return MONTHS[p.month - 1]!.slice(0, 3);
          return pad(p.month, count);
        case 'd':
          return pad(p.day, count);
        case 'H':
          return pad(p.hour, count);
        case 'k':
          return pad(p.hour === 0 ? 24 : p.hour, count);
        case 'K':
          return pad(p.hour % 12, count);
        case 'h':
          return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
        case 'm':
          return pad(p.minute, count);
        case 's':
          return pad(p.second, count);
        case 'S':
          return pad(p.millisecond, count);
        case 'E':
          return count >= 4 ? DAYS[p.weekday]! : DAYS[p.weekday]!.slice(0, 3);
        case 'u':
          return pad(p.weekday === 0 ? 7 : p.weekday, count);
        case 'a':
          return p.hour < 12 ? 'AM' : 'PM';
        case 'D': {
          const start = Date.UTC(p.year, 0, 1);
          return pad(Math.round((Date.UTC(p.year, p.month - 1, p.day) - start) / 86_400_000) + 1, count);
        }
        case 'Z':
          return offsetText(p.offsetMinutes, false);
        case 'X':
          if (p.offsetMinutes === 0) return 'Z';
          return offsetText(p.offsetMinutes, count >= 3, count === 1);
        default:
          if (JAVA_LETTERS.includes(letter)) return notSupported(`Utilities.formatDate pattern letter '${letter}'`);
          throw new Error(`Illegal pattern character '${letter}'`);
      }
    })
    .join('');
}

/**
 * Numeric fields (y, M, d, H, m, s), month names (MMM, MMMM) and literal text, as SimpleDateFormat
 * reads them: a numeric field next to another takes exactly its width ("yyyyMMdd"), and a two-digit
 * year falls within 80 years before and 20 after `now` ("47" in 2026 is 1947).
 */
export function parseJavaDate(text: string, timeZone: string, pattern: string, now: Date): Date {
  const fields: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0 };
  let rest = String(text);
  const fail = (): never => {
    throw new Error(`Unparseable date: "${text}"`);
  };
  const tokens = tokenize(pattern);
  tokens.forEach((t, i) => {
    if ('text' in t) {
      if (!rest.startsWith(t.text)) fail();
      rest = rest.slice(t.text.length);
      return;
    }
    if (!'yMdHms'.includes(t.letter)) notSupported(`Utilities.parseDate pattern letter '${t.letter}'`);
    if (t.letter === 'M' && t.count >= 3) {
      const month = MONTHS.findIndex((name) => rest.toLowerCase().startsWith(name.toLowerCase()));
      const short = MONTHS.findIndex((name) => rest.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
      const at = month >= 0 ? month : short;
      if (at < 0) fail();
      fields.M = at + 1;
      rest = rest.slice(month >= 0 ? MONTHS[at]!.length : 3);
      return;
    }
    const next = tokens[i + 1];
    const adjacent = next !== undefined && 'letter' in next;
    const m = (adjacent ? new RegExp(`^\\d{1,${t.count}}`) : /^\d+/).exec(rest) ?? fail();
    let n = Number(m[0]);
    if (t.letter === 'y' && t.count <= 2 && m[0].length === 2) {
      const start = now.getUTCFullYear() - 80;
      n += Math.floor(start / 100) * 100;
      if (n < start) n += 100;
    }
    fields[t.letter] = n;
    rest = rest.slice(m[0].length);
  });
  return fromZoned(timeZone, fields.y!, fields.M!, fields.d!, fields.H!, fields.m!, fields.s!);
}
