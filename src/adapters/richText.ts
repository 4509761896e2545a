// The links inside cells (Sheets' rich text): read from a RichTextValue, and a text written back
// with its links. Calls on a RichTextValue or its builder work on a value the script holds; only
// Range.getRichTextValues / setRichTextValues reach the spreadsheet.
import type { EvidenceLink } from '../core/domain';

type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/**
 * The links of a cell's rich text, offsets into its text; [] for null (a cell whose value is not
 * text). Call it only on a cell with text: what an empty cell's runs are is not documented.
 */
export function linksOf(value: RichTextValue | null): EvidenceLink[] {
  if (!value) return [];
  const out: EvidenceLink[] = [];
  for (const run of value.getRuns()) {
    const url = run.getLinkUrl();
    if (!url) continue;
    const start = run.getStartIndex();
    const end = run.getEndIndex();
    const last = out[out.length - 1];
    // Runs split where the style changes (a bold word inside a link): one link for the person.
    if (last && last.url === url && last.end === start) last.end = end;
    else out.push({ start, end, url });
  }
  return out;
}

/** `text` with `links` as a rich text, built from `from` (a value read from the sheet: copy() keeps it a value). */
export function richTextOf(from: RichTextValue, text: string, links: readonly EvidenceLink[]): RichTextValue {
  let builder = from.copy().setText(text);
  for (const l of links) builder = builder.setLinkUrl(l.start, l.end, l.url);
  return builder.build();
}
