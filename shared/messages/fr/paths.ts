/**
 * Folders and files named for a backup, an export or a restore (shared/paths, electron/services/paths.ts):
 * in the desktop app the system's own dialog, in browser mode a path the helper types, accepted
 * only when it is on this computer. English: ../en/paths.ts.
 */
export const paths = {
  'paths.required': 'Indiquez le chemin complet du dossier ou du fichier.',
  'paths.tooLong': 'Ce chemin est trop long (1 000 caractères au plus).',
  'paths.url':
    'Une adresse (file://, smb://, http://…) n’est pas acceptée : indiquez le chemin complet d’un dossier de cet ordinateur ou d’une clé USB. Rien n’a été modifié.',
  'paths.network':
    'Les dossiers réseau (\\\\serveur\\partage) et les chemins spéciaux (\\\\?\\…, \\\\.\\…) ne sont pas acceptés : choisissez un dossier de cet ordinateur ou d’une clé USB. Rien n’a été modifié.',
  'paths.notAbsoluteWindows': 'Indiquez le chemin complet, qui commence par la lettre du disque (E:\\…, par exemple). Rien n’a été modifié.',
  'paths.notAbsolutePosix': 'Indiquez le chemin complet, qui commence par / (/media/…, par exemple). Rien n’a été modifié.',
  'paths.parentSegment': 'Le chemin ne peut pas contenir « .. » : indiquez directement le dossier voulu. Rien n’a été modifié.',
  'paths.reservedChars':
    'Un nom de dossier ou de fichier ne peut contenir ni deux-points, ni point d’interrogation, ni guillemets droits, ni les signes <, >, | ou *. Corrigez le chemin. Rien n’a été modifié.',
  'paths.trailingDotOrSpace': 'Un nom de dossier ou de fichier ne peut pas finir par un point ou une espace : corrigez le chemin. Rien n’a été modifié.',
  'paths.deviceName': 'CON, PRN, AUX, NUL, COM1… et LPT1… sont des noms réservés par Windows : choisissez un autre nom. Rien n’a été modifié.',
  'paths.linkToNetwork':
    'Ce chemin mène, par un raccourci ou un lecteur réseau, à un dossier réseau : choisissez un dossier de cet ordinateur ou d’une clé USB. Rien n’a été modifié.',
  'paths.noDialog': 'Ici, aucune fenêtre ne permet de choisir un dossier : saisissez son chemin complet.',
  'paths.unknownBackup': 'Cette sauvegarde n’est pas (ou plus) dans la liste : rechargez la liste et réessayez. Rien n’a été modifié.',
  'paths.dialogBackupTitle': 'Choisir le dossier où copier la sauvegarde (une clé USB, par exemple)',
  'paths.dialogExportTitle': 'Choisir le dossier où enregistrer le dossier de la personne',
  'paths.dialogFolderButton': 'Enregistrer ici',
  'paths.dialogRestoreTitle': 'Choisir la sauvegarde à restaurer',
  'paths.dialogRestoreButton': 'Restaurer ce fichier',
  'paths.dialogBackupFilter': 'Sauvegardes Binôme',
} as const;
