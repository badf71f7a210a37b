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
  'storage.notAFolder': "Ce chemin désigne un fichier, pas un dossier : rien n'a été enregistré. Choisissez un dossier.",
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

  'restore.unavailableHere': 'La restauration n’est pas possible ici.',
  'restore.alreadyOpen': 'Les données sont déjà ouvertes : rien n’a été modifié.',
  'restore.inProgress': 'Une restauration est déjà en cours : attendez qu’elle se termine.',
  'restore.pathNotAbsolute': 'Indiquez le chemin complet du fichier de sauvegarde.',
  'restore.liveFile': 'Ce fichier est la base de données en service : choisissez une sauvegarde.',
  'restore.currentCopyUnchecked': 'La copie de vos données actuelles n\'a pas pu être vérifiée : rien n\'a été restauré.',
  'restore.rolledBack': 'La sauvegarde n\'a pas pu être ouverte : vos données d\'avant ont été remises en place.',
  'restore.openFailed': 'La sauvegarde n\'a pas pu être ouverte : rien n\'a été modifié. Essayez une autre sauvegarde.',
  'restore.startEmptyFailed': 'Binôme n\'a pas pu créer de nouvelles données : rien n\'a été modifié.',
  'recovery.notOpen': 'Les données de Binôme ne sont pas ouvertes : restaurez une sauvegarde ou commencez avec des données vides.',
  'dataFolder.alreadyOpen':
    "Binôme est déjà ouvert sur ce dossier de données : {{dir}}. Utilisez la fenêtre ou l'onglet déjà ouvert, ou fermez cet autre Binôme (application ou mode navigateur) avant de relancer. Rien n'a été modifié.",
  'dataFolder.lockFailed': "Binôme n'a pas pu réserver le dossier de données : {{dir}}. Vérifiez qu'il existe et que vous pouvez y écrire. Rien n'a été modifié.",
  'restore.notAFile': 'Ce chemin n\'est pas un fichier de sauvegarde.',
  'restore.fileNotFound': 'Fichier introuvable : vérifiez le chemin (et que la clé USB est branchée).',
  'restore.damaged': 'Cette sauvegarde est endommagée : elle ne peut pas être restaurée.',
  'restore.tooNew': 'Cette sauvegarde vient d’une version plus récente de Binôme : mettez Binôme à jour pour la restaurer.',
  'restore.notBinome': 'Ce fichier n\'est pas une sauvegarde Binôme.',
  'restore.incomplete': 'Ce fichier n\'est pas une sauvegarde Binôme complète.',
  'restore.unreadable': 'Ce fichier n\'est pas une sauvegarde Binôme lisible.',
  'export.folderNotAbsolute': 'Indiquez le chemin complet du dossier (par exemple E:\\Exports).',
  'export.diskFull': 'Le disque est plein : aucun fichier n’a été écrit. Libérez de la place ou choisissez un autre dossier.',
  'export.protected': 'Ce dossier est protégé : aucun fichier n’a été écrit. Choisissez un autre dossier.',
  'export.readOnly': 'Ce dossier est en lecture seule : aucun fichier n’a été écrit. Choisissez un autre dossier.',
  'export.notAFolder': 'Ce chemin n’est pas un dossier : aucun fichier n’a été écrit.',
  'export.nameTaken': 'Un dossier porte déjà le nom du fichier d’export : aucun fichier n’a été écrit. Renommez-le ou choisissez un autre dossier.',
  'erasure.nameMismatch': 'Le nom recopié ne correspond pas à celui de la personne : rien n’a été effacé.',
  'erasure.sessionOpen': 'Une séance est en cours avec cette personne : terminez-la avant d’effacer ses données. Rien n’a été effacé.',
  'history.sessionNotFound': 'Séance introuvable : elle a peut-être été effacée.',
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
  'storage.notAFolder': 'This path is a file, not a folder: nothing was saved. Choose a folder.',
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

  'restore.unavailableHere': 'Restoring is not possible here.',
  'restore.alreadyOpen': 'The data is already open: nothing was changed.',
  'restore.inProgress': 'A restore is already in progress: wait for it to finish.',
  'restore.pathNotAbsolute': 'Give the full path of the backup file.',
  'restore.liveFile': 'This file is the database in use: choose a backup.',
  'restore.currentCopyUnchecked': 'The copy of your current data could not be checked: nothing was restored.',
  'restore.rolledBack': 'The backup could not be opened: your previous data was put back.',
  'restore.openFailed': 'The backup could not be opened: nothing was changed. Try another backup.',
  'restore.startEmptyFailed': 'Binôme could not create new data: nothing was changed.',
  'recovery.notOpen': 'Binôme\'s data is not open: restore a backup or start with empty data.',
  'dataFolder.alreadyOpen':
    'Binôme is already open on this data folder: {{dir}}. Use the window or tab already open, or close that other Binôme (desktop app or browser mode) before starting again. Nothing was changed.',
  'dataFolder.lockFailed': 'Binôme could not reserve the data folder: {{dir}}. Check that it exists and that you can write to it. Nothing was changed.',
  'restore.notAFile': 'This path is not a backup file.',
  'restore.fileNotFound': 'File not found: check the path (and that the USB key is plugged in).',
  'restore.damaged': 'This backup is damaged: it cannot be restored.',
  'restore.tooNew': 'This backup comes from a newer version of Binôme: update Binôme to restore it.',
  'restore.notBinome': 'This file is not a Binôme backup.',
  'restore.incomplete': 'This file is not a complete Binôme backup.',
  'restore.unreadable': 'This file is not a readable Binôme backup.',
  'export.folderNotAbsolute': 'Give the full path of the folder (for example E:\\Exports).',
  'export.diskFull': 'The disk is full: no file was written. Free some space or choose another folder.',
  'export.protected': 'This folder is protected: no file was written. Choose another folder.',
  'export.readOnly': 'This folder is read-only: no file was written. Choose another folder.',
  'export.notAFolder': 'This path is not a folder: no file was written.',
  'export.nameTaken': 'A folder already has the export file\'s name: no file was written. Rename it or choose another folder.',
  'erasure.nameMismatch': 'The name typed does not match the person\'s name: nothing was erased.',
  'erasure.sessionOpen': 'A session is in progress with this person: finish it before erasing their data. Nothing was erased.',
  'history.sessionNotFound': 'Session not found: it may have been erased.',
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
