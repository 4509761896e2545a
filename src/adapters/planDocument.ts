// Reads a plan from a Google Doc through DocumentApp into the parser's neutral outline: paragraphs,
// list items (nesting level, glyph type, list id) and tables. Also tells a Docs link from other links,
// and reads a Word upload through a Doc that Drive converts it into.
import type { ListGlyph, PlanBlock } from '../core/plan/outline';
import { importMsg } from '../messages';
import { UserError } from '../core/errors';
import { DOCX_MIME } from '../contracts/importPlan';
import { convertToDoc, isDriveRefusal, trashFile, trashFiles } from './report/files';

type Element = GoogleAppsScript.Document.Element;

/** The document ID in a Docs link or a bare ID; a refusal for links to anything else. */
export function docIdFrom(input: string): string {
  const text = input.trim();
  if (/^[A-Za-z0-9_-]{25,}$/.test(text)) return text;
  const url = /^https?:\/\/([^/?#]+)([^#]*)/i.exec(text);
  if (!url) throw new UserError(importMsg.refuseBadLink);
  const host = url[1]!.toLowerCase();
  const rest = url[2] ?? '';
  if (host !== 'docs.google.com' && host !== 'drive.google.com') throw new UserError(importMsg.refuseBadLink);
  if (/^\/(spreadsheets|presentation|forms|drawings)\//.test(rest)) throw new UserError(importMsg.refuseNotDoc);
  const id = /\/d\/([A-Za-z0-9_-]{25,})/.exec(rest)?.[1] ?? /[?&]id=([A-Za-z0-9_-]{25,})/.exec(rest)?.[1];
  if (!id) throw new UserError(importMsg.refuseBadLink);
  // Drive links (/file/d/…, /open?id=…) may name a Doc or not: opening it tells.
  return id;
}

function glyphOf(glyph: unknown): ListGlyph {
  switch (String(glyph)) {
    case 'NUMBER':
      return 'number';
    case 'LATIN_LOWER':
      return 'latinLower';
    case 'LATIN_UPPER':
      return 'latinUpper';
    case 'ROMAN_LOWER':
      return 'romanLower';
    case 'ROMAN_UPPER':
      return 'romanUpper';
    default:
      return 'bullet';
  }
}

function blockOf(el: Element): PlanBlock | null {
  const type = el.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) return { kind: 'paragraph', text: el.asParagraph().getText() };
  if (type === DocumentApp.ElementType.LIST_ITEM) {
    const item = el.asListItem();
    return {
      kind: 'listItem',
      text: item.getText(),
      nestingLevel: item.getNestingLevel(),
      glyph: glyphOf(item.getGlyphType()),
      listId: item.getListId(),
    };
  }
  if (type === DocumentApp.ElementType.TABLE) {
    const table = el.asTable();
    const rows: string[][] = [];
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      const cells: string[] = [];
      for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
      rows.push(cells);
    }
    return { kind: 'table', rows };
  }
  return null;
}

/** Opens the Doc as the user (refusing clearly when they cannot) and converts its body. */
export function readPlanDocument(input: string): { blocks: PlanBlock[]; name: string } {
  const id = docIdFrom(input);
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(id);
  } catch (e) {
    // DocumentApp says "Requested entity was not found." for a Drive file that is not a Doc.
    const notADoc = e instanceof Error && /Requested entity was not found/.test(e.message);
    throw new UserError(notADoc ? importMsg.refuseNotDoc : importMsg.refuseCannotOpen);
  }
  return { blocks: blocksOf(doc), name: doc.getName() };
}

function blocksOf(doc: GoogleAppsScript.Document.Document): PlanBlock[] {
  const body = doc.getBody();
  const blocks: PlanBlock[] = [];
  const n = body.getNumChildren();
  for (let i = 0; i < n; i++) {
    const block = blockOf(body.getChild(i));
    if (block) blocks.push(block);
  }
  return blocks;
}

/**
 * A Word plan (a .docx the import checked): converted by Drive into a Google Doc the script made,
 * read as a pasted Doc is, then the Doc trashed — also when reading it fails, so nothing is left.
 * Drive refusing the file, the Doc not opening, or the trash failing each refuse with nothing
 * imported; in the last case the message names the copy left in the user's Drive.
 */
export function readWordPlan(file: GoogleAppsScript.Base.Blob, fileName: string): PlanBlock[] {
  const name = importMsg.convertedName(fileName);
  let id: string;
  try {
    // The browser may send a .docx as application/octet-stream; Drive converts by the media's type.
    id = convertToDoc(file.setContentType(DOCX_MIME), name);
  } catch (e) {
    if (isDriveRefusal(e, 'create')) throw new UserError(importMsg.refuseConvert(fileName));
    throw e;
  }
  let blocks: PlanBlock[];
  try {
    blocks = blocksOf(DocumentApp.openById(id));
  } catch {
    trashFiles([id]);
    throw new UserError(importMsg.refuseConvertedUnread(fileName));
  }
  try {
    trashFile(id);
  } catch {
    throw new UserError(importMsg.refuseNotTrashed(name));
  }
  return blocks;
}
