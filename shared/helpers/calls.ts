import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';

/**
 * Helper profiles: the volunteers who use this laptop. A profile holds the helper's name and the
 * name Quick Assist shows the person (the first name and last initial of the Microsoft account the
 * helper signs in with), which the talking points read out for the person to check before
 * « Autoriser ». A profile may have a PIN
 * (6 digits or more), which unlocks the app for that helper (electron/services/lock/).
 */

export const HELPER_NAME_MAX = 120;
export const QUICK_ASSIST_NAME_MAX = 80;

const Id = z.string({ message: 'helpers.notFound' }).min(1, 'helpers.notFound').max(64, 'helpers.notFound');

const displayName = z
  .string({ message: 'helpers.nameRequired' })
  .trim()
  .min(1, 'helpers.nameRequired')
  .max(HELPER_NAME_MAX, 'helpers.nameTooLong')
  .refine(hasNoControlChars, 'input.controlChars');

const quickAssistName = z
  .string({ message: 'helpers.quickAssistNameNotText' })
  .trim()
  .max(QUICK_ASSIST_NAME_MAX, 'helpers.quickAssistNameTooLong')
  .refine(hasNoControlChars, 'input.controlChars');

export const HelperInput = z.object({ displayName, quickAssistName: quickAssistName.default('') }).strict();
export type HelperInput = z.input<typeof HelperInput>;

export const HelperProfile = z.object({
  id: z.string(),
  displayName: z.string(),
  quickAssistName: z.string(),
  createdAt: z.number().int(),
  retiredAt: z.number().int().nullable(),
  lastUsedAt: z.number().int().nullable(),
  /** Held a session or signed a mandate: can be retired, never deleted. */
  used: z.boolean(),
  /** Unlocking as this helper asks for the PIN; without one, a click unlocks. The PIN itself never leaves the main process. */
  hasPin: z.boolean(),
});
export type HelperProfile = z.infer<typeof HelperProfile>;

export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 32;

/** A new PIN: digits only, so it is typed the same on any keyboard layout. */
export const NewPin = z
  .string({ message: 'helpers.pinDigitsOnly' })
  .regex(/^[0-9]*$/, 'helpers.pinDigitsOnly')
  .min(PIN_MIN_LENGTH, 'helpers.pinTooShort')
  .max(PIN_MAX_LENGTH, 'helpers.pinTooLong');

/** A PIN typed to prove who one is: any text up to a bound, judged only by comparing hashes. */
export const TypedPin = z.string({ message: 'lock.pinRequired' }).min(1, 'lock.pinRequired').max(64, 'lock.wrongPin');

export const HelperList = z.object({
  /** Active profiles first (last used first), then retired ones. */
  helpers: z.array(HelperProfile),
  /** The active profile used last: preparation and signing offer it first. */
  lastUsedId: z.string().nullable(),
});
export type HelperList = z.infer<typeof HelperList>;

export const helpersCalls = {
  listHelpers: { input: z.object({}).strict().default({}), output: HelperList },
  addHelper: { input: HelperInput, output: HelperProfile },
  updateHelper: { input: HelperInput.extend({ id: Id }).strict(), output: HelperProfile },
  retireHelper: { input: z.object({ id: Id }).strict(), output: HelperProfile },
  restoreHelper: { input: z.object({ id: Id }).strict(), output: HelperProfile },
  /** Only a profile that never held a session nor signed: the others are retired instead. */
  deleteHelper: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.literal(true) }) },
} as const;

export const helpersEvents = {
  helpersChanged: z.object({}),
} as const;
