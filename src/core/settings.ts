// Cấu hình: the label–value settings the school edits, their defaults, and their zod validation.
// The sheet holds labels in column A and values in column B; rows are found by label.
import { z } from 'zod';

export const PeriodMode = { Calendar: 'Theo kỳ dương lịch', CutOff: 'Chốt số liệu 15→14' } as const;
export const SummaryCadence = { Daily: 'Hằng ngày', WeeklyMonday: 'Hằng tuần (thứ Hai)' } as const;

export interface SettingDef {
  key: SettingKey;
  label: string;
  defaultValue: string | number | boolean;
  /** Choices offered as a dropdown. */
  choices?: readonly string[];
  help?: string;
}

const yesNo = z.union([z.boolean(), z.enum(['Có', 'Không']).transform((v) => v === 'Có')]);
const emailList = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.email({ message: 'Địa chỉ email không hợp lệ' })));
const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const requiredText = text.pipe(z.string().min(1, { message: 'Không được để trống' }));
const intIn = (min: number, max: number) =>
  z.coerce.number({ message: 'Phải là một số' }).int({ message: 'Phải là số nguyên' })
    .min(min, { message: `Không nhỏ hơn ${min}` }).max(max, { message: `Không lớn hơn ${max}` });

export const settingsSchema = z.object({
  schoolName: requiredText,
  parentAgency: requiredText,
  docCode: requiredText,
  place: requiredText,
  principalName: requiredText,
  principalEmail: z.string().trim().pipe(z.email({ message: 'Địa chỉ email không hợp lệ' })),
  managerEmails: emailList,
  alertHour: intIn(0, 23),
  dueSoonDays: intIn(1, 30),
  periodMode: z.enum([PeriodMode.Calendar, PeriodMode.CutOff]),
  reportFolder: text,
  notifyOnAssign: yesNo,
  skipWeekends: yesNo,
  summaryCadence: z.enum([SummaryCadence.Daily, SummaryCadence.WeeklyMonday]),
  coOwnerDigest: yesNo,
  reportRecipients: text,
  planReference: text,
  alertStatus: text,
});
export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof z.input<typeof settingsSchema>;

export const SETTINGS: readonly SettingDef[] = [
  { key: 'schoolName', label: 'Tên trường', defaultValue: 'Trường Tiểu học Mỹ Thịnh' },
  { key: 'parentAgency', label: 'Cơ quan chủ quản', defaultValue: 'UBND phường Mỹ Lộc' },
  { key: 'docCode', label: 'Mã văn bản', defaultValue: 'THMT' },
  { key: 'place', label: 'Địa danh', defaultValue: 'Mỹ Lộc' },
  { key: 'principalName', label: 'Hiệu trưởng', defaultValue: 'Nguyễn Thị Lê' },
  { key: 'principalEmail', label: 'Email hiệu trưởng', defaultValue: 'hieutruong@thmythinh.edu.vn' },
  { key: 'managerEmails', label: 'Email quản lý', defaultValue: '', help: 'Cách nhau bởi dấu phẩy' },
  { key: 'alertHour', label: 'Giờ gửi nhắc việc', defaultValue: 7, help: '0–23, giờ Việt Nam' },
  { key: 'dueSoonDays', label: 'Số ngày "sắp đến hạn"', defaultValue: 3 },
  { key: 'periodMode', label: 'Kỳ báo cáo', defaultValue: PeriodMode.Calendar, choices: Object.values(PeriodMode) },
  { key: 'reportFolder', label: 'Thư mục lưu báo cáo', defaultValue: 'Báo cáo CCHC' },
  { key: 'notifyOnAssign', label: 'Gửi email khi giao việc', defaultValue: 'Có', choices: ['Có', 'Không'] },
  { key: 'skipWeekends', label: 'Không gửi nhắc thứ Bảy, Chủ nhật', defaultValue: 'Có', choices: ['Có', 'Không'] },
  { key: 'summaryCadence', label: 'Tóm tắt gửi hiệu trưởng', defaultValue: SummaryCadence.Daily, choices: Object.values(SummaryCadence) },
  { key: 'coOwnerDigest', label: 'Gửi nhắc cho người phối hợp', defaultValue: 'Không', choices: ['Có', 'Không'] },
  { key: 'reportRecipients', label: 'Nơi nhận báo cáo', defaultValue: 'UBND phường Mỹ Lộc; Lưu: VT', help: 'Cách nhau bởi dấu chấm phẩy' },
  { key: 'planReference', label: 'Kế hoạch', defaultValue: '', help: 'Điền khi nhập kế hoạch' },
  { key: 'alertStatus', label: 'Trạng thái nhắc việc', defaultValue: 'Chưa bật', help: 'Do hệ thống ghi' },
];

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; errors: { label: string; message: string }[] };

/** Validates the raw values read from Cấu hình (by key); missing keys take their defaults. */
export function parseSettings(raw: Partial<Record<SettingKey, unknown>>): SettingsResult {
  const input: Record<string, unknown> = {};
  for (const def of SETTINGS) {
    const v = raw[def.key];
    input[def.key] = v === undefined || v === '' ? def.defaultValue : v;
  }
  const parsed = settingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      label: SETTINGS.find((d) => d.key === issue.path[0])?.label ?? String(issue.path[0]),
      message: issue.message,
    })),
  };
}
