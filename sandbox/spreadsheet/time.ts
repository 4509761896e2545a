// Date serials (days since 1899-12-30, the Sheets epoch) in a spreadsheet's time zone.
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const offsetCache = new Map<string, Map<number, number>>();

/** Offset (ms) of the zone from UTC at an instant; cached per zone and hour. */
export function zoneOffset(instant: number, timeZone: string): number {
  const hour = Math.floor(instant / 3_600_000);
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const cached = zone.get(hour);
  if (cached !== undefined) return cached;
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  const offset = wall - Math.floor(instant / 1000) * 1000;
  zone.set(hour, offset);
  return offset;
}

/** The serial of an instant as wall-clock time in the zone. */
export function serialFromDate(date: Date, timeZone: string): number {
  const t = date.getTime();
  return (t + zoneOffset(t, timeZone) - EPOCH_UTC) / DAY;
}

/** The instant whose wall-clock time in the zone is the serial. */
export function dateFromSerial(serial: number, timeZone: string): Date {
  const wall = Math.round(EPOCH_UTC + serial * DAY);
  let t = wall - zoneOffset(wall, timeZone);
  t = wall - zoneOffset(t, timeZone);
  return new Date(t);
}

export function serialFromParts(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  return (Date.UTC(year, month - 1, day, h, m, s) - EPOCH_UTC) / DAY;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

export function partsFromSerial(serial: number): WallClock {
  const d = new Date(Math.round(EPOCH_UTC + serial * DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}
