/**
 * The integrity report (electron/services/integrity.ts), why the app started in recovery
 * (electron/services/recovery-probe.ts, host.ts) and the scope guard's reasons
 * (shared/scope-guard/reasons.ts). English: ../en/records.ts.
 */
export const records = {
  'integrity.verified': 'Intégrité vérifiée : aucun enregistrement n’a été modifié.',
  'integrity.startupIntact': 'Vérification rapide au démarrage : les lignes écrites depuis la dernière vérification complète sont intactes.',
  'integrity.damaged': 'La base de données est endommagée : restaurez une sauvegarde.',
  'integrity.oneLogChanged': 'Attention : un journal a été modifié en dehors de Binôme.',
  'integrity.logsChanged': 'Attention : les journaux ont été modifiés en dehors de Binôme.',
  'integrity.brokenSessionEvent':
    'Journal des séances : la ligne n° {{position}} (séance {{session}}, événement {{seq}}) a été modifiée ou une ligne manque avant elle.',
  'integrity.brokenJournalRow': 'Journal des mandats : la ligne n° {{position}} ({{row}}) a été modifiée ou une ligne manque avant elle.',

  'recovery.damaged': "Le fichier des données de Binôme est endommagé : Binôme ne peut plus le lire. Il n’a pas été modifié.",
  'recovery.unreadable': "Le fichier des données de Binôme n’a pas pu être lu (erreur du disque ou fichier inaccessible). Il n’a pas été modifié.",
  'recovery.missing':
    "Le fichier des données de Binôme est introuvable, alors que des sauvegardes existent. Pour ne rien perdre, Binôme n’a pas créé de données vides.",
  'recovery.empty': "Le fichier des données de Binôme est vide, alors que des sauvegardes existent. Pour ne rien perdre, Binôme ne l’a pas réutilisé.",
  'recovery.reopenFailed': "Binôme n’a pas pu rouvrir ses données après la restauration. Une copie d’avant est gardée : {{previous}}",

} as const;
