import type { FindingKind, IntegrityFinding } from '../../../shared/records/calls';
import { parisDate } from '../../../shared/mandate/dates';
import { day, msg, type MessageKey, type MessageParams } from '../../../shared/messages/message';
import type { ChainName } from '../db/chains';

const CHAIN_LABELS: Record<ChainName, MessageKey> = {
  session_events: 'integrity.chain.session_events',
  mandate_journal: 'integrity.chain.mandate_journal',
  record_journal: 'integrity.chain.record_journal',
};

/** A finding of the integrity check (shared/records/calls.ts), with its keyed sentence (`{{chain}}` names its chain). */
export function finding(kind: FindingKind, key: MessageKey, where: { table?: ChainName; subjectId?: string }, params: MessageParams = {}): IntegrityFinding {
  const withChain = where.table ? { chain: msg(CHAIN_LABELS[where.table]), ...params } : params;
  return { kind, table: where.table ?? null, subjectId: where.subjectId ?? null, key, params: withChain };
}

/** An instant as the calendar day it fell on in France, for a message. */
export const dayOf = (ms: number) => day(parisDate(ms));
