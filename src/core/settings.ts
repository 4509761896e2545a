// Cấu hình: the label–value settings the school edits, their defaults, and their zod validation.
// The sheet holds labels in column A and values in column B; rows are found by label.
import * as z from './zod';

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

const yesNo = z.union([z.boolean(), z.pipe(z.enum(['Có', 'Không']), z.transform((v) => v === 'Có'))]);
const emailList = z.pipe(
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v) => String(v).split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean)),
  ),
  z.array(z.email({ message: 'Địa chỉ email không hợp lệ' })),
);
const text = z.pipe(z.union([z.string(), z.number()]), z.transform((v) => String(v).trim()));
const requiredText = z.pipe(text, z.string().check(z.minLength(1, { message: 'Không được để trống' })));
const intIn = (min: number, max: number) =>
  z.coerce.number({ message: 'Phải là một số' }).check(
    z.int({ message: 'Phải là số nguyên' }),
    z.gte(min, { message: `Không nhỏ hơn ${min}` }),
    z.lte(max, { message: `Không lớn hơn ${max}` }),
  );

export const settingsSchema = z.object({
  schoolName: requiredText,
  parentAgency: requiredText,
  docCode: requiredText,
  place: requiredText,
  principalName: requiredText,
  principalEmail: z.pipe(z.string().check(z.trim()), z.email({ message: 'Địa chỉ email không hợp lệ' })),
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
  reportSubject: requiredText,
  reportBasis: requiredText,
  reportPart1: requiredText,
  reportPart2: requiredText,
  reportPart3: requiredText,
  reportStrengths: requiredText,
  reportWeaknesses: requiredText,
  reportCauses: requiredText,
  reportCausesPlaceholder: requiredText,
  reportPart4: requiredText,
  reportPart5: requiredText,
  reportRate: requiredText,
  reportRateNoneDue: requiredText,
  reportAnnexTitle: requiredText,
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
  // The report's wording (src/core/report.ts): {kỳ}, {kế hoạch}, {trường}, {tổng}… are filled in.
  { key: 'reportSubject', label: 'Mẫu BC: trích yếu', defaultValue: 'Kết quả thực hiện công tác cải cách hành chính {kỳ}', help: '{kỳ}: kỳ báo cáo' },
  { key: 'reportBasis', label: 'Mẫu BC: căn cứ', defaultValue: 'Căn cứ {kế hoạch}, {trường} báo cáo kết quả thực hiện công tác cải cách hành chính {kỳ} như sau:', help: '{kế hoạch}, {trường}, {kỳ}' },
  { key: 'reportPart1', label: 'Mẫu BC: phần I', defaultValue: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH' },
  { key: 'reportPart2', label: 'Mẫu BC: phần II', defaultValue: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH' },
  { key: 'reportPart3', label: 'Mẫu BC: phần III', defaultValue: 'ĐÁNH GIÁ CHUNG' },
  { key: 'reportStrengths', label: 'Mẫu BC: mục III.1', defaultValue: 'Ưu điểm' },
  { key: 'reportWeaknesses', label: 'Mẫu BC: mục III.2', defaultValue: 'Tồn tại, hạn chế' },
  { key: 'reportCauses', label: 'Mẫu BC: mục III.3', defaultValue: 'Nguyên nhân' },
  { key: 'reportCausesPlaceholder', label: 'Mẫu BC: gợi ý mục III.3', defaultValue: '[Hiệu trưởng viết phần này: nguyên nhân khách quan, chủ quan của những tồn tại, hạn chế nêu trên.]' },
  { key: 'reportPart4', label: 'Mẫu BC: phần IV', defaultValue: 'PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI' },
  { key: 'reportPart5', label: 'Mẫu BC: phần V', defaultValue: 'ĐỀ XUẤT, KIẾN NGHỊ' },
  { key: 'reportRate', label: 'Mẫu BC: câu tỷ lệ', defaultValue: 'Tổng số {tổng} nhiệm vụ; đến hạn {đến hạn}, đã hoàn thành {hoàn thành} (đúng hạn {đúng hạn}, quá hạn {hoàn thành quá hạn}), đạt {tỷ lệ}; quá hạn chưa hoàn thành {chưa hoàn thành}.', help: '{tổng}, {đến hạn}, {hoàn thành}, {đúng hạn}, {hoàn thành quá hạn}, {tỷ lệ}, {tỷ lệ đúng hạn}, {chưa hoàn thành}' },
  { key: 'reportRateNoneDue', label: 'Mẫu BC: câu khi chưa có việc đến hạn', defaultValue: 'Tổng số {tổng} nhiệm vụ; chưa có nhiệm vụ nào đến hạn.', help: '{tổng}' },
  { key: 'reportAnnexTitle', label: 'Mẫu BC: phụ lục', defaultValue: 'PHỤ LỤC' },
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
