import type { ChainSpec } from './chain';
import { TOMBSTONE } from './tombstone';

/**
 * The hash-chained logs and the columns their hashes cover. Each keeps the time format
 * it was shipped with (the hashes cover it): epoch milliseconds in session events, ISO 8601
 * text in the mandate journal.
 */
export const sessionEventsChain: ChainSpec<'id' | 'session_id' | 'seq' | 'type' | 'at' | 'payload'> = {
  table: 'session_events',
  fields: ['id', 'session_id', 'seq', 'type', 'at', 'payload'],
  kindField: 'type',
  // No session, seq 0 (migration 0004 allows a null session for tombstones only).
  tombstone: (id, atMs, payload) => ({ id, session_id: null, seq: 0, type: TOMBSTONE, at: atMs, payload }),
};

export const mandateJournalChain: ChainSpec<'id' | 'mandate_id' | 'person_id' | 'kind' | 'at' | 'payload'> = {
  table: 'mandate_journal',
  fields: ['id', 'mandate_id', 'person_id', 'kind', 'at', 'payload'],
  kindField: 'kind',
  tombstone: (id, atMs, payload) => ({ id, mandate_id: null, person_id: null, kind: TOMBSTONE, at: new Date(atMs).toISOString(), payload }),
};

/**
 * Digests of the rows the chains do not hold (a person's fields, a session's summary), each
 * time they are saved (records/record-journal.ts, migration 0012). Times in epoch ms.
 */
export const recordJournalChain: ChainSpec<'id' | 'subject_id' | 'person_id' | 'kind' | 'at' | 'payload'> = {
  table: 'record_journal',
  fields: ['id', 'subject_id', 'person_id', 'kind', 'at', 'payload'],
  kindField: 'kind',
  tombstone: (id, atMs, payload) => ({ id, subject_id: null, person_id: null, kind: TOMBSTONE, at: atMs, payload }),
};

export const CHAINS = { session_events: sessionEventsChain, mandate_journal: mandateJournalChain, record_journal: recordJournalChain } as const;

export const CHAIN_NAMES = Object.keys(CHAINS) as ChainName[];

export type ChainName = keyof typeof CHAINS;
