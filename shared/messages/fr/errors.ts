/**
 * Errors of the main process (`new AppError(code, 'area.key', params?)`, electron/services/errors.ts)
 * and of the bridges. English: ../en/errors.ts.
 */
export const errors = {
  'internal.unexpected': "Une erreur inattendue s’est produite. Rien n’a été modifié.",
  // The handler ran, so something may have been written: no "nothing was changed" here.
  'internal.badAnswer': "Une erreur inattendue s’est produite.",
  'dispatch.unknownMethod': 'Action inconnue : rien n’a été modifié.',

  'storage.full': "Le disque est plein : rien n’a été enregistré. Libérez de la place puis réessayez.",
  'storage.readOnly': "Le dossier des données est en lecture seule : rien n’a été enregistré.",
  'storage.busy': "La base de données est occupée par un autre programme : rien n’a été enregistré. Réessayez.",
  'storage.locked': "La base de données est verrouillée : rien n’a été enregistré. Réessayez.",
  'storage.io': "Erreur d’écriture sur le disque : rien n’a été enregistré.",
  'storage.corrupt': 'La base de données est endommagée. Restaurez une sauvegarde.',
  'storage.cantOpen': "Impossible d’ouvrir la base de données.",
  'storage.accessDenied': "Accès refusé au dossier des données : rien n’a été enregistré.",
  'storage.notAFolder': "Ce chemin désigne un fichier, pas un dossier : rien n’a été enregistré. Choisissez un dossier.",
  'storage.tooNew':
    "Ces données ont été créées par une version plus récente de Binôme (schéma {{version}}). Mettez Binôme à jour pour les ouvrir ; rien n’a été modifié.",

  'backups.unreadableCopy': 'La copie de sauvegarde est illisible : elle a été supprimée. Réessayez.',

  'persons.notFound': "Cette personne n’existe pas (ou plus).",
  'followups.notFound': 'Cette demande n’existe pas (ou plus).',

  'sessions.notFound': 'Séance introuvable : revenez à la fiche de la personne et rouvrez la séance.',
  'sessions.alreadyOpen': 'Une séance est déjà en cours pour cette personne : reprenez-la.',
  'sessions.alreadyStarted': 'La séance a déjà commencé : continuez-la.',
  'sessions.closed': 'Cette séance est close : elle ne peut plus être modifiée. Pour autre chose, démarrez une nouvelle séance.',
  'sessions.codeStillValid': 'Le code est encore valide : il n’a pas expiré. Continuez avec ce code.',

  'mandates.notFound': 'Ce mandat n’existe pas (ou plus).',

  'restore.unavailableHere': 'La restauration n’est pas possible ici.',
  'restore.alreadyOpen': 'Les données sont déjà ouvertes : rien n’a été modifié.',
  'restore.inProgress': 'Une restauration est déjà en cours : attendez qu’elle se termine.',
  'restore.pathNotAbsolute': 'Indiquez le chemin complet du fichier de sauvegarde.',
  'restore.liveFile': 'Ce fichier est la base de données en service : choisissez une sauvegarde.',
  'restore.currentCopyUnchecked': 'La copie de vos données actuelles n’a pas pu être vérifiée : rien n’a été restauré.',
  'restore.rolledBack': 'La sauvegarde n’a pas pu être ouverte : vos données d’avant ont été remises en place.',
  'restore.openFailed': 'La sauvegarde n’a pas pu être ouverte : rien n’a été modifié. Essayez une autre sauvegarde.',
  'restore.startEmptyFailed': 'Binôme n’a pas pu créer de nouvelles données : rien n’a été modifié.',
  'dataFolder.alreadyOpen':
    "Binôme est déjà ouvert sur ce dossier de données : {{dir}}. Utilisez la fenêtre ou l’onglet déjà ouvert, ou fermez cet autre Binôme (application ou mode navigateur) avant de relancer. Rien n’a été modifié.",
  'dataFolder.lockFailed': "Binôme n’a pas pu réserver le dossier de données : {{dir}}. Vérifiez qu’il existe et que vous pouvez y écrire. Rien n’a été modifié.",
  'recovery.notOpen': 'Les données de Binôme ne sont pas ouvertes : restaurez une sauvegarde ou commencez avec des données vides.',
  'restore.fullPathExpected': 'Chemin complet attendu.',
  'restore.notAFile': 'Ce chemin n’est pas un fichier de sauvegarde.',
  'restore.fileNotFound': 'Fichier introuvable : vérifiez le chemin (et que la clé USB est branchée).',
  'restore.damaged': 'Cette sauvegarde est endommagée : elle ne peut pas être restaurée.',
  'restore.tooNew': 'Cette sauvegarde vient d’une version plus récente de Binôme : mettez Binôme à jour pour la restaurer.',
  'restore.notBinome': 'Ce fichier n’est pas une sauvegarde Binôme.',
  'restore.incomplete': 'Ce fichier n’est pas une sauvegarde Binôme complète.',
  'restore.unreadable': 'Ce fichier n’est pas une sauvegarde Binôme lisible.',
  'export.diskFull': 'Le disque est plein : aucun fichier n’a été écrit. Libérez de la place ou choisissez un autre dossier.',
  'export.protected': 'Ce dossier est protégé : aucun fichier n’a été écrit. Choisissez un autre dossier.',
  'export.readOnly': 'Ce dossier est en lecture seule : aucun fichier n’a été écrit. Choisissez un autre dossier.',
  'export.notAFolder': 'Ce chemin n’est pas un dossier : aucun fichier n’a été écrit.',
  'export.nameTaken': 'Un dossier porte déjà le nom du fichier d’export : aucun fichier n’a été écrit. Renommez-le ou choisissez un autre dossier.',
  'erasure.nameMismatch': 'Le nom recopié ne correspond pas à celui de la personne : rien n’a été effacé.',
  'erasure.sessionOpen': 'Une séance est en cours avec cette personne : ouvrez-la, puis terminez-la ou interrompez-la avant d’effacer ses données. Rien n’a été effacé.',
  'history.sessionNotFound': 'Séance introuvable : elle a peut-être été effacée.',

  'input.invalid': 'Les données envoyées ne sont pas valides.',
  'bridge.notFound': 'Introuvable.',
  'bridge.hostRefused': 'Hôte refusé.',
  'bridge.originRefused': 'Origine refusée.',
  'bridge.methodRefused': 'Méthode refusée.',
  'bridge.prefetchRefused': 'Préchargement refusé.',
  'bridge.notConnected':
    'Cet onglet n’est plus relié à Binôme : dans la fenêtre où Binôme a été lancé, appuyez sur Entrée pour obtenir une nouvelle adresse, puis ouvrez-la.',
  'bridge.notJson': 'Les données doivent être envoyées en JSON (application/json, en UTF-8).',
  'bridge.tooLarge': 'Les données envoyées sont trop volumineuses.',
  'bridge.invalidJson': 'Les données envoyées ne sont pas du JSON valide.',
  'bridge.foreignCaller': 'Appel refusé : origine inconnue.',
} as const;
