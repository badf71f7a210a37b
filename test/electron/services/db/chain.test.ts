import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChainReader } from '../../../../electron/services/db/chain';
import { chainHash } from '../../../../electron/services/db/chain-links';
import { mandateJournalChain, sessionEventsChain } from '../../../../electron/services/db/chains';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { readOnly } from '../../../../electron/services/db/types';
import { call, openServices, person, session } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';
import { startupIntegrity, verifyIntegrity } from '../../../helpers/call';
import { openTestDb, TEST_KEY } from '../../../helpers/test-key';
import { encryptInPlace } from '../../../../electron/services/encryption/encrypt-in-place';

const tempDir = useTempDirs();
const FIXTURE = join(import.meta.dirname, '../../../fixtures/chains/chains-v7.sqlite');

/**
 * The hashed fields as the two logs hashed them before they shared one chain module
 * (sessions/event-store.ts `eventFields`, mandates/journal.ts `journalFields`): session
 * events with `at` in epoch ms, journal rows with `at` as ISO text.
 */
type Row = Record<string, string | number | null>;
const OLD_FIELDS = {
  session_events: (r: Row) => [r.id!, r.session_id!, r.seq!, r.type!, r.at!, r.payload!],
  mandate_journal: (r: Row) => [r.id!, r.mandate_id!, r.person_id!, r.kind!, r.at!, r.payload!],
};

/** Every row's hash, recomputed with the old field lists over its stored link. */
function oldHashesHold(db: Database.Database, table: keyof typeof OLD_FIELDS): number {
  const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Row[];
  for (const r of rows) expect(chainHash(r.prev_hash as string, OLD_FIELDS[table](r))).toBe(r.hash);
  return rows.length;
}

/** The fixture as an older version left it (plain), encrypted in place as the first start of this one does. */
async function fixtureCopy() {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  copyFileSync(FIXTURE, join(dir, DB_FILE_NAME));
  await encryptInPlace(join(dir, DB_FILE_NAME), TEST_KEY);
  return dir;
}

describe('one chain module for both logs', () => {
  it('a database written before the chain module (with tombstones from an erasure and a purge) still verifies', async () => {
    const dir = await fixtureCopy();
    const raw = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
    expect(raw.prepare("SELECT count(*) FROM session_events WHERE type = 'tombstone'").pluck().get()).toBe(2);
    expect(raw.prepare("SELECT count(*) FROM mandate_journal WHERE kind = 'tombstone'").pluck().get()).toBe(2);
    expect(createChainReader(readOnly(raw), sessionEventsChain).walk()).toMatchObject({ broken: null, walked: 14 });
    expect(createChainReader(readOnly(raw), mandateJournalChain).walk()).toMatchObject({ broken: null, walked: 6 });
    raw.close();

    const s = openServices(dir, { now: Date.parse('2032-05-02T10:00:00Z') }, { retentionEnabled: false });
    expect((await startupIntegrity(s))).toMatchObject({ ok: true, sessionEvents: 14, mandateJournal: 6, recomputed: { sessionEvents: 0, mandateJournal: 0 } });
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true, scope: 'full', sqlite: 'ok', sessionEvents: 14, mandateJournal: 6 });
    s.close();
  });

  it('rows and tombstones chained today onto that database hash exactly as the old code hashed them', async () => {
    const dir = await fixtureCopy();
    const clock = { now: Date.parse('2032-05-02T10:00:00Z') };
    const s = openServices(dir, clock, { retentionEnabled: false });
    const paul = await person(s, 'Paul Suivant');
    await session(s, paul, ['Une note après la mise à jour']);
    await call(s, 'recordRehearsal', { personId: paul, date: '2032-05-02', completed: ['open_search'] });
    await call(s, 'erasePerson', { id: paul, confirmName: 'Paul Suivant' });
    const lucie = await person(s, 'Lucie Encore');
    await session(s, lucie, ['Et encore une']);
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true, broken: [] });
    s.close();

    const raw = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
    expect(oldHashesHold(raw, 'session_events')).toBeGreaterThan(14);
    expect(oldHashesHold(raw, 'mandate_journal')).toBeGreaterThan(6);
    // Each log's tombstone keeps its own time format.
    const tombAt = (sql: string) => raw.prepare(sql).pluck().all().at(-1);
    expect(tombAt("SELECT at FROM session_events WHERE type = 'tombstone' ORDER BY rowid")).toBe(clock.now);
    expect(tombAt("SELECT at FROM mandate_journal WHERE kind = 'tombstone' ORDER BY rowid")).toBe(new Date(clock.now).toISOString());
    raw.close();
  });
});
