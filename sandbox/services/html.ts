// HtmlService: HtmlOutput, HtmlTemplate with <?= ?> / <?!= ?> / <? ?> scriptlets evaluated in the
// bundle's global scope, dist/NAME.html files, and the google.script.run bridge's value rules.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxObject, notSupported, type SandboxEnv } from '../env';
import { declareUnsupported, enumOf } from './support';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type GasHtmlService = GoogleAppsScript.HTML.HtmlService;

export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE', 'NONE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export class HtmlOutput
  extends SandboxObject
  implements
    Pick<
      GasHtmlOutput,
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getContent'
      | 'setContent'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'getMetaTags'
      | 'setFaviconUrl'
      | 'getFaviconUrl'
    >
{
  get serviceName(): string {
    return 'HtmlService';
  }
  get className(): string {
    return 'HtmlOutput';
  }
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;
  private favicon: string | null = null;
  sandboxMode: keyof typeof SandboxMode = 'IFRAME';
  xFrameOptionsMode: keyof typeof XFrameOptionsMode = 'DEFAULT';
  readonly metaTags: { name: string; content: string }[] = [];
  constructor(html = '') {
    super();
    this.content = String(html);
  }
  private self(): GasHtmlOutput {
    return this as unknown as GasHtmlOutput;
  }
  append(addedContent: string): GasHtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  appendUntrusted(addedContent: string): GasHtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }
  clear(): GasHtmlOutput {
    this.content = '';
    return this.self();
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GasHtmlOutput {
    this.content = String(content);
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GasHtmlOutput {
    this.title = String(title);
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): GasHtmlOutput {
    this.width = Number(width);
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): GasHtmlOutput {
    this.height = Number(height);
    return this.self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    this.sandboxMode = mode as unknown as keyof typeof SandboxMode;
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this.xFrameOptionsMode = mode as unknown as keyof typeof XFrameOptionsMode;
    return this.self();
  }
  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
  setFaviconUrl(iconUrl: string): GasHtmlOutput {
    this.favicon = String(iconUrl);
    return this.self();
  }
  getFaviconUrl(): string {
    return this.favicon ?? '';
  }
}
declareUnsupported<GasHtmlOutput, HtmlOutput>(HtmlOutput, 'HtmlOutput', ['asTemplate', 'getAs', 'getBlob']);

/** Runs a compiled template function in the bundle's global scope. */
export type ContextEvaluator = (source: string) => unknown;

interface TemplateState {
  source: string;
  evaluate: ContextEvaluator;
}
const templates = new WeakMap<HtmlTemplate, TemplateState>();

/**
 * A template: properties set on it become variables of its scriptlets, as in Apps Script. Its
 * internals live outside the object so that only the test's properties are own properties.
 */
export class HtmlTemplate
  extends SandboxObject
  implements Pick<GasHtmlTemplate, 'evaluate' | 'getRawContent' | 'getCode'>
{
  get serviceName(): string {
    return 'HtmlService';
  }
  get className(): string {
    return 'HtmlTemplate';
  }
  constructor(source: string, evaluate: ContextEvaluator) {
    super();
    templates.set(this, { source, evaluate });
  }
  private state(): TemplateState {
    return templates.get(this)!;
  }
  getRawContent(): string {
    return this.state().source;
  }
  getCode(): string {
    return compileTemplate(this.state().source);
  }
  evaluate(): GasHtmlOutput {
    const { evaluate } = this.state();
    const output = new HtmlOutput();
    const parts: string[] = [];
    const fn = evaluate(
      `(function (__props, __out, output) { with (__props) { ${compileTemplate(this.state().source)} } })`,
    ) as (
      props: object,
      out: { push(s: string): void; html(v: unknown): string; js(v: unknown): string },
      output: unknown,
    ) => void;
    const props: Record<string, unknown> = {};
    for (const key of Object.keys(this)) props[key] = (this as unknown as Record<string, unknown>)[key];
    const sink = {
      push: (s: string) => parts.push(s),
      html: (v: unknown) => escapeHtml(v === undefined || v === null ? '' : String(v)),
      js: (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v).replace(/</g, '\\u003c')),
    };
    // `output` inside a scriptlet is the page being built, as in Apps Script.
    const live = {
      append: (s: unknown) => parts.push(String(s)),
      appendUntrusted: (s: unknown) => parts.push(escapeHtml(String(s))),
    };
    fn(props, sink, live);
    output.setContent(parts.join(''));
    return output as unknown as GasHtmlOutput;
  }
}
declareUnsupported<GasHtmlTemplate, HtmlTemplate>(HtmlTemplate, 'HtmlTemplate', ['getCodeWithComments']);

/**
 * Scriptlets to JavaScript: <? code ?> runs, <?= expr ?> prints escaped for its context (HTML text,
 * or a JavaScript literal inside <script>), <?!= expr ?> prints unescaped.
 */
export function compileTemplate(source: string): string {
  const code: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let inScript = false;
  const text = (s: string) => {
    if (!s) return;
    code.push(`__out.push(${JSON.stringify(s)});`);
    for (const m of s.matchAll(/<(\/?)script\b/gi)) inScript = m[1] !== '/';
  };
  for (let m = re.exec(source); m; m = re.exec(source)) {
    text(source.slice(last, m.index));
    const body = m[2]!.trim();
    if (m[1] === '=') code.push(`__out.push(__out.${inScript ? 'js' : 'html'}(${body}));`);
    else if (m[1] === '!=') code.push(`__out.push(String(${body}));`);
    else code.push(body);
    last = re.lastIndex;
  }
  text(source.slice(last));
  return code.join('\n');
}

export class HtmlServiceImpl
  extends SandboxObject
  implements
    Pick<GasHtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'>
{
  readonly serviceName = 'HtmlService';
  readonly className = 'HtmlService';
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  constructor(
    private readonly env: SandboxEnv,
    private readonly distDir: string,
    private readonly evaluate: ContextEvaluator,
  ) {
    super();
  }
  createHtmlOutput(html?: unknown): GasHtmlOutput {
    return new HtmlOutput(html === undefined ? '' : String(html)) as unknown as GasHtmlOutput;
  }
  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    return this.createHtmlOutput(this.readFile(filename));
  }
  createTemplate(html: unknown): GasHtmlTemplate {
    return new HtmlTemplate(String(html), this.evaluate) as unknown as GasHtmlTemplate;
  }
  createTemplateFromFile(filename: string): GasHtmlTemplate {
    return this.createTemplate(this.readFile(filename));
  }
  /** The project's HTML files are the built dist/NAME.html. */
  private readFile(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const path = join(this.distDir, `${name}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(path, 'utf8');
  }
}
declareUnsupported<GasHtmlService, HtmlServiceImpl>(HtmlServiceImpl, 'HtmlService', ['getUserAgent']);

/** A file chosen in a form's file input, as the harness hands it over. */
export interface FormFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * A form element passed to google.script.run, as the harness gives it: each field's value by name,
 * a file input's chosen file, or null for a file input with no file chosen.
 */
export class FormSubmission {
  readonly fields: Readonly<Record<string, string | FormFile | null>>;
  constructor(fields: Record<string, string | FormFile | null>) {
    this.fields = { ...fields };
  }
}

/**
 * A form argument on its way to the server (guides/html/communication, Forms): "the form becomes a
 * single object with field names as keys and field values as values. The values are all converted
 * to strings, except for the contents of file-input fields, which become Blob objects"; and
 * (guides/html/reference/run, myFunction) a form "must be the function's only parameter". Null when
 * no argument is a form. What an empty file input gives the server is not documented.
 */
export function bridgeForm(args: readonly unknown[], blobOf: (file: FormFile) => unknown): unknown[] | null {
  if (!args.some((a) => a instanceof FormSubmission)) return null;
  if (args.length !== 1)
    throw new TypeError("sandbox: a form passed to google.script.run must be the server function's only parameter");
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries((args[0] as FormSubmission).fields)) {
    if (value === null) notSupported('what the server receives for a file input with no file chosen');
    out[name] = typeof value === 'string' ? value : blobOf(value);
  }
  return [out];
}

/** google.script.run refuses these in arguments (and the client gets null for a return value holding them). */
function illegalPath(value: unknown, path: string, seen: Set<object>): string | null {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return path;
  // A form anywhere but as the only parameter (bridgeForm).
  if (value instanceof FormSubmission) return path;
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return path;
  if (value && typeof value === 'object') {
    if (seen.has(value)) return path;
    seen.add(value);
    for (const [k, v] of Object.entries(value)) {
      const bad = illegalPath(v, k, seen);
      if (bad !== null) return bad;
    }
    seen.delete(value);
  }
  return null;
}

/**
 * An argument on its way from the page to the server: Date, Function and circular objects fail the
 * request (the reference's "Requests fail if you attempt to pass a Date, Function, DOM element…");
 * the server receives a JSON copy, with undefined array items as null.
 */
export function bridgeArgument(value: unknown, index: number): unknown {
  const bad = illegalPath(value, String(index), new Set());
  if (bad !== null) throw new TypeError(`Failed due to illegal value in property: ${bad}`);
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** A server result on its way to the page: a value holding a Date or Function reaches the page as null. */
export function bridgeResult(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (illegalPath(value, '', new Set()) !== null) return null;
  return JSON.parse(JSON.stringify(value));
}
