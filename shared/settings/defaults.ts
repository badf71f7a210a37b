export const SETTINGS_VERSION = 1 as const;

/**
 * The settings of a fresh install. Plain values, apart from the schema (schema.ts takes its
 * defaults from here and checks this object against its type), so that the renderer's first
 * chunk does not carry zod.
 */
export const DEFAULT_SETTINGS = Object.freeze({
  version: SETTINGS_VERSION as typeof SETTINGS_VERSION,
  language: 'fr' as 'fr' | 'en',
  textScale: 100 as 100 | 125 | 150,
  highContrast: false,
  helperName: '',
  associationName: '',
  associationAddress: '',
  associationPhone: '',
  associationEmail: '',
  dataController: '',
  rightsContact: '',
  codeDurationMinutes: 10,
  expiringWarningDays: 30,
  countdownSound: false,
  backupsToKeep: 14,
  retentionEnabled: true,
  retentionMonths: 72,
  panelAlwaysOnTop: true,
  compactMode: false,
  panelBounds: null as { x: number; y: number; width: number; height: number } | null,
  talkingPointOverrides: {} as Record<string, string>,
  lockIdleSeconds: 600,
});
