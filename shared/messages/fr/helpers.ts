/**
 * Helper profiles (shared/helpers/calls.ts, electron/services/helpers/). English: ../en/helpers.ts.
 */
export const helpers = {
  'helpers.nameRequired': 'Indiquez le nom de l’aidant·e.',
  'helpers.nameTooLong': 'Le nom fait {{maximum}} caractères au plus.',
  'helpers.quickAssistNameNotText': 'Le nom affiché par l’Assistance rapide est un texte : tapez-le, par exemple « Camille M. ».',
  'helpers.quickAssistNameTooLong': 'Le nom affiché par l’Assistance rapide fait {{maximum}} caractères au plus.',
  'helpers.notFound': 'Profil d’aidant·e introuvable : rechargez la liste dans Réglages › Aidant·es.',
  'helpers.nameTaken': 'Un profil porte déjà le nom « {{name}} » : choisissez un autre nom, ou remettez ce profil en service.',
  'helpers.inUse': 'Ce profil a tenu une séance ou signé un mandat : il reste dans l’historique. Retirez-le plutôt.',
  'helpers.retired': 'Ce profil est retiré : remettez-le en service dans Réglages › Aidant·es, ou choisissez-en un autre.',
  'helpers.notRetired': 'Ce profil est déjà en service : il n’y a rien à remettre.',
} as const;
