// The sandbox's model of Drive converting a Word file into a Google Doc (files.create with the Docs
// MIME type and a .docx as media, developers.google.com/drive/api/guides/manage-uploads#import-docs):
// the .docx's body is read in order — paragraphs (Word's "heading 1…6", "Title" and "Subtitle"
// styles become Docs' heading types), numbered and bulleted paragraphs, tables — and written into
// the new Doc's body through the sandbox's own element API.
// Numbering as Docs shows it: a Word numbered paragraph becomes a ListItem whose getText() does not
// hold its number (Docs draws the glyph from the list's nesting level, as for a list made in Docs:
// the Docs API keeps "glyphType"/"glyphFormat" per nesting level of the list, not in the text), one
// list id per Word numbering instance (w:numId), the level's numFmt as its glyph type.
// The package is read with fflate (unzipSync: Drive.Files.create is synchronous, JSZip is not) and
// its XML with @xmldom/xmldom (a W3C DOM). Whatever this model cannot map faithfully — merged cells,
// content controls, line breaks, a number format Docs has no glyph type for — is not supported.
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { notSupported } from '../env';
import type { GlyphTypeName, ParagraphHeadingName } from './enums';
import { ListItemEl, type BodyEl } from './elements';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Word's numFmt → the glyph type Apps Script reports for the imported list level. */
const GLYPHS: Record<string, GlyphTypeName> = {
  decimal: 'NUMBER',
  lowerLetter: 'LATIN_LOWER',
  upperLetter: 'LATIN_UPPER',
  lowerRoman: 'ROMAN_LOWER',
  upperRoman: 'ROMAN_UPPER',
  bullet: 'BULLET',
};

/** Word's built-in style names (w:name, case as Word or other writers spell it) → Docs heading. */
function headingOf(styleName: string | undefined): ParagraphHeadingName {
  const name = (styleName ?? '').trim().toLowerCase();
  const level = /^heading ([1-6])$/.exec(name)?.[1];
  if (level) return `HEADING${level}` as ParagraphHeadingName;
  if (name === 'title') return 'TITLE';
  if (name === 'subtitle') return 'SUBTITLE';
  return 'NORMAL';
}

const children = (el: XmlElement | null | undefined, local?: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = el?.firstChild ?? null; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).namespaceURI === W && (!local || (n as XmlElement).localName === local))
      out.push(n as XmlElement);
  }
  return out;
};
const child = (el: XmlElement | null | undefined, local: string): XmlElement | undefined => children(el, local)[0];
const val = (el: XmlElement | undefined): string | undefined => el?.getAttributeNS(W, 'val') ?? undefined;

function parseXml(files: Record<string, Uint8Array>, path: string): XmlElement | null {
  const bytes = files[path];
  if (!bytes) return null;
  return new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml').documentElement as XmlElement;
}

interface Numbering {
  /** numId → abstract numbering's levels (ilvl → numFmt). */
  formats: Map<string, Map<number, string>>;
}

function readNumbering(root: XmlElement | null): Numbering {
  const abstract = new Map<string, Map<number, string>>();
  for (const a of children(root, 'abstractNum')) {
    const levels = new Map<number, string>();
    for (const lvl of children(a, 'lvl'))
      levels.set(Number(lvl.getAttributeNS(W, 'ilvl')), val(child(lvl, 'numFmt')) ?? '');
    abstract.set(a.getAttributeNS(W, 'abstractNumId') ?? '', levels);
  }
  const formats = new Map<string, Map<number, string>>();
  for (const num of children(root, 'num')) {
    // A start override only restarts the count, which Docs does not put in the text; a whole level redefined is not modelled.
    if (children(num, 'lvlOverride').some((o) => child(o, 'lvl')))
      notSupported('Drive.Files.create converting a .docx with numbering levels overridden');
    formats.set(
      num.getAttributeNS(W, 'numId') ?? '',
      abstract.get(val(child(num, 'abstractNumId')) ?? '') ?? new Map(),
    );
  }
  return { formats };
}

interface Style {
  name?: string;
  numId?: string;
  ilvl?: number;
}

function readStyles(root: XmlElement | null): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const s of children(root, 'style')) {
    const numPr = child(child(s, 'pPr'), 'numPr');
    styles.set(s.getAttributeNS(W, 'styleId') ?? '', {
      name: val(child(s, 'name')),
      numId: val(child(numPr, 'numId')),
      ilvl: numPr ? Number(val(child(numPr, 'ilvl')) ?? 0) : undefined,
    });
  }
  return styles;
}

/** A paragraph's text as Docs keeps it: runs' text and tabs, in order. */
function textOf(p: XmlElement): string {
  let text = '';
  for (const el of children(p)) {
    switch (el.localName) {
      case 'r':
        for (const r of children(el)) {
          if (r.localName === 't') text += r.textContent ?? '';
          else if (r.localName === 'tab') text += '\t';
          else if (r.localName === 'br' || r.localName === 'cr')
            notSupported('Drive.Files.create converting line breaks');
          else if (r.localName !== 'rPr' && r.localName !== 'lastRenderedPageBreak')
            notSupported(`Drive.Files.create converting w:${r.localName} in a run`);
        }
        break;
      case 'hyperlink':
      case 'ins':
      case 'smartTag':
        text += textOf(el);
        break;
      case 'pPr':
      case 'proofErr':
      case 'bookmarkStart':
      case 'bookmarkEnd':
      case 'del':
        break;
      default:
        notSupported(`Drive.Files.create converting w:${el.localName} in a paragraph`);
    }
  }
  return text;
}

/** Writes the .docx's body (its bytes) into `body`, which holds only the new Doc's empty paragraph. */
export function importDocx(body: BodyEl, bytes: Uint8Array): void {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return notSupported('Drive.Files.create converting a file that is not a readable .docx package');
  }
  const document = parseXml(files, 'word/document.xml');
  if (!document) return notSupported('Drive.Files.create converting a package without word/document.xml');
  const numbering = readNumbering(parseXml(files, 'word/numbering.xml'));
  const styles = readStyles(parseXml(files, 'word/styles.xml'));
  const lists = new Map<string, ListItemEl>();
  const placeholder = body.getChild(0);

  const paragraph = (p: XmlElement): void => {
    const pPr = child(p, 'pPr');
    const style = styles.get(val(child(pPr, 'pStyle')) ?? '') ?? {};
    const numPr = child(pPr, 'numPr');
    const numId = val(child(numPr, 'numId')) ?? style.numId;
    const ilvl = Number(val(child(numPr, 'ilvl')) ?? style.ilvl ?? 0);
    const text = textOf(p);
    const heading = headingOf(style.name);
    if (numId && numId !== '0') {
      const format = numbering.formats.get(numId)?.get(ilvl);
      const glyph = GLYPHS[format ?? ''];
      if (!glyph) return notSupported(`Drive.Files.create converting the Word number format "${format ?? ''}"`);
      // A Word numbering instance is one Docs list; a new one starts a list even right after another.
      const first = lists.get(numId);
      const item = first
        ? body.appendListItem(text).setListId(first)
        : body.appendListItem(new ListItemEl(body.ctx, text));
      if (!first) lists.set(numId, item);
      item.setNestingLevel(ilvl).setGlyphType(glyph).setHeading(heading);
    } else {
      body.appendParagraph(text).setHeading(heading);
    }
  };

  const table = (tbl: XmlElement): void => {
    const rows = children(tbl, 'tr').map((tr) =>
      children(tr, 'tc').map((tc) => {
        const tcPr = child(tc, 'tcPr');
        if (child(tcPr, 'gridSpan') || child(tcPr, 'vMerge') || child(tcPr, 'hMerge'))
          notSupported('Drive.Files.create converting merged table cells');
        return children(tc).map((el) => {
          if (el.localName === 'tcPr') return null;
          if (el.localName !== 'p')
            return notSupported(`Drive.Files.create converting w:${el.localName} in a table cell`);
          return textOf(el);
        });
      }),
    );
    const texts = rows.map((row) => row.map((cell) => cell.filter((t): t is string => t !== null)));
    const made = body.appendTable(texts.map((row) => row.map((cell) => cell[0] ?? '')));
    texts.forEach((row, r) =>
      row.forEach((cell, c) => {
        for (const more of cell.slice(1)) made.getRow(r).getCell(c).appendParagraph(more);
      }),
    );
  };

  const SKIPPED = ['sectPr', 'bookmarkStart', 'bookmarkEnd'];
  const blocks = children(child(document, 'body')).filter((el) => !SKIPPED.includes(el.localName ?? ''));
  blocks.forEach((el, i) => {
    if (el.localName === 'p') paragraph(el);
    else if (el.localName === 'tbl') {
      table(el);
      // Word puts no paragraph between a table and what follows: the one the sandbox keeps after a
      // table that ends the body goes when something follows.
      if (i < blocks.length - 1) body.getChild(body.getNumChildren() - 1).removeFromParent();
    } else notSupported(`Drive.Files.create converting w:${el.localName} in the body`);
  });
  // The new Doc's own empty paragraph goes: the body is the file's content (a Doc keeps at least one paragraph).
  if (body.getNumChildren() > 1) placeholder.removeFromParent();
}
