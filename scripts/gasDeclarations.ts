// Reads @types/google-apps-script for the services the sandbox provides: each interface's members
// (methods, and enum-valued properties such as SpreadsheetApp.BorderStyle) and each enum's names.
// `npx tsx scripts/gasDeclarations.ts` writes sandbox/declarations.json, which the sandbox uses to
// make every declared member either work or throw "not supported in the sandbox"; a test checks the
// file is what this script makes from the installed typings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = join(ROOT, 'node_modules/@types/google-apps-script');
export const DECLARATIONS_FILE = join(ROOT, 'sandbox/declarations.json');

/** The typings files of the services the sandbox provides, and of the advanced services it models. */
const FILES = [
  ...[
    'base',
    'spreadsheet',
    'document',
    'drive',
    'script',
    'html',
    'cache',
    'properties',
    'lock',
    'mail',
    'utilities',
    'charts',
  ].map((name) => `google-apps-script.${name}.d.ts`),
  'apis/drive_v3.d.ts',
];

export interface Declarations {
  /** "Spreadsheet.Range" → its members: name → 'method' or, for `X: typeof Enum`, the enum's key. */
  interfaces: Record<string, Record<string, string>>;
  /** "Spreadsheet.BorderStyle" → its member names. */
  enums: Record<string, string[]>;
}

interface RawInterface {
  members: Record<string, string>;
  extends: string[];
}

export function readDeclarations(): Declarations {
  const raw = new Map<string, RawInterface>();
  const enums: Record<string, string[]> = {};
  for (const file of FILES) {
    const path = join(TYPES, file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node, namespace: string[]): void => {
      if (ts.isModuleDeclaration(node)) {
        const inner = [...namespace, node.name.getText(source)];
        if (node.body && ts.isModuleBlock(node.body)) node.body.statements.forEach((s) => visit(s, inner));
        else if (node.body) visit(node.body, inner);
        return;
      }
      const ns = namespace.filter((n) => n !== 'GoogleAppsScript').join('.');
      if (ts.isEnumDeclaration(node)) {
        enums[`${ns}.${node.name.text}`] = node.members.map((m) => m.name.getText(source));
      } else if (ts.isInterfaceDeclaration(node)) {
        const members: Record<string, string> = {};
        for (const m of node.members) {
          if (!m.name) continue;
          const name = m.name.getText(source);
          if (ts.isMethodSignature(m)) members[name] = 'method';
          else if (ts.isPropertySignature(m) && m.type && ts.isTypeQueryNode(m.type))
            members[name] = m.type.exprName.getText(source);
        }
        const key = `${ns}.${node.name.text}`;
        const previous = raw.get(key);
        raw.set(key, {
          members: { ...previous?.members, ...members },
          extends: (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(source))),
        });
      }
    };
    source.statements.forEach((s) => visit(s, []));
  }
  const resolve = (key: string, seen = new Set<string>()): Record<string, string> => {
    const entry = raw.get(key);
    if (!entry || seen.has(key)) return {};
    seen.add(key);
    const ns = key.slice(0, key.lastIndexOf('.'));
    const inherited = entry.extends.map((e) =>
      resolve(e.includes('.') ? e.replace(/^GoogleAppsScript\./, '') : `${ns}.${e}`, seen),
    );
    return Object.assign({}, ...inherited, entry.members) as Record<string, string>;
  };
  const interfaces = Object.fromEntries([...raw.keys()].sort().map((k) => [k, resolve(k)]));
  return { interfaces, enums: Object.fromEntries(Object.entries(enums).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

export function declarationsText(): string {
  return `${JSON.stringify(readDeclarations(), null, 1)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(DECLARATIONS_FILE, declarationsText());
  console.log(`wrote ${DECLARATIONS_FILE}`);
}
