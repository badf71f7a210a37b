/**
 * The data key and the recovery phrase (electron/services/keys, host.ts), in-place encryption
 * and restoring an encrypted backup. English: ../en/keys.ts.
 */
export const keys = {
  'keys.phraseRequired': 'Saisissez la phrase de récupération.',
  'keys.phraseTooLong': 'Cette phrase est trop longue : la phrase de récupération compte 8 mots.',
  'keys.wordTooLong': 'Un mot de la phrase ne dépasse pas 10 lettres.',
  'keys.wrongPhrase': 'Cette phrase de récupération ne correspond pas : rien n’a été modifié. Vérifiez chaque mot et réessayez.',
  'keys.phraseWordCount': 'La phrase de récupération compte {{expected}} mots ; vous en avez saisi {{count}}.',
  'keys.phraseUnknownWords': 'Mot non reconnu (position {{positions}}) : vérifiez l’orthographe ; les accents et les majuscules ne comptent pas.',
  'keys.confirmMismatch': 'Ces mots ne sont pas les mots n° {{first}} et n° {{second}} de la phrase : relisez la phrase notée et réessayez.',
  'keys.noPendingPhrase': 'Demandez d’abord une nouvelle phrase de récupération.',
  'keys.notInSetup': 'Binôme a déjà sa clé : rien n’a été modifié.',
  'keys.notLocked': 'Les données sont déjà ouvertes.',
  'keys.currentPhraseRequired': 'Saisissez la phrase de récupération actuelle pour en choisir une nouvelle.',
  'keys.notOpen': 'Les données de Binôme ne sont pas encore ouvertes.',
  'keys.encryptFailed':
    'Le chiffrement des données n’a pas pu être vérifié : les données non chiffrées sont restées en place, sans modification. Relancez Binôme ; si le problème revient, restaurez une sauvegarde.',
  'keys.keyFileRecreated':
    'Le fichier de clé manquait : il a été recréé depuis la sauvegarde du {{date}}, avec la même phrase de récupération. Les données n’ont pas changé.',
  'keys.keyFileReplaced':
    'Le fichier de clé était illisible ou n’était pas celui de ces données : il a été mis de côté ({{aside}}) et recréé depuis la sauvegarde du {{date}}, avec la même phrase de récupération. Les données n’ont pas changé.',
  'keys.keyFileMissingNoBackup':
    'Fichier de clé manquant : {{path}} n’existe plus, et aucune sauvegarde du dossier n’a de fichier de clé. Les données n’ont pas été modifiées, mais sans ce fichier Binôme ne peut pas les ouvrir. Remettez en place binome.key.json depuis une copie du dossier de données, puis relancez Binôme ; ou restaurez ci-dessous une copie de sauvegarde, avec son fichier « .key.json » à côté et la phrase de récupération.',
  'keys.keyFileInvalidNoBackup':
    'Le fichier de clé {{path}} est illisible (tronqué ou modifié), et aucune sauvegarde du dossier n’a de fichier de clé. Les données n’ont pas été modifiées, mais sans ce fichier Binôme ne peut pas les ouvrir. Remettez en place une copie intacte de binome.key.json, puis relancez Binôme ; ou restaurez ci-dessous une copie de sauvegarde, avec son fichier « .key.json » à côté et la phrase de récupération.',
  'keys.keyFileNoMatch':
    'Fichier de clé manquant ou illisible : la phrase ouvre le fichier de clé des sauvegardes, mais cette clé n’ouvre pas le fichier des données (il est peut-être endommagé). Restaurez une sauvegarde ci-dessous : le fichier actuel sera mis de côté, pas effacé.',
  'keys.wrongPhraseKeyFileMissing':
    'Le fichier de clé {{path}} manque, et cette phrase n’ouvre pas non plus le fichier de clé des sauvegardes : rien n’a été modifié. Vérifiez chaque mot et réessayez ; ou remettez en place binome.key.json depuis une copie du dossier de données.',
  'keys.wrongPhraseKeyFileInvalid':
    'Le fichier de clé {{path}} est illisible, et cette phrase n’ouvre pas non plus le fichier de clé des sauvegardes : rien n’a été modifié. Vérifiez chaque mot et réessayez ; ou remettez en place une copie intacte de binome.key.json.',
  'keys.keyFileDoesNotOpen':
    'Cette phrase ouvre la sauvegarde du {{date}}, mais pas le fichier de clé {{path}} : rien n’a été modifié. Si la phrase a été changée depuis cette sauvegarde, saisissez la nouvelle. Sinon, ce fichier de clé a été modifié : remettez-en une copie intacte, ou déplacez-le hors du dossier et relancez Binôme, qui le recréera depuis la sauvegarde avec cette phrase.',
  'keys.startEmptyNeedsKey':
    'Sans fichier de clé, Binôme ne commence pas ici avec des données vides : ce dossier contient des données chiffrées. Pour repartir de zéro, déplacez tout le contenu du dossier {{dir}} ailleurs (rien n’est effacé), puis relancez Binôme.',
  'restore.phraseNeeded':
    'Cette sauvegarde a été faite sur un autre ordinateur ou avec une autre phrase : saisissez la phrase de récupération de l’association qui l’a faite.',
  'restore.keyFileMissing':
    'Le fichier de clé de cette sauvegarde est introuvable : il doit être à côté d’elle, sous le même nom suivi de « .key.json ».',
  'restore.setupFirst': 'Créez d’abord la phrase de récupération ; cette sauvegarde pourra ensuite être restaurée depuis les Réglages.',
  'backups.busy': 'La sauvegarde n’a pas pu être faite pour l’instant (données occupées) : réessayez dans un moment.',
} as const;
