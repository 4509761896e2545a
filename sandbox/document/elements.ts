// The element tree of a sandbox Doc: Body/Header/Footer sections, Paragraph, ListItem, Text,
// Table/TableRow/TableCell, HorizontalRule and PageBreak, with DocumentApp's attribute model.
// Attributes left unset read as null (as Apps Script reports inherited values); effective.ts
// resolves them against Google Docs' defaults for the harness walk and the .docx export.
import { SandboxObject } from '../env';
import { declareUnsupported } from '../services/support';
import {
  BODY_ATTRIBUTES, CELL_ATTRIBUTES, LIST_ATTRIBUTES, PARAGRAPH_ATTRIBUTES, ROW_ATTRIBUTES, TABLE_ATTRIBUTES,
  TEXT_ATTRIBUTES, type AttrValue, type AttributeName, type Attrs, type ElementTypeName, type GlyphTypeName,
} from './enums';

/** What elements need from their document: the write guard and list-id allocation. */
export interface DocContext {
  /** Throws Apps Script's error when the document is closed or the user may only read it. */
  assertWritable(): void;
  newListId(): string;
}

/** Apps Script's own texts. */
export const DOC_ERRORS = {
  detached: 'Element must be detached.',
  lastParagraph: "Can't remove the last paragraph in a document section.",
  childIndex: (i: number, n: number) => `Child index (${i}) must be less than the number of child elements (${n}).`,
  notChild: 'Element does not contain the specified child element.',
  offset: (i: number, n: number) => `Index (${i}) must be less than the content length (${n}).`,
} as const;

const isAttributeName = (key: string, allowed: readonly AttributeName[]): key is AttributeName =>
  (allowed as readonly string[]).includes(key);

/** Sets methods a real class does not have to undefined, so calling them fails as in Apps Script. */
function withoutMethods(ctor: { prototype: object }, names: string[]): void {
  for (const name of names) Object.defineProperty(ctor.prototype, name, { value: undefined, configurable: true, writable: true });
}

export abstract class DocElement extends SandboxObject {
  readonly serviceName = 'DocumentApp';
  abstract readonly elementType: ElementTypeName;
  parent: DocContainer | null = null;
  own: Attrs = {};

  constructor(readonly ctx: DocContext) {
    super();
  }

  /** The attributes this element stores itself (text attributes of containers go to their text). */
  abstract ownAttributes(): readonly AttributeName[];
  /** A detached deep copy. */
  abstract clone(): DocElement;

  getType(): ElementTypeName {
    return this.elementType;
  }
  getParent(): DocContainer | null {
    return this.parent;
  }
  getNextSibling(): DocElement | null {
    if (!this.parent) return null;
    return this.parent.children[this.parent.children.indexOf(this) + 1] ?? null;
  }
  getPreviousSibling(): DocElement | null {
    if (!this.parent) return null;
    return this.parent.children[this.parent.children.indexOf(this) - 1] ?? null;
  }
  removeFromParent(): this {
    this.ctx.assertWritable();
    this.parent?.detachChild(this);
    return this;
  }
  copy(): DocElement {
    return this.clone();
  }
  getText(): string {
    return '';
  }
  getAttributes(): Record<string, AttrValue> {
    const out: Record<string, AttrValue> = {};
    for (const key of this.ownAttributes()) out[key] = this.own[key] ?? null;
    return out;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    this.ctx.assertWritable();
    this.applyAttributes(cleanAttrs(attributes));
    return this;
  }
  /** Stores own attributes; containers also pass text attributes down to their text. */
  applyAttributes(attrs: Attrs): void {
    for (const [key, value] of Object.entries(attrs)) {
      if (isAttributeName(key, this.ownAttributes())) this.setOwn(key, value ?? null);
    }
  }
  protected setOwn(key: AttributeName, value: AttrValue): void {
    if (value === null) delete this.own[key];
    else this.own[key] = value;
  }

  asParagraph(): ParagraphEl {
    return this.cast('PARAGRAPH', 'asParagraph') as ParagraphEl;
  }
  asListItem(): ListItemEl {
    return this.cast('LIST_ITEM', 'asListItem') as ListItemEl;
  }
  asTable(): TableEl {
    return this.cast('TABLE', 'asTable') as TableEl;
  }
  asTableRow(): TableRowEl {
    return this.cast('TABLE_ROW', 'asTableRow') as TableRowEl;
  }
  asTableCell(): TableCellEl {
    return this.cast('TABLE_CELL', 'asTableCell') as TableCellEl;
  }
  asText(): TextBase {
    return this.cast('TEXT', 'asText') as TextBase;
  }
  asHorizontalRule(): HorizontalRuleEl {
    return this.cast('HORIZONTAL_RULE', 'asHorizontalRule') as HorizontalRuleEl;
  }
  asPageBreak(): PageBreakEl {
    return this.cast('PAGE_BREAK', 'asPageBreak') as PageBreakEl;
  }
  asBody(): BodyEl {
    return this.cast('BODY_SECTION', 'asBody') as BodyEl;
  }
  asHeaderSection(): SectionEl {
    return this.cast('HEADER_SECTION', 'asHeaderSection') as SectionEl;
  }
  asFooterSection(): SectionEl {
    return this.cast('FOOTER_SECTION', 'asFooterSection') as SectionEl;
  }
  private cast(type: ElementTypeName, method: string): DocElement {
    // Apps Script's wording for a wrong cast is not documented; the type names what went wrong.
    if (this.elementType !== type) throw new Error(`${method}(): the element is a ${this.elementType}, not a ${type}.`);
    return this;
  }
}

/** Keeps only DocumentApp.Attribute keys; undefined reads as "unset" (null), like Apps Script. */
function cleanAttrs(attributes: Record<string, unknown>): Attrs {
  const out: Attrs = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const v = value === undefined ? null : value;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
    out[key as AttributeName] = v;
  }
  return out;
}

function textOnly(attrs: Attrs, except: readonly AttributeName[]): Attrs {
  const out: Attrs = {};
  for (const key of TEXT_ATTRIBUTES) if (key in attrs && !except.includes(key)) out[key] = attrs[key] ?? null;
  return out;
}

export abstract class DocContainer extends DocElement {
  children: DocElement[] = [];

  getNumChildren(): number {
    return this.children.length;
  }
  getChild(index: number): DocElement {
    const child = this.children[index];
    if (!child) throw new Error(DOC_ERRORS.childIndex(index, this.children.length));
    return child;
  }
  getChildIndex(child: DocElement): number {
    const i = this.children.indexOf(child);
    if (i < 0) throw new Error(DOC_ERRORS.notChild);
    return i;
  }
  removeChild(child: DocElement): this {
    this.ctx.assertWritable();
    this.getChildIndex(child);
    this.detachChild(child);
    return this;
  }
  detachChild(child: DocElement): void {
    const i = this.children.indexOf(child);
    if (i >= 0) this.children.splice(i, 1);
    child.parent = null;
  }
  /** Inserts a detached element (Apps Script refuses an attached one). */
  attach<T extends DocElement>(index: number, child: T): T {
    if (child.parent) throw new Error(DOC_ERRORS.detached);
    if (index < 0 || index > this.children.length) throw new Error(DOC_ERRORS.childIndex(index, this.children.length + 1));
    this.children.splice(index, 0, child);
    child.parent = this;
    return child;
  }
  editAsText(): TextView {
    return new TextView(this.ctx, this);
  }
  /** Regular-expression replace in every Text inside; replaced text keeps the first matched character's style. */
  replaceText(searchPattern: string, replacement: string): this {
    this.editAsText().replaceText(searchPattern, replacement);
    return this;
  }
  /** Text attributes apply to all the text inside; own attributes stay here. */
  override applyAttributes(attrs: Attrs): void {
    super.applyAttributes(attrs);
    const text = textOnly(attrs, this.ownAttributes());
    if (Object.keys(text).length) for (const child of this.children) child.applyAttributes(text);
  }
  override getAttributes(): Record<string, AttrValue> {
    const out = super.getAttributes();
    for (const key of TEXT_ATTRIBUTES) if (!(key in out)) out[key] = uniformTextAttr(this, key);
    return out;
  }
  /** Every Text leaf below, in document order. */
  textLeaves(): TextEl[] {
    const out: TextEl[] = [];
    const visit = (el: DocElement): void => {
      if (el instanceof TextEl) out.push(el);
      else if (el instanceof DocContainer) el.children.forEach(visit);
    };
    visit(this);
    return out;
  }
  protected cloneChildrenInto<T extends DocContainer>(target: T): T {
    target.own = { ...this.own };
    for (const child of this.children) target.attach(target.children.length, child.clone());
    return target;
  }
}

function uniformTextAttr(container: DocContainer, key: AttributeName): AttrValue {
  let value: AttrValue | undefined;
  for (const leaf of container.textLeaves()) {
    for (const style of leaf.styles) {
      const v = style[key] ?? null;
      if (value === undefined) value = v;
      else if (value !== v) return null;
    }
  }
  if (value === undefined && container instanceof ParagraphEl) return container.own[key] ?? null;
  return value ?? null;
}

// ---------------------------------------------------------------------------------------- text

interface Piece {
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
    return typeof b === 'number' ? this.styleRange('FONT_SIZE', a as number, b, c ?? null) : this.styleAll('FONT_SIZE', a);
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
    if (!Number.isInteger(offset) || offset < 0 || offset >= limit) throw new Error(DOC_ERRORS.offset(offset, text.length));
    for (const piece of pieces) {
      const end = piece.start + piece.leaf.chars.length;
      if (offset < end || (forInsert && offset === end)) return { leaf: piece.leaf, at: offset - piece.start };
    }
    const last = pieces[pieces.length - 1];
    if (!last) throw new Error(DOC_ERRORS.offset(offset, text.length));
    return { leaf: last.leaf, at: last.leaf.chars.length };
  }
  private forRange(start: number, endInclusive: number, fn: (leaf: TextEl, from: number, toExclusive: number) => void): void {
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
    const paragraphStyle = this.parent instanceof ParagraphEl ? textOnly(this.parent.own, []) : {};
    return this.styles[at - 1] ?? this.styles[at] ?? paragraphStyle;
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

/** editAsText(): the text of a whole container seen as one Text. */
export class TextView extends TextBase {
  constructor(ctx: DocContext, readonly container: DocContainer) {
    super(ctx);
  }
  override getParent(): DocContainer | null {
    return this.container;
  }
  clone(): DocElement {
    return this.container.clone();
  }
  layout(): { text: string; pieces: Piece[] } {
    const pieces: Piece[] = [];
    let text = '';
    let blocks = 0;
    const visit = (el: DocElement): void => {
      if (el instanceof ParagraphEl) {
        if (blocks++ > 0) text += '\n';
        for (const child of el.children) {
          if (child instanceof TextEl) {
            pieces.push({ leaf: child, start: text.length });
            text += child.chars;
          }
        }
      } else if (el instanceof TextEl) {
        pieces.push({ leaf: el, start: text.length });
        text += el.chars;
      } else if (el instanceof DocContainer) {
        el.children.forEach(visit);
      }
    };
    visit(this.container);
    return { text, pieces };
  }
  setText(text: string): TextView {
    this.ctx.assertWritable();
    const c = this.container as DocContainer & { setText?: (t: string) => unknown };
    if (typeof c.setText !== 'function') throw new Error('Invalid argument: text');
    c.setText(text);
    return this;
  }
  appendText(text: string): TextView {
    this.ctx.assertWritable();
    const leaves = this.container.textLeaves();
    const last = leaves[leaves.length - 1];
    if (last) last.insertAt(last.chars.length, String(text));
    else if (this.container instanceof ParagraphEl) this.container.appendText(text);
    else throw new Error('Invalid argument: text');
    return this;
  }
  override applyAttributes(attrs: Attrs): void {
    this.container.applyAttributes(attrs);
  }
}

// ---------------------------------------------------------------------------------------- inline

export class HorizontalRuleEl extends DocElement {
  readonly className = 'HorizontalRule';
  readonly elementType = 'HORIZONTAL_RULE' as const;
  ownAttributes(): readonly AttributeName[] {
    return [];
  }
  clone(): HorizontalRuleEl {
    return new HorizontalRuleEl(this.ctx);
  }
}

export class PageBreakEl extends DocElement {
  readonly className = 'PageBreak';
  readonly elementType = 'PAGE_BREAK' as const;
  ownAttributes(): readonly AttributeName[] {
    return [];
  }
  clone(): PageBreakEl {
    return new PageBreakEl(this.ctx);
  }
}

// ---------------------------------------------------------------------------------------- paragraphs

export class ParagraphEl extends DocContainer {
  readonly className: string = 'Paragraph';
  readonly elementType: ElementTypeName = 'PARAGRAPH';

  constructor(ctx: DocContext, text = '') {
    super(ctx);
    if (text !== '') this.attach(0, new TextEl(ctx, text));
  }
  ownAttributes(): readonly AttributeName[] {
    return [...PARAGRAPH_ATTRIBUTES, ...TEXT_ATTRIBUTES];
  }
  clone(): ParagraphEl {
    return this.cloneChildrenInto(new ParagraphEl(this.ctx));
  }
  override getText(): string {
    return this.children.map((c) => (c instanceof TextEl ? c.chars : '')).join('');
  }
  /** Paragraph-level attributes stay here; text attributes also restyle the paragraph's text. */
  override applyAttributes(attrs: Attrs): void {
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'LINE_SPACING' && typeof value === 'number' && value < 1) continue; // ignored below 1
      if (isAttributeName(key, this.ownAttributes())) this.setOwn(key, value ?? null);
    }
    const text = textOnly(attrs, []);
    if (Object.keys(text).length) for (const leaf of this.textLeaves()) leaf.applyAttributes(text);
  }
  override getAttributes(): Record<string, AttrValue> {
    const out: Record<string, AttrValue> = {};
    for (const key of this.ownAttributes()) out[key] = this.own[key] ?? null;
    for (const key of TEXT_ATTRIBUTES) out[key] = uniformTextAttr(this, key);
    return out;
  }
  setText(text: string): this {
    this.ctx.assertWritable();
    const style = this.textLeaves()[0]?.styles[0] ?? textOnly(this.own, []);
    for (const child of [...this.children]) this.detachChild(child);
    if (String(text) !== '') this.attach(0, new TextEl(this.ctx, String(text), style));
    return this;
  }
  appendText(text: string): TextEl {
    this.ctx.assertWritable();
    const leaves = this.textLeaves();
    const style = leaves[leaves.length - 1]?.styleAt(Infinity) ?? textOnly(this.own, []);
    const last = leaves[leaves.length - 1];
    return this.attach(this.children.length, new TextEl(this.ctx, String(text), last?.styles[last.styles.length - 1] ?? style));
  }
  insertText(childIndex: number, text: string): TextEl {
    this.ctx.assertWritable();
    return this.attach(childIndex, new TextEl(this.ctx, String(text), textOnly(this.own, [])));
  }
  appendHorizontalRule(): HorizontalRuleEl {
    this.ctx.assertWritable();
    return this.attach(this.children.length, new HorizontalRuleEl(this.ctx));
  }
  insertHorizontalRule(childIndex: number): HorizontalRuleEl {
    this.ctx.assertWritable();
    return this.attach(childIndex, new HorizontalRuleEl(this.ctx));
  }
  appendPageBreak(): PageBreakEl {
    this.ctx.assertWritable();
    return this.attach(this.children.length, new PageBreakEl(this.ctx));
  }
  insertPageBreak(childIndex: number): PageBreakEl {
    this.ctx.assertWritable();
    return this.attach(childIndex, new PageBreakEl(this.ctx));
  }
  clear(): this {
    return this.setText('');
  }

  setHeading(heading: string): this {
    return this.setParagraphAttr('HEADING', heading);
  }
  getHeading(): string {
    return (this.own.HEADING as string | undefined) ?? 'NORMAL';
  }
  setAlignment(alignment: string): this {
    return this.setParagraphAttr('HORIZONTAL_ALIGNMENT', alignment);
  }
  getAlignment(): string | null {
    return (this.own.HORIZONTAL_ALIGNMENT as string | undefined) ?? null;
  }
  setIndentFirstLine(points: number): this {
    return this.setParagraphAttr('INDENT_FIRST_LINE', points);
  }
  getIndentFirstLine(): number | null {
    return this.numberAttr('INDENT_FIRST_LINE');
  }
  setIndentStart(points: number): this {
    return this.setParagraphAttr('INDENT_START', points);
  }
  getIndentStart(): number | null {
    return this.numberAttr('INDENT_START');
  }
  setIndentEnd(points: number): this {
    return this.setParagraphAttr('INDENT_END', points);
  }
  getIndentEnd(): number | null {
    return this.numberAttr('INDENT_END');
  }
  setSpacingBefore(points: number): this {
    return this.setParagraphAttr('SPACING_BEFORE', points);
  }
  getSpacingBefore(): number | null {
    return this.numberAttr('SPACING_BEFORE');
  }
  setSpacingAfter(points: number): this {
    return this.setParagraphAttr('SPACING_AFTER', points);
  }
  getSpacingAfter(): number | null {
    return this.numberAttr('SPACING_AFTER');
  }
  /** Apps Script ignores a line spacing below 1 (the reference's "values below 1 are ignored"). */
  setLineSpacing(multiplier: number): this {
    return this.setParagraphAttr('LINE_SPACING', multiplier);
  }
  getLineSpacing(): number | null {
    return this.numberAttr('LINE_SPACING');
  }
  setLeftToRight(leftToRight: boolean): this {
    return this.setParagraphAttr('LEFT_TO_RIGHT', Boolean(leftToRight));
  }
  isLeftToRight(): boolean | null {
    return (this.own.LEFT_TO_RIGHT as boolean | undefined) ?? null;
  }
  setLinkUrl(url: string | null): this {
    this.ctx.assertWritable();
    this.applyAttributes({ LINK_URL: url });
    return this;
  }
  getLinkUrl(): string | null {
    return uniformTextAttr(this, 'LINK_URL') as string | null;
  }
  protected setParagraphAttr(key: AttributeName, value: AttrValue): this {
    this.ctx.assertWritable();
    this.applyAttributes({ [key]: value });
    return this;
  }
  private numberAttr(key: AttributeName): number | null {
    return (this.own[key] as number | undefined) ?? null;
  }
}

/** Bullets Google Docs gives nesting levels 0, 1, 2, … of a default bulleted list. */
const DEFAULT_GLYPHS: GlyphTypeName[] = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'];

export class ListItemEl extends ParagraphEl {
  override readonly className = 'ListItem';
  override readonly elementType: ElementTypeName = 'LIST_ITEM';

  constructor(ctx: DocContext, text = '', listId?: string) {
    super(ctx, text);
    this.own.LIST_ID = listId ?? ctx.newListId();
    this.own.NESTING_LEVEL = 0;
  }
  override ownAttributes(): readonly AttributeName[] {
    return [...PARAGRAPH_ATTRIBUTES, ...LIST_ATTRIBUTES, ...TEXT_ATTRIBUTES];
  }
  override clone(): ListItemEl {
    return this.cloneChildrenInto(new ListItemEl(this.ctx, '', this.getListId()));
  }
  getListId(): string {
    return String(this.own.LIST_ID);
  }
  setListId(listItem: ListItemEl): this {
    this.ctx.assertWritable();
    this.own.LIST_ID = listItem.getListId();
    return this;
  }
  getNestingLevel(): number {
    return Number(this.own.NESTING_LEVEL ?? 0);
  }
  setNestingLevel(level: number): this {
    return this.setParagraphAttr('NESTING_LEVEL', Math.max(0, Math.min(8, Math.trunc(level))));
  }
  getGlyphType(): GlyphTypeName {
    return (this.own.GLYPH_TYPE as GlyphTypeName | undefined) ?? DEFAULT_GLYPHS[this.getNestingLevel() % 3] ?? 'BULLET';
  }
  setGlyphType(glyphType: GlyphTypeName): this {
    return this.setParagraphAttr('GLYPH_TYPE', glyphType);
  }
}

// ---------------------------------------------------------------------------------------- sections

/** What Body, Header/Footer sections and table cells hold: paragraphs, list items, tables. */
export abstract class BlockContainer extends DocContainer {
  override getText(): string {
    return this.children.map((c) => c.getText()).join('\n');
  }
  appendParagraph(content: string | ParagraphEl): ParagraphEl {
    return this.insertParagraph(this.children.length, content);
  }
  insertParagraph(index: number, content: string | ParagraphEl): ParagraphEl {
    this.ctx.assertWritable();
    const p = typeof content === 'object' && content ? content : new ParagraphEl(this.ctx, String(content ?? ''));
    if (p.elementType !== 'PARAGRAPH') throw new Error('Invalid argument: paragraph');
    return this.attach(index, p);
  }
  appendListItem(content: string | ListItemEl): ListItemEl {
    return this.insertListItem(this.children.length, content);
  }
  /** A new item joins the list of the list item just before it, as consecutive items do in Docs. */
  insertListItem(index: number, content: string | ListItemEl): ListItemEl {
    this.ctx.assertWritable();
    if (typeof content === 'object' && content) return this.attach(index, content);
    const previous = this.children[index - 1];
    const item = new ListItemEl(this.ctx, String(content ?? ''), previous instanceof ListItemEl ? previous.getListId() : undefined);
    if (previous instanceof ListItemEl && previous.own.GLYPH_TYPE !== undefined) item.own.GLYPH_TYPE = previous.own.GLYPH_TYPE;
    return this.attach(index, item);
  }
  appendTable(content?: string[][] | TableEl): TableEl {
    return this.insertTable(this.children.length, content);
  }
  /**
   * A document section cannot end with a table: Docs keeps an empty paragraph after a table that
   * becomes the last element (so appending after a table leaves that empty paragraph in between).
   */
  insertTable(index: number, content?: string[][] | TableEl): TableEl {
    this.ctx.assertWritable();
    const table = content instanceof TableEl ? content : TableEl.fromCells(this.ctx, content);
    this.attach(index, table);
    if (index === this.children.length - 1) this.attach(this.children.length, new ParagraphEl(this.ctx));
    return table;
  }
  /** Body.appendHorizontalRule: a new paragraph holding the rule; returns the rule. */
  appendHorizontalRule(): HorizontalRuleEl {
    return this.insertHorizontalRule(this.children.length);
  }
  insertHorizontalRule(index: number): HorizontalRuleEl {
    this.ctx.assertWritable();
    return this.attach(index, new ParagraphEl(this.ctx)).appendHorizontalRule();
  }
  appendPageBreak(): PageBreakEl {
    return this.insertPageBreak(this.children.length);
  }
  insertPageBreak(index: number): PageBreakEl {
    this.ctx.assertWritable();
    return this.attach(index, new ParagraphEl(this.ctx)).appendPageBreak();
  }
  getParagraphs(): ParagraphEl[] {
    return this.descendants((el): el is ParagraphEl => el instanceof ParagraphEl);
  }
  getTables(): TableEl[] {
    return this.descendants((el): el is TableEl => el instanceof TableEl);
  }
  getListItems(): ListItemEl[] {
    return this.descendants((el): el is ListItemEl => el instanceof ListItemEl);
  }
  /** Keeps one empty paragraph, as Docs does. */
  clear(): this {
    this.ctx.assertWritable();
    for (const child of this.children) child.parent = null;
    this.children = [];
    this.attach(0, new ParagraphEl(this.ctx));
    return this;
  }
  /** One paragraph with the text, keeping the first paragraph's format and first character's style. */
  setText(text: string): this {
    const first = this.children.find((c): c is ParagraphEl => c instanceof ParagraphEl);
    const style = this.textLeaves()[0]?.styles[0] ?? (first ? textOnly(first.own, []) : {});
    this.clear();
    const p = this.children[0] as ParagraphEl;
    if (first) p.own = Object.fromEntries(Object.entries(first.own).filter(([k]) => isAttributeName(k, PARAGRAPH_ATTRIBUTES)));
    if (String(text) !== '') p.attach(0, new TextEl(this.ctx, String(text), style));
    return this;
  }
  override detachChild(child: DocElement): void {
    const paragraphs = this.children.filter((c) => c instanceof ParagraphEl);
    if (child instanceof ParagraphEl && paragraphs.length === 1 && paragraphs[0] === child && this.elementType !== 'TABLE_CELL') {
      throw new Error(DOC_ERRORS.lastParagraph);
    }
    super.detachChild(child);
  }
  private descendants<T extends DocElement>(match: (el: DocElement) => el is T): T[] {
    const out: T[] = [];
    const visit = (el: DocElement): void => {
      if (match(el)) out.push(el);
      if (el instanceof DocContainer && !(el instanceof ParagraphEl)) el.children.forEach(visit);
    };
    this.children.forEach(visit);
    return out;
  }
}

/** Google Docs' page setup of a new document: US Letter, 1-inch margins (points). */
export const NEW_DOC_PAGE = { width: 612, height: 792, margin: 72 } as const;

export class BodyEl extends BlockContainer {
  readonly className = 'Body';
  readonly elementType = 'BODY_SECTION' as const;
  constructor(ctx: DocContext) {
    super(ctx);
    this.own = {
      PAGE_WIDTH: NEW_DOC_PAGE.width, PAGE_HEIGHT: NEW_DOC_PAGE.height,
      MARGIN_TOP: NEW_DOC_PAGE.margin, MARGIN_BOTTOM: NEW_DOC_PAGE.margin,
      MARGIN_LEFT: NEW_DOC_PAGE.margin, MARGIN_RIGHT: NEW_DOC_PAGE.margin,
    };
    this.attach(0, new ParagraphEl(ctx));
  }
  ownAttributes(): readonly AttributeName[] {
    return BODY_ATTRIBUTES;
  }
  clone(): BodyEl {
    const copy = new BodyEl(this.ctx);
    copy.children = [];
    return this.cloneChildrenInto(copy);
  }
  getMarginTop(): number {
    return Number(this.own.MARGIN_TOP);
  }
  setMarginTop(points: number): this {
    return this.setPage('MARGIN_TOP', points);
  }
  getMarginBottom(): number {
    return Number(this.own.MARGIN_BOTTOM);
  }
  setMarginBottom(points: number): this {
    return this.setPage('MARGIN_BOTTOM', points);
  }
  getMarginLeft(): number {
    return Number(this.own.MARGIN_LEFT);
  }
  setMarginLeft(points: number): this {
    return this.setPage('MARGIN_LEFT', points);
  }
  getMarginRight(): number {
    return Number(this.own.MARGIN_RIGHT);
  }
  setMarginRight(points: number): this {
    return this.setPage('MARGIN_RIGHT', points);
  }
  getPageWidth(): number {
    return Number(this.own.PAGE_WIDTH);
  }
  setPageWidth(points: number): this {
    return this.setPage('PAGE_WIDTH', points);
  }
  getPageHeight(): number {
    return Number(this.own.PAGE_HEIGHT);
  }
  setPageHeight(points: number): this {
    return this.setPage('PAGE_HEIGHT', points);
  }
  private setPage(key: AttributeName, points: number): this {
    this.ctx.assertWritable();
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0) throw new Error(`Invalid argument: ${key.toLowerCase()}`);
    this.own[key] = points;
    return this;
  }
}

export class SectionEl extends BlockContainer {
  readonly className: string;
  readonly elementType: ElementTypeName;
  constructor(ctx: DocContext, kind: 'HEADER_SECTION' | 'FOOTER_SECTION') {
    super(ctx);
    this.elementType = kind;
    this.className = kind === 'HEADER_SECTION' ? 'HeaderSection' : 'FooterSection';
    this.attach(0, new ParagraphEl(ctx));
  }
  ownAttributes(): readonly AttributeName[] {
    return [];
  }
  clone(): SectionEl {
    const copy = new SectionEl(this.ctx, this.elementType as 'HEADER_SECTION');
    copy.children = [];
    return this.cloneChildrenInto(copy);
  }
}
withoutMethods(SectionEl, ['appendPageBreak', 'insertPageBreak']);

// ---------------------------------------------------------------------------------------- tables

export class TableEl extends DocContainer {
  readonly className = 'Table';
  readonly elementType = 'TABLE' as const;
  columnWidths: (number | null)[] = [];

  static fromCells(ctx: DocContext, cells?: string[][]): TableEl {
    const table = new TableEl(ctx);
    if (cells === undefined) return table;
    if (!Array.isArray(cells) || cells.some((row) => !Array.isArray(row))) throw new Error('Invalid argument: cells');
    const width = cells[0]?.length ?? 0;
    // Docs needs a rectangular grid; how Apps Script answers ragged rows is not reproduced.
    if (cells.some((row) => row.length !== width)) return notRectangular();
    for (const row of cells) {
      const r = table.attach(table.children.length, new TableRowEl(ctx));
      for (const text of row) r.attach(r.children.length, TableCellEl.withText(ctx, String(text ?? '')));
    }
    return table;
  }
  ownAttributes(): readonly AttributeName[] {
    return TABLE_ATTRIBUTES;
  }
  clone(): TableEl {
    const copy = this.cloneChildrenInto(new TableEl(this.ctx));
    copy.columnWidths = this.columnWidths.slice();
    return copy;
  }
  override getText(): string {
    return this.children.map((r) => r.getText()).join('\n');
  }
  getNumRows(): number {
    return this.children.length;
  }
  getRow(index: number): TableRowEl {
    return this.getChild(index) as TableRowEl;
  }
  getCell(row: number, cell: number): TableCellEl {
    return this.getRow(row).getCell(cell);
  }
  appendTableRow(row?: TableRowEl): TableRowEl {
    return this.insertTableRow(this.children.length, row);
  }
  insertTableRow(index: number, row?: TableRowEl): TableRowEl {
    this.ctx.assertWritable();
    return this.attach(index, row ?? new TableRowEl(this.ctx));
  }
  removeRow(index: number): TableRowEl {
    this.ctx.assertWritable();
    const row = this.getRow(index);
    this.detachChild(row);
    return row;
  }
  clear(): this {
    this.ctx.assertWritable();
    for (const leaf of this.textLeaves()) leaf.removeRange(0, leaf.chars.length);
    return this;
  }
  getBorderWidth(): number | null {
    return (this.own.BORDER_WIDTH as number | undefined) ?? null;
  }
  setBorderWidth(points: number): this {
    return this.setAttributes({ BORDER_WIDTH: points });
  }
  getBorderColor(): string | null {
    return (this.own.BORDER_COLOR as string | undefined) ?? null;
  }
  setBorderColor(color: string): this {
    return this.setAttributes({ BORDER_COLOR: color });
  }
  getColumnWidth(columnIndex: number): number | null {
    return this.columnWidths[columnIndex] ?? null;
  }
  setColumnWidth(columnIndex: number, points: number): this {
    this.ctx.assertWritable();
    this.columnWidths[columnIndex] = points;
    return this;
  }
}

function notRectangular(): never {
  throw new Error('not supported in the sandbox: Body.appendTable with rows of different lengths');
}

export class TableRowEl extends DocContainer {
  readonly className = 'TableRow';
  readonly elementType = 'TABLE_ROW' as const;
  ownAttributes(): readonly AttributeName[] {
    return ROW_ATTRIBUTES;
  }
  clone(): TableRowEl {
    return this.cloneChildrenInto(new TableRowEl(this.ctx));
  }
  override getText(): string {
    return this.children.map((c) => c.getText()).join('\t');
  }
  getNumCells(): number {
    return this.children.length;
  }
  getCell(index: number): TableCellEl {
    return this.getChild(index) as TableCellEl;
  }
  getParentTable(): TableEl | null {
    return this.parent instanceof TableEl ? this.parent : null;
  }
  appendTableCell(content?: string | TableCellEl): TableCellEl {
    return this.insertTableCell(this.children.length, content);
  }
  insertTableCell(index: number, content?: string | TableCellEl): TableCellEl {
    this.ctx.assertWritable();
    const cell = content instanceof TableCellEl ? content : TableCellEl.withText(this.ctx, String(content ?? ''));
    return this.attach(index, cell);
  }
  removeCell(index: number): TableCellEl {
    this.ctx.assertWritable();
    const cell = this.getCell(index);
    this.detachChild(cell);
    return cell;
  }
  clear(): this {
    this.ctx.assertWritable();
    for (const leaf of this.textLeaves()) leaf.removeRange(0, leaf.chars.length);
    return this;
  }
  getMinimumHeight(): number | null {
    return (this.own.MINIMUM_HEIGHT as number | undefined) ?? null;
  }
  setMinimumHeight(points: number): this {
    return this.setAttributes({ MINIMUM_HEIGHT: points });
  }
}

export class TableCellEl extends BlockContainer {
  readonly className = 'TableCell';
  readonly elementType = 'TABLE_CELL' as const;

  static withText(ctx: DocContext, text: string): TableCellEl {
    const cell = new TableCellEl(ctx);
    cell.attach(0, new ParagraphEl(ctx, text));
    return cell;
  }
  ownAttributes(): readonly AttributeName[] {
    return CELL_ATTRIBUTES;
  }
  clone(): TableCellEl {
    return this.cloneChildrenInto(new TableCellEl(this.ctx));
  }
  getParentRow(): TableRowEl | null {
    return this.parent instanceof TableRowEl ? this.parent : null;
  }
  getParentTable(): TableEl | null {
    return this.getParentRow()?.getParentTable() ?? null;
  }
  getRowSpan(): number {
    return 1;
  }
  getColSpan(): number {
    return 1;
  }
  getWidth(): number | null {
    return this.num('WIDTH');
  }
  setWidth(points: number): this {
    return this.setAttributes({ WIDTH: points });
  }
  getBackgroundColor(): string | null {
    return (this.own.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setBackgroundColor(color: string | null): this {
    return this.setAttributes({ BACKGROUND_COLOR: color });
  }
  getVerticalAlignment(): string | null {
    return (this.own.VERTICAL_ALIGNMENT as string | undefined) ?? null;
  }
  setVerticalAlignment(alignment: string): this {
    return this.setAttributes({ VERTICAL_ALIGNMENT: alignment });
  }
  getPaddingTop(): number | null {
    return this.num('PADDING_TOP');
  }
  setPaddingTop(points: number): this {
    return this.setAttributes({ PADDING_TOP: points });
  }
  getPaddingBottom(): number | null {
    return this.num('PADDING_BOTTOM');
  }
  setPaddingBottom(points: number): this {
    return this.setAttributes({ PADDING_BOTTOM: points });
  }
  getPaddingLeft(): number | null {
    return this.num('PADDING_LEFT');
  }
  setPaddingLeft(points: number): this {
    return this.setAttributes({ PADDING_LEFT: points });
  }
  getPaddingRight(): number | null {
    return this.num('PADDING_RIGHT');
  }
  setPaddingRight(points: number): this {
    return this.setAttributes({ PADDING_RIGHT: points });
  }
  private num(key: AttributeName): number | null {
    return (this.own[key] as number | undefined) ?? null;
  }
}
// A cell has no page breaks and no section-wide finders in Apps Script.
withoutMethods(TableCellEl, ['appendPageBreak', 'insertPageBreak', 'getParagraphs', 'getTables', 'getListItems']);

// Methods of the real classes the sandbox does not reproduce: they throw "not supported in the sandbox".
declareUnsupported<GoogleAppsScript.Document.Body, BodyEl>(BodyEl, 'Body', [
  'appendImage', 'insertImage', 'findElement', 'findText', 'getImages', 'getFootnotes',
  'getHeadingAttributes', 'setHeadingAttributes'
]);
declareUnsupported<GoogleAppsScript.Document.Paragraph, ParagraphEl>(ParagraphEl, 'Paragraph', [
  'appendInlineImage', 'insertInlineImage', 'addPositionedImage', 'getPositionedImage', 'getPositionedImages',
  'removePositionedImage', 'findElement', 'findText', 'merge', 'getTextAlignment', 'setTextAlignment', 'isAtDocumentEnd',
]);
declareUnsupported<GoogleAppsScript.Document.Text, TextBase>(TextBase, 'Text', [
  'findText', 'merge', 'getTextAlignment', 'setTextAlignment', 'isAtDocumentEnd',
]);
declareUnsupported<GoogleAppsScript.Document.Table, TableEl>(TableEl, 'Table', ['findElement', 'findText', 'isAtDocumentEnd']);
declareUnsupported<GoogleAppsScript.Document.TableCell, TableCellEl>(TableCellEl, 'TableCell', [
  'appendImage', 'insertImage', 'findElement', 'findText', 'merge', 'isAtDocumentEnd',
]);
