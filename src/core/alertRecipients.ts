// Who an owner text in the sheet stands for: a person by name or email, a tổ chuyên môn (its tổ
// trưởng receives), or a position (everyone active who holds it). Pure; used by the alert plan.
import type { StaffMember } from './domain';
import { fold } from './text';

export interface Person {
  email: string;
  name: string;
}

export type Resolution =
  | { ok: true; people: Person[] }
  | { ok: false; text: string; why: 'unknown' | 'inactive' | 'noEmail' | 'noTeamLeader' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEAM_LEADER = 'to truong';

/** "A, B; C" → ["A", "B", "C"]: co-owner cells list several people. */
export function splitPeople(text: string): string[] {
  return text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
}

export class StaffDirectory {
  private readonly byName = new Map<string, StaffMember[]>();
  private readonly byEmail = new Map<string, StaffMember>();
  private readonly byTeam = new Map<string, StaffMember[]>();
  private readonly byPosition = new Map<string, StaffMember[]>();

  constructor(staff: readonly StaffMember[]) {
    const push = (map: Map<string, StaffMember[]>, key: string, s: StaffMember) => {
      if (key) map.set(key, [...(map.get(key) ?? []), s]);
    };
    for (const s of staff) {
      push(this.byName, fold(s.name), s);
      if (s.email) this.byEmail.set(s.email.toLowerCase(), s);
      push(this.byTeam, teamKey(s.team), s);
      push(this.byPosition, fold(s.position), s);
    }
  }

  /** The display name for an email (the staff name when known). */
  nameOf(email: string): string {
    return this.byEmail.get(email.toLowerCase())?.name || email;
  }

  resolve(text: string): Resolution {
    const trimmed = text.trim();
    if (EMAIL.test(trimmed)) {
      const email = trimmed.toLowerCase();
      const member = this.byEmail.get(email);
      if (member && !member.active) return { ok: false, text, why: 'inactive' };
      return { ok: true, people: [{ email, name: member?.name || email }] };
    }
    const key = fold(trimmed);
    const named = this.byName.get(key);
    if (named) return people(text, named);
    const team = this.byTeam.get(teamKey(trimmed));
    if (team) {
      const leaders = team.filter((s) => fold(s.position).includes(TEAM_LEADER));
      return leaders.length ? people(text, leaders) : { ok: false, text, why: 'noTeamLeader' };
    }
    const holders = this.byPosition.get(key);
    if (holders) return people(text, holders);
    return { ok: false, text, why: 'unknown' };
  }
}

/** "Tổ 1", "tổ chuyên môn 1" and "1" name the same team. */
function teamKey(team: string): string {
  return fold(team).replace(/^to (chuyen mon )?/, '').trim();
}

function people(text: string, members: readonly StaffMember[]): Resolution {
  const active = members.filter((m) => m.active);
  if (active.length === 0) return { ok: false, text, why: 'inactive' };
  const withEmail = active.filter((m) => m.email);
  if (withEmail.length === 0) return { ok: false, text, why: 'noEmail' };
  return { ok: true, people: withEmail.map((m) => ({ email: m.email.toLowerCase(), name: m.name })) };
}
