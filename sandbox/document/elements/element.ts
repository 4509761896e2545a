// The base of the element tree of a sandbox Doc: DocElement (type, parent, siblings, attributes,
// the as…() casts), what elements need from their document (DocContext), Apps Script's error texts,
// and the attribute helpers the element classes share. It imports none of the element classes: the
// casts name them through ElementClasses, and an element sees its container as a ParentElement.
import { SandboxObject } from '../../env';
import { TEXT_ATTRIBUTES, type AttrValue, type AttributeName, type Attrs, type ElementTypeName } from '../enums';

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

export const isAttributeName = (key: string, allowed: readonly AttributeName[]): key is AttributeName =>
  (allowed as readonly string[]).includes(key);

/** Sets methods a real class does not have to undefined, so calling them fails as in Apps Script. */
export function withoutMethods(ctor: { prototype: object }, names: string[]): void {
  for (const name of names)
    Object.defineProperty(ctor.prototype, name, { value: undefined, configurable: true, writable: true });
}

/**
 * The class of each element type the casts return, added by the module that defines it (declaration
 * merging: `declare module './element'`), so that this module names them without importing them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the element modules
export interface ElementClasses {}

/** The container an element sits in, as the element sees it (DocContainer, container.ts). */
export interface ParentElement extends DocElement {
  children: DocElement[];
  detachChild(child: DocElement): void;
  /** The style new text takes here when no text is around it. */
  defaultTextStyle(): Attrs;
}

export abstract class DocElement extends SandboxObject {
  readonly serviceName = 'DocumentApp';
  abstract readonly elementType: ElementTypeName;
  parent: ParentElement | null = null;
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
  getParent(): ParentElement | null {
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

  asParagraph(): ElementClasses['PARAGRAPH'] {
    return this.cast('PARAGRAPH', 'asParagraph');
  }
  asListItem(): ElementClasses['LIST_ITEM'] {
    return this.cast('LIST_ITEM', 'asListItem');
  }
  asTable(): ElementClasses['TABLE'] {
    return this.cast('TABLE', 'asTable');
  }
  asTableRow(): ElementClasses['TABLE_ROW'] {
    return this.cast('TABLE_ROW', 'asTableRow');
  }
  asTableCell(): ElementClasses['TABLE_CELL'] {
    return this.cast('TABLE_CELL', 'asTableCell');
  }
  asText(): ElementClasses['TEXT'] {
    return this.cast('TEXT', 'asText');
  }
  asHorizontalRule(): ElementClasses['HORIZONTAL_RULE'] {
    return this.cast('HORIZONTAL_RULE', 'asHorizontalRule');
  }
  asPageBreak(): ElementClasses['PAGE_BREAK'] {
    return this.cast('PAGE_BREAK', 'asPageBreak');
  }
  asBody(): ElementClasses['BODY_SECTION'] {
    return this.cast('BODY_SECTION', 'asBody');
  }
  asHeaderSection(): ElementClasses['HEADER_SECTION'] {
    return this.cast('HEADER_SECTION', 'asHeaderSection');
  }
  asFooterSection(): ElementClasses['FOOTER_SECTION'] {
    return this.cast('FOOTER_SECTION', 'asFooterSection');
  }
  private cast<T extends keyof ElementClasses & ElementTypeName>(type: T, method: string): ElementClasses[T] {
    // Apps Script's wording for a wrong cast is not documented; the type names what went wrong.
    if (this.elementType !== type) throw new Error(`${method}(): the element is a ${this.elementType}, not a ${type}.`);
    return this as unknown as ElementClasses[T];
  }
}

/** Keeps only DocumentApp.Attribute keys; undefined reads as "unset" (null), like Apps Script. */
export function cleanAttrs(attributes: Record<string, unknown>): Attrs {
  const out: Attrs = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const v = value === undefined ? null : value;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
    out[key as AttributeName] = v;
  }
  return out;
}

/** The text attributes among `attrs`, less those in `except`. */
export function textOnly(attrs: Attrs, except: readonly AttributeName[]): Attrs {
  const out: Attrs = {};
  for (const key of TEXT_ATTRIBUTES) if (key in attrs && !except.includes(key)) out[key] = attrs[key] ?? null;
  return out;
}
