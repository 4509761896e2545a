// The element tree of a sandbox Doc: Body/Header/Footer sections, Paragraph, ListItem, Text,
// Table/TableRow/TableCell, HorizontalRule and PageBreak, with DocumentApp's attribute model.
// Attributes left unset read as null (as Apps Script reports inherited values); effective.ts
// resolves them against Google Docs' defaults for the harness walk and the .docx export.
// One module per element class (or family); each module imports only those below it.
export { DOC_ERRORS, DocElement, type DocContext } from './element';
export { TextBase, TextEl } from './text';
export { DocContainer, TextView } from './container';
export { HorizontalRuleEl, PageBreakEl } from './inline';
export { ParagraphEl } from './paragraph';
export { ListItemEl } from './listItem';
export { BlockContainer, TableEl, TableRowEl, TableCellEl } from './blocks';
export { NEW_DOC_PAGE, BodyEl, SectionEl } from './body';
