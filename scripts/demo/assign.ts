// The demo's assignment step: the principal selects every task in Nhiệm vụ, opens the sidebar and
// hands the plan out area by area (a few tasks per action, deadlines through 2026) through the
// sidebar's own server functions, so the notification emails land in sb.mail.outbox.
import type { Sandbox } from '../../sandbox/runtime';
import type { AssignLoadResult, AssignPayload, AssignSubmitResult } from '../../src/contracts/assign';
import { searchAssignees } from '../../src/core/assign/people';
import { addDays, isoDate } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import { fold } from '../../src/core/text';

type Option = AssignLoadResult['options'][number];

/** Who takes each area: a search the sidebar would run (chức vụ or tổ), and which hit. */
const OWNER_BY_AREA: Record<string, { owner: [string, number]; coOwner?: [string, number] }> = {
  [fold('Chỉ đạo, điều hành')]: { owner: ['pho hieu truong', 0], coOwner: ['van thu', 0] },
  [fold('Cải cách thể chế')]: { owner: ['pho hieu truong', 1] },
  [fold('Cải cách TTHC')]: { owner: ['van thu', 0], coOwner: ['ke toan', 0] },
  [fold('Cải cách tổ chức bộ máy')]: { owner: ['to van phong', 0] },
  [fold('Cải cách chế độ công vụ')]: { owner: ['to 1', 0], coOwner: ['to 2-3', 0] },
  [fold('Cải cách tài chính công')]: { owner: ['ke toan', 0], coOwner: ['van thu', 0] },
  [fold('Chính quyền điện tử, chính quyền số')]: { owner: ['thiet bi', 0], coOwner: ['tieng anh', 0] },
  [fold('Tổ chức thực hiện')]: { owner: ['pho hieu truong', 0], coOwner: ['to 4-5', 0] },
};
const TASKS_PER_ACTION = 3;

function choose(options: readonly Option[], [query, index]: [string, number], fallback: number): Option {
  const people = options.filter((o) => o.kind === 'person');
  return searchAssignees(query, options)[index] ?? people[fallback % people.length]!;
}

/** Last day of a month of 2026 (month 1–12). */
const endOfMonth = (month: number) => addDays(month === 12 ? isoDate(2027, 1, 1) : isoDate(2026, month + 1, 1), -1);

export interface AssignDemoResult {
  actions: number;
  tasks: number;
  emails: number;
  messages: string[];
}

export function assignSamplePlan(sb: Sandbox, principal: string): AssignDemoResult {
  const values = sb.spreadsheet.valuesOf(SHEETS.tasks.name);
  sb.select(principal, SHEETS.tasks.name, [`A2:A${Math.max(values.length, 2)}`]);
  const load = sb.callServer<AssignLoadResult>(principal, 'assignLoad');

  const header = (values[0] ?? []).map((h) => fold(String(h)));
  const codeCol = header.indexOf(fold('Mã'));
  const areaCol = header.indexOf(fold('Lĩnh vực'));
  const areaOf = new Map(values.slice(1).map((r) => [String(r[codeCol]), String(r[areaCol] ?? '')]));
  const byArea = new Map<string, string[]>();
  for (const t of load.tasks) {
    const area = fold(areaOf.get(t.code) ?? '');
    byArea.set(area, [...(byArea.get(area) ?? []), t.code]);
  }

  const emailsBefore = sb.mail.outbox.length;
  const result: AssignDemoResult = { actions: 0, tasks: 0, emails: 0, messages: [] };
  [...byArea].forEach(([area, codes], a) => {
    const plan = OWNER_BY_AREA[area] ?? { owner: ['giao vien', a] as [string, number] };
    const owner = choose(load.options, plan.owner, a);
    const coOwner = plan.coOwner ? choose(load.options, plan.coOwner, a + 1) : null;
    for (let i = 0; i < codes.length; i += TASKS_PER_ACTION) {
      const batch = codes.slice(i, i + TASKS_PER_ACTION);
      // Deadlines from March to December, spread by area and batch.
      const month = 3 + ((a * 2 + i / TASKS_PER_ACTION) % 10);
      const payload: AssignPayload = {
        codes: batch,
        ownerId: owner.id,
        coOwnerIds: coOwner && coOwner.id !== owner.id ? [coOwner.id] : [],
        startDate: '2026-02-02',
        dueDate: endOfMonth(month),
        note: 'Đề nghị cập nhật tiến độ và minh chứng trong sổ theo dõi.',
        sendEmail: true,
        confirmReassign: false,
      };
      let answer = sb.callServer<AssignSubmitResult>(principal, 'assignSubmit', payload);
      if (answer.ok && answer.status === 'confirm')
        answer = sb.callServer<AssignSubmitResult>(principal, 'assignSubmit', { ...payload, confirmReassign: true });
      if (!answer.ok || answer.status !== 'done') throw new Error(`demo assignment refused: ${JSON.stringify(answer)}`);
      result.actions++;
      result.tasks += batch.length;
      result.messages.push(answer.message);
    }
  });
  result.emails = sb.mail.outbox.length - emailsBefore;
  return result;
}
