// Drive converting a Word file into a Google Doc in the sandbox: Drive.Files.create with the Docs
// MIME type and a .docx blob (developers.google.com/drive/api/guides/manage-uploads#import-docs:
// "set the target mimeType … application/vnd.google-apps.document" and the upload is converted),
// through the Apps Script advanced Drive service (developers.google.com/apps-script/advanced/drive),
// gives a Doc that DocumentApp opens, built from the .docx's paragraphs, headings, numbering and
// tables in order. The .docx is written here by the `docx` package, as the project's report export.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { DRIVE_FILE_SCOPE, DOCX_MIME } from '../../sandbox/drive/advanced';
import { SandboxBlob } from '../../sandbox/services/blob';
import { docsSandbox, OWNER } from '../support/serviceSandbox';

const DOC_MIME = 'application/vnd.google-apps.document';
const IMPORT_DOCS = 'developers.google.com/drive/api/guides/manage-uploads#import-docs';
// ListItem.getText(): the item's text; the glyph is the list's (getGlyphType), not text
// (developers.google.com/apps-script/reference/document/list-item). The Docs API keeps each
// nesting level's glyphType and glyphFormat ("%0.") on the list (developers.google.com/docs/api/
// reference/rest/v1/documents#NestingLevel), and a Word file's numbering opened in Docs keeps its
// levels that way (stackoverflow.com/questions/63066845: glyphFormat "PART %0 - " from Word).
const LIST_ITEM_REF = 'developers.google.com/apps-script/reference/document/list-item';

const NO_MEDIA = null as never;

async function planDocx(): Promise<Buffer> {
  const cell = (...texts: string[]) => new TableCell({ children: texts.map((t) => new Paragraph(t)) });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'parts',
          levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'KẾ HOẠCH Cải cách hành chính năm 2026', heading: HeadingLevel.TITLE }),
          new Paragraph({
            text: 'MỤC ĐÍCH, YÊU CẦU',
            heading: HeadingLevel.HEADING_1,
            numbering: { reference: 'parts', level: 0 },
          }),
          new Paragraph('Triển khai đồng bộ các nhiệm vụ.'),
          new Paragraph({ text: 'Cải cách thể chế', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Rà soát văn bản nội bộ.', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: 'Quy chế chi tiêu nội bộ;', numbering: { reference: 'plan', level: 1 } }),
          new Paragraph({ text: 'Ban hành quy chế dân chủ.', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: 'Công khai thủ tục.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Cải cách thủ tục hành chính', heading: HeadingLevel.HEADING_3 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('TT'), cell('Nhiệm vụ')] }),
              new TableRow({ children: [cell('1'), cell('Niêm yết TTHC', 'tại bộ phận một cửa')] }),
            ],
          }),
          new Paragraph({ text: 'Họp Hội đồng trường.', numbering: { reference: 'plan', level: 0, instance: 2 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function setup() {
  const s = docsSandbox();
  s.env.oauthScopes = ['https://www.googleapis.com/auth/documents', DRIVE_FILE_SCOPE];
  return { ...s, Files: s.drive.advanced.Files };
}

describe(`Drive.Files.create imports a .docx into a Google Doc (${IMPORT_DOCS})`, () => {
  it(`under drive.file the converted Doc is the script’s, opened by DocumentApp, with the .docx’s content in order; a numbered item's number is its list's glyph, not its text (${LIST_ITEM_REF})`, async () => {
    const { Files, DocumentApp, as, drive } = setup();
    const blob = new SandboxBlob(await planDocx(), DOCX_MIME, 'Kế hoạch.docx') as never;
    const { result: made } = as(OWNER, () =>
      Files.create({ name: 'Kế hoạch', mimeType: DOC_MIME }, blob, { fields: 'id,mimeType,name' }),
    );
    expect(made).toMatchObject({ mimeType: DOC_MIME, name: 'Kế hoạch' });
    const id = String(made.id);
    expect(drive.item(id)).toMatchObject({ owner: OWNER, trashed: false });

    const { result: seen } = as(OWNER, () => {
      const body = DocumentApp.openById(id).getBody();
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < body.getNumChildren(); i++) {
        const el = body.getChild(i);
        const type = String(el.getType());
        if (type === 'PARAGRAPH')
          out.push({ type, text: el.asParagraph().getText(), heading: String(el.asParagraph().getHeading()) });
        else if (type === 'LIST_ITEM') {
          const li = el.asListItem();
          out.push({
            type,
            text: li.getText(),
            level: li.getNestingLevel(),
            glyph: String(li.getGlyphType()),
            list: li.getListId(),
            heading: String(li.getHeading()),
          });
        } else if (type === 'TABLE') {
          const t = el.asTable();
          const rows: string[][] = [];
          for (let r = 0; r < t.getNumRows(); r++) {
            const row = t.getRow(r);
            const cells: string[] = [];
            for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
            rows.push(cells);
          }
          out.push({ type, rows, cellParagraphs: t.getRow(1).getCell(1).getNumChildren() });
        }
      }
      return out;
    });
    const list = (n: number) => (seen[n] as { list: string }).list;
    expect(seen).toEqual([
      { type: 'PARAGRAPH', text: 'KẾ HOẠCH Cải cách hành chính năm 2026', heading: 'TITLE' },
      // The number ("I.") is the list's glyph, not text (${LIST_ITEM_REF}).
      {
        type: 'LIST_ITEM',
        text: 'MỤC ĐÍCH, YÊU CẦU',
        level: 0,
        glyph: 'ROMAN_UPPER',
        list: list(1),
        heading: 'HEADING1',
      },
      { type: 'PARAGRAPH', text: 'Triển khai đồng bộ các nhiệm vụ.', heading: 'NORMAL' },
      { type: 'PARAGRAPH', text: 'Cải cách thể chế', heading: 'HEADING2' },
      {
        type: 'LIST_ITEM',
        text: 'Rà soát văn bản nội bộ.',
        level: 0,
        glyph: 'NUMBER',
        list: list(4),
        heading: 'NORMAL',
      },
      {
        type: 'LIST_ITEM',
        text: 'Quy chế chi tiêu nội bộ;',
        level: 1,
        glyph: 'LATIN_LOWER',
        list: list(4),
        heading: 'NORMAL',
      },
      {
        type: 'LIST_ITEM',
        text: 'Ban hành quy chế dân chủ.',
        level: 0,
        glyph: 'NUMBER',
        list: list(4),
        heading: 'NORMAL',
      },
      { type: 'LIST_ITEM', text: 'Công khai thủ tục.', level: 0, glyph: 'BULLET', list: list(7), heading: 'NORMAL' },
      { type: 'PARAGRAPH', text: 'Cải cách thủ tục hành chính', heading: 'HEADING3' },
      {
        type: 'TABLE',
        rows: [
          ['TT', 'Nhiệm vụ'],
          ['1', 'Niêm yết TTHC\ntại bộ phận một cửa'],
        ],
        cellParagraphs: 2,
      },
      { type: 'LIST_ITEM', text: 'Họp Hội đồng trường.', level: 0, glyph: 'NUMBER', list: list(10), heading: 'NORMAL' },
    ]);
    // One Docs list per Word numbering instance: the bullets and the second instance are lists of their own.
    expect(new Set([list(1), list(4), list(7), list(10)]).size).toBe(4);
  });

  it('a file that is not a .docx package, or another source type, is not supported in the sandbox, and no Doc is left', () => {
    const { Files, as, docs, drive } = setup();
    const files = () => [...drive.model.items.values()].filter((it) => !it.isRoot).length;
    const before = files();
    const corrupt = new SandboxBlob(Buffer.from('PK\u0003\u0004 not really a zip'), DOCX_MIME, 'hỏng.docx') as never;
    expect(() => as(OWNER, () => Files.create({ name: 'x', mimeType: DOC_MIME }, corrupt, { fields: 'id' }))).toThrow(
      'not supported in the sandbox',
    );
    const pdf = new SandboxBlob(Buffer.from('%PDF-1.4'), 'application/pdf', 'a.pdf') as never;
    expect(() => as(OWNER, () => Files.create({ name: 'x', mimeType: DOC_MIME }, pdf, { fields: 'id' }))).toThrow(
      'not supported in the sandbox',
    );
    expect(() => as(OWNER, () => Files.create({ name: 'x', mimeType: DOC_MIME }, NO_MEDIA, { fields: 'id' }))).toThrow(
      'not supported in the sandbox',
    );
    expect(files()).toBe(before);
    expect(docs.all()).toEqual([]);
  });
});
