// The whole product once, through the built bundle in the sandbox: setup and import, assigning the
// plan, alerts over two weeks, Làm mới định dạng, and the report. Used to walk what the product
// touches: the classes it is handed (declarations test) and the methods it calls (parity coverage).
import { createSandbox, type Sandbox } from '../../sandbox/runtime';
import { loadSampleStaff, PRINCIPAL } from '../../samples';
import { setupAndImport } from '../../scripts/demo/workbook';
import { assignSamplePlan } from '../../scripts/demo/assign';
import { enableAlerts, simulateTerm } from '../../scripts/demo/alerts';
import { demoFlags } from '../../scripts/demo/flags';
import { ensureBundle } from './bundle';

let run: Sandbox | null = null;

export function productRun(): Sandbox {
  if (run) return run;
  ensureBundle();
  const staff = loadSampleStaff();
  const sb = createSandbox({
    start: '2026-01-20T08:00:00+07:00',
    owner: PRINCIPAL,
    editors: staff.map((s) => s.email).filter((e) => e !== PRINCIPAL),
  });
  setupAndImport(sb, PRINCIPAL);
  assignSamplePlan(sb, PRINCIPAL);
  enableAlerts(sb, PRINCIPAL);
  simulateTerm(sb, PRINCIPAL, '2026-01-21', '2026-02-05');
  demoFlags(sb, PRINCIPAL);
  sb.clickMenu(PRINCIPAL, 'Tạo báo cáo…');
  const load = sb.callServer<{ nextNumber: string; recipients: string }>(PRINCIPAL, 'reportLoad');
  const built = sb.callServer<{ ok: boolean }>(PRINCIPAL, 'reportBuild', {
    period: 'H1:2026',
    reportDate: '2026-02-05',
    number: load.nextNumber,
    blankNumber: false,
    signer: 'principal',
    recipients: load.recipients,
    pdf: true,
  });
  if (!built.ok) throw new Error('productRun: the report was not built');
  run = sb;
  return sb;
}

/** Every 'Class.method' the product called in that run, sorted. */
export function productMethodsCalled(): string[] {
  return [...productRun().env.counter.totals.keys()].filter((k) => k.includes('.')).sort();
}
