// A bare sandbox for the service-level tests (no bundle): a SandboxEnv on the first day of the
// tests' term, owned by the principal, with Drive and DocumentApp over it, and `as(user, fn)`
// running fn as one execution by that user.
import { SandboxClock, SandboxEnv, type Execution, type ExecutionKind } from '../../sandbox/env';
import { DriveService } from '../../sandbox/drive';
import { DocumentService } from '../../sandbox/document';

export const OWNER = 'hieutruong@thmythinh.edu.vn';
export const STAFF = 'gv.lan@thmythinh.edu.vn';

export function serviceSandbox() {
  const env = new SandboxEnv(new SandboxClock('2026-01-20T08:00:00+07:00'), OWNER);
  const as = <T>(user: string, fn: () => T, kind: ExecutionKind = 'editor'): { result: T; execution: Execution } =>
    env.run(kind, 'test', { active: user, effective: user }, fn);
  return { env, as };
}

/** The same, with the Drive and DocumentApp services (DocumentApp keeps its Docs in that Drive). */
export function docsSandbox() {
  const { env, as } = serviceSandbox();
  const drive = new DriveService(env);
  const docs = new DocumentService(env, drive);
  return { env, as, drive, docs, DriveApp: drive.app, DocumentApp: docs.app };
}
