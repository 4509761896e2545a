// A deterministic, scripted school year on the sandbox tracker: the principal assigns every task
// of the imported plan to the staff in Cán bộ with deadlines spread over the year, and the staff
// then finish some on time, some late and some never. runSchoolYear steps the clock one day at a
// time: the day's due triggers fire (the alert hour is in the morning), then the day's edits land.
// Used by the year-long e2e test and by `npm start` (a simulated term).
import { addDays, isoDateInZone, parseDateText } from '../src/core/dates';
import { formatVn } from '../src/messages/format';
import { AlertRecipients } from '../src/core/alerts/recipients';
import type { IsoDate } from '../src/core/domain';
import { SHEETS } from '../src/core/schema';
import { fold } from '../src/core/text';

/** What the scenario needs from the harness (sandbox/runtime.ts). */
export interface ScenarioSandbox {
  clock: { set(to: Date | string): void; now(): Date };
  edit(user: string, sheet: string, a1: string, values: unknown): unknown;
  fireDueTriggers(): unknown;
  spreadsheet: { valuesOf(sheet: string): unknown[][] };
}

export type Fate = 'onTime' | 'late' | 'never';

export interface ScriptedTask {
  code: string;
  row: number;
  owner: { name: string; email: string };
  /** Names written in Phối hợp ('' for none). */
  coOwners: string;
  due: IsoDate;
  fate: Fate;
  /** The day the owner reports 50% progress. */
  halfwayOn: IsoDate;
  /** The day the owner marks it Hoàn thành (none for 'never'). */
  doneOn: IsoDate | null;
}

export interface StaffRow {
  name: string;
  email: string;
  position: string;
  team: string;
}

/** Deadlines run from early February to mid-December. */
export const FIRST_DUE: IsoDate = '2026-02-02';
export const LAST_DUE: IsoDate = '2026-12-18';
/** Hours of the day (Asia/Ho_Chi_Minh): triggers fire up to RUN_HOUR, people edit at EDIT_HOUR. */
export const RUN_HOUR = 10;
export const EDIT_HOUR = 15;

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const FATES: readonly Fate[] = ['onTime', 'late', 'never', 'onTime', 'late'];

function headerIndex(header: readonly unknown[], def: { header: string; aliases?: readonly string[] }): number {
  const names = new Set([def.header, ...(def.aliases ?? [])].map(fold));
  const i = header.findIndex((h) => names.has(fold(String(h))));
  if (i < 0) throw new Error(`scenario: column "${def.header}" not found`);
  return i;
}

const column = (key: string) => {
  const def = SHEETS.tasks.columns.find((c) => c.key === key);
  if (!def) throw new Error(`scenario: no task column ${key}`);
  return def;
};

function letter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function readStaffRows(sb: ScenarioSandbox): StaffRow[] {
  const [header = [], ...rows] = sb.spreadsheet.valuesOf(SHEETS.staff.name);
  const col = (key: string) =>
    headerIndex(
      header,
      SHEETS.staff.columns.find((c) => c.key === key)!,
    );
  const [name, email, position, team] = [col('name'), col('email'), col('position'), col('team')];
  const text = (r: unknown[], i: number) => String(r[i] ?? '').trim();
  return rows
    .map((r) => ({
      name: text(r, name),
      email: text(r, email).toLowerCase(),
      position: text(r, position),
      team: text(r, team),
    }))
    .filter((s) => s.name && s.email);
}

/**
 * The assignment the scenario makes: task i (sheet order) is owned by staff member (3i + 1) mod n
 * (the principal is skipped), due on an even spread of dates, with the fate FATES[i mod 5]; every
 * fourth task has the next person as co-owner.
 */
export function plannedAssignment(sb: ScenarioSandbox, principal: string): ScriptedTask[] {
  const [header = [], ...rows] = sb.spreadsheet.valuesOf(SHEETS.tasks.name);
  const codeAt = headerIndex(header, column('code'));
  const staff = readStaffRows(sb).filter((s) => s.email !== principal.toLowerCase());
  if (staff.length < 2) throw new Error('scenario: Cán bộ needs at least two staff besides the principal');
  const tasks = rows.map((r, i) => ({ code: String(r[codeAt] ?? '').trim(), row: i + 2 })).filter((t) => t.code);
  const span = Math.round((Date.parse(LAST_DUE) - Date.parse(FIRST_DUE)) / 86_400_000);
  return tasks.map((t, i): ScriptedTask => {
    const owner = staff[(3 * i + 1) % staff.length]!;
    const due = addDays(FIRST_DUE, tasks.length > 1 ? Math.round((i * span) / (tasks.length - 1)) : 0);
    return {
      ...t,
      owner: { name: owner.name, email: owner.email },
      coOwners: i % 4 === 0 ? staff[(3 * i + 2) % staff.length]!.name : '',
      ...fateOf(i, due),
    };
  });
}

function fateOf(i: number, due: IsoDate): Pick<ScriptedTask, 'due' | 'fate' | 'halfwayOn' | 'doneOn'> {
  const fate = FATES[i % FATES.length]!;
  const doneOn = fate === 'onTime' ? addDays(due, -(i % 3)) : fate === 'late' ? addDays(due, 4 + (i % 9)) : null;
  return { due, fate, halfwayOn: addDays(due, -10), doneOn };
}

/**
 * The year's script as the sheet stands: each task with an owner and a deadline (whoever assigned
 * it: assignSchoolYear or the assign sidebar), acted on by its owner (a tổ's tổ trưởng), with the
 * fate FATES[i mod 5] by sheet order.
 */
export function schoolYearScript(sb: ScenarioSandbox, principal: string): ScriptedTask[] {
  const [header = [], ...rows] = sb.spreadsheet.valuesOf(SHEETS.tasks.name);
  const at = (key: string) => headerIndex(header, column(key));
  const [codeAt, ownerAt, coAt, dueAt] = [at('code'), at('owner'), at('coOwners'), at('dueDate')];
  const recipients = new AlertRecipients(
    readStaffRows(sb).map((s) => ({ ...s, team: s.team, role: '', active: true })),
  );
  const out: ScriptedTask[] = [];
  rows.forEach((r, i) => {
    const code = String(r[codeAt] ?? '').trim();
    const dueCell = r[dueAt];
    const due = dueCell instanceof Date ? isoDateInZone(dueCell, TIME_ZONE) : parseDateText(String(dueCell ?? ''));
    const found = recipients.resolve(String(r[ownerAt] ?? ''));
    if (!code || !due || !found.ok) return;
    const person = found.people.find((p) => p.email !== principal.toLowerCase()) ?? found.people[0]!;
    out.push({
      code,
      row: i + 2,
      owner: { name: person.name, email: person.email },
      coOwners: String(r[coAt] ?? ''),
      ...fateOf(i, due),
    });
  });
  return out;
}

/** The principal writes every owner, co-owner and deadline (three pastes, as a person would). */
export function assignSchoolYear(sb: ScenarioSandbox, principal: string): ScriptedTask[] {
  const script = plannedAssignment(sb, principal);
  if (script.length === 0) return script;
  const [header = []] = sb.spreadsheet.valuesOf(SHEETS.tasks.name);
  const first = script[0]!.row;
  const byRow = new Map(script.map((t) => [t.row, t]));
  const last = script[script.length - 1]!.row;
  const rows = Array.from({ length: last - first + 1 }, (_, i) => byRow.get(first + i));
  const paste = (key: string, value: (t: ScriptedTask) => string) => {
    const existing = sb.spreadsheet.valuesOf(SHEETS.tasks.name);
    const at = headerIndex(header, column(key));
    // Rows without a scripted task keep what they hold.
    const values = rows.map((t, i) => [t ? value(t) : (existing[first - 1 + i]?.[at] ?? '')]);
    sb.edit(principal, SHEETS.tasks.name, `${letter(at)}${first}`, values);
  };
  paste('owner', (t) => t.owner.name);
  paste('coOwners', (t) => t.coOwners);
  paste('dueDate', (t) => formatVn(t.due));
  return schoolYearScript(sb, principal);
}

/** One owner's edits of one day on their task, by column. */
/** What staff write in the text columns, so the report has results, evidence and difficulties to quote. */
const RESULTS = [
  'Đã triển khai đến toàn thể cán bộ, giáo viên; có biên bản và kế hoạch chi tiết kèm theo.',
  'Đã rà soát, cập nhật đầy đủ; kết quả được công khai trên Cổng thông tin điện tử của trường.',
  'Đã hoàn thành, báo cáo kết quả gửi Ban giám hiệu đúng mẫu.',
];
const DIFFICULTIES = [
  'Trùng lịch dạy và các hoạt động chuyên môn nên chưa bố trí được thời gian.',
  'Chưa nhận được hướng dẫn chi tiết của cấp trên.',
];
const PROPOSALS = [
  'Đề nghị Ban giám hiệu điều chỉnh thời hạn và bố trí thêm người phối hợp.',
  'Đề nghị UBND phường tổ chức tập huấn cho cán bộ phụ trách.',
];
const pick = (list: readonly string[], code: string) =>
  list[[...code].reduce((n, ch) => n + ch.charCodeAt(0), 0) % list.length]!;

function editsOn(day: IsoDate, t: ScriptedTask): [string, unknown][] {
  if (day === t.halfwayOn && t.doneOn !== t.halfwayOn) {
    const progress: [string, unknown][] = [
      ['progressStatus', 'Đang thực hiện'],
      ['progress', '50%'],
    ];
    if (t.fate === 'onTime') return progress;
    return [...progress, ['difficulties', pick(DIFFICULTIES, t.code)], ['proposal', pick(PROPOSALS, t.code)]];
  }
  if (day === t.doneOn) {
    return [
      ['completedDate', formatVn(day)],
      ['progress', '100%'],
      ['progressStatus', 'Hoàn thành'],
      ['result', pick(RESULTS, t.code)],
      ['evidence', `https://drive.google.com/drive/folders/minh-chung-${t.code.replace(/\./g, '-')}`],
    ];
  }
  return [];
}

export interface SchoolYearOptions {
  from: IsoDate;
  to: IsoDate;
  /** The principal's email (to read the script: the principal owns no scripted task). */
  principal: string;
  /** The script to play (default: derived from the sheet now, as assignSchoolYear wrote it). */
  script?: ScriptedTask[];
  /** Called at the end of each day, after the triggers and the edits. */
  onDay?: (day: IsoDate) => void;
}

/** Steps day by day: fire the day's due triggers, then apply the day's scripted edits. */
export function runSchoolYear(sb: ScenarioSandbox, opts: SchoolYearOptions): ScriptedTask[] {
  const script = opts.script ?? schoolYearScript(sb, opts.principal);
  const [header = []] = sb.spreadsheet.valuesOf(SHEETS.tasks.name);
  const colOf = new Map(
    ['progressStatus', 'progress', 'completedDate', 'result', 'evidence', 'difficulties', 'proposal'].map((k) => [
      k,
      letter(headerIndex(header, column(k))),
    ]),
  );
  const hh = (h: number) => String(h).padStart(2, '0');
  // The clock only moves forward (the first day may already be past these hours).
  const moveTo = (at: string) => {
    if (Date.parse(at) > sb.clock.now().getTime()) sb.clock.set(at);
  };
  for (let day = opts.from; day <= opts.to; day = addDays(day, 1)) {
    moveTo(`${day}T${hh(RUN_HOUR)}:00:00+07:00`);
    sb.fireDueTriggers();
    const edits = script.flatMap((t) => editsOn(day, t).map(([key, value]) => ({ t, key, value })));
    // Moving the clock recalculates TODAY() everywhere: only for days with edits.
    if (edits.length) moveTo(`${day}T${hh(EDIT_HOUR)}:00:00+07:00`);
    for (const { t, key, value } of edits)
      sb.edit(t.owner.email, SHEETS.tasks.name, `${colOf.get(key)}${t.row}`, value);
    opts.onDay?.(day);
  }
  return script;
}
