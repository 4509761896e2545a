// RichTextValue and RichTextValueBuilder: a cell's text with the links on parts of it. The sandbox
// keeps only links (no per-run bold, colour…: getTextStyle and setTextStyle throw "not supported").
// A run is the longest substring with one style, so here the longest one under one link or none;
// a plain text is one run with no link (gas-fakes test/testsheets.js, "rich text tests"). Offsets
// are 0-based, start inclusive, end exclusive, relative to the cell's text (RichTextValue reference).
// Both classes are values the script holds: their calls are counted by method, not as calls that
// reach the spreadsheet (SandboxObject.isValue).
import { notSupported } from '../env';
import { signatureError, SpreadsheetObject, type Implements } from './base';

/** A link over text[start, end): what a cell stores for each linked stretch of its text. */
export interface LinkSpan {
  start: number;
  end: number;
  url: string;
}

/** Spans sorted, clipped to the text, empty ones dropped, touching spans to one URL merged (one run). */
export function tidyLinks(links: readonly LinkSpan[], length: number): LinkSpan[] {
  const sorted = links
    .map((l) => ({ start: Math.max(0, l.start), end: Math.min(length, l.end), url: l.url }))
    .filter((l) => l.end > l.start)
    .sort((a, b) => a.start - b.start);
  const out: LinkSpan[] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && last.url === l.url && last.end >= l.start) last.end = Math.max(last.end, l.end);
    else out.push({ ...l });
  }
  return out;
}

/** [start, end) cut at link edges: each piece under one link (url) or none (null). */
function pieces(
  links: readonly LinkSpan[],
  start: number,
  end: number,
): { start: number; end: number; url: string | null }[] {
  const out: { start: number; end: number; url: string | null }[] = [];
  let at = start;
  for (const l of links) {
    if (l.end <= at || l.start >= end) continue;
    if (l.start > at) out.push({ start: at, end: l.start, url: null });
    const to = Math.min(l.end, end);
    out.push({ start: Math.max(l.start, at), end: to, url: l.url });
    at = to;
  }
  if (at < end) out.push({ start: at, end, url: null });
  return out;
}

/**
 * The one link over the pieces: null when none or several different ones (reference). Part linked
 * and part not: the reference does not say, so the sandbox refuses rather than guess.
 */
function linkOver(p: readonly { url: string | null }[], what: string): string | null {
  const urls = new Set(p.map((x) => x.url).filter((u): u is string => u !== null));
  if (urls.size !== 1) return null;
  if (p.some((x) => x.url === null)) notSupported(`${what} over text only partly linked (live result unknown)`);
  return [...urls][0]!;
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

type GasRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type RichTextMethods = 'getText' | 'getRuns' | 'getStartIndex' | 'getEndIndex' | 'getLinkUrl' | 'copy';

/** A cell's rich text, or one run of it (start/end then mark the run in the cell's text). */
export class RichTextValue extends SpreadsheetObject implements Implements<GasRichText, RichTextMethods> {
  readonly className = 'RichTextValue';
  override readonly isValue = true;
  private readonly links: readonly LinkSpan[];

  constructor(
    private readonly cellText: string,
    links: readonly LinkSpan[],
    private readonly start = 0,
    private readonly end = cellText.length,
  ) {
    super();
    this.links = tidyLinks(links, cellText.length);
  }

  /** For the sandbox (uncounted): the text and links this value writes into a cell. */
  content(): { text: string; links: LinkSpan[] } {
    return {
      text: this.getText(),
      links: tidyLinks(
        this.links.map((l) => ({ start: l.start - this.start, end: l.end - this.start, url: l.url })),
        this.end - this.start,
      ),
    };
  }

  getText(): string {
    return this.cellText.slice(this.start, this.end);
  }
  getStartIndex(): number {
    return this.start;
  }
  getEndIndex(): number {
    return this.end;
  }
  getRuns(): RichTextValue[] {
    // What live Apps Script gives for an empty cell's runs is not documented nor in gas-fakes' tests.
    if (this.end === this.start) notSupported('RichTextValue.getRuns of an empty text (live result unknown)');
    return pieces(this.links, this.start, this.end).map(
      (p) => new RichTextValue(this.cellText, this.links, p.start, p.end),
    );
  }
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    if (startOffset === undefined && endOffset === undefined)
      return linkOver(pieces(this.links, this.start, this.end), 'RichTextValue.getLinkUrl()');
    if (this.start !== 0 || this.end !== this.cellText.length)
      notSupported('RichTextValue.getLinkUrl(startOffset, endOffset) on a run (offsets relative to what, unknown)');
    if (
      !isOffset(startOffset) ||
      !isOffset(endOffset) ||
      startOffset < 0 ||
      endOffset > this.end ||
      startOffset >= endOffset
    )
      notSupported('RichTextValue.getLinkUrl with offsets outside the text (live error text unknown)');
    return linkOver(pieces(this.links, startOffset, endOffset), 'RichTextValue.getLinkUrl(startOffset, endOffset)');
  }
  /** A builder holding this value's text and links (reference: "initialized with the values of this Rich Text value"). */
  copy(): RichTextValueBuilder {
    const { text, links } = this.content();
    return new RichTextValueBuilder(text, links);
  }
}

type GasBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
type BuilderMethods = 'setText' | 'setLinkUrl' | 'build';

export class RichTextValueBuilder extends SpreadsheetObject implements Implements<GasBuilder, BuilderMethods> {
  readonly className = 'RichTextValueBuilder';
  override readonly isValue = true;
  private links: LinkSpan[];

  constructor(
    private text = '',
    links: readonly LinkSpan[] = [],
  ) {
    super();
    this.links = tidyLinks(links, text.length);
  }

  /** Sets the text and clears any existing style, links included (RichTextValueBuilder reference). */
  setText(text: string): this {
    if (typeof text !== 'string') {
      // Apps Script may coerce a number to text here, or refuse: not pinned anywhere we can read.
      if (typeof text === 'number' || typeof text === 'boolean')
        notSupported('RichTextValueBuilder.setText of a non-string (live behaviour unknown)');
      throw signatureError('RichTextValueBuilder.setText', [text]);
    }
    this.text = text;
    this.links = [];
    return this;
  }

  /** setLinkUrl(start, end, url) for a substring, setLinkUrl(url) for the whole text; null clears (reference). */
  setLinkUrl(...args: [number, number, string | null] | [string | null]): this {
    let [start, end, url]: [unknown, unknown, unknown] = [0, this.text.length, null];
    if (args.length === 1) url = args[0];
    else if (args.length === 3) [start, end, url] = args;
    else throw signatureError('RichTextValueBuilder.setLinkUrl', args);
    if (url !== null && typeof url !== 'string') throw signatureError('RichTextValueBuilder.setLinkUrl', args);
    if (url === '') notSupported('RichTextValueBuilder.setLinkUrl with an empty URL (live behaviour unknown)');
    if (!isOffset(start) || !isOffset(end) || start < 0 || end > this.text.length || start >= end)
      notSupported('RichTextValueBuilder.setLinkUrl outside the text, or over no text (live error text unknown)');
    const kept = this.links.flatMap((l): LinkSpan[] => {
      if (l.end <= start || l.start >= end) return [l];
      return [
        ...(l.start < start ? [{ start: l.start, end: start, url: l.url }] : []),
        ...(l.end > end ? [{ start: end, end: l.end, url: l.url }] : []),
      ];
    });
    this.links = tidyLinks(url === null ? kept : [...kept, { start, end, url }], this.text.length);
    return this;
  }

  build(): RichTextValue {
    return new RichTextValue(this.text, this.links);
  }
}
