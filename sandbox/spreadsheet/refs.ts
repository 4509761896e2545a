// Rewrites the cell references of an A1 formula (string literals left alone): relative shifts
// (a formula copied or evaluated elsewhere) and structural shifts (rows/columns inserted/deleted).
import { columnLetter, columnNumber, quoteSheetName, shiftRect, splitSheet, type Rect } from './a1';

interface End {
  colAbs: boolean;
  col: number | null;
  rowAbs: boolean;
  row: number | null;
}

export interface Ref {
  sheetName: string | null;
  start: End;
  end: End | null;
}

const REF =
  /(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*)!|\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}(?:\$?\d+)?)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?:\$?\d+)?|\$?\d+:\$?\d+/y;

function parseEnd(s: string): End {
  const m = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/.exec(s) ?? [];
  return {
    colAbs: m[1] === '$',
    col: m[2] ? columnNumber(m[2]) : null,
    rowAbs: m[3] === '$',
    row: m[4] ? Number(m[4]) : null,
  };
}

function printEnd(e: End): string {
  return `${e.col !== null ? `${e.colAbs ? '$' : ''}${columnLetter(e.col)}` : ''}${e.row !== null ? `${e.rowAbs ? '$' : ''}${e.row}` : ''}`;
}

/** Calls fn for every reference; fn returns the replacement text, or null to keep it. */
export function mapRefs(formula: string, fn: (ref: Ref) => Ref | '#REF!' | null): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    if (ch === '"') {
      const close = /"(?:[^"]|"")*"/y;
      close.lastIndex = i;
      const m = close.exec(formula);
      const len = m ? m[0].length : formula.length - i;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    const prev = formula[i - 1] ?? '';
    if (/[A-Za-z0-9_.$\u00C0-\u1EF9]/.test(prev)) {
      out += ch;
      i++;
      continue;
    }
    REF.lastIndex = i;
    let m = REF.exec(formula);
    let sheetName: string | null = null;
    let consumed = 0;
    if (m && m[0].endsWith('!')) {
      sheetName = splitSheet(`${m[0]}A1`).sheetName;
      consumed = m[0].length;
      REF.lastIndex = i + consumed;
      m = REF.exec(formula);
      if (!m || m[0].endsWith('!')) m = null;
    }
    const after = m ? (formula[i + consumed + m[0].length] ?? '') : '';
    if (!m || /[A-Za-z0-9_(\u00C0-\u1EF9]/.test(after)) {
      // not a reference (a function name, a named range, TRUE…): copy one identifier
      const ident = /[A-Za-z0-9_.$\u00C0-\u1EF9]+|./y;
      ident.lastIndex = i;
      const w = ident.exec(formula)?.[0] ?? ch;
      out += w;
      i += w.length;
      continue;
    }
    const text = m[0];
    const [a = '', b] = text.split(':');
    const ref: Ref = { sheetName, start: parseEnd(a), end: b === undefined ? null : parseEnd(b) };
    const next = fn(ref);
    const original = formula.slice(i, i + consumed + text.length);
    if (next === null) out += original;
    else if (next === '#REF!') out += '#REF!';
    else {
      const prefix =
        next.sheetName === sheetName
          ? formula.slice(i, i + consumed)
          : next.sheetName === null
            ? ''
            : `${quoteSheetName(next.sheetName)}!`;
      out += prefix + printEnd(next.start) + (next.end ? `:${printEnd(next.end)}` : '');
    }
    i += consumed + text.length;
  }
  return out;
}

/** The formula moved by (dRows, dCols): relative parts shift, absolute ($) parts stay. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return mapRefs(formula, (ref) => {
    const move = (e: End): End | null => {
      const row = e.row === null || e.rowAbs ? e.row : e.row + dRows;
      const col = e.col === null || e.colAbs ? e.col : e.col + dCols;
      if ((row !== null && row < 1) || (col !== null && col < 1)) return null;
      return { ...e, row, col };
    };
    const start = move(ref.start);
    const end = ref.end ? move(ref.end) : null;
    if (!start || (ref.end && !end)) return '#REF!';
    return { ...ref, start, end };
  });
}

/**
 * The formula after rows/columns of `target` sheet were inserted (count > 0) or deleted
 * (count < 0) at `at`; `home` is the sheet the formula lives on (for unprefixed references).
 */
export function restructureFormula(
  formula: string,
  home: string,
  target: string,
  dim: 'row' | 'col',
  at: number,
  count: number,
): string {
  return mapRefs(formula, (ref) => {
    if ((ref.sheetName ?? home) !== target) return null;
    const s = ref.start;
    const e = ref.end ?? ref.start;
    const key = dim === 'row' ? 'row' : 'col';
    if (s[key] === null || e[key] === null) return null; // whole columns/rows along this dimension
    const lo = Math.min(s[key], e[key]);
    const hi = Math.max(s[key], e[key]);
    const rect: Rect =
      dim === 'row'
        ? { row: lo, col: 1, numRows: hi - lo + 1, numCols: 1 }
        : { row: 1, col: lo, numRows: 1, numCols: hi - lo + 1 };
    const moved = shiftRect(rect, dim, at, count);
    if (!moved) return '#REF!';
    const nlo = dim === 'row' ? moved.row : moved.col;
    const nhi = nlo + (dim === 'row' ? moved.numRows : moved.numCols) - 1;
    return { ...ref, start: { ...s, [key]: nlo }, end: ref.end ? { ...e, [key]: nhi } : null };
  });
}

/** The sheets and column spans a formula reads ('all' for whole-row or dynamic references). */
export function referencedColumns(formula: string, home: string): { sheet: string; cols: [number, number] | 'all' }[] {
  const found: { sheet: string; cols: [number, number] | 'all' }[] = [];
  mapRefs(formula, (ref) => {
    const a = ref.start.col;
    const b = (ref.end ?? ref.start).col;
    found.push({
      sheet: ref.sheetName ?? home,
      cols: a === null || b === null ? 'all' : [Math.min(a, b), Math.max(a, b)],
    });
    return null;
  });
  if (/\b(INDIRECT|OFFSET)\s*\(/i.test(formula)) found.push({ sheet: '*', cols: 'all' });
  return found;
}

export function functionNames(formula: string): string[] {
  const names: string[] = [];
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of noStrings.matchAll(/([A-Za-z][A-Za-z0-9._]*)\s*\(/g)) names.push((m[1] ?? '').toUpperCase());
  return names;
}
