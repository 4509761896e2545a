// Cấu hình: the label–value settings the school edits, their defaults, and their zod validation.
// The sheet holds labels in column A and values in column B; rows are found by label. The words
// (labels, help, default wording, errors) are in src/messages/settings.ts.
import * as z from './zod';
import { YES_NO } from '../messages/common';
import { settingsMsg } from '../messages/settings';

const { errors, fields: f } = settingsMsg;
const [YES, NO] = YES_NO;

export const PeriodMode = { Calendar: settingsMsg.periodMode.calendar, CutOff: settingsMsg.periodMode.cutOff } as const;
export const SummaryCadence = {
  Daily: settingsMsg.summaryCadence.daily,
  WeeklyMonday: settingsMsg.summaryCadence.weeklyMonday,
} as const;

export interface SettingDef {
  key: SettingKey;
  label: string;
  defaultValue: string | number | boolean;
  /** Choices offered as a dropdown. */
  choices?: readonly string[];
  help?: string;
}

const yesNo = z.union([
  z.boolean(),
  z.pipe(
    z.enum(YES_NO),
    z.transform((v) => v === YES),
  ),
]);
const emailList = z.pipe(
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v) =>
      String(v)
        .split(/[,;\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ),
  z.array(z.email({ message: errors.email })),
);
const text = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => String(v).trim()),
);
const requiredText = z.pipe(text, z.string().check(z.minLength(1, { message: errors.required })));
const intIn = (min: number, max: number) =>
  z.coerce
    .number({ message: errors.notNumber })
    .check(
      z.int({ message: errors.notInteger }),
      z.gte(min, { message: errors.tooSmall(min) }),
      z.lte(max, { message: errors.tooLarge(max) }),
    );

export const settingsSchema = z.object({
  schoolName: requiredText,
  parentAgency: requiredText,
  docCode: requiredText,
  place: requiredText,
  principalName: requiredText,
  principalEmail: z.pipe(z.string().check(z.trim()), z.email({ message: errors.email })),
  managerEmails: emailList,
  alertHour: intIn(0, 23),
  dueSoonDays: intIn(1, 30),
  periodMode: z.enum([PeriodMode.Calendar, PeriodMode.CutOff]),
  reportFolder: text,
  notifyOnAssign: yesNo,
  skipWeekends: yesNo,
  summaryCadence: z.enum([SummaryCadence.Daily, SummaryCadence.WeeklyMonday]),
  coOwnerDigest: yesNo,
  confirmCompletion: yesNo,
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
  { key: 'schoolName', ...f.schoolName },
  { key: 'parentAgency', ...f.parentAgency },
  { key: 'docCode', ...f.docCode },
  { key: 'place', ...f.place },
  { key: 'principalName', ...f.principalName },
  { key: 'principalEmail', ...f.principalEmail },
  { key: 'managerEmails', ...f.managerEmails },
  { key: 'alertHour', ...f.alertHour, defaultValue: 7 },
  { key: 'dueSoonDays', ...f.dueSoonDays, defaultValue: 3 },
  { key: 'periodMode', ...f.periodMode, defaultValue: PeriodMode.Calendar, choices: Object.values(PeriodMode) },
  { key: 'reportFolder', ...f.reportFolder },
  { key: 'notifyOnAssign', ...f.notifyOnAssign, defaultValue: YES, choices: YES_NO },
  { key: 'skipWeekends', ...f.skipWeekends, defaultValue: YES, choices: YES_NO },
  {
    key: 'summaryCadence',
    ...f.summaryCadence,
    defaultValue: SummaryCadence.Daily,
    choices: Object.values(SummaryCadence),
  },
  { key: 'coOwnerDigest', ...f.coOwnerDigest, defaultValue: NO, choices: YES_NO },
  { key: 'confirmCompletion', ...f.confirmCompletion, defaultValue: NO, choices: YES_NO },
  { key: 'reportRecipients', ...f.reportRecipients },
  { key: 'planReference', ...f.planReference },
  { key: 'alertStatus', ...f.alertStatus },
  // The report's wording (src/core/report/model.ts): {kỳ}, {kế hoạch}, {trường}, {tổng}… are filled in.
  { key: 'reportSubject', ...f.reportSubject },
  { key: 'reportBasis', ...f.reportBasis },
  { key: 'reportPart1', ...f.reportPart1 },
  { key: 'reportPart2', ...f.reportPart2 },
  { key: 'reportPart3', ...f.reportPart3 },
  { key: 'reportStrengths', ...f.reportStrengths },
  { key: 'reportWeaknesses', ...f.reportWeaknesses },
  { key: 'reportCauses', ...f.reportCauses },
  { key: 'reportCausesPlaceholder', ...f.reportCausesPlaceholder },
  { key: 'reportPart4', ...f.reportPart4 },
  { key: 'reportPart5', ...f.reportPart5 },
  { key: 'reportRate', ...f.reportRate },
  { key: 'reportRateNoneDue', ...f.reportRateNoneDue },
  { key: 'reportAnnexTitle', ...f.reportAnnexTitle },
];

export type SettingsResult =
  { ok: true; settings: Settings } | { ok: false; errors: { label: string; message: string }[] };

/** Validates the raw values read from Cấu hình (by key); missing keys take their defaults. */
export function parseSettings(raw: Partial<Record<SettingKey, unknown>>): SettingsResult {
  return parseWithDefaults(SETTINGS, settingsSchema, raw);
}

/**
 * Validates label–value settings against their schema, an empty or missing value taking its
 * default; an error names the setting by its label. Shared by the school's and the ward's Cấu hình.
 */
export function parseWithDefaults<K extends string, S extends z.ZodMiniType>(
  defs: readonly { key: K; label: string; defaultValue: unknown }[],
  schema: S,
  raw: Partial<Record<K, unknown>>,
): { ok: true; settings: z.output<S> } | { ok: false; errors: { label: string; message: string }[] } {
  const input: Record<string, unknown> = {};
  for (const def of defs) {
    const v = raw[def.key];
    input[def.key] = v === undefined || v === '' ? def.defaultValue : v;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      label: defs.find((d) => d.key === issue.path[0])?.label ?? String(issue.path[0]),
      message: issue.message,
    })),
  };
}
