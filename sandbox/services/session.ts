// Session: who runs the current execution. The active user's email is '' where Apps Script hides it
// (the runtime decides per execution: simple triggers run for someone other than the script owner).
import { SandboxObject, type SandboxEnv } from '../env';
import { declareUnsupported } from './support';

type GasSession = GoogleAppsScript.Base.Session;

export class SessionUser extends SandboxObject implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly serviceName = 'Session';
  readonly className = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
  /** A User prints as its email (gas-fakes test/testsession.js). */
  override toString(): string {
    return this.email;
  }
}
declareUnsupported<GoogleAppsScript.Base.User, SessionUser>(SessionUser, 'User', ['getUserLoginId']);

export class SessionImpl
  extends SandboxObject
  implements Pick<GasSession, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale'>
{
  readonly serviceName = 'Session';
  readonly className = 'Session';
  constructor(
    private readonly env: SandboxEnv,
    private readonly locale: string,
  ) {
    super();
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return new SessionUser(this.env.requireExecution().activeUserEmail) as unknown as GoogleAppsScript.Base.User;
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return new SessionUser(this.env.requireExecution().effectiveUserEmail) as unknown as GoogleAppsScript.Base.User;
  }
  getScriptTimeZone(): string {
    return this.env.timeZone;
  }
  getActiveUserLocale(): string {
    return this.locale;
  }
}
declareUnsupported<GasSession, SessionImpl>(SessionImpl, 'Session', [
  'getTemporaryActiveUserKey',
  'getTimeZone',
  'getUser',
]);
