// The inline elements with nothing inside: HorizontalRule and PageBreak.
import type { AttributeName } from '../enums';
import { DocElement } from './element';

declare module './element' {
  interface ElementClasses {
    HORIZONTAL_RULE: HorizontalRuleEl;
    PAGE_BREAK: PageBreakEl;
  }
}

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
