// The ward's Cấu hình (issue 15): label–value rows like the school's, with the ward's own keys —
// its name, the UBND tỉnh above it, the day of a period's last month by which units report, its
// managers, and who signs the ward's report and to whom it goes. Validated with zod; a missing or empty value takes its default.
import * as z from '../zod';
import { settingsMsg } from '../../messages/settings';
import { parseWithDefaults } from '../settings';
import { wardMsg } from '../../messages/ward';

const { errors } = settingsMsg;

const text = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => String(v).trim()),
);

export const wardSettingsSchema = z.object({
  wardName: text,
  province: text,
  deadlineDay: z.coerce
    .number({ message: errors.notNumber })
    .check(
      z.int({ message: errors.notInteger }),
      z.gte(1, { message: errors.tooSmall(1) }),
      z.lte(28, { message: errors.tooLarge(28) }),
    ),
  managerEmails: z.pipe(
    z.pipe(
      text,
      z.transform((v) => v.split(/[,;\s]+/).filter(Boolean)),
    ),
    z.array(z.email({ message: errors.email })),
  ),
  signer: z.pipe(text, z.enum([wardMsg.signers.chair, wardMsg.signers.deputy], { message: wardMsg.signerInvalid })),
  signerName: text,
  reportRecipients: text,
});
export type WardSettings = z.output<typeof wardSettingsSchema>;
export type WardSettingKey = keyof WardSettings;

export const WARD_SETTINGS: readonly {
  key: WardSettingKey;
  label: string;
  defaultValue: string | number;
  help?: string;
}[] = (Object.keys(wardMsg.settings) as WardSettingKey[]).map((key) => ({ key, ...wardMsg.settings[key] }));

export type WardSettingsResult = ReturnType<typeof parseWardSettings>;

/** Validates the raw values read from the ward's Cấu hình (by key). */
export function parseWardSettings(raw: Partial<Record<WardSettingKey, unknown>>) {
  return parseWithDefaults(WARD_SETTINGS, wardSettingsSchema, raw);
}
