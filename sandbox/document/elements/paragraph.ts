// Paragraph: its text (Text leaves, horizontal rules, page breaks inside), heading, alignment,
// indents, spacing, line spacing and link; paragraph attributes stay here, text attributes go to
// its text.
import { declareUnsupported } from '../../services/support';
import {
  PARAGRAPH_ATTRIBUTES,
  TEXT_ATTRIBUTES,
  type AttrValue,
  type AttributeName,
  type Attrs,
  type ElementTypeName,
} from '../enums';
import { isAttributeName, textOnly, type DocContext } from './element';
import { DocContainer, uniformTextAttr } from './container';
import { TextEl } from './text';
import { HorizontalRuleEl, PageBreakEl } from './inline';

declare module './element' {
  interface ElementClasses {
    PARAGRAPH: ParagraphEl;
  }
}

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
  /** New text with no text around it takes the paragraph's own text attributes. */
  override defaultTextStyle(): Attrs {
    return textOnly(this.own, []);
  }
  override getAttributes(): Record<string, AttrValue> {
    const out: Record<string, AttrValue> = {};
    for (const key of this.ownAttributes()) out[key] = this.own[key] ?? null;
    for (const key of TEXT_ATTRIBUTES) out[key] = uniformTextAttr(this, key);
    return out;
  }
  setText(text: string): this {
    this.ctx.assertWritable();
    const style = this.textLeaves()[0]?.styles[0] ?? this.defaultTextStyle();
    for (const child of [...this.children]) this.detachChild(child);
    if (String(text) !== '') this.attach(0, new TextEl(this.ctx, String(text), style));
    return this;
  }
  appendText(text: string): TextEl {
    this.ctx.assertWritable();
    const leaves = this.textLeaves();
    const style = leaves[leaves.length - 1]?.styleAt(Infinity) ?? this.defaultTextStyle();
    const last = leaves[leaves.length - 1];
    return this.attach(
      this.children.length,
      new TextEl(this.ctx, String(text), last?.styles[last.styles.length - 1] ?? style),
    );
  }
  insertText(childIndex: number, text: string): TextEl {
    this.ctx.assertWritable();
    return this.attach(childIndex, new TextEl(this.ctx, String(text), this.defaultTextStyle()));
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

// Methods of the real class the sandbox does not reproduce: they throw "not supported in the sandbox".
declareUnsupported<GoogleAppsScript.Document.Paragraph, ParagraphEl>(ParagraphEl, 'Paragraph', [
  'appendInlineImage',
  'insertInlineImage',
  'addPositionedImage',
  'getPositionedImage',
  'getPositionedImages',
  'removePositionedImage',
  'findElement',
  'findText',
  'merge',
  'getTextAlignment',
  'setTextAlignment',
  'isAtDocumentEnd',
]);
