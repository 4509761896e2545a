// DocumentApp in the sandbox: each test names the Apps Script behaviour it pins.
import { describe, expect, it } from 'vitest';
import { callsOf } from '../../sandbox/env';
import { DOCUMENT_ERRORS, PDF_NOT_RENDERED, UnrenderedBlob } from '../../sandbox/document';
import { docsSandbox as setup, OWNER, STAFF } from '../support/serviceSandbox';

const OUTSIDER = 'khac@example.com';

describe('DocumentApp.create', () => {
  it('creates the Doc as a Drive file in the root of the effective user, with one empty paragraph', () => {
    const { docs, drive, DocumentApp, as } = setup();
    const { result: doc } = as(OWNER, () => DocumentApp.create('BC CCHC Quý I 2026'));
    const item = drive.item(doc.getId());
    expect(item?.mimeType).toBe('application/vnd.google-apps.document');
    expect(item?.owner).toBe(OWNER);
    expect(item?.parents).toEqual([drive.rootOf(OWNER).id]);
    expect(docs.walk(doc.getId()).elements.map((e) => [e.type, e.text])).toEqual([['PARAGRAPH', '']]);
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
  });

  it('needs authorization: a simple trigger cannot create a Doc', () => {
    const { DocumentApp, as } = setup();
    expect(() => as(OWNER, () => DocumentApp.create('x'), 'simpleOnOpen')).toThrow(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });

  it('counts every call the bundle makes, by service and by Class.method', () => {
    const { DocumentApp, as } = setup();
    const { execution } = as(OWNER, () => {
      const body = DocumentApp.create('x').getBody();
      body.appendParagraph('a').setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      body.appendParagraph('b').setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY);
    });
    expect(callsOf(execution, 'DocumentApp.create')).toBe(1);
    expect(callsOf(execution, 'Body.appendParagraph')).toBe(2);
    expect(callsOf(execution, 'Paragraph.setAlignment')).toBe(2);
    expect(callsOf(execution, 'DocumentApp')).toBe(6);
  });

  it('getActiveDocument is null: the script is bound to a spreadsheet, and getUi is refused', () => {
    const { DocumentApp, as } = setup();
    expect(as(OWNER, () => DocumentApp.getActiveDocument()).result).toBeNull();
    expect(() => as(OWNER, () => DocumentApp.getUi())).toThrow('Cannot call DocumentApp.getUi() from this context.');
  });
});

describe('openById / openByUrl', () => {
  it('opens a Doc the user may read, by id and by URL', () => {
    const { docs, DocumentApp, as } = setup();
    const item = docs.createAs(OWNER, 'Kế hoạch 47', (body) => body.appendParagraph('I. MỤC ĐÍCH'));
    docs.share(item.id, STAFF, 'viewer');
    const text = as(STAFF, () =>
      DocumentApp.openByUrl(`https://docs.google.com/document/d/${item.id}/edit?usp=sharing`).getBody().getText(),
    ).result;
    expect(text).toBe('\nI. MỤC ĐÍCH');
    expect(as(OWNER, () => DocumentApp.openById(item.id).getName()).result).toBe('Kế hoạch 47');
  });

  it('a missing Doc and a Doc not shared with the user give the same "Document is missing" error', () => {
    const { docs, DocumentApp, as } = setup();
    const item = docs.createAs(OWNER, 'Riêng tư');
    expect(() => as(OUTSIDER, () => DocumentApp.openById(item.id))).toThrow(DOCUMENT_ERRORS.missing);
    expect(() => as(OWNER, () => DocumentApp.openById('1NoSuchDocumentIdAtAllxxxxxxxxxxxxx'))).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it('a file that is not a Doc gives "Requested entity was not found."', () => {
    const { drive, DocumentApp, as } = setup();
    const sheet = drive.addFile({
      name: 'Sổ theo dõi',
      mimeType: 'application/vnd.google-apps.spreadsheet',
      owner: OWNER,
    });
    expect(() => as(OWNER, () => DocumentApp.openById(sheet.id))).toThrow('Requested entity was not found.');
    expect(() =>
      as(OWNER, () => DocumentApp.openByUrl(`https://docs.google.com/spreadsheets/d/${sheet.id}/edit`)),
    ).toThrow('Requested entity was not found.');
  });

  it('openByUrl refuses something that is not a Google URL with "Invalid argument: url"', () => {
    const { DocumentApp, as } = setup();
    expect(() => as(OWNER, () => DocumentApp.openByUrl('kế hoạch năm 2026'))).toThrow('Invalid argument: url');
  });

  it('a reader cannot edit: Access denied', () => {
    const { docs, DocumentApp, as } = setup();
    const item = docs.createAs(OWNER, 'Chỉ xem');
    docs.share(item.id, STAFF, 'viewer');
    expect(() => as(STAFF, () => DocumentApp.openById(item.id).getBody().appendParagraph('x'))).toThrow(
      'Access denied: DocumentApp.',
    );
  });

  it('simple triggers cannot open other files', () => {
    const { docs, DocumentApp, as } = setup();
    const item = docs.createAs(OWNER, 'x');
    expect(() => as(OWNER, () => DocumentApp.openById(item.id), 'simpleOnEdit')).toThrow(
      'You do not have permission to call DocumentApp.openById',
    );
  });

  it('saveAndClose: later edits fail with "Document is closed, its contents cannot be updated."', () => {
    const { DocumentApp, as } = setup();
    expect(() =>
      as(OWNER, () => {
        const doc = DocumentApp.create('x');
        const body = doc.getBody();
        doc.saveAndClose();
        body.appendParagraph('late');
      }),
    ).toThrow('Document is closed, its contents cannot be updated.');
  });
});

describe('Body', () => {
  it('margins and page size are in points (reference: "margins and page size are in points")', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const body = doc.getBody();
      expect([body.getPageWidth(), body.getPageHeight(), body.getMarginTop()]).toEqual([612, 792, 72]);
      body
        .setPageWidth(595.28)
        .setPageHeight(841.89)
        .setMarginTop(56.7)
        .setMarginBottom(56.7)
        .setMarginLeft(85)
        .setMarginRight(42.5);
      return doc.getId();
    });
    expect(docs.walk(id).page).toEqual({
      width: 595.28,
      height: 841.89,
      marginTop: 56.7,
      marginBottom: 56.7,
      marginLeft: 85,
      marginRight: 42.5,
    });
  });

  it('appendTable(string[][]) makes one row per array and one cell per string; an empty paragraph follows a table at the end', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const table = doc.getBody().appendTable([
        ['STT', 'Mã'],
        ['1', 'II.1'],
        ['2', 'III.1.1'],
      ]);
      expect(table.getNumRows()).toBe(3);
      expect(table.getRow(1).getNumCells()).toBe(2);
      expect(table.getCell(2, 1).getText()).toBe('III.1.1');
      expect(table.getCell(0, 0).getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      return doc.getId();
    });
    expect(
      docs
        .walk(id)
        .elements.filter((e) => e.cell === null)
        .map((e) => e.type),
    ).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
  });

  it('keeps at least one paragraph: removing the last one fails, clear() leaves one empty paragraph', () => {
    const { DocumentApp, as } = setup();
    as(OWNER, () => {
      const body = DocumentApp.create('x').getBody();
      expect(() => body.getChild(0).removeFromParent()).toThrow(
        "Can't remove the last paragraph in a document section.",
      );
      body.appendParagraph('a');
      body.clear();
      expect(body.getNumChildren()).toBe(1);
      expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements (1).');
    });
  });

  it('appendHorizontalRule and appendPageBreak each add a paragraph holding the element', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const body = doc.getBody();
      expect(body.appendHorizontalRule().getType()).toBe(DocumentApp.ElementType.HORIZONTAL_RULE);
      expect(body.appendPageBreak().getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      return doc.getId();
    });
    const [, rule, pageBreak] = docs.walk(id).elements;
    expect(rule?.hasHorizontalRule).toBe(true);
    expect(pageBreak?.hasPageBreak).toBe(true);
  });

  it('setAttributes on the body restyles all its text, tables included', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const body = doc.getBody();
      body.appendParagraph('Căn cứ Kế hoạch số 47/KH-THMT');
      body.appendTable([['UBND PHƯỜNG MỸ LỘC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
      body.setAttributes({
        [DocumentApp.Attribute.FONT_FAMILY]: 'Times New Roman',
        [DocumentApp.Attribute.FONT_SIZE]: 13,
      });
      return doc.getId();
    });
    const texts = docs.walk(id).elements.filter((e) => e.text.trim() && e.type === 'PARAGRAPH');
    expect(texts.map((e) => [e.fontFamily, e.fontSize])).toEqual([
      ['Times New Roman', 13],
      ['Times New Roman', 13],
      ['Times New Roman', 13],
    ]);
  });

  it('getParagraphs includes list items and the paragraphs inside tables', () => {
    const { DocumentApp, as } = setup();
    as(OWNER, () => {
      const body = DocumentApp.create('x').getBody();
      body.appendListItem('a');
      body.appendTable([['b']]);
      expect(body.getParagraphs().map((p) => p.getText())).toEqual(['', 'a', 'b', '']);
      expect(body.getListItems()).toHaveLength(1);
      expect(body.getTables()).toHaveLength(1);
    });
  });

  it('a method the sandbox does not reproduce throws "not supported in the sandbox"', () => {
    const { DocumentApp, as } = setup();
    expect(() =>
      as(OWNER, () =>
        DocumentApp.create('x')
          .getBody()
          .appendImage(null as never),
      ),
    ).toThrow('not supported in the sandbox: Body.appendImage');
  });
});

describe('Paragraph and Text', () => {
  it('setLineSpacing ignores values below 1 (reference: "Paragraph.setLineSpacing ignores values below 1")', () => {
    const { DocumentApp, as } = setup();
    as(OWNER, () => {
      const p = DocumentApp.create('x').getBody().appendParagraph('a');
      p.setLineSpacing(1.5);
      p.setLineSpacing(0.5);
      expect(p.getLineSpacing()).toBe(1.5);
      p.setAttributes({ [DocumentApp.Attribute.LINE_SPACING]: 0.8 });
      expect(p.getLineSpacing()).toBe(1.5);
    });
  });

  it('paragraph attributes: heading, alignment, indents, spacing, in points', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const p = doc.getBody().appendParagraph('Thân bài');
      p.setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
        .setIndentFirstLine(28.35)
        .setIndentStart(0)
        .setSpacingBefore(6)
        .setSpacingAfter(6)
        .setLineSpacing(1.15);
      const attrs = p.getAttributes();
      expect(attrs[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]).toBe(DocumentApp.HorizontalAlignment.JUSTIFY);
      expect(attrs[DocumentApp.Attribute.INDENT_FIRST_LINE]).toBe(28.35);
      expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
      return doc.getId();
    });
    expect(docs.walk(id).elements[1]?.paragraph).toMatchObject({
      alignment: 'JUSTIFY',
      indentFirstLine: 28.35,
      spacingBefore: 6,
      spacingAfter: 6,
      lineSpacing: 1.15,
      heading: 'NORMAL',
    });
  });

  it('text styles apply to the whole text or to (start, endInclusive) ranges', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const text = doc.getBody().appendParagraph('Nơi nhận: UBND').editAsText();
      text.setFontFamily('Times New Roman').setFontSize(12);
      text.setBold(0, 8, true).setItalic(0, 8, true);
      text.setLinkUrl(10, 13, 'https://example.com').setUnderline(10, 13, true).setForegroundColor(10, 13, '#1155cc');
      expect(text.isBold()).toBeNull();
      expect(text.isBold(0)).toBe(true);
      expect(text.getTextAttributeIndices()).toEqual([0, 9, 10]);
      return doc.getId();
    });
    const runs = docs.walk(id).elements[1]?.runs ?? [];
    expect(runs.map((r) => [r.text, r.bold, r.italic, r.fontSize, r.linkUrl])).toEqual([
      ['Nơi nhận:', true, true, 12, null],
      [' ', false, false, 12, null],
      ['UBND', false, false, 12, 'https://example.com'],
    ]);
    expect(runs[2]).toMatchObject({ underline: true, foregroundColor: '#1155cc', fontFamily: 'Times New Roman' });
  });

  it('Paragraph.appendText adds a Text that can be styled on its own', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const p = doc.getBody().appendParagraph('Số: ');
      p.editAsText().setBold(true);
      p.appendText('05/BC-THMT').setBold(false);
      expect(p.getText()).toBe('Số: 05/BC-THMT');
      return doc.getId();
    });
    expect(docs.walk(id).elements[1]?.runs?.map((r) => [r.text, r.bold])).toEqual([
      ['Số: ', true],
      ['05/BC-THMT', false],
    ]);
  });

  it('list items keep nesting level, glyph type and list id; consecutive items share a list', () => {
    const { docs, DocumentApp, as } = setup();
    const item = docs.createAs(OWNER, 'plan', (body) => {
      body.appendListItem('Cải cách thể chế').setGlyphType(DocumentApp.GlyphType.NUMBER);
      body.appendListItem('Rà soát văn bản').setNestingLevel(1).setGlyphType(DocumentApp.GlyphType.LATIN_LOWER);
      body.appendParagraph('xen giữa');
      body.appendListItem('Danh sách mới');
    });
    as(OWNER, () => {
      const items = DocumentApp.openById(item.id).getBody().getListItems();
      expect(items.map((li) => [li.getNestingLevel(), li.getGlyphType()])).toEqual([
        [0, DocumentApp.GlyphType.NUMBER],
        [1, DocumentApp.GlyphType.LATIN_LOWER],
        [0, DocumentApp.GlyphType.BULLET],
      ]);
      expect(items[0]?.getListId()).toBe(items[1]?.getListId());
      expect(items[2]?.getListId()).not.toBe(items[0]?.getListId());
      items[2]?.setListId(items[0] as GoogleAppsScript.Document.ListItem);
      expect(items[2]?.getListId()).toBe(items[0]?.getListId());
    });
    expect(docs.walk(item.id).elements[2]?.paragraph?.list).toEqual({
      listId: expect.any(String),
      nestingLevel: 1,
      glyphType: 'LATIN_LOWER',
    });
  });

  it('element casts and parents: getChild(i).asParagraph(), getType, getParent', () => {
    const { DocumentApp, as } = setup();
    as(OWNER, () => {
      const body = DocumentApp.create('x').getBody();
      body.appendParagraph('a');
      const p = body.getChild(1).asParagraph();
      expect(p.getText()).toBe('a');
      expect(p.getParent().getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
      expect(p.getChild(0).getType()).toBe(DocumentApp.ElementType.TEXT);
      expect(() => p.asTable()).toThrow(/not a TABLE/);
    });
  });

  it('replaceText keeps the style of the replaced text', () => {
    const { DocumentApp, as } = setup();
    as(OWNER, () => {
      const body = DocumentApp.create('x').getBody();
      body.appendParagraph('Quý {{KY}}').editAsText().setBold(true);
      body.replaceText('\\{\\{KY\\}\\}', 'I');
      expect(body.getText()).toBe('\nQuý I');
      expect(body.getChild(1).asParagraph().editAsText().isBold()).toBe(true);
    });
  });
});

describe('Table, TableRow, TableCell', () => {
  it('border width and colour, column widths, cell width, padding, vertical alignment, background; whole-table text attributes', () => {
    const { docs, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => {
      const doc = DocumentApp.create('x');
      const table = doc.getBody().appendTable([
        ['a', 'b'],
        ['c', 'd'],
      ]);
      table.setBorderWidth(0).setBorderColor('#ffffff').setColumnWidth(0, 200).setColumnWidth(1, 280);
      table.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 13, [DocumentApp.Attribute.BOLD]: true });
      const cell = table.getCell(0, 1);
      cell
        .setWidth(280)
        .setPaddingTop(2)
        .setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER)
        .setBackgroundColor('#eeeeee');
      table.appendTableRow().appendTableCell('e');
      cell.setText('B mới');
      expect(table.getRow(2).getCell(0).getText()).toBe('e');
      return doc.getId();
    });
    const walked = docs.walk(id).elements;
    expect(walked.find((e) => e.type === 'TABLE')?.table).toEqual({
      rows: 3,
      columns: 2,
      borderWidth: 0,
      borderColor: '#ffffff',
      columnWidths: [200, 280],
    });
    expect(walked.find((e) => e.path === 'body/1/r0/c1')?.cellFormat).toMatchObject({
      width: 280,
      paddingTop: 2,
      verticalAlignment: 'CENTER',
      backgroundColor: '#eeeeee',
    });
    const cellText = walked.filter((e) => e.type === 'PARAGRAPH' && e.cell);
    expect(cellText.slice(0, 4).map((e) => [e.text, e.fontSize, e.bold])).toEqual([
      ['a', 13, true],
      ['B mới', 13, true],
      ['c', 13, true],
      ['d', 13, true],
    ]);
  });

  it('appendTable(Table) needs a detached table: "Element must be detached."', () => {
    const { DocumentApp, as } = setup();
    as(OWNER, () => {
      const body = DocumentApp.create('x').getBody();
      const table = body.appendTable([['a']]);
      expect(() => body.appendTable(table)).toThrow('Element must be detached.');
      expect(body.appendTable(table.copy()).getCell(0, 0).getText()).toBe('a');
    });
  });
});

describe('Document as a file', () => {
  it('getAs("application/pdf") is a recorded blob that says plainly the sandbox did not render a PDF', () => {
    const { DocumentApp, as } = setup();
    const { result: blob } = as(OWNER, () => {
      const doc = DocumentApp.create('BC');
      doc.getBody().appendParagraph('BÁO CÁO');
      return doc.getAs('application/pdf');
    });
    expect(blob.getContentType()).toBe('application/pdf');
    expect(blob.getName()).toBe('BC.pdf');
    expect(blob.getDataAsString()).toBe(`${PDF_NOT_RENDERED}\n\n\nBÁO CÁO`);
    expect(blob).toBeInstanceOf(UnrenderedBlob);
  });

  it('setName renames the Drive file', () => {
    const { drive, DocumentApp, as } = setup();
    const { result: id } = as(OWNER, () => DocumentApp.create('a').setName('b').getId());
    expect(drive.item(id)?.name).toBe('b');
  });
});
