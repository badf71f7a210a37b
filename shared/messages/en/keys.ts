import type { keys as french } from '../fr/keys';

export const keys: Record<keyof typeof french, string> = {
  'keys.phraseRequired': 'Type the recovery phrase.',
  'keys.phraseTooLong': 'This phrase is too long: the recovery phrase has 8 words.',
  'keys.wordTooLong': 'A word of the phrase has at most 10 letters.',
  'keys.wrongPhrase': 'This recovery phrase does not match: nothing was changed. Check each word and try again.',
  'keys.phraseWordCount': 'The recovery phrase has {{expected}} words; you typed {{count}}.',
  'keys.phraseUnknownWords': 'Word not recognised (position {{positions}}): check the spelling; accents and capitals do not matter.',
  'keys.confirmMismatch': 'These are not words no. {{first}} and no. {{second}} of the phrase: read the phrase you wrote down again and retry.',
  'keys.noPendingPhrase': 'Ask for a new recovery phrase first.',
  'keys.notInSetup': 'Binôme already has its key: nothing was changed.',
  'keys.notLocked': 'The data is already open.',
  'keys.currentPhraseRequired': 'Type the current recovery phrase to choose a new one.',
  'keys.notOpen': 'Binôme’s data is not open yet.',
  'keys.encryptFailed':
    'Encrypting the data could not be verified: the unencrypted data stayed in place, unchanged. Start Binôme again; if it happens again, restore a backup.',
  'restore.phraseNeeded': 'This backup was made on another computer or with another phrase: type the recovery phrase of the association that made it.',
  'restore.keyFileMissing': 'This backup’s key file cannot be found: it must sit beside it, under the same name followed by “.key.json”.',
  'restore.setupFirst': 'Create the recovery phrase first; this backup can then be restored from Settings.',
  'backups.busy': 'The backup could not be made just now (data busy): try again in a moment.',
};
