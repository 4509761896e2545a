// The spreadsheet's Ui (SpreadsheetApp.getUi()): custom menus per user, alerts and prompts that a
// test answers, sidebars and dialogs that a test inspects. Everything shown is recorded in order.
import { SandboxObject, type SandboxEnv } from '../env';
import { declareUnsupported, enumOf } from './support';
import { HtmlOutput } from './html';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export type ButtonName = keyof typeof Button;
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuItemRecord =
  { label: string; functionName: string } | 'separator' | { label: string; items: MenuItemRecord[] };
export interface MenuRecord {
  title: string;
  items: MenuItemRecord[];
}

/** A queued answer: a button name, or a prompt's button and text. */
export type UiAnswer = ButtonName | { button: ButtonName; text?: string };

export type ShownRecord =
  | {
      kind: 'alert';
      user: string;
      title: string;
      message: string;
      buttons: ButtonSetName;
      answer: ButtonName;
      answeredBy: 'test' | 'default';
    }
  | {
      kind: 'prompt';
      user: string;
      title: string;
      message: string;
      buttons: ButtonSetName;
      answer: ButtonName;
      text: string;
      answeredBy: 'test' | 'default';
    }
  | { kind: 'sidebar'; user: string; title: string; html: string; output: HtmlOutput }
  | {
      kind: 'modal' | 'modeless';
      user: string;
      title: string;
      html: string;
      width: number;
      height: number;
      output: HtmlOutput;
    };

/** Spreadsheet.toast() belongs to the spreadsheet model; the recorder shows its list. */
export interface ToastRecord {
  user: string;
  title: string;
  message: string;
  timeoutSeconds: number;
  at: Date;
}

/** Harness side of the Ui: what was shown to whom, and the answers a test queued. */
export class UiRecorder {
  readonly shown: ShownRecord[] = [];
  private readonly menusByUser = new Map<string, MenuRecord[]>();
  private readonly answers: UiAnswer[] = [];

  /** Queues the answer the next alert or prompt gets (first in, first out). */
  answerNext(...answers: UiAnswer[]): void {
    this.answers.push(...answers);
  }
  get pendingAnswers(): number {
    return this.answers.length;
  }
  takeAnswer(): UiAnswer | undefined {
    return this.answers.shift();
  }

  menusOf(user: string): MenuRecord[] {
    return this.menusByUser.get(user.toLowerCase()) ?? [];
  }
  addMenu(user: string, menu: MenuRecord): void {
    const menus = this.menusOf(user).filter((m) => m.title !== menu.title);
    this.menusByUser.set(user.toLowerCase(), [...menus, menu]);
  }
  /** A new opening of the spreadsheet starts with no custom menus. */
  clearMenus(user: string): void {
    this.menusByUser.delete(user.toLowerCase());
  }

  /** Set by the runtime: the bound spreadsheet's toasts. */
  toastSource: () => readonly ToastRecord[] = () => [];

  get alerts() {
    return this.shown.filter((s): s is Extract<ShownRecord, { kind: 'alert' }> => s.kind === 'alert');
  }
  get prompts() {
    return this.shown.filter((s): s is Extract<ShownRecord, { kind: 'prompt' }> => s.kind === 'prompt');
  }
  get toasts(): readonly ToastRecord[] {
    return this.toastSource();
  }
  get sidebars() {
    return this.shown.filter((s): s is Extract<ShownRecord, { kind: 'sidebar' }> => s.kind === 'sidebar');
  }
  get dialogs() {
    return this.shown.filter(
      (s): s is Extract<ShownRecord, { kind: 'modal' | 'modeless' }> => s.kind === 'modal' || s.kind === 'modeless',
    );
  }
  /** The last thing shown, for short assertions. */
  get last(): ShownRecord | undefined {
    return this.shown[this.shown.length - 1];
  }
}

export class SandboxMenu
  extends SandboxObject
  implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly serviceName = 'SpreadsheetApp';
  readonly className = 'Menu';
  readonly items: MenuItemRecord[] = [];
  constructor(
    private readonly ui: SandboxUi,
    readonly title: string,
  ) {
    super();
  }
  addItem(caption: string, functionName: string): GasMenu {
    this.items.push({ label: String(caption), functionName: String(functionName) });
    return this as unknown as GasMenu;
  }
  addSeparator(): GasMenu {
    this.items.push('separator');
    return this as unknown as GasMenu;
  }
  addSubMenu(menu: GasMenu): GasMenu {
    const sub = menu as unknown as SandboxMenu;
    this.items.push({ label: sub.title, items: sub.items });
    return this as unknown as GasMenu;
  }
  addToUi(): void {
    this.ui.recordMenu({ title: this.title, items: [...this.items] });
  }
}

export class SandboxUi
  extends SandboxObject
  implements Pick<GasUi, 'alert' | 'prompt' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'>
{
  readonly serviceName = 'SpreadsheetApp';
  readonly className = 'Ui';
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    private readonly env: SandboxEnv,
    private readonly recorder: UiRecorder,
    /** The person in front of the screen (known even where Session hides it). */
    private readonly person: () => string,
  ) {
    super();
  }

  recordMenu(menu: MenuRecord): void {
    this.recorder.addMenu(this.person(), menu);
  }

  createMenu(caption: string): GasMenu {
    return new SandboxMenu(this, String(caption)) as unknown as GasMenu;
  }

  alert(
    ...args: [string] | [string, GoogleAppsScript.Base.ButtonSet] | [string, string, GoogleAppsScript.Base.ButtonSet]
  ): GoogleAppsScript.Base.Button {
    const { title, message, buttons } = dialogArgs(args);
    const { button, answeredBy } = this.answer(buttons, 'alert');
    this.recorder.shown.push({
      kind: 'alert',
      user: this.person(),
      title,
      message,
      buttons,
      answer: button,
      answeredBy,
    });
    return button as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(
    ...args: [string] | [string, GoogleAppsScript.Base.ButtonSet] | [string, string, GoogleAppsScript.Base.ButtonSet]
  ): GoogleAppsScript.Base.PromptResponse {
    const { title, message, buttons } = dialogArgs(args);
    const { button, text, answeredBy } = this.answer(buttons, 'prompt');
    this.recorder.shown.push({
      kind: 'prompt',
      user: this.person(),
      title,
      message,
      buttons,
      answer: button,
      text,
      answeredBy,
    });
    return new PromptResponse(button, text) as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const output = asOutput(userInterface, 'Ui.showSidebar');
    this.recorder.shown.push({
      kind: 'sidebar',
      user: this.person(),
      title: output.getTitle(),
      html: output.getContent(),
      output,
    });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('modal', userInterface, title);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('modeless', userInterface, title);
  }

  private dialog(kind: 'modal' | 'modeless', userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const output = asOutput(userInterface, kind === 'modal' ? 'Ui.showModalDialog' : 'Ui.showModelessDialog');
    this.recorder.shown.push({
      kind,
      user: this.person(),
      title: String(title),
      html: output.getContent(),
      width: output.getWidth(),
      height: output.getHeight(),
      output,
    });
  }

  private answer(
    buttons: ButtonSetName,
    what: 'alert' | 'prompt',
  ): { button: ButtonName; text: string; answeredBy: 'test' | 'default' } {
    const allowed = what === 'prompt' && buttons === 'OK' ? ['OK', 'CLOSE'] : [...BUTTONS_OF[buttons], 'CLOSE'];
    const queued = this.recorder.takeAnswer();
    if (queued === undefined) return { button: BUTTONS_OF[buttons][0]!, text: '', answeredBy: 'default' };
    const button = typeof queued === 'string' ? queued : queued.button;
    if (!allowed.includes(button)) {
      throw new Error(`sandbox: the queued answer ${button} is not a button of ButtonSet.${buttons} (${what})`);
    }
    return { button, text: typeof queued === 'string' ? '' : String(queued.text ?? ''), answeredBy: 'test' };
  }
}
declareUnsupported<GasUi, SandboxUi>(SandboxUi, 'Ui', ['createAddonMenu', 'showDialog']);

export class PromptResponse
  extends SandboxObject
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  readonly serviceName = 'SpreadsheetApp';
  readonly className = 'PromptResponse';
  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

function dialogArgs(args: readonly unknown[]): { title: string; message: string; buttons: ButtonSetName } {
  const toSet = (b: unknown): ButtonSetName => {
    if (typeof b === 'string' && b in ButtonSet) return b as ButtonSetName;
    throw new Error(`Invalid argument: buttons`);
  };
  if (args.length >= 3) return { title: String(args[0]), message: String(args[1]), buttons: toSet(args[2]) };
  if (args.length === 2) return { title: '', message: String(args[0]), buttons: toSet(args[1]) };
  return { title: '', message: String(args[0]), buttons: 'OK' };
}

function asOutput(value: unknown, method: string): HtmlOutput {
  if (value instanceof HtmlOutput) return value;
  throw new Error(`Cannot convert ${String(value)} to HtmlOutput. (${method})`);
}
