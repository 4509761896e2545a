// Who a task can be given to: active staff from Cán bộ and the tổ chuyên môn (whose tổ trưởng gets
// the alerts); matching owner text typed by hand (diacritics, NFD/NFC, spaces, duplicate names);
// and the diacritic-insensitive search the sidebar runs in the browser (this module is bundled
// into the client, so it depends only on text.ts).
import type { StaffMember } from './domain';
import { fold, nfc, squash } from './text';
import { assignMsg } from '../messages/assign';

export interface Assignee {
  /** Stable between the sidebar's load and submit: 'email:…', 'name:…' (no email) or 'team:…'. */
  id: string;
  kind: 'person' | 'team';
  /** What the Người chủ trì / Phối hợp cell shows. */
  label: string;
  /** Who is notified: the person, or the team's tổ trưởng ('' when there is none). */
  notifyName: string;
  /** '' when Cán bộ has no email for that person (or the team has no tổ trưởng with one). */
  email: string;
  /** Chức vụ, tổ, email: a second line in the picker. */
  detail: string;
  /** Folded label, email and detail: what the search runs on. */
  searchText: string;
}

export interface Directory {
  people: Assignee[];
  teams: Assignee[];
  /** Every assignee by id. */
  byId: Map<string, Assignee>;
}

const TEAM_LEADER = fold('Tổ trưởng');
const EMAIL_IN_TEXT = /[^\s<>(),;]+@[^\s<>(),;]+\.[^\s<>(),;]+/;

/** "Tổ trưởng", "Tổ trưởng chuyên môn", "Tổ trưởng văn phòng" (not "Tổ phó"). */
export function isTeamLeader(member: StaffMember): boolean {
  const position = fold(member.position);
  return position === TEAM_LEADER || position.startsWith(`${TEAM_LEADER} `);
}

/** Active staff as people (duplicate names get their email in the label) and their teams. */
export function buildDirectory(staff: readonly StaffMember[]): Directory {
  const active = staff.filter((s) => s.active && squash(s.name) !== '');
  const nameCount = new Map<string, number>();
  for (const s of active) nameCount.set(fold(s.name), (nameCount.get(fold(s.name)) ?? 0) + 1);

  const seen = new Map<string, number>();
  const people = active.map((s): Assignee => {
    const name = squash(nfc(s.name));
    const folded = fold(name);
    const n = (seen.get(folded) ?? 0) + 1;
    seen.set(folded, n);
    const duplicate = (nameCount.get(folded) ?? 0) > 1;
    const label = duplicate && s.email ? `${name} (${s.email})` : name;
    const detail = [s.position, s.team, s.email || assignMsg.noEmailDetail].map((p) => squash(nfc(p))).filter(Boolean).join(' · ');
    return {
      id: s.email ? `email:${s.email.toLowerCase()}` : `name:${folded}:${n}`,
      kind: 'person',
      label,
      notifyName: name,
      email: s.email.toLowerCase(),
      detail,
      searchText: fold(`${label} ${s.email} ${s.position} ${s.team}`),
    };
  });

  const teams = new Map<string, Assignee>();
  for (const s of active) {
    const team = squash(nfc(s.team));
    if (!team || teams.has(fold(team))) continue;
    const leader = active.find((m) => fold(m.team) === fold(team) && isTeamLeader(m)) ?? null;
    const leaderName = leader ? squash(nfc(leader.name)) : '';
    teams.set(fold(team), {
      id: `team:${fold(team)}`,
      kind: 'team',
      label: team,
      notifyName: leaderName,
      email: leader?.email.toLowerCase() ?? '',
      detail: assignMsg.teamDetail(leaderName),
      searchText: fold(`${team} ${leaderName}`),
    });
  }
  const all = [...people, ...teams.values()];
  return { people, teams: [...teams.values()], byId: new Map(all.map((a) => [a.id, a])) };
}

export type OwnerMatch =
  | { status: 'empty' }
  | { status: 'matched'; assignee: Assignee; /** false when the text differs from the label (Unicode form, case, spacing, diacritics) */ exact: boolean }
  | { status: 'ambiguous'; candidates: Assignee[] }
  | { status: 'unknown' };

/**
 * The assignee a cell's text names. An email anywhere in the text decides; otherwise names are
 * compared folded (so NFD text, extra spaces or missing diacritics still match), then teams.
 */
export function matchOwnerText(text: string, directory: Directory): OwnerMatch {
  const clean = squash(nfc(text));
  if (!clean) return { status: 'empty' };
  const email = EMAIL_IN_TEXT.exec(clean)?.[0]?.toLowerCase();
  if (email) {
    const byEmail = directory.people.find((p) => p.email === email);
    return byEmail ? { status: 'matched', assignee: byEmail, exact: byEmail.label === text } : { status: 'unknown' };
  }
  const folded = fold(clean);
  const people = directory.people.filter((p) => fold(p.notifyName) === folded || fold(p.label) === folded);
  if (people.length === 1) return { status: 'matched', assignee: people[0]!, exact: people[0]!.label === text };
  if (people.length > 1) return { status: 'ambiguous', candidates: people };
  const team = directory.teams.find((t) => fold(t.label) === folded);
  return team ? { status: 'matched', assignee: team, exact: team.label === text } : { status: 'unknown' };
}

/** The assignee an id from the sidebar names, or the text a user typed into the field. */
export function resolveAssignee(idOrText: string, directory: Directory): OwnerMatch {
  const byId = directory.byId.get(idOrText.trim());
  return byId ? { status: 'matched', assignee: byId, exact: true } : matchOwnerText(idOrText, directory);
}

/** Splits a Phối hợp cell ("A, B; C") into names. */
export function splitNames(text: string): string[] {
  return nfc(text).split(/[,;\n]+/).map(squash).filter(Boolean);
}

/**
 * Assignees whose name, email, chức vụ or tổ contain every word of the query, ignoring diacritics
 * and case ("nguyen thi le" finds "Nguyễn Thị Lê"); names starting with the query come first.
 */
export function searchAssignees<T extends Pick<Assignee, 'label' | 'searchText'>>(query: string, options: readonly T[]): T[] {
  const q = fold(query);
  if (!q) return [...options];
  const words = q.split(' ');
  const hits = options.filter((o) => words.every((w) => o.searchText.includes(w)));
  const starts = (o: T) => (fold(o.label).startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b));
}
