// The Drive advanced service (Drive API v3 as Apps Script exposes it: `Drive.Files.*`) over the
// sandbox DriveModel: the subset the product calls — files.list (a small `q` grammar), files.get,
// files.create (a folder, a file from a blob, or a .docx imported into a Google Doc) and files.update (name, trashed, addParents /
// removeParents) — reaching what the manifest's scopes reach:
//   drive       everything the user can open (as DriveApp);
//   drive.file  only what the script made for this user (DriveItem.byScriptFor): "files that you have
//               opened or created with this app" (developers.google.com/drive/api/guides/about-auth).
//               Files the user picks with a picker are not modelled: the product opens none.
// An item out of reach does not exist: Drive API v3 answers 404 "File not found: <id>."
// (developers.google.com/drive/api/guides/handle-errors; the trailing period as the v3 API sends it,
// googleapis/google-api-ruby-client#3265), which Apps Script throws as a GoogleJsonResponseException
// "API call to drive.files.<method> failed with error: <message>" (gas-fakes src/support/helpers.js
// gError) with `details` { code, message, errors }.
// Never silently pretend: every response holds exactly the `fields` asked for, and a call without
// `fields` is not supported (which fields Apps Script returns by default is not pinned); so is any
// argument, query term or outcome (a 403, paging, several parents) the product does not meet.
// Drive.Files.export is left unsupported: live Apps Script needs { alt: 'media' } for it
// (gas-fakes#117); the product exports with Document.getAs.
import { isSimpleTrigger, notSupported, SandboxObject, type SandboxEnv } from '../env';
import { SandboxBlob } from '../services/blob';
import { DRIVE_SCOPE } from './app';
import { DOC_MIME, FOLDER_MIME, urlOf, type DriveItem, type DriveModel } from './model';

/** Word's .docx (Google Workspace and Drive supported MIME types). */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

type Resource = Record<string, unknown>;

/** The error Apps Script throws for an advanced-service call the API refused. */
export class GoogleJsonResponseException extends Error {
  constructor(
    method: string,
    readonly details: {
      code: number;
      message: string;
      errors: { domain: string; reason: string; message: string; locationType?: string; location?: string }[];
    },
  ) {
    super(`API call to drive.files.${method} failed with error: ${details.message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

/** Drive API v3's 404 for an id the caller cannot reach (or that does not exist). */
export function fileNotFound(method: string, id: string): GoogleJsonResponseException {
  const message = `File not found: ${id}.`;
  return new GoogleJsonResponseException(method, {
    code: 404,
    message,
    errors: [{ domain: 'global', reason: 'notFound', message, locationType: 'parameter', location: 'fileId' }],
  });
}

/** A file resource's fields the sandbox answers. */
const FIELDS: Record<string, (item: DriveItem) => unknown> = {
  kind: () => 'drive#file',
  id: (it) => it.id,
  name: (it) => it.name,
  mimeType: (it) => it.mimeType,
  parents: (it) => [...it.parents],
  trashed: (it) => it.trashed,
  webViewLink: (it) => urlOf(it),
};

/** "id,files(id,name),nextPageToken" → [['id'], ['files', 'id,name'], ['nextPageToken']]. */
function splitFields(fields: string): [string, string?][] {
  const out: [string, string?][] = [];
  let depth = 0;
  let start = 0;
  const push = (part: string) => {
    const m = /^\s*(\w+)(?:\((.*)\))?\s*$/.exec(part);
    if (!m) return notSupported(`Drive fields "${part}"`);
    out.push(m[2] === undefined ? [m[1]!] : [m[1]!, m[2]]);
  };
  for (let i = 0; i < fields.length; i++) {
    if (fields[i] === '(') depth++;
    else if (fields[i] === ')') depth--;
    else if (fields[i] === ',' && depth === 0) {
      push(fields.slice(start, i));
      start = i + 1;
    }
  }
  push(fields.slice(start));
  return out;
}

function selectFile(method: string, item: DriveItem, fields: string): Resource {
  const out: Resource = {};
  for (const [name, sub] of splitFields(fields)) {
    const get = FIELDS[name];
    if (!get || sub !== undefined) return notSupported(`Drive.Files.${method} field "${name}"`);
    out[name] = get(item);
  }
  return out;
}

/** optionalArgs: only the keys named; `fields` is required. */
function options(
  method: string,
  args: unknown,
  allowed: readonly string[],
): Record<string, unknown> & { fields: string } {
  const opts = (args ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(opts)) {
    if (key !== 'fields' && !allowed.includes(key)) notSupported(`Drive.Files.${method} optional argument "${key}"`);
  }
  if (typeof opts.fields !== 'string' || !opts.fields) {
    notSupported(
      `Drive.Files.${method} without optionalArgs.fields (the fields Apps Script returns by default are not pinned)`,
    );
  }
  return opts as Record<string, unknown> & { fields: string };
}

function resourceKeys(method: string, resource: unknown, allowed: readonly string[]): Resource {
  const r = (resource ?? {}) as Resource;
  for (const key of Object.keys(r)) {
    if (!allowed.includes(key)) notSupported(`Drive.Files.${method} resource field "${key}"`);
  }
  return r;
}

type Term = (item: DriveItem) => boolean;

/** The `q` terms the sandbox reads, joined by "and": name =, mimeType = / !=, trashed =, 'id' in parents. */
function parseQuery(q: string, rootId: () => string): Term[] {
  const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
  const terms: Term[] = [];
  let rest = q.trim();
  while (rest) {
    let m: RegExpExecArray | null;
    if ((m = /^(name|mimeType)\s*(=|!=)\s*'((?:[^'\\]|\\.)*)'/.exec(rest))) {
      const [, field, op, raw] = m;
      const value = unquote(raw!);
      const key = field as 'name' | 'mimeType';
      terms.push(op === '=' ? (it) => it[key] === value : (it) => it[key] !== value);
    } else if ((m = /^trashed\s*=\s*(true|false)\b/.exec(rest))) {
      const wanted = m[1] === 'true';
      terms.push((it) => it.trashed === wanted);
    } else if ((m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents\b/.exec(rest))) {
      const id = unquote(m[1]!);
      terms.push((it) => it.parents.includes(id === 'root' ? rootId() : id));
    } else {
      return notSupported(`Drive.Files.list q "${rest}"`);
    }
    rest = rest.slice(m[0].length).trim();
    if (!rest) break;
    const and = /^and\s+/i.exec(rest);
    if (!and) return notSupported(`Drive.Files.list q "${rest}"`);
    rest = rest.slice(and[0].length);
  }
  return terms;
}

/** `Drive.Files`: the calls are counted as Files.list, Files.get, Files.create, Files.update. */
export class FilesImpl extends SandboxObject {
  readonly serviceName = 'Drive';
  readonly className = 'Files';
  constructor(
    private readonly env: SandboxEnv,
    private readonly model: DriveModel,
  ) {
    super();
  }

  private user(): string {
    return this.env.current?.effectiveUserEmail ?? this.env.scriptOwner;
  }

  /** What this call may reach, from the manifest's scopes. */
  private reach(method: string): (item: DriveItem) => boolean {
    const execution = this.env.current;
    if (execution && isSimpleTrigger(execution.kind)) return notSupported(`Drive.Files.${method} in a simple trigger`);
    const user = this.user();
    const scopes = this.env.oauthScopes;
    // No explicit scopes: Apps Script adds what the code needs, drive for the Drive service.
    if (!scopes || scopes.includes(DRIVE_SCOPE)) return (it) => !it.isRoot && this.model.canRead(it, user);
    if (scopes.includes(DRIVE_FILE_SCOPE)) {
      return (it) => !it.isRoot && it.byScriptFor.has(user.toLowerCase()) && this.model.canRead(it, user);
    }
    return notSupported(`Drive.Files.${method} without the drive or drive.file scope`);
  }

  private reachable(method: string, id: unknown): DriveItem {
    const reach = this.reach(method);
    const item = this.model.items.get(String(id));
    if (!item || !reach(item)) throw fileNotFound(method, String(id));
    return item;
  }

  /** A folder the item goes into: reachable and editable ('root' is the user's My Drive). */
  private parentFolder(method: string, id: string): DriveItem {
    const user = this.user();
    const folder = id === 'root' ? this.model.rootOf(user) : this.model.items.get(id);
    if (!folder || (!folder.isRoot && !this.reach(method)(folder)) || folder.mimeType !== FOLDER_MIME) {
      return notSupported(`Drive.Files.${method} into a folder this script cannot reach (${id})`);
    }
    if (!this.model.canEdit(folder, user))
      return notSupported(`Drive.Files.${method} into a folder the user cannot edit`);
    return folder;
  }

  list(optionalArgs?: unknown): Resource {
    const opts = options('list', optionalArgs, ['q', 'pageSize']);
    const reach = this.reach('list');
    const user = this.user();
    const terms = typeof opts.q === 'string' ? parseQuery(opts.q, () => this.model.rootOf(user).id) : [];
    const pageSize = opts.pageSize === undefined ? 100 : Number(opts.pageSize);
    // files.list returns trashed files too unless q says otherwise (the API reference).
    const found = [...this.model.items.values()].filter((it) => reach(it) && terms.every((t) => t(it)));
    if (found.length > pageSize) return notSupported('Drive.Files.list past one page (nextPageToken)');
    const out: Resource = {};
    for (const [name, sub] of splitFields(opts.fields)) {
      if (name === 'files' && sub !== undefined) out.files = found.map((it) => selectFile('list', it, sub));
      else if (name === 'kind' && sub === undefined) out.kind = 'drive#fileList';
      else if (name === 'incompleteSearch' && sub === undefined) out.incompleteSearch = false;
      else if (name === 'nextPageToken' && sub === undefined)
        continue; // one page: none
      else return notSupported(`Drive.Files.list field "${name}"`);
    }
    return out;
  }

  get(fileId: unknown, optionalArgs?: unknown): Resource {
    const opts = options('get', optionalArgs, []);
    return selectFile('get', this.reachable('get', fileId), opts.fields);
  }

  create(resource: unknown, mediaData?: unknown, optionalArgs?: unknown): Resource {
    const opts = options('create', optionalArgs, []);
    const r = resourceKeys('create', resource, ['name', 'mimeType', 'parents']);
    this.reach('create');
    if (typeof r.name !== 'string' || !r.name) return notSupported('Drive.Files.create without a name');
    const parents = (r.parents ?? []) as unknown[];
    if (!Array.isArray(parents) || parents.length > 1) return notSupported('Drive.Files.create with several parents');
    const parent = parents.length ? this.parentFolder('create', String(parents[0])) : null;
    const user = this.user();
    let item: DriveItem;
    if (mediaData === undefined || mediaData === null) {
      if (r.mimeType !== FOLDER_MIME) return notSupported(`Drive.Files.create of an empty ${String(r.mimeType)}`);
      item = this.model.insert({
        name: r.name,
        mimeType: FOLDER_MIME,
        owner: user,
        parents: parent ? [parent.id] : undefined,
        byScript: true,
      });
    } else {
      if (!(mediaData instanceof SandboxBlob) || mediaData.isGoogleType()) {
        return notSupported('Drive.Files.create with media other than an ordinary blob');
      }
      const mimeType = (r.mimeType as string | undefined) ?? mediaData.getContentType() ?? 'application/octet-stream';
      if (mimeType === DOC_MIME) return selectFile('create', this.imported(r.name, parent, mediaData), opts.fields);
      if (mimeType.startsWith('application/vnd.google-apps.'))
        return notSupported(`Drive.Files.create converting to ${mimeType}`);
      item = this.model.insert({
        name: r.name,
        mimeType,
        owner: user,
        parents: parent ? [parent.id] : undefined,
        blob: mediaData.copyBlob(),
        byScript: true,
      });
    }
    return selectFile('create', item, opts.fields);
  }

  /**
   * Import into Google Docs (manage-uploads#import-docs): a Word .docx becomes a new Doc the script
   * made, its content converted by the Docs service's handler; other source types are not modelled.
   */
  private imported(name: string, parent: DriveItem | null, media: SandboxBlob): DriveItem {
    if (media.getContentType() !== DOCX_MIME)
      return notSupported(`Drive.Files.create converting ${String(media.getContentType())} to a Google Doc`);
    const convert = this.model.handlers.get(DOC_MIME)?.importFrom;
    if (!convert) return notSupported('Drive.Files.create converting to a Google Doc without DocumentApp');
    const item = this.model.insert({
      name,
      mimeType: DOC_MIME,
      owner: this.user(),
      parents: parent ? [parent.id] : undefined,
      byScript: true,
    });
    try {
      convert(item.id, media);
    } catch (e) {
      this.model.items.delete(item.id);
      throw e;
    }
    return item;
  }

  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): Resource {
    const opts = options('update', optionalArgs, ['addParents', 'removeParents']);
    const r = resourceKeys('update', resource, ['name', 'trashed']);
    const item = this.reachable('update', fileId);
    if (mediaData !== undefined && mediaData !== null) return notSupported('Drive.Files.update with media');
    const user = this.user();
    if (!this.model.canEdit(item, user)) return notSupported('Drive.Files.update of a file the user cannot edit');
    // Only the owner may trash an item in My Drive (as DriveApp's setTrashed).
    if ('trashed' in r && this.model.roleOf(item, user) !== 'owner') {
      return notSupported('Drive.Files.update trashing a file the user does not own');
    }
    const ids = (v: unknown) => (typeof v === 'string' && v ? v.split(',').map((s) => s.trim()) : []);
    const add = ids(opts.addParents).map((id) => this.parentFolder('update', id).id);
    const root = () => this.model.rootOf(user).id;
    const remove = ids(opts.removeParents).map((id) => (id === 'root' ? root() : id));
    if (remove.some((id) => !item.parents.includes(id)))
      return notSupported('Drive.Files.update removing a parent the file does not have');
    const parents = [
      ...item.parents.filter((p) => !remove.includes(p)),
      ...add.filter((p) => !item.parents.includes(p)),
    ];
    if (parents.length !== 1 && (add.length || remove.length)) {
      return notSupported(`Drive.Files.update leaving the file with ${parents.length} parents`);
    }
    if (typeof r.name === 'string') {
      item.name = r.name;
      this.model.handlers.get(item.mimeType)?.rename?.(item.id, item.name);
    }
    if ('trashed' in r) item.trashed = Boolean(r.trashed);
    if (add.length || remove.length) item.parents = parents;
    this.model.touch(item);
    return selectFile('update', item, opts.fields);
  }
}

/** The `Drive` global (its userSymbol in the manifest): Files; the other collections say they are not supported. */
export class DriveAdvancedImpl extends SandboxObject {
  readonly serviceName = 'Drive';
  readonly className = 'Drive';
  constructor(readonly Files: FilesImpl) {
    super();
  }
}

// The collections GoogleAppsScript.Drive declares besides Files (apis/drive_v3.d.ts).
for (const name of [
  'About',
  'Apps',
  'Changes',
  'Channels',
  'Comments',
  'Drives',
  'Operation',
  'Operations',
  'Permissions',
  'Replies',
  'Revisions',
  'Teamdrives',
]) {
  Object.defineProperty(DriveAdvancedImpl.prototype, name, {
    configurable: true,
    get: () => notSupported(`Drive.${name}`),
  });
}
