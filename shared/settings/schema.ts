import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './defaults';

export { DEFAULT_SETTINGS, SETTINGS_VERSION };

export const LOCK_IDLE_MIN_SECONDS = 5;
export const LOCK_IDLE_MAX_SECONDS = 4 * 60 * 60;

export const PanelBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(300).max(4000),
  height: z.number().int().min(300).max(4000),
});

const oneLine = (max: number, tooLong: string) => z.string({ message: 'input.notText' }).trim().max(max, tooLong).refine(hasNoControlChars, 'input.controlChars');

/**
 * The association's identity, printed on the mandate, the withdrawal form, the guide, the recap
 * and the export (see shared/mandate/association.ts). Each may stay empty: the documents then say
 * it is missing, and a mandate cannot be signed without the name and the phone.
 */
const ASSOCIATION_SETTINGS = {
  associationAddress: oneLine(300, 'settings.addressTooLong').default(DEFAULT_SETTINGS.associationAddress),
  associationPhone: z
    .string({ message: 'input.notText' })
    .trim()
    .max(30, 'settings.phoneTooLong')
    .regex(/^[0-9+().\s-]*$/, 'settings.phoneCharacters')
    .refine((phone) => phone === '' || (phone.match(/[0-9]/g) ?? []).length >= 4, 'settings.phoneTooShort')
    .default(DEFAULT_SETTINGS.associationPhone),
  associationEmail: z
    .string({ message: 'input.notText' })
    .trim()
    .max(200, 'settings.emailTooLong')
    .refine((email) => email === '' || z.email().safeParse(email).success, 'settings.emailInvalid')
    .default(DEFAULT_SETTINGS.associationEmail),
  dataController: oneLine(200, 'settings.controllerTooLong').default(DEFAULT_SETTINGS.dataController),
  rightsContact: oneLine(200, 'settings.rightsContactTooLong').default(DEFAULT_SETTINGS.rightsContact),
};

/**
 * Defaults come from defaults.ts (zod-free, for the renderer's first chunk).
 * Every field has a default so that a missing or partly invalid file still yields
 * complete settings; the whole object is what both electron-store and conf persist.
 */
export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: z.enum(['fr', 'en'], { message: 'settings.language' }).default(DEFAULT_SETTINGS.language),
  textScale: z
    .union([z.literal(100), z.literal(125), z.literal(150)], { message: 'settings.textScale' })
    .default(DEFAULT_SETTINGS.textScale),
  highContrast: z.boolean({ message: 'settings.highContrast' }).default(DEFAULT_SETTINGS.highContrast),
  helperName: z.string().trim().max(120, 'input.nameTooLong').refine(hasNoControlChars, 'input.controlChars').default(DEFAULT_SETTINGS.helperName),
  associationName: z
    .string()
    .trim()
    .max(160, 'settings.associationNameTooLong')
    .refine(hasNoControlChars, 'input.controlChars')
    .default(DEFAULT_SETTINGS.associationName),
  ...ASSOCIATION_SETTINGS,
  codeDurationMinutes: z
    .number({ message: 'codeDuration.notNumber' })
    .int('codeDuration.notInteger')
    .min(1, 'codeDuration.tooShort')
    .max(60, 'codeDuration.tooLong')
    .default(DEFAULT_SETTINGS.codeDurationMinutes),
  expiringWarningDays: z
    .number({ message: 'settings.warningDaysNotNumber' })
    .int('settings.warningDaysNotInteger')
    .min(0, 'settings.warningDaysNegative')
    .max(365, 'settings.warningDaysTooMany')
    .default(DEFAULT_SETTINGS.expiringWarningDays),
  countdownSound: z.boolean().default(DEFAULT_SETTINGS.countdownSound),
  backupsToKeep: z
    .number({ message: 'settings.backupsNotNumber' })
    .int('settings.backupsNotInteger')
    .min(2, 'settings.backupsTooFew')
    .max(100, 'settings.backupsTooMany')
    .default(DEFAULT_SETTINGS.backupsToKeep),
  /** Retention policy (see README « Conservation »): records go this long after they end. */
  retentionEnabled: z.boolean({ message: 'settings.retentionEnabled' }).default(DEFAULT_SETTINGS.retentionEnabled),
  retentionMonths: z
    .number({ message: 'settings.retentionNotNumber' })
    .int('settings.retentionNotInteger')
    .min(12, 'settings.retentionTooShort')
    .max(240, 'settings.retentionTooLong')
    .default(DEFAULT_SETTINGS.retentionMonths),
  panelAlwaysOnTop: z.boolean().default(DEFAULT_SETTINGS.panelAlwaysOnTop),
  /**
   * The compact panel (about 380 px, beside Quick Assist, without the app's navigation), kept
   * across restarts: a helper who works beside Quick Assist finds the app as they left it.
   */
  compactMode: z.boolean({ message: 'settings.compactMode' }).default(DEFAULT_SETTINGS.compactMode),
  panelBounds: PanelBounds.nullable().default(DEFAULT_SETTINGS.panelBounds),
  /**
   * The app locks after this long without a key or a click (issue 16 §2). Seconds, so that a test
   * can ask for a short delay; Réglages offers whole minutes.
   */
  lockIdleSeconds: z
    .number({ message: 'settings.lockIdleNotNumber' })
    .int('settings.lockIdleNotInteger')
    .min(LOCK_IDLE_MIN_SECONDS, 'settings.lockIdleTooShort')
    .max(LOCK_IDLE_MAX_SECONDS, 'settings.lockIdleTooLong')
    .default(DEFAULT_SETTINGS.lockIdleSeconds),
  talkingPointOverrides: z.record(z.string().max(80), z.string().max(500, 'settings.talkingPointTooLong')).default(() => ({ ...DEFAULT_SETTINGS.talkingPointOverrides })),
});

export type Settings = z.infer<typeof Settings>;

// The plain defaults must stay a complete, valid Settings object.
DEFAULT_SETTINGS satisfies Settings;

type WithoutDefaults<S> = { [K in keyof S]: S[K] extends z.ZodDefault<infer T> ? z.ZodOptional<T> : never };

/** The same fields, each optional and without its default: an absent key stays absent. */
function withoutDefaults<S extends Record<string, z.ZodDefault<z.ZodType>>>(shape: S): WithoutDefaults<S> {
  return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field.unwrap().optional()])) as unknown as WithoutDefaults<S>;
}

/**
 * A patch may hold any subset of the user-editable fields, and changes only those. (`.partial()`
 * would keep the defaults, which zod fills in for every absent key: saving one section of
 * Réglages then reset all the others.)
 */
const { version: _version, ...editable } = Settings.shape;
export const SettingsPatch = z.object(withoutDefaults(editable)).strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;
