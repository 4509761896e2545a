// The sections of a Doc: Body (page size and margins) and the header and footer sections.
import { declareUnsupported } from '../../services/support';
import { BODY_ATTRIBUTES, type AttributeName, type ElementTypeName } from '../enums';
import { withoutMethods, type DocContext } from './element';
import { BlockContainer } from './blocks';
import { ParagraphEl } from './paragraph';

declare module './element' {
  interface ElementClasses {
    BODY_SECTION: BodyEl;
    HEADER_SECTION: SectionEl;
    FOOTER_SECTION: SectionEl;
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
      PAGE_WIDTH: NEW_DOC_PAGE.width,
      PAGE_HEIGHT: NEW_DOC_PAGE.height,
      MARGIN_TOP: NEW_DOC_PAGE.margin,
      MARGIN_BOTTOM: NEW_DOC_PAGE.margin,
      MARGIN_LEFT: NEW_DOC_PAGE.margin,
      MARGIN_RIGHT: NEW_DOC_PAGE.margin,
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
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0)
      throw new Error(`Invalid argument: ${key.toLowerCase()}`);
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

// Methods of the real class the sandbox does not reproduce: they throw "not supported in the sandbox".
declareUnsupported<GoogleAppsScript.Document.Body, BodyEl>(BodyEl, 'Body', [
  'appendImage',
  'insertImage',
  'findElement',
  'findText',
  'getImages',
  'getFootnotes',
  'getHeadingAttributes',
  'setHeadingAttributes',
]);
