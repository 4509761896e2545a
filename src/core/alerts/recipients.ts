// Who gets the alerts for an owner text: the owner matching the assign sidebar uses (assign/people.ts)
// plus what only the alerts do: a position names everyone active who holds it, an email outside
// Cán bộ is written to as is, and a text nobody can receive says why (for the principal's summary).
// Pure; used by the alert plan.
import type { StaffMember } from '../domain';
import { buildDirectory, directoryOf, emailIn, matchOwnerText, type Directory } from '../assign/people';
import { fold, nfc, squash } from '../text';

export interface Person {
  email: string;
  name: string;
}

export type Unreachable = 'unknown' | 'inactive' | 'noEmail' | 'noTeamLeader' | 'ambiguous';

export type Resolution = { ok: true; people: Person[] } | { ok: false; text: string; why: Unreachable };

export class AlertRecipients {
  private readonly active: Directory;
  /** Staff no longer active: tells 'inactive' from 'unknown'. */
  private readonly former: Directory;
  private readonly byPosition = new Map<string, StaffMember[]>();

  constructor(staff: readonly StaffMember[]) {
    this.active = buildDirectory(staff);
    this.former = directoryOf(staff.filter((s) => !s.active));
    for (const s of staff) {
      const key = fold(s.position);
      if (key) this.byPosition.set(key, [...(this.byPosition.get(key) ?? []), s]);
    }
  }

  /** The display name for an email (the staff name when known). */
  nameOf(email: string): string {
    const e = email.toLowerCase();
    const known = this.active.people.find((p) => p.email === e) ?? this.former.people.find((p) => p.email === e);
    return known?.notifyName || email;
  }

  resolve(text: string): Resolution {
    const fail = (why: Unreachable): Resolution => ({ ok: false, text, why });
    const match = matchOwnerText(text, this.active);
    if (match.status === 'matched') {
      const { kind, notifyName, email } = match.assignee;
      if (kind === 'team' && !notifyName) return fail('noTeamLeader');
      return email ? { ok: true, people: [{ email, name: notifyName }] } : fail('noEmail');
    }
    // Same name, several active staff: not guessed (the sidebar flags it too), named in the summary.
    if (match.status === 'ambiguous') return fail('ambiguous');
    const former = matchOwnerText(text, this.former).status;
    if (former === 'matched' || former === 'ambiguous') return fail('inactive');
    // Alerts only: an address not in Cán bộ is written to as is.
    const email = emailIn(text);
    if (email) return { ok: true, people: [{ email, name: email }] };
    // Alerts only: a position imported from the plan ("Phó hiệu trưởng") reaches everyone holding it.
    const holders = this.byPosition.get(fold(text));
    return holders ? reach(text, holders) : fail('unknown');
  }
}

function reach(text: string, members: readonly StaffMember[]): Resolution {
  const active = members.filter((m) => m.active);
  if (active.length === 0) return { ok: false, text, why: 'inactive' };
  const withEmail = active.filter((m) => m.email);
  if (withEmail.length === 0) return { ok: false, text, why: 'noEmail' };
  return { ok: true, people: withEmail.map((m) => ({ email: m.email.toLowerCase(), name: squash(nfc(m.name)) })) };
}
