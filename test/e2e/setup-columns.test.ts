// Setup on a workbook in use says, before writing, every column it would add or cannot find and the
// unknown columns it sees, and asks (issue 10: a renamed "Trạng thái" got an empty twin without a
// word, and finished tasks were then emailed as overdue). NO writes nothing; YES adds the column.
import { describe, expect, it } from 'vitest';
import {
  asPerson,
  columnOf,
  PRINCIPAL,
  SETUP_MENU,
  sheetValues,
  trackerWithPlan,
  workbookSnapshot,
} from '../support/world';

function renamedStatus() {
  const world = trackerWithPlan();
  const { sb } = world;
  const col = columnOf(sb, 'Nhiệm vụ', 'Trạng thái');
  asPerson(sb, PRINCIPAL, (ss) => ss.getSheetByName('Nhiệm vụ')!.getRange(1, col).setValue('Tình hình'));
  return { ...world, col };
}

describe('setup finding a renamed header', () => {
  it('asks YES/NO naming the column it cannot find and the unknown one; NO writes nothing', () => {
    const { sb } = renamedStatus();
    const before = workbookSnapshot(sb);
    const logRows = sheetValues(sb, 'Nhật ký').length;
    sb.ui.answerNext('NO');
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    const [question, answer] = sb.ui.alerts.slice(-2);
    expect(question).toMatchObject({ buttons: 'YES_NO', answer: 'NO', answeredBy: 'test' });
    expect(question!.message).toContain('Trang "Nhiệm vụ": không tìm thấy cột "Trạng thái"');
    expect(question!.message).toContain('Cột lạ đang có: "Tình hình"');
    expect(answer!.message).toBe('Đã hủy: sổ theo dõi không bị thay đổi.');
    expect(workbookSnapshot(sb)).toBe(before);
    expect(sheetValues(sb, 'Nhật ký').length).toBe(logRows);
  });

  it('YES adds the column at the end, as it said, and reports it', () => {
    const { sb, col } = renamedStatus();
    sb.ui.answerNext('YES');
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    const header = sheetValues(sb, 'Nhiệm vụ')[0]!;
    expect(header[col - 1]).toBe('Tình hình');
    expect(header.at(-1)).toBe('Trạng thái');
    expect(sb.ui.alerts.at(-1)!.message).toContain('thêm cột "Trạng thái" vào trang "Nhiệm vụ"');
  });

  it("asks nothing when no column is missing (a column of the school's own is fine)", () => {
    const { sb } = trackerWithPlan({ plan: 'none' });
    asPerson(sb, PRINCIPAL, (ss) => {
      const tasks = ss.getSheetByName('Nhiệm vụ')!;
      tasks.getRange(1, tasks.getLastColumn() + 1).setValue('Ghi chú riêng');
    });
    const shown = sb.ui.alerts.length;
    expect(sb.clickMenu(PRINCIPAL, SETUP_MENU).error).toBeUndefined();
    expect(sb.ui.alerts.slice(shown).map((a) => a.buttons)).toEqual(['OK']);
  });
});
