// The demo's assignment step on the sample plan and sample staff: every task gets an owner and a
// 2026 deadline through the sidebar's server functions, and the emails are in the outbox.
import { describe, expect, it } from 'vitest';
import { assignSamplePlan } from '../../scripts/demo/assign';
import { SHEETS } from '../../src/core/schema';
import { trackerWithPlan } from '../support/world';
import { column } from '../support/assignWorld';

describe('assignSamplePlan', () => {
  it('assigns the 42 sample tasks to sample staff with due dates through 2026', () => {
    const { sb, principal } = trackerWithPlan();
    const result = assignSamplePlan(sb, principal);
    expect(result.tasks).toBe(42);
    const rows = sb.spreadsheet
      .valuesOf(SHEETS.tasks.name)
      .slice(1)
      .filter((r) => r[0] !== '');
    const owner = column(sb, SHEETS.tasks.name, 'owner');
    const due = column(sb, SHEETS.tasks.name, 'dueDate');
    expect(rows).toHaveLength(42);
    for (const r of rows) {
      expect(String(r[owner])).not.toBe('');
      expect(r[due]).toBeInstanceOf(Date);
      expect((r[due] as Date).getUTCFullYear()).toBe(2026);
    }
    expect(result.emails).toBe(sb.mail.outbox.length);
    expect(result.emails).toBeGreaterThanOrEqual(result.actions);
    expect(sb.mail.outbox.every((m) => m.replyTo === principal && m.subject.startsWith('[CCHC]'))).toBe(true);
    // A team as owner: its tổ trưởng is told.
    expect(sb.mail.outbox.some((m) => m.to.includes('oanh.tt@thmythinh.edu.vn'))).toBe(true);
  });
});
