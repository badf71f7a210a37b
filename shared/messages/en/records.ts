import type { records as french } from '../fr/records';

export const records: Record<keyof typeof french, string> = {
  'integrity.verified': 'Integrity verified: no record was changed.',
  'integrity.startupIntact': 'Quick check at start-up: the lines written since the last full check are intact.',
  'integrity.damaged': 'The database is damaged: restore a backup.',
  'integrity.oneLogChanged': 'Warning: a log was changed outside Binôme.',
  'integrity.logsChanged': 'Warning: the logs were changed outside Binôme.',
  'integrity.recordsChanged': 'Warning: records were changed outside Binôme.',
  'integrity.brokenSessionEvent': 'Session log: line no. {{position}} (session {{session}}, event {{seq}}) was changed, or a line before it is missing.',
  'integrity.brokenJournalRow': 'Mandate journal: line no. {{position}} ({{row}}) was changed, or a line before it is missing.',
  'integrity.brokenRecordRow': 'Record journal: line no. {{position}} ({{row}}) was changed, or a line before it is missing.',
  'integrity.chain.session_events': 'session log',
  'integrity.chain.mandate_journal': 'mandate journal',
  'integrity.chain.record_journal': 'record journal',
  'integrity.checkpointMissing': 'The checkpoint of the {{chain}} was deleted outside Binôme.',
  'integrity.checkpointChanged':
    'The checkpoint of the {{chain}} no longer finds its line no. {{position}}: it was deleted or changed outside Binôme (neither an erasure nor retention recorded it).',
  'integrity.checkpointBehindBackup': 'The checkpoint of the {{chain}} went back compared with the backup of {{day}}: it was changed outside Binôme.',
  'integrity.tombstoneUnrecorded':
    'In the {{chain}}, a deletion mark of {{day}} ({{count}} lines) matches no recorded erasure or purge: lines were deleted outside Binôme.',
  'integrity.runWithoutTombstone': 'An erasure or purge of {{day}} is recorded, but its mark is gone from the {{chain}}.',
  'integrity.backupBehind':
    'The {{chain}} went back compared with the backup of {{day}}: lines it holds are gone (data replaced by an older copy, or the last lines deleted).',
  'integrity.backupFork': 'The {{chain}} no longer continues the backup of {{day}}: a line it holds was rewritten since.',
  'integrity.runUnknownToBackup':
    'An erasure or purge dated {{day}} is missing from the backup of {{backupDay}}, made after it: it was added or changed outside Binôme.',
  'integrity.sealMismatch': 'The logs’ seal, keyed by a key derived from the data key, no longer matches: it was changed outside Binôme.',
  'integrity.sealRemoved': 'The logs’ seal, kept with a key derived from the data key, was taken out of the file although the latest backup had one.',
  'integrity.sealBehind': 'The {{chain}} no longer holds its last line sealed with the key: lines were deleted or rewritten outside Binôme.',
  'integrity.sealKeyChanged':
    'The key of the logs’ seal changed (data encrypted with another key was put in its place): the seal cannot vouch for anything written before. A new seal starts today.',
  'integrity.summaryChanged':
    'The summary of the session of {{day}} with {{name}} (outcome, helper, recap or seal code) was changed outside Binôme.',
  'integrity.summaryContradictsLog': 'Session of {{day}} with {{name}}: the outcome or end time shown are not those of its log.',
  'integrity.sessionSealChanged':
    'The log of the session of {{day}} with {{name}} no longer matches its seal code: one of its events was changed outside Binôme.',
  'integrity.mandateChanged': 'The mandate of {{day}} for {{name}} no longer matches the mandate journal. {{problem}}',
  'integrity.mandateMissing': 'A mandate prepared on {{day}} is in the mandate journal, but it was deleted from the database outside Binôme.',
  'integrity.triggersChanged':
    'The guards that stop records being edited or deleted ({{names}}) had been removed or altered outside Binôme: they are put back. Run « Check integrity » to see what may have changed.',
  'integrity.backupSidecarMissing':
    'The check file (.check.json) of the newest backup ({{name}}, of {{day}}) is missing or unreadable: it was deleted or changed outside Binôme.',
  'integrity.backupMissing':
    'The backup of {{day}} ({{name}}), the newest Binôme made, is gone from the backups folder: the data may have been replaced by an older copy.',
  'integrity.witnessMissing':
    'The backups witness (binome.witness.json) is gone, while the database records a backup of {{day}} ({{name}}): it was deleted outside Binôme.',
  'integrity.witnessOlder':
    'The backups witness (binome.witness.json) is older than the backup of {{day}} ({{name}}) the database records: an old witness was put back.',
  'integrity.witnessBroken':
    'The backups witness (binome.witness.json) cannot be read or does not carry the data key’s seal: it was changed outside Binôme.',
  'integrity.personChanged': 'The file of {{name}} (name, phone or notes) was changed outside Binôme.',

  'document.codeRequired': 'Type the code written on the document.',
  'document.codeInvalid': 'This is not a Binôme code: a session code has 12 characters (e.g. 7KQ2-M9XD-4RTA), a mandate code 10 (e.g. AB12-CD34-EF).',

  'recovery.damaged': 'Binôme’s data file is damaged: Binôme can no longer read it. It was not changed.',
  'recovery.unreadable': 'Binôme’s data file could not be read (disk error or file out of reach). It was not changed.',
  'recovery.missing': 'Binôme’s data file cannot be found, although backups exist. So that nothing is lost, Binôme did not create empty data.',
  'recovery.empty': 'Binôme’s data file is empty, although backups exist. So that nothing is lost, Binôme did not reuse it.',
  'recovery.reopenFailed': 'Binôme could not open its data again after the restore. A copy from before is kept: {{previous}}',

};
