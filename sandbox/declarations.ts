// What @types/google-apps-script declares on each class the sandbox provides (sandbox/declarations.json,
// made by scripts/gasDeclarations.ts). A member the sandbox does not implement is still there when
// the bundle asks: a method throws "not supported in the sandbox: Class.method", and an enum-valued
// property (SpreadsheetApp.BorderStyle, DriveApp.Access…) is the enum, since enums are data.
import declarations from './declarations.json' with { type: 'json' };

const { interfaces, enums } = declarations as {
  interfaces: Record<string, Record<string, string>>;
  enums: Record<string, string[]>;
};

/** Where a service's classes are declared, first match wins. */
const NAMESPACES: Record<string, readonly string[]> = {
  SpreadsheetApp: ['Spreadsheet', 'Base'],
  DocumentApp: ['Document', 'Base'],
  DriveApp: ['Drive', 'Base'],
  ScriptApp: ['Script', 'Base'],
  HtmlService: ['HTML', 'Base'],
  CacheService: ['Cache'],
  PropertiesService: ['Properties'],
  LockService: ['Lock'],
  MailApp: ['Mail'],
  Utilities: ['Utilities', 'Base'],
  Charts: ['Charts', 'Base'],
  Session: ['Base'],
  Logger: ['Base'],
  // The Drive advanced service: its global is GoogleAppsScript.Drive (".Drive"), its collections
  // are Drive_v3.Drive.V3.Collection.*Collection.
  Drive: ['Drive_v3.Drive.V3.Collection', ''],
};

/** Sandbox classes named as scripts write them (Drive.Files), declared under another name. */
const ALIASES: Record<string, string> = {
  'Drive.Files': 'Drive_v3.Drive.V3.Collection.FilesCollection',
};

/** The declaration of a sandbox class: "Spreadsheet.Range" for SpreadsheetApp's Range; null when none. */
export function declarationOf(serviceName: string, className: string): string | null {
  const alias = ALIASES[`${serviceName}.${className}`];
  if (alias && interfaces[alias]) return alias;
  for (const ns of NAMESPACES[serviceName] ?? ['Base'])
    if (interfaces[`${ns}.${className}`]) return `${ns}.${className}`;
  return null;
}

export function declaredMembers(declaration: string): Readonly<Record<string, string>> {
  return interfaces[declaration] ?? {};
}

const enumObjects = new Map<string, Readonly<Record<string, string>>>();

function enumNamed(declaration: string, name: string): Readonly<Record<string, string>> | undefined {
  const ns = declaration.slice(0, declaration.lastIndexOf('.'));
  const key = [`${ns}.${name}`, `Base.${name}`, name].find((k) => enums[k]);
  if (!key) return undefined;
  let e = enumObjects.get(key);
  if (!e) {
    e = Object.freeze(Object.fromEntries(enums[key]!.map((m) => [m, m])));
    enumObjects.set(key, e);
  }
  return e;
}

/** A declared member: 'method', or the enum an enum-valued property holds; undefined when not declared. */
export function declaredMember(
  serviceName: string,
  className: string,
  prop: string,
): 'method' | Readonly<Record<string, string>> | undefined {
  const declaration = declarationOf(serviceName, className);
  const kind = declaration ? declaredMembers(declaration)[prop] : undefined;
  if (!declaration || kind === undefined) return undefined;
  return kind === 'method' ? 'method' : enumNamed(declaration, kind);
}
