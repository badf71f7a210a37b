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
  'keys.keyFileRecreated':
    'The key file was missing: it was re-created from the backup of {{date}}, with the same recovery phrase. The data has not changed.',
  'keys.keyFileReplaced':
    'The key file was unreadable or not this data’s: it was set aside ({{aside}}) and re-created from the backup of {{date}}, with the same recovery phrase. The data has not changed.',
  'keys.keyFileMissingNoBackup':
    'Key file missing: {{path}} no longer exists, and no backup in the folder has a key file. The data was not changed, but without this file Binôme cannot open it. Put binome.key.json back from a copy of the data folder, then start Binôme again; or restore below a backup copy, with its “.key.json” file beside it and the recovery phrase.',
  'keys.keyFileInvalidNoBackup':
    'The key file {{path}} is unreadable (cut short or changed), and no backup in the folder has a key file. The data was not changed, but without this file Binôme cannot open it. Put back an intact copy of binome.key.json, then start Binôme again; or restore below a backup copy, with its “.key.json” file beside it and the recovery phrase.',
  'keys.keyFileNoMatch':
    'Key file missing or unreadable: the phrase opens the backups’ key file, but that key does not open the data file (it may be damaged). Restore a backup below: the current file will be set aside, not deleted.',
  'keys.wrongPhraseKeyFileMissing':
    'The key file {{path}} is missing, and this phrase does not open the backups’ key file either: nothing was changed. Check each word and try again; or put binome.key.json back from a copy of the data folder.',
  'keys.wrongPhraseKeyFileInvalid':
    'The key file {{path}} is unreadable, and this phrase does not open the backups’ key file either: nothing was changed. Check each word and try again; or put back an intact copy of binome.key.json.',
  'keys.keyFileDoesNotOpen':
    'This phrase opens the backup of {{date}}, but not the key file {{path}}: nothing was changed. If the phrase was changed since that backup, type the new one. Otherwise this key file was changed: put back an intact copy, or move it out of the folder and start Binôme again, which will re-create it from the backup with this phrase.',
  'keys.startEmptyNeedsKey':
    'Without a key file, Binôme does not start here with empty data: this folder holds encrypted data. To start from scratch, move everything in the folder {{dir}} elsewhere (nothing is deleted), then start Binôme again.',
  'restore.phraseNeeded': 'This backup was made on another computer or with another phrase: type the recovery phrase of the association that made it.',
  'restore.keyFileMissing': 'This backup’s key file cannot be found: it must sit beside it, under the same name followed by “.key.json”.',
  'restore.setupFirst': 'Create the recovery phrase first; this backup can then be restored from Settings.',
  'backups.busy': 'The backup could not be made just now (data busy): try again in a moment.',
};
