import { describe, expect, it } from 'vitest';
import { parseSettings, PeriodMode } from '../../src/core/settings';

describe('Cấu hình settings', () => {
  it('fills defaults for missing values', () => {
    const result = parseSettings({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.alertHour).toBe(7);
    expect(result.settings.dueSoonDays).toBe(3);
    expect(result.settings.periodMode).toBe(PeriodMode.Calendar);
    expect(result.settings.managerEmails).toEqual([]);
    expect(result.settings.notifyOnAssign).toBe(true);
  });

  it('parses lists of emails and numbers typed as text', () => {
    const result = parseSettings({ managerEmails: 'a@x.vn; b@x.vn,c@x.vn', alertHour: '6', skipWeekends: 'Không' });
    expect(result.ok && result.settings.managerEmails).toEqual(['a@x.vn', 'b@x.vn', 'c@x.vn']);
    expect(result.ok && result.settings.alertHour).toBe(6);
    expect(result.ok && result.settings.skipWeekends).toBe(false);
  });

  it('reports bad values by their Vietnamese label', () => {
    const result = parseSettings({ alertHour: 25, principalEmail: 'không phải email', dueSoonDays: 'ba' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const labels = result.errors.map((e) => e.label);
    expect(labels).toContain('Giờ gửi nhắc việc');
    expect(labels).toContain('Email hiệu trưởng');
    expect(labels).toContain('Số ngày "sắp đến hạn"');
    expect(result.errors.find((e) => e.label === 'Giờ gửi nhắc việc')?.message).toBe('Không lớn hơn 23');
  });
});

describe('messages a schema does not set', () => {
  it('are Vietnamese too (zod’s vi locale)', () => {
    const result = parseSettings({ periodMode: 'Hằng quý' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ label: 'Kỳ báo cáo', message: expect.stringMatching(/^Tùy chọn không hợp lệ/) });
  });
});
