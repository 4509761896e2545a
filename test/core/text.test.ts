import { describe, expect, it } from 'vitest';
import { asPlainText, escapeHtml, fold, formatPercentVn, nfc } from '../../src/core/text';

describe('text helpers', () => {
  it('folds Vietnamese names for diacritic-insensitive matching, NFD or NFC', () => {
    expect(fold('Nguyễn Thị  Lê ')).toBe('nguyen thi le');
    expect(fold('Nguyễn Thị Lê'.normalize('NFD'))).toBe('nguyen thi le');
    expect(fold('Đặng Văn Đức')).toBe('dang van duc');
    expect(nfc('Lê'.normalize('NFD'))).toBe('Lê');
  });

  it('escapes HTML and keeps formula-like text as text', () => {
    expect(escapeHtml('<b>"A" & \'B\'</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    expect(asPlainText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asPlainText('@ai')).toBe("'@ai");
    expect(asPlainText('Bình thường')).toBe('Bình thường');
  });

  it('writes rates with the Vietnamese decimal comma', () => {
    expect(formatPercentVn(10 / 12)).toBe('83,3%');
    expect(formatPercentVn(1)).toBe('100%');
    expect(formatPercentVn(null)).toBe('—');
  });
});
