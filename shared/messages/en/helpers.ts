import type { helpers as french } from '../fr/helpers';

export const helpers: Record<keyof typeof french, string> = {
  'helpers.nameRequired': 'Give the helper’s name.',
  'helpers.nameTooLong': 'The name is {{maximum}} characters at most.',
  'helpers.quickAssistNameNotText': 'The name Quick Assist shows is text: type it, for example “Camille M.”.',
  'helpers.quickAssistNameTooLong': 'The name Quick Assist shows is {{maximum}} characters at most.',
  'helpers.notFound': 'Helper profile not found: reload the list in Settings › Helpers.',
  'helpers.nameTaken': 'A profile is already named “{{name}}”: choose another name, or put that profile back in service.',
  'helpers.inUse': 'This profile held a session or signed a mandate: it stays in the history. Retire it instead.',
  'helpers.retired': 'This profile is retired: put it back in service in Settings › Helpers, or choose another one.',
  'helpers.notRetired': 'This profile is already in service: there is nothing to put back.',
  'helpers.pinDigitsOnly': 'Type a PIN made of digits only.',
  'helpers.pinTooShort': 'Choose a PIN of at least {{minimum}} digits.',
  'helpers.pinTooLong': 'Choose a PIN of at most {{maximum}} digits.',
  'helpers.noPin': 'This profile has no PIN: there is nothing to remove. Set one if you wish.',
  'lock.locked': 'Binôme is locked: choose your profile and type your PIN to go on.',
  'lock.pinRequired': 'Type this profile’s PIN.',
  'lock.wrongPin': 'Wrong PIN. Check the profile chosen and try again.',
  'lock.wrongPinWait': 'Wrong PIN. For safety, wait {{seconds}} seconds before trying again.',
  'lock.waitBeforeRetry': 'Too many tries for this profile: wait {{seconds}} more seconds before trying again.',
  'lock.chooseProfile': 'Choose your helper profile to unlock.',
  'lock.otherHelper': 'Binôme is open as {{name}}: lock it, then unlock with the profile of the person helping.',
};
