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
  'helpers.pinDigitsOnly': 'Tapez un code PIN fait uniquement de chiffres.',
  'helpers.pinTooShort': 'Choisissez un code PIN d’au moins {{minimum}} chiffres.',
  'helpers.pinTooLong': 'Choisissez un code PIN d’au plus {{maximum}} chiffres.',
  'helpers.noPin': 'Ce profil n’a pas de code PIN : il n’y a rien à retirer. Définissez-en un si vous le souhaitez.',
  'lock.locked': 'Binôme est verrouillé : choisissez votre profil et tapez votre code PIN pour continuer.',
  'lock.pinRequired': 'Tapez le code PIN de ce profil.',
  'lock.wrongPin': 'Code PIN incorrect. Vérifiez le profil choisi et réessayez.',
  'lock.wrongPinWait': 'Code PIN incorrect. Par sécurité, attendez {{seconds}} secondes avant de réessayer.',
  'lock.waitBeforeRetry': 'Trop d’essais pour ce profil : attendez encore {{seconds}} secondes avant de réessayer.',
  'lock.wrongPhraseWait': 'Cette phrase de récupération ne correspond pas : rien n’a été modifié. Par sécurité, attendez {{seconds}} secondes avant de réessayer.',
  'lock.phraseWaitBeforeRetry': 'Trop d’essais de phrase de récupération : attendez encore {{seconds}} secondes avant de réessayer.',
  'lock.chooseProfile': 'Choisissez votre profil d’aidant·e pour déverrouiller.',
  'lock.otherHelper': 'Binôme est ouvert au nom de {{name}} : verrouillez, puis déverrouillez avec le profil de la personne qui aide.',
} as const;
