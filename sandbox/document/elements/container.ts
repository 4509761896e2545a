// DocContainer: an element holding others (children, attach/detach, text attributes passed down to
// the text inside, the text leaves below) and TextView, editAsText() over all of its text.
import { TEXT_ATTRIBUTES, type AttrValue, type AttributeName, type Attrs } from '../enums';
import { DOC_ERRORS, DocElement, textOnly, type DocContext, type ElementClasses } from './element';
import { TextBase, TextEl, type Piece } from './text';

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
    if (index < 0 || index > this.children.length)
      throw new Error(DOC_ERRORS.childIndex(index, this.children.length + 1));
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
  /** The style new text takes here when no text is around it: none (a paragraph has its own). */
  defaultTextStyle(): Attrs {
    return {};
  }
  protected cloneChildrenInto<T extends DocContainer>(target: T): T {
    target.own = { ...this.own };
    for (const child of this.children) target.attach(target.children.length, child.clone());
    return target;
  }
}

/** The text attribute all the text inside shares (null when mixed); with no text, the container's default. */
export function uniformTextAttr(container: DocContainer, key: AttributeName): AttrValue {
  let value: AttrValue | undefined;
  for (const leaf of container.textLeaves()) {
    for (const style of leaf.styles) {
      const v = style[key] ?? null;
      if (value === undefined) value = v;
      else if (value !== v) return null;
    }
  }
  if (value === undefined) return container.defaultTextStyle()[key] ?? null;
  return value;
}

/** Paragraphs and list items (by their type: their classes sit above this module). */
function isParagraph(el: DocElement): el is ElementClasses['PARAGRAPH'] {
  return el.elementType === 'PARAGRAPH' || el.elementType === 'LIST_ITEM';
}

/** editAsText(): the text of a whole container seen as one Text. */
export class TextView extends TextBase {
  constructor(
    ctx: DocContext,
    readonly container: DocContainer,
  ) {
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
      if (isParagraph(el)) {
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
    else if (isParagraph(this.container)) this.container.appendText(text);
    else throw new Error('Invalid argument: text');
    return this;
  }
  override applyAttributes(attrs: Attrs): void {
    this.container.applyAttributes(attrs);
  }
}
