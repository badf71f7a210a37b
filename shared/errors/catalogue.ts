/**
 * The one catalogue of main-process error messages, French and English, keyed.
 *
 * The main process throws `new AppError(code, 'area.key', params?)` (electron/services/errors.ts);
 * the value that crosses the bridge carries the key, its params and the French text as fallback, and
 * the renderer's ErrorMessage picks the text in the UI language. Placeholders are `{{name}}`, as in
 * the renderer's i18next catalogues; French and English must use the same ones (test/lint/errors.test.ts).
 *
 * Pure data: shared/ stays free of Node, DOM and i18next.
 */
import type { AppErrorValue, ErrorCode } from '../ipc/result';

const fr = {
  'internal.unexpected': "Une erreur inattendue s'est produite. Rien n'a été modifié.",
  // The handler ran, so something may have been written: no "nothing was changed" here.
  'internal.badAnswer': "Une erreur inattendue s'est produite.",
  'dispatch.unknownMethod': 'Action inconnue : rien n’a été modifié.',

  'storage.full': "Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez.",
  'storage.readOnly': "Le dossier des données est en lecture seule : rien n'a été enregistré.",
  'storage.busy': "La base de données est occupée par un autre programme : rien n'a été enregistré. Réessayez.",
  'storage.locked': "La base de données est verrouillée : rien n'a été enregistré. Réessayez.",
  'storage.io': "Erreur d'écriture sur le disque : rien n'a été enregistré.",
  'storage.corrupt': 'La base de données est endommagée. Restaurez une sauvegarde.',
  'storage.cantOpen': "Impossible d'ouvrir la base de données.",
  'storage.accessDenied': "Accès refusé au dossier des données : rien n'a été enregistré.",
  'storage.tooNew':
    "Ces données ont été créées par une version plus récente de Binôme (schéma {{version}}). Mettez Binôme à jour pour les ouvrir ; rien n'a été modifié.",

  'backups.unreadableCopy': 'La copie de sauvegarde est illisible : elle a été supprimée. Réessayez.',
  'backups.folderNotAbsolute': 'Indiquez le chemin complet du dossier (par exemple E:\\Sauvegardes).',

  'persons.notFound': "Cette personne n'existe pas (ou plus).",
  'followups.notFound': 'Cette demande n’existe pas (ou plus).',

  'sessions.notFound': 'Séance introuvable.',
  'sessions.alreadyOpen': 'Une séance est déjà en cours pour cette personne : reprenez-la.',
  'sessions.alreadyStarted': 'La séance a déjà commencé.',
  'sessions.closed': 'Cette séance est close : elle ne peut plus être modifiée.',
  'sessions.codeStillValid': 'Le code est encore valable : il n’a pas expiré.',

  'mandates.notFound': 'Ce mandat n’existe pas (ou plus).',
  'mandates.unreadable': 'Ce mandat est illisible dans la base de données.',
} as const;

export type ErrorKey = keyof typeof fr;

const en: Record<ErrorKey, string> = {
  'internal.unexpected': 'Something unexpected went wrong. Nothing was changed.',
  'internal.badAnswer': 'Something unexpected went wrong.',
  'dispatch.unknownMethod': 'Unknown action: nothing was changed.',

  'storage.full': 'The disk is full: nothing was saved. Free some space and try again.',
  'storage.readOnly': 'The data folder is read-only: nothing was saved.',
  'storage.busy': 'The database is in use by another program: nothing was saved. Try again.',
  'storage.locked': 'The database is locked: nothing was saved. Try again.',
  'storage.io': 'Could not write to the disk: nothing was saved.',
  'storage.corrupt': 'The database is damaged. Restore a backup.',
  'storage.cantOpen': 'The database cannot be opened.',
  'storage.accessDenied': 'Access to the data folder was refused: nothing was saved.',
  'storage.tooNew':
    'This data was created by a newer version of Binôme (schema {{version}}). Update Binôme to open it; nothing was changed.',

  'backups.unreadableCopy': 'The backup copy could not be read back: it was deleted. Try again.',
  'backups.folderNotAbsolute': 'Give the full path of the folder (for example E:\\Backups).',

  'persons.notFound': 'This person does not exist (or no longer does).',
  'followups.notFound': 'This request does not exist (or no longer does).',

  'sessions.notFound': 'Session not found.',
  'sessions.alreadyOpen': 'A session is already open for this person: resume it.',
  'sessions.alreadyStarted': 'The session has already started.',
  'sessions.closed': 'This session is closed: it can no longer be changed.',
  'sessions.codeStillValid': 'The code is still valid: it has not expired.',

  'mandates.notFound': 'This mandate does not exist (or no longer does).',
  'mandates.unreadable': 'This mandate cannot be read from the database.',
};

export const ERROR_MESSAGES: { readonly fr: Record<ErrorKey, string>; readonly en: Record<ErrorKey, string> } = { fr, en };

export type ErrorLanguage = keyof typeof ERROR_MESSAGES;
export type ErrorParams = Record<string, string | number>;

export function isErrorKey(key: unknown): key is ErrorKey {
  return typeof key === 'string' && Object.hasOwn(fr, key);
}

/** The message for `key` in `language`, with its `{{name}}` placeholders filled from `params`. */
export function errorText(key: ErrorKey, language: ErrorLanguage = 'fr', params: ErrorParams = {}): string {
  return ERROR_MESSAGES[language][key].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The `{{name}}` placeholders a message uses, sorted: French and English must agree. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/**
 * A keyed error value, for code that returns errors rather than throwing them (dispatch, or a shared
 * domain function's `fail(...)`): `fail(errorValue('conflict', 'sessions.alreadyStarted'))`.
 */
export function errorValue(code: ErrorCode, key: ErrorKey, params?: ErrorParams): AppErrorValue {
  return { code, key, message: errorText(key, 'fr', params), ...(params ? { params } : {}) };
}
