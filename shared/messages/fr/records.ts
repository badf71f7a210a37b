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
  'integrity.recordsChanged': 'Attention : des enregistrements ont été modifiés en dehors de Binôme.',
  'integrity.brokenSessionEvent':
    'Journal des séances : la ligne n° {{position}} (séance {{session}}, événement {{seq}}) a été modifiée ou une ligne manque avant elle.',
  'integrity.brokenJournalRow': 'Journal des mandats : la ligne n° {{position}} ({{row}}) a été modifiée ou une ligne manque avant elle.',
  'integrity.brokenRecordRow': 'Journal des fiches : la ligne n° {{position}} ({{row}}) a été modifiée ou une ligne manque avant elle.',
  'integrity.chain.session_events': 'journal des séances',
  'integrity.chain.mandate_journal': 'journal des mandats',
  'integrity.chain.record_journal': 'journal des fiches',
  'integrity.checkpointMissing': 'Le point de contrôle du {{chain}} a été supprimé en dehors de Binôme.',
  'integrity.checkpointChanged':
    'Le point de contrôle du {{chain}} ne retrouve plus sa ligne n° {{position}} : elle a été supprimée ou modifiée en dehors de Binôme (ni un effacement ni la conservation ne l’ont enregistré).',
  'integrity.checkpointBehindBackup': 'Le point de contrôle du {{chain}} est revenu en arrière par rapport à la sauvegarde du {{day}} : il a été modifié en dehors de Binôme.',
  'integrity.tombstoneUnrecorded':
    'Dans le {{chain}}, une marque de suppression du {{day}} ({{count}} lignes) ne correspond à aucun effacement ni à aucune purge enregistrés : des lignes ont été supprimées en dehors de Binôme.',
  'integrity.runWithoutTombstone': 'Un effacement ou une purge du {{day}} est enregistré, mais sa marque a disparu du {{chain}}.',
  'integrity.backupBehind':
    'Le {{chain}} est revenu en arrière par rapport à la sauvegarde du {{day}} : des lignes qu’elle contient ont disparu (données remplacées par une copie plus ancienne, ou dernières lignes supprimées).',
  'integrity.backupFork': 'Le {{chain}} ne prolonge plus la sauvegarde du {{day}} : une ligne qu’elle contient a été réécrite depuis.',
  'integrity.runUnknownToBackup':
    'Un effacement ou une purge daté du {{day}} est absent de la sauvegarde du {{backupDay}}, faite après lui : il a été ajouté ou modifié en dehors de Binôme.',
  'integrity.sealMismatch': 'Le sceau des journaux, tenu avec une clé tirée de la clé des données, ne correspond plus : il a été modifié en dehors de Binôme.',
  'integrity.sealRemoved': 'Le sceau des journaux, tenu avec une clé tirée de la clé des données, a été retiré du fichier alors que la dernière sauvegarde en avait un.',
  'integrity.sealBehind':
    'Le {{chain}} ne contient plus sa dernière ligne scellée par la clé : des lignes ont été supprimées ou réécrites en dehors de Binôme.',
  'integrity.sealKeyChanged':
    'La clé du sceau des journaux a changé (des données chiffrées avec une autre clé ont été mises à la place) : le sceau ne peut rien garantir de ce qui a été écrit avant. Un nouveau sceau part d’aujourd’hui.',
  'integrity.summaryChanged':
    'Le résumé de la séance du {{day}} avec {{name}} (issue, aidant·e, récapitulatif ou code de scellement) a été modifié en dehors de Binôme.',
  'integrity.summaryContradictsLog': 'Séance du {{day}} avec {{name}} : l’issue ou l’heure de fin affichées ne sont pas celles de son journal.',
  'integrity.sessionSealChanged':
    'Le journal de la séance du {{day}} avec {{name}} ne correspond plus à son code de scellement : un de ses événements a été modifié en dehors de Binôme.',
  'integrity.mandateChanged': 'Le mandat du {{day}} de {{name}} ne correspond plus au journal des mandats. {{problem}}',
  'integrity.mandateMissing': 'Un mandat préparé le {{day}} figure au journal des mandats, mais il a été supprimé de la base en dehors de Binôme.',
  'integrity.triggersChanged':
    'Les protections qui empêchent de modifier ou d’effacer les enregistrements ({{names}}) avaient été supprimées ou modifiées en dehors de Binôme : elles sont remises en place. Lancez « Vérifier l’intégrité » pour voir ce qui a pu changer.',
  'integrity.backupSidecarMissing':
    'La fiche de contrôle (.check.json) de la sauvegarde la plus récente ({{name}}, du {{day}}) manque ou est illisible : elle a été supprimée ou modifiée en dehors de Binôme.',
  'integrity.backupMissing':
    'La sauvegarde du {{day}} ({{name}}), la plus récente que Binôme a faite, a disparu du dossier des sauvegardes : les données ont pu être remplacées par une copie plus ancienne.',
  'integrity.witnessMissing':
    'Le témoin des sauvegardes (binome.witness.json) a disparu, alors que la base enregistre une sauvegarde du {{day}} ({{name}}) : il a été supprimé en dehors de Binôme.',
  'integrity.witnessOlder':
    'Le témoin des sauvegardes (binome.witness.json) est plus ancien que la sauvegarde du {{day}} ({{name}}) que la base enregistre : un ancien témoin a été remis en place.',
  'integrity.witnessBroken':
    'Le témoin des sauvegardes (binome.witness.json) est illisible ou ne porte pas le sceau de la clé des données : il a été modifié en dehors de Binôme.',
  'integrity.personChanged': 'La fiche de {{name}} (nom, téléphone ou notes) a été modifiée en dehors de Binôme.',

  'document.codeRequired': 'Tapez le code écrit sur le document.',
  'document.codeInvalid': 'Ce n’est pas un code de Binôme : un code de séance a 12 caractères (par exemple 7KQ2-M9XD-4RTA), un code de mandat 10 (par exemple AB12-CD34-EF).',

  'recovery.damaged': "Le fichier des données de Binôme est endommagé : Binôme ne peut plus le lire. Il n’a pas été modifié.",
  'recovery.unreadable': "Le fichier des données de Binôme n’a pas pu être lu (erreur du disque ou fichier inaccessible). Il n’a pas été modifié.",
  'recovery.missing':
    "Le fichier des données de Binôme est introuvable, alors que des sauvegardes existent. Pour ne rien perdre, Binôme n’a pas créé de données vides.",
  'recovery.empty': "Le fichier des données de Binôme est vide, alors que des sauvegardes existent. Pour ne rien perdre, Binôme ne l’a pas réutilisé.",
  'recovery.reopenFailed': "Binôme n’a pas pu rouvrir ses données après la restauration. Une copie d’avant est gardée : {{previous}}",

} as const;
