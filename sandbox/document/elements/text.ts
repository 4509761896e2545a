// Text: the Text API (TextBase: styles by character range, replaceText, attribute indices) and
// the Text leaf (TextEl), a run of characters with one style per character. editAsText() over a
// whole container is TextView (container.ts).
import { declareUnsupported } from '../../services/support';
import { TEXT_ATTRIBUTES, type AttrValue, type AttributeName, type Attrs } from '../enums';
import { DOC_ERRORS, DocElement, cleanAttrs, textOnly, type DocContext } from './element';

declare module './element' {
  interface ElementClasses {
    TEXT: TextBase;
  }
}

export interface Piece {
  leaf: TextEl;
  start: number;
}

/** The Text API, over one Text leaf or (editAsText) over all the text of a container. */
export abstract class TextBase extends DocElement {
  readonly className = 'Text';
  readonly elementType = 'TEXT' as const;
  ownAttributes(): readonly AttributeName[] {
    return [];
  }
  /** The text and where each leaf sits in it (paragraphs separated by one '\n'). */
  abstract layout(): { text: string; pieces: Piece[] };

  override getText(): string {
    return this.layout().text;
  }
  abstract setText(text: string): TextBase;
  abstract appendText(text: string): TextBase;

  insertText(offset: number, text: string): TextBase {
    this.ctx.assertWritable();
    const { leaf, at } = this.locate(offset, true);
    leaf.insertAt(at, String(text));
    return this;
  }
  deleteText(start: number, endInclusive: number): TextBase {
    this.ctx.assertWritable();
    this.forRange(start, endInclusive, (leaf, from, to) => leaf.removeRange(from, to));
    return this;
  }
  override getAttributes(offset?: number): Record<string, AttrValue> {
    const out: Record<string, AttrValue> = {};
    for (const key of TEXT_ATTRIBUTES) out[key] = this.readAttr(key, offset);
    return out;
  }
  override setAttributes(a: number | Record<string, unknown>, b?: number, c?: Record<string, unknown>): this {
    this.ctx.assertWritable();
    if (typeof a === 'number') {
      const attrs = textOnly(cleanAttrs(c ?? {}), []);
      this.forRange(a, b ?? a, (leaf, from, to) => leaf.style(from, to, attrs));
    } else {
      this.applyAttributes(textOnly(cleanAttrs(a), []));
    }
    return this;
  }
  getTextAttributeIndices(): number[] {
    const { pieces } = this.layout();
    const out: number[] = [];
    let previous: Attrs | null = null;
    for (const { leaf, start } of pieces) {
      leaf.styles.forEach((style, i) => {
        if (!previous || !sameStyle(previous, style)) out.push(start + i);
        previous = style;
      });
    }
    return out.length ? out : [0];
  }
  replaceText(searchPattern: string, replacement: string): TextBase {
    this.ctx.assertWritable();
    const pattern = new RegExp(searchPattern, 'g');
    for (const { leaf } of this.layout().pieces) leaf.replaceAll(pattern, String(replacement));
    return this;
  }

  setFontFamily(a: number | string | null, b?: number, c?: string | null): TextBase {
    return this.styleCall('FONT_FAMILY', a, b, c);
  }
  getFontFamily(offset?: number): string | null {
    return this.readAttr('FONT_FAMILY', offset) as string | null;
  }
  setFontSize(a: number | null, b?: number, c?: number | null): TextBase {
    return typeof b === 'number'
      ? this.styleRange('FONT_SIZE', a as number, b, c ?? null)
      : this.styleAll('FONT_SIZE', a);
  }
  getFontSize(offset?: number): number | null {
    return this.readAttr('FONT_SIZE', offset) as number | null;
  }
  setBold(a: number | boolean | null, b?: number, c?: boolean | null): TextBase {
    return this.styleCall('BOLD', a, b, c);
  }
  isBold(offset?: number): boolean | null {
    return this.readFlag('BOLD', offset);
  }
  setItalic(a: number | boolean | null, b?: number, c?: boolean | null): TextBase {
    return this.styleCall('ITALIC', a, b, c);
  }
  isItalic(offset?: number): boolean | null {
    return this.readFlag('ITALIC', offset);
  }
  setUnderline(a: number | boolean | null, b?: number, c?: boolean | null): TextBase {
    return this.styleCall('UNDERLINE', a, b, c);
  }
  isUnderline(offset?: number): boolean | null {
    return this.readFlag('UNDERLINE', offset);
  }
  setStrikethrough(a: number | boolean | null, b?: number, c?: boolean | null): TextBase {
    return this.styleCall('STRIKETHROUGH', a, b, c);
  }
  isStrikethrough(offset?: number): boolean | null {
    return this.readFlag('STRIKETHROUGH', offset);
  }
  setForegroundColor(a: number | string | null, b?: number, c?: string | null): TextBase {
    return this.styleCall('FOREGROUND_COLOR', a, b, c);
  }
  getForegroundColor(offset?: number): string | null {
    return this.readAttr('FOREGROUND_COLOR', offset) as string | null;
  }
  setBackgroundColor(a: number | string | null, b?: number, c?: string | null): TextBase {
    return this.styleCall('BACKGROUND_COLOR', a, b, c);
  }
  getBackgroundColor(offset?: number): string | null {
    return this.readAttr('BACKGROUND_COLOR', offset) as string | null;
  }
  setLinkUrl(a: number | string | null, b?: number, c?: string | null): TextBase {
    return this.styleCall('LINK_URL', a, b, c);
  }
  getLinkUrl(offset?: number): string | null {
    return this.readAttr('LINK_URL', offset) as string | null;
  }

  /** (value) styles all the text; (start, endInclusive, value) a range. */
  private styleCall(key: AttributeName, a: unknown, b?: number, c?: unknown): TextBase {
    if (typeof a === 'number' && typeof b === 'number') return this.styleRange(key, a, b, (c ?? null) as AttrValue);
    return this.styleAll(key, (a ?? null) as AttrValue);
  }
  private styleAll(key: AttributeName, value: AttrValue): TextBase {
    this.ctx.assertWritable();
    this.applyAttributes({ [key]: value });
    return this;
  }
  private styleRange(key: AttributeName, start: number, endInclusive: number, value: AttrValue): TextBase {
    this.ctx.assertWritable();
    this.forRange(start, endInclusive, (leaf, from, to) => leaf.style(from, to, { [key]: value }));
    return this;
  }
  /** true/false for uniform text (unset reads false), null when mixed or empty. */
  private readFlag(key: AttributeName, offset?: number): boolean | null {
    if (typeof offset === 'number') return this.readAttr(key, offset) === true;
    const { mixed, value, empty } = this.uniform(key);
    return mixed || empty ? null : value === true;
  }
  private readAttr(key: AttributeName, offset?: number): AttrValue {
    if (typeof offset === 'number') {
      const { leaf, at } = this.locate(offset, false);
      return leaf.styles[at]?.[key] ?? null;
    }
    const { mixed, value } = this.uniform(key);
    return mixed ? null : value;
  }
  private uniform(key: AttributeName): { mixed: boolean; value: AttrValue; empty: boolean } {
    let value: AttrValue | undefined;
    for (const { leaf } of this.layout().pieces) {
      for (const style of leaf.styles) {
        const v = style[key] ?? null;
        if (value === undefined) value = v;
        else if (v !== value) return { mixed: true, value: null, empty: false };
      }
    }
    return { mixed: false, value: value ?? null, empty: value === undefined };
  }
  private locate(offset: number, forInsert: boolean): { leaf: TextEl; at: number } {
    const { text, pieces } = this.layout();
    const limit = forInsert ? text.length + 1 : text.length;
    if (!Number.isInteger(offset) || offset < 0 || offset >= limit)
      throw new Error(DOC_ERRORS.offset(offset, text.length));
    for (const piece of pieces) {
      const end = piece.start + piece.leaf.chars.length;
      if (offset < end || (forInsert && offset === end)) return { leaf: piece.leaf, at: offset - piece.start };
    }
    const last = pieces[pieces.length - 1];
    if (!last) throw new Error(DOC_ERRORS.offset(offset, text.length));
    return { leaf: last.leaf, at: last.leaf.chars.length };
  }
  private forRange(
    start: number,
    endInclusive: number,
    fn: (leaf: TextEl, from: number, toExclusive: number) => void,
  ): void {
    const { text, pieces } = this.layout();
    if (start < 0 || start > endInclusive) throw new Error(`Invalid argument: startOffset`);
    if (endInclusive >= text.length) throw new Error(DOC_ERRORS.offset(endInclusive, text.length));
    for (const { leaf, start: at } of pieces) {
      const from = Math.max(start, at) - at;
      const to = Math.min(endInclusive + 1, at + leaf.chars.length) - at;
      if (from < to) fn(leaf, from, to);
    }
  }
}

function sameStyle(a: Attrs, b: Attrs): boolean {
  return TEXT_ATTRIBUTES.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

/** A run of characters with one style object per character (shared between equal neighbours). */
export class TextEl extends TextBase {
  chars: string;
  styles: Attrs[];

  constructor(ctx: DocContext, text: string, style: Attrs = {}) {
    super(ctx);
    this.chars = String(text);
    this.styles = Array.from({ length: this.chars.length }, () => style);
  }
  layout(): { text: string; pieces: Piece[] } {
    return { text: this.chars, pieces: [{ leaf: this, start: 0 }] };
  }
  clone(): TextEl {
    const copy = new TextEl(this.ctx, '');
    copy.chars = this.chars;
    copy.styles = this.styles.slice();
    return copy;
  }
  /** The style new text takes here: that of the text before it, else the paragraph's. */
  styleAt(at: number): Attrs {
    return this.styles[at - 1] ?? this.styles[at] ?? this.parent?.defaultTextStyle() ?? {};
  }
  setText(text: string): TextEl {
    this.ctx.assertWritable();
    const style = this.styleAt(0);
    this.chars = String(text);
    this.styles = Array.from({ length: this.chars.length }, () => style);
    return this;
  }
  appendText(text: string): TextEl {
    this.ctx.assertWritable();
    this.insertAt(this.chars.length, String(text));
    return this;
  }
  override applyAttributes(attrs: Attrs): void {
    this.style(0, this.chars.length, attrs);
  }
  insertAt(at: number, text: string): void {
    const style = this.styleAt(at);
    this.chars = this.chars.slice(0, at) + text + this.chars.slice(at);
    this.styles.splice(at, 0, ...Array.from({ length: text.length }, () => style));
  }
  removeRange(from: number, toExclusive: number): void {
    this.chars = this.chars.slice(0, from) + this.chars.slice(toExclusive);
    this.styles.splice(from, toExclusive - from);
  }
  /** Applies attributes to [from, toExclusive); null clears an attribute. */
  style(from: number, toExclusive: number, attrs: Attrs): void {
    const cache = new Map<Attrs, Attrs>();
    for (let i = from; i < toExclusive; i++) {
      const old = this.styles[i] ?? {};
      let next = cache.get(old);
      if (!next) {
        next = { ...old };
        for (const [key, value] of Object.entries(attrs)) {
          if (value === null || value === undefined) delete next[key as AttributeName];
          else next[key as AttributeName] = value;
        }
        cache.set(old, next);
      }
      this.styles[i] = next;
    }
  }
  replaceAll(pattern: RegExp, replacement: string): void {
    let out = '';
    const styles: Attrs[] = [];
    let last = 0;
    for (const match of this.chars.matchAll(pattern)) {
      const at = match.index ?? 0;
      out += this.chars.slice(last, at);
      styles.push(...this.styles.slice(last, at));
      const style = this.styles[at] ?? this.styleAt(at);
      const replaced = match[0].replace(new RegExp(pattern.source), replacement);
      out += replaced;
      styles.push(...Array.from({ length: replaced.length }, () => style));
      last = at + match[0].length;
      if (match[0].length === 0) break;
    }
    this.chars = out + this.chars.slice(last);
    this.styles = styles.concat(this.styles.slice(last));
  }
}

// Methods of the real class the sandbox does not reproduce: they throw "not supported in the sandbox".
declareUnsupported<GoogleAppsScript.Document.Text, TextBase>(TextBase, 'Text', [
  'findText',
  'merge',
  'getTextAlignment',
  'setTextAlignment',
  'isAtDocumentEnd',
]);
