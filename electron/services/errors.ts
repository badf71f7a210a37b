import type { AppErrorValue, ErrorCode } from '../../shared/ipc/result';

/** A failure the helper should read: carries its French message across the bridge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toValue(): AppErrorValue {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

const STORAGE_CODES: Record<string, string> = {
  SQLITE_FULL: "Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez.",
  SQLITE_READONLY: "Le dossier des données est en lecture seule : rien n'a été enregistré.",
  SQLITE_BUSY: "La base de données est occupée par un autre programme : rien n'a été enregistré. Réessayez.",
  SQLITE_LOCKED: "La base de données est verrouillée : rien n'a été enregistré. Réessayez.",
  SQLITE_IOERR: "Erreur d'écriture sur le disque : rien n'a été enregistré.",
  SQLITE_CORRUPT: 'La base de données est endommagée. Restaurez une sauvegarde.',
  SQLITE_CANTOPEN: "Impossible d'ouvrir la base de données.",
  ENOSPC: "Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez.",
  EACCES: "Accès refusé au dossier des données : rien n'a été enregistré.",
  EROFS: "Le dossier des données est en lecture seule : rien n'a été enregistré.",
  EPERM: "Accès refusé au dossier des données : rien n'a été enregistré.",
  // A folder asked for (a backup target) is in fact a file, or sits under one.
  EEXIST: "Ce chemin désigne un fichier, pas un dossier : rien n'a été enregistré. Choisissez un dossier.",
  ENOTDIR: "Ce chemin désigne un fichier, pas un dossier : rien n'a été enregistré. Choisissez un dossier.",
};

/** Maps any thrown value to a value the renderer can show; storage faults get their own French text. */
export function toAppErrorValue(error: unknown): AppErrorValue {
  if (error instanceof AppError) return error.toValue();
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    const known = STORAGE_CODES[code] ?? STORAGE_CODES[code.replace(/_[A-Z]+$/, '')];
    if (known) return { code: 'storage', message: known };
  }
  return { code: 'internal', message: "Une erreur inattendue s'est produite. Rien n'a été modifié." };
}
