import type { BrokenLink, IntegrityReport } from '../../shared/records/calls';
import type { Db } from './db/types';
import type { EventStore } from './sessions/event-store';

interface Chains {
  sessionEvents: Pick<EventStore, 'verify'>;
  mandateJournal: { verify(): { index: number; row: { id: string; mandate_id: string | null } } | null };
}

/**
 * Tamper evidence: SQLite's structural check, then each hash chain recomputed from its
 * first row. A break is reported with the first bad row so the record can be looked at.
 */
export function checkIntegrity(db: Db, chains: Chains, now: number): IntegrityReport {
  const sqlite = String(db.pragma('quick_check', { simple: true }));
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const broken: BrokenLink[] = [];

  const events = chains.sessionEvents.verify();
  if (events) {
    const { row } = events;
    broken.push(brokenLink('session_events', events, row.session_id, `Journal des séances : la ligne n° ${events.index + 1} (séance ${row.session_id}, événement ${row.seq})`));
  }
  const journal = chains.mandateJournal.verify();
  if (journal) {
    broken.push(brokenLink('mandate_journal', journal, journal.row.mandate_id, `Journal des mandats : la ligne n° ${journal.index + 1} (${journal.row.id})`));
  }
  const ok = sqlite === 'ok' && broken.length === 0;
  return {
    ok,
    checkedAt: now,
    sessionEvents: count('session_events'),
    mandateJournal: count('mandate_journal'),
    sqlite,
    broken,
    message: ok
      ? 'Intégrité vérifiée : aucun enregistrement n’a été modifié.'
      : sqlite !== 'ok'
        ? 'La base de données est endommagée : restaurez une sauvegarde.'
        : `Attention : ${broken.length === 1 ? 'un journal a été modifié' : 'les journaux ont été modifiés'} en dehors de Binôme.`,
  };
}

function brokenLink(table: BrokenLink['table'], found: { index: number; row: { id: string } }, ownerId: string | null, where: string): BrokenLink {
  return { table, position: found.index + 1, rowId: found.row.id, ownerId, message: `${where} a été modifiée ou une ligne manque avant elle.` };
}
