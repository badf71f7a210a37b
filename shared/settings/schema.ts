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

/** A patch may hold any subset of the user-editable fields. */
export const SettingsPatch = Settings.omit({ version: true }).partial().strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;
