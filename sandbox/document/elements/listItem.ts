// ListItem: a paragraph in a list (list id, nesting level, glyph type; Docs' default bullets).
import {
  LIST_ATTRIBUTES,
  PARAGRAPH_ATTRIBUTES,
  TEXT_ATTRIBUTES,
  type AttributeName,
  type ElementTypeName,
  type GlyphTypeName,
} from '../enums';
import type { DocContext } from './element';
import { ParagraphEl } from './paragraph';

declare module './element' {
  interface ElementClasses {
    LIST_ITEM: ListItemEl;
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
