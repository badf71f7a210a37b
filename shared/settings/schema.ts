import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './defaults';

export { DEFAULT_SETTINGS, SETTINGS_VERSION };

export const PanelBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(300).max(4000),
  height: z.number().int().min(300).max(4000),
});

const NO_CONTROL_CHARS = 'Ce champ contient un caractère invisible ou de contrôle (tabulation, retour à la ligne, inversion du sens d’écriture…) : retapez-le sans.';

/**
 * Defaults come from defaults.ts (zod-free, for the renderer's first chunk).
 * Every field has a default so that a missing or partly invalid file still yields
 * complete settings; the whole object is what both electron-store and conf persist.
 */
export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: z.enum(['fr', 'en'], { message: 'Langue inconnue.' }).default(DEFAULT_SETTINGS.language),
  textScale: z
    .union([z.literal(100), z.literal(125), z.literal(150)], { message: 'Taille de texte : 100, 125 ou 150 %.' })
    .default(DEFAULT_SETTINGS.textScale),
  highContrast: z.boolean({ message: 'Le contraste élevé est un oui ou non.' }).default(DEFAULT_SETTINGS.highContrast),
  helperName: z.string().trim().max(120, 'Le nom est trop long.').refine(hasNoControlChars, NO_CONTROL_CHARS).default(DEFAULT_SETTINGS.helperName),
  associationName: z
    .string()
    .trim()
    .max(160, "Le nom de l'association est trop long.")
    .refine(hasNoControlChars, NO_CONTROL_CHARS)
    .default(DEFAULT_SETTINGS.associationName),
  codeDurationMinutes: z
    .number({ message: 'La durée du code est un nombre de minutes.' })
    .int('La durée du code est un nombre entier de minutes.')
    .min(1, 'La durée du code est au moins 1 minute.')
    .max(60, 'La durée du code est au plus 60 minutes.')
    .default(DEFAULT_SETTINGS.codeDurationMinutes),
  expiringWarningDays: z
    .number({ message: "Le délai d'alerte est un nombre de jours." })
    .int("Le délai d'alerte est un nombre entier de jours.")
    .min(0, "Le délai d'alerte ne peut pas être négatif.")
    .max(365, "Le délai d'alerte est au plus 365 jours.")
    .default(DEFAULT_SETTINGS.expiringWarningDays),
  countdownSound: z.boolean().default(DEFAULT_SETTINGS.countdownSound),
  backupsToKeep: z
    .number({ message: 'Le nombre de sauvegardes est un nombre.' })
    .int('Le nombre de sauvegardes est un nombre entier.')
    .min(2, 'Gardez au moins 2 sauvegardes.')
    .max(100, 'Gardez au plus 100 sauvegardes.')
    .default(DEFAULT_SETTINGS.backupsToKeep),
  /** Retention policy (see README « Conservation »): records go this long after they end. */
  retentionEnabled: z.boolean({ message: 'La purge automatique est un oui ou non.' }).default(DEFAULT_SETTINGS.retentionEnabled),
  retentionMonths: z
    .number({ message: 'La durée de conservation est un nombre de mois.' })
    .int('La durée de conservation est un nombre entier de mois.')
    .min(12, 'Gardez les dossiers au moins 12 mois : un litige reste possible pendant ce temps.')
    .max(240, 'La durée de conservation est au plus 240 mois (20 ans).')
    .default(DEFAULT_SETTINGS.retentionMonths),
  panelAlwaysOnTop: z.boolean().default(DEFAULT_SETTINGS.panelAlwaysOnTop),
  panelBounds: PanelBounds.nullable().default(DEFAULT_SETTINGS.panelBounds),
  talkingPointOverrides: z.record(z.string().max(80), z.string().max(500, 'Une phrase est trop longue.')).default(() => ({ ...DEFAULT_SETTINGS.talkingPointOverrides })),
});

export type Settings = z.infer<typeof Settings>;

// The plain defaults must stay a complete, valid Settings object.
DEFAULT_SETTINGS satisfies Settings;

/** A patch may hold any subset of the user-editable fields. */
export const SettingsPatch = Settings.omit({ version: true }).partial().strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;
