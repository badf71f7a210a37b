/**
 * The data key and the recovery phrase (electron/services/keys, host.ts), in-place encryption
 * and restoring an encrypted backup. English: ../en/keys.ts.
 */
export const keys = {
  'keys.phraseRequired': 'Saisissez la phrase de récupération.',
  'keys.phraseTooLong': 'Cette phrase est trop longue : la phrase de récupération compte 8 mots.',
  'keys.wordTooLong': 'Un mot de la phrase ne dépasse pas 10 lettres.',
  'keys.wrongPhrase': 'Cette phrase de récupération ne correspond pas : rien n’a été modifié. Vérifiez chaque mot et réessayez.',
  'keys.phraseWordCount': 'La phrase de récupération compte {{expected}} mots ; vous en avez saisi {{count}}.',
  'keys.phraseUnknownWords': 'Mot non reconnu (position {{positions}}) : vérifiez l’orthographe ; les accents et les majuscules ne comptent pas.',
  'keys.confirmMismatch': 'Ces mots ne sont pas les mots n° {{first}} et n° {{second}} de la phrase : relisez la phrase notée et réessayez.',
  'keys.noPendingPhrase': 'Demandez d’abord une nouvelle phrase de récupération.',
  'keys.notInSetup': 'Binôme a déjà sa clé : rien n’a été modifié.',
  'keys.notLocked': 'Les données sont déjà ouvertes.',
  'keys.currentPhraseRequired': 'Saisissez la phrase de récupération actuelle pour en choisir une nouvelle.',
  'keys.notOpen': 'Les données de Binôme ne sont pas encore ouvertes.',
  'keys.encryptFailed':
    'Le chiffrement des données n’a pas pu être vérifié : les données non chiffrées sont restées en place, sans modification. Relancez Binôme ; si le problème revient, restaurez une sauvegarde.',
  'restore.phraseNeeded':
    'Cette sauvegarde a été faite sur un autre ordinateur ou avec une autre phrase : saisissez la phrase de récupération de l’association qui l’a faite.',
  'restore.keyFileMissing':
    'Le fichier de clé de cette sauvegarde est introuvable : il doit être à côté d’elle, sous le même nom suivi de « .key.json ».',
  'restore.setupFirst': 'Créez d’abord la phrase de récupération ; cette sauvegarde pourra ensuite être restaurée depuis les Réglages.',
  'backups.busy': 'La sauvegarde n’a pas pu être faite pour l’instant (données occupées) : réessayez dans un moment.',
} as const;
