// Who an owner text stands for, for both the assign sidebar and the daily alerts (alerts/recipients.ts
// adds what only the alerts do): active staff from Cán bộ and the tổ chuyên môn (whose tổ trưởng is
// notified); matching owner text typed by hand (diacritics, NFD/NFC, spaces, duplicate names);
// and the diacritic-insensitive search the sidebar runs in the browser (this module is bundled
// into the client, so it depends only on text.ts and messages).
import { TEAM_LEADER_POSITION, type StaffMember } from '../domain';
import { fold, nfc, squash } from '../text';
import { assignMsg } from '../../messages/assign';

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

const TEAM_LEADER = fold(TEAM_LEADER_POSITION);
const EMAIL_IN_TEXT = /[^\s<>(),;]+@[^\s<>(),;]+\.[^\s<>(),;]+/;

/** "Tổ trưởng", "Tổ trưởng chuyên môn", "Tổ trưởng văn phòng" (not "Tổ phó", not "Phó tổ trưởng"): both features. */
export function isTeamLeader(member: StaffMember): boolean {
  const position = fold(member.position);
  return position === TEAM_LEADER || position.startsWith(`${TEAM_LEADER} `);
}

/** "Tổ 1", "tổ chuyên môn 1" and "1" name the same team: both features match teams by this key. */
export function teamKey(team: string): string {
  return fold(team).replace(/^to (chuyen mon )?/, '');
}

/** The email written anywhere in an owner text ("Nguyễn Văn An (an.nv@…)"), lower case. */
export function emailIn(text: string): string | undefined {
  return EMAIL_IN_TEXT.exec(text)?.[0]?.toLowerCase();
}

/** Active staff as people (duplicate names get their email in the label) and their teams. */
export function buildDirectory(staff: readonly StaffMember[]): Directory {
  return directoryOf(staff.filter((s) => s.active));
}

/** These staff (whatever their status) as people and teams, matched the same way. */
export function directoryOf(staff: readonly StaffMember[]): Directory {
  const members = staff.filter((s) => squash(s.name) !== '');
  const nameCount = new Map<string, number>();
  for (const s of members) nameCount.set(fold(s.name), (nameCount.get(fold(s.name)) ?? 0) + 1);

  const seen = new Map<string, number>();
  const people = members.map((s): Assignee => {
    const name = squash(nfc(s.name));
    const folded = fold(name);
    const n = (seen.get(folded) ?? 0) + 1;
    seen.set(folded, n);
    const duplicate = (nameCount.get(folded) ?? 0) > 1;
    const label = duplicate && s.email ? `${name} (${s.email})` : name;
    const detail = [s.position, s.team, s.email || assignMsg.noEmailDetail]
      .map((p) => squash(nfc(p)))
      .filter(Boolean)
      .join(' · ');
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
  for (const s of members) {
    const team = squash(nfc(s.team));
    const key = teamKey(team);
    if (!team || teams.has(key)) continue;
    const leader = members.find((m) => teamKey(m.team) === key && isTeamLeader(m)) ?? null;
    const leaderName = leader ? squash(nfc(leader.name)) : '';
    teams.set(key, {
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
  | {
      status: 'matched';
      assignee: Assignee;
      /** false when the text differs from the label (Unicode form, case, spacing, diacritics) */ exact: boolean;
    }
  | { status: 'ambiguous'; candidates: Assignee[] }
  | { status: 'unknown' };

/**
 * The assignee a cell's text names. An email anywhere in the text decides (so the sidebar's
 * "Nguyễn Văn An (an.nv@…)" names that An); otherwise names are compared folded (NFD text, extra
 * spaces or missing diacritics still match), then teams by teamKey. Same-named people are
 * 'ambiguous', never guessed: the sidebar flags them and the alerts name them in the summary.
 */
export function matchOwnerText(text: string, directory: Directory): OwnerMatch {
  const clean = squash(nfc(text));
  if (!clean) return { status: 'empty' };
  const email = emailIn(clean);
  if (email) {
    const byEmail = directory.people.find((p) => p.email === email);
    return byEmail ? { status: 'matched', assignee: byEmail, exact: byEmail.label === text } : { status: 'unknown' };
  }
  const folded = fold(clean);
  const people = directory.people.filter((p) => fold(p.notifyName) === folded || fold(p.label) === folded);
  if (people.length === 1) return { status: 'matched', assignee: people[0]!, exact: people[0]!.label === text };
  if (people.length > 1) return { status: 'ambiguous', candidates: people };
  const key = teamKey(clean);
  const team = directory.teams.find((t) => teamKey(t.label) === key);
  return team ? { status: 'matched', assignee: team, exact: team.label === text } : { status: 'unknown' };
}

/** The assignee an id from the sidebar names, or the text a user typed into the field. */
export function resolveAssignee(idOrText: string, directory: Directory): OwnerMatch {
  const byId = directory.byId.get(idOrText.trim());
  return byId ? { status: 'matched', assignee: byId, exact: true } : matchOwnerText(idOrText, directory);
}

/** Splits a Người chủ trì / Phối hợp cell ("A, B; C") into names (NFC, spaces squashed): both features. */
export function splitNames(text: string): string[] {
  return nfc(text)
    .split(/[,;\n]+/)
    .map(squash)
    .filter(Boolean);
}

/**
 * Assignees whose name, email, chức vụ or tổ contain every word of the query, ignoring diacritics
 * and case ("nguyen thi le" finds "Nguyễn Thị Lê"); names starting with the query come first.
 */
export function searchAssignees<T extends Pick<Assignee, 'label' | 'searchText'>>(
  query: string,
  options: readonly T[],
): T[] {
  const q = fold(query);
  if (!q) return [...options];
  const words = q.split(' ');
  const hits = options.filter((o) => words.every((w) => o.searchText.includes(w)));
  const starts = (o: T) => (fold(o.label).startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b));
}
