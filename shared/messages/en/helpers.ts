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
};
