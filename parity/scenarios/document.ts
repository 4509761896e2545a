// Parity scenarios for DocumentApp: the body, paragraphs and their attributes, tables, rules and
// page breaks, page size and margins, as the report builds them. Each runs on a fresh Doc.
import { type Scenario } from '../scenario';

const REF = 'developers.google.com/apps-script/reference/document';
const DOCS = 'gas-fakes test/testdocs.js';

export const documentScenarios: Scenario[] = [
  {
    name: 'a new Doc has an id, a docs.google.com URL and one empty paragraph',
    source: `${REF}/document-app#createname`,
    covers: ['DocumentApp.create', 'Document.getId', 'Document.getUrl', 'Document.getBody', 'Body.getChild'],
    expected: [true, true, 1, 'PARAGRAPH', ''],
    run: (c) => {
      const d = c.doc();
      const body = d.getBody();
      return [
        d.getId().length > 20,
        /^https:\/\/docs\.google\.com\/(open\?id=|document\/d\/)/.test(d.getUrl()),
        body.getNumChildren(),
        String(body.getChild(0).getType()),
        body.getText(),
      ];
    },
  },
  {
    name: 'appendParagraph adds after the existing content; getText joins paragraphs with newlines',
    source: `${REF}/body#appendparagraphtext`,
    covers: ['Body.appendParagraph', 'Document.getBody'],
    expected: ['\nMột\nHai', 3],
    run: (c) => {
      const body = c.doc().getBody();
      body.appendParagraph('Một');
      body.appendParagraph('Hai');
      return [body.getText(), body.getNumChildren()];
    },
  },
  {
    name: 'page size and margins read back in points',
    source: `${REF}/body#setpagewidthpagewidth`,
    covers: [
      'Body.setPageWidth',
      'Body.setPageHeight',
      'Body.setMarginTop',
      'Body.setMarginBottom',
      'Body.setMarginLeft',
      'Body.setMarginRight',
    ],
    expected: [595.3, 841.9, 56.7, 56.7, 85, 42.5],
    run: (c) => {
      const b = c.doc().getBody();
      b.setPageWidth(595.3)
        .setPageHeight(841.9)
        .setMarginTop(56.7)
        .setMarginBottom(56.7)
        .setMarginLeft(85)
        .setMarginRight(42.5);
      return [
        b.getPageWidth(),
        b.getPageHeight(),
        b.getMarginTop(),
        b.getMarginBottom(),
        b.getMarginLeft(),
        b.getMarginRight(),
      ].map((n) => Math.round(n * 10) / 10);
    },
  },
  {
    name: 'setAttributes sets text and paragraph attributes in one call',
    source: `${REF}/paragraph#setattributesattributes`,
    covers: ['Body.appendParagraph', 'Paragraph.setAttributes'],
    expected: ['Times New Roman', 14, true, 'CENTER'],
    run: (c) => {
      const p = c.doc().getBody().appendParagraph('BÁO CÁO');
      const A = DocumentApp.Attribute;
      p.setAttributes({
        [A.FONT_FAMILY]: 'Times New Roman',
        [A.FONT_SIZE]: 14,
        [A.BOLD]: true,
        [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
      });
      const text = p.editAsText();
      return [text.getFontFamily(), text.getFontSize(), text.isBold(), String(p.getAlignment())];
    },
  },
  {
    name: 'appendHorizontalRule inside a paragraph adds a HORIZONTAL_RULE child',
    source: `${REF}/paragraph#appendhorizontalrule`,
    covers: ['Body.appendParagraph', 'Paragraph.appendHorizontalRule'],
    expected: [1, 'HORIZONTAL_RULE'],
    run: (c) => {
      const p = c.doc().getBody().appendParagraph('');
      p.appendHorizontalRule();
      return [p.getNumChildren(), String(p.getChild(0).getType())];
    },
  },
  {
    name: 'appendPageBreak adds a paragraph holding a PAGE_BREAK',
    source: `${REF}/body#appendpagebreak`,
    covers: ['Body.appendPageBreak'],
    expected: ['PAGE_BREAK', 'PARAGRAPH'],
    run: (c) => {
      const pb = c.doc().getBody().appendPageBreak();
      return [String(pb.getType()), String(pb.getParent().getType())];
    },
  },
  {
    name: 'appendTable from a grid of strings: rows, cells and their text',
    source: `${REF}/body#appendtablecells`,
    covers: ['Body.appendTable', 'Table.getRow', 'TableRow.getCell', 'Table.getCell'],
    expected: [2, 3, 'b2', 'a1'],
    run: (c) => {
      const t = c
        .doc()
        .getBody()
        .appendTable([
          ['a1', 'b1', 'c1'],
          ['a2', 'b2', 'c2'],
        ]);
      return [t.getNumRows(), t.getRow(0).getNumCells(), t.getRow(1).getCell(1).getText(), t.getCell(0, 0).getText()];
    },
  },
  {
    name: 'a table appended at the end of the body is followed by an empty paragraph',
    source: DOCS,
    covers: ['Body.appendTable', 'Table.getNextSibling', 'Paragraph.asParagraph'],
    expected: ['PARAGRAPH', ''],
    run: (c) => {
      const t = c
        .doc()
        .getBody()
        .appendTable([['x']]);
      const next = t.getNextSibling();
      return [next ? String(next.getType()) : null, next ? next.asParagraph().getText() : null];
    },
  },
  {
    name: 'a table cell holds a paragraph; appendParagraph adds another',
    source: `${REF}/table-cell#appendparagraphtext`,
    covers: ['Table.getCell', 'TableCell.getChild', 'TableCell.appendParagraph', 'Paragraph.asParagraph'],
    expected: [['PARAGRAPH', 'x'], 2, 'x\nthêm'],
    run: (c) => {
      const cell = c
        .doc()
        .getBody()
        .appendTable([['x']])
        .getCell(0, 0);
      const first = [String(cell.getChild(0).getType()), cell.getChild(0).asParagraph().getText()];
      cell.appendParagraph('thêm');
      return [first, cell.getNumChildren(), cell.getText()];
    },
  },
  {
    name: 'table border width, column width and row attributes read back',
    source: `${REF}/table#setborderwidthwidth`,
    covers: [
      'Body.appendTable',
      'Table.setBorderWidth',
      'Table.setColumnWidth',
      'Table.setAttributes',
      'TableRow.setAttributes',
      'Table.getRow',
    ],
    expected: [0, 120, true],
    run: (c) => {
      const t = c
        .doc()
        .getBody()
        .appendTable([
          ['a', 'b'],
          ['c', 'd'],
        ]);
      t.setBorderWidth(0).setColumnWidth(0, 120);
      t.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 12 });
      t.getRow(0).setAttributes({ [DocumentApp.Attribute.BOLD]: true });
      return [t.getBorderWidth(), t.getColumnWidth(0), t.getRow(0).getCell(0).editAsText().isBold()];
    },
  },
  {
    name: 'saveAndClose, then openById finds the same text',
    source: `${REF}/document#saveandclose`,
    covers: ['Document.saveAndClose', 'Document.getId', 'Body.appendParagraph'],
    expected: '\nđã lưu',
    run: (c) => {
      const d = c.doc();
      d.getBody().appendParagraph('đã lưu');
      d.saveAndClose();
      return DocumentApp.openById(d.getId()).getBody().getText();
    },
  },
  {
    name: 'a paragraph’s heading, indent and spacing read back',
    source: `${REF}/paragraph`,
    covers: ['Body.appendParagraph'],
    expected: ['HEADING1', 36, 6],
    run: (c) => {
      const p = c
        .doc()
        .getBody()
        .appendParagraph('Tiêu đề')
        .setHeading(DocumentApp.ParagraphHeading.HEADING1)
        .setIndentFirstLine(36)
        .setSpacingAfter(6);
      return [String(p.getHeading()), p.getIndentFirstLine(), p.getSpacingAfter()];
    },
  },
];
