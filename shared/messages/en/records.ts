import type { records as french } from '../fr/records';

export const records: Record<keyof typeof french, string> = {
  'integrity.verified': 'Integrity verified: no record was changed.',
  'integrity.startupIntact': 'Quick check at start-up: the lines written since the last full check are intact.',
  'integrity.damaged': 'The database is damaged: restore a backup.',
  'integrity.oneLogChanged': 'Warning: a log was changed outside Binôme.',
  'integrity.logsChanged': 'Warning: the logs were changed outside Binôme.',
  'integrity.brokenSessionEvent': 'Session log: line no. {{position}} (session {{session}}, event {{seq}}) was changed, or a line before it is missing.',
  'integrity.brokenJournalRow': 'Mandate journal: line no. {{position}} ({{row}}) was changed, or a line before it is missing.',

  'recovery.damaged': 'Binôme’s data file is damaged: Binôme can no longer read it. It was not changed.',
  'recovery.unreadable': 'Binôme’s data file could not be read (disk error or file out of reach). It was not changed.',
  'recovery.missing': 'Binôme’s data file cannot be found, although backups exist. So that nothing is lost, Binôme did not create empty data.',
  'recovery.empty': 'Binôme’s data file is empty, although backups exist. So that nothing is lost, Binôme did not reuse it.',
  'recovery.reopenFailed': 'Binôme could not open its data again after the restore. A copy from before is kept: {{previous}}',

};
