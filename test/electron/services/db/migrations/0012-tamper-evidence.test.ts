import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../../electron/services/app';
import { createChainReader } from '../../../../../electron/services/db/chain';
import { GENESIS_HASH } from '../../../../../electron/services/db/chain-links';
import { recordJournalChain } from '../../../../../electron/services/db/chains';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { readOnly } from '../../../../../electron/services/db/types';
import { personDigest, sessionDigest } from '../../../../../shared/records/digests';
import { verifyIntegrity } from '../../../../helpers/call';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { testFolderKey } from '../../../../helpers/test-key';
import { memorySettingsFile, useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const KEPT = ['persons', 'session_events', 'mandate_journal', 'followups', 'session_search', 'chain_runs', 'retention_runs'];

describe('migration 0012 tamper evidence', () => {
  it('keeps every row of version 11, journals every person and session as they stand, and gives every chain a checkpoint', () => {
    const dir = tempDir();
    const db = databaseAt(dir, 11);
    seedSessions(db);
    db.prepare("UPDATE sessions SET closed_at = 3000, outcome = 'aborted', recap = 'Voici le résumé.' WHERE id = 's1'").run();
    db.prepare("INSERT INTO chain_checkpoints (chain, last_rowid, last_hash, rows, verified_at) VALUES ('session_events', 4, (SELECT hash FROM session_events WHERE rowid = 4), 4, 7)").run();
    const before = KEPT.map((t) => rowsOf(db, t));
    const sessions = rowsOf(db, 'sessions') as Record<string, unknown>[];
    const checkpoint = rowsOf(db, 'chain_checkpoints')[0] as Record<string, unknown>;
    migrate(db, migrations, 12);

    expect(KEPT.filter((t) => t !== 'chain_runs').map((t) => rowsOf(db, t))).toEqual(before.filter((_, i) => KEPT[i] !== 'chain_runs'));
    expect(rowsOf(db, 'sessions')).toEqual(sessions.map((s) => ({ ...s, seal: null })));
    // The existing checkpoint is kept; the other chains start at their first row.
    const { rowid: _rowid, ...cp } = checkpoint;
    expect((rowsOf(db, 'chain_checkpoints') as Record<string, unknown>[]).map(({ rowid: _r, ...c }) => c)).toEqual([
      cp,
      { chain: 'mandate_journal', last_rowid: 0, last_hash: GENESIS_HASH, rows: 0, verified_at: 0 },
      { chain: 'record_journal', last_rowid: 0, last_hash: GENESIS_HASH, rows: 0, verified_at: 0 },
    ]);

    // One digest per person and per session, chained and matching the rows.
    const journal = rowsOf(db, 'record_journal') as { subject_id: string; person_id: string; kind: string; payload: string }[];
    const person = db.prepare('SELECT id, name, phone, notes FROM persons').get() as { id: string; name: string; phone: string; notes: string };
    const s1 = db.prepare("SELECT id, person_id, mandate_id, helper_name, started_at, closed_at, outcome, recap, seal FROM sessions WHERE id = 's1'").get() as Parameters<typeof sessionDigest>[0];
    expect(journal.map((r) => [r.kind, r.subject_id, r.person_id])).toEqual([
      ['person_saved', 'p1', 'p1'],
      ['session_summary', 's1', 'p1'],
      ['session_summary', 's2', 'p1'],
    ]);
    expect(JSON.parse(journal[0]!.payload)).toEqual({ digest: personDigest(person) });
    expect(JSON.parse(journal[1]!.payload)).toEqual({ digest: sessionDigest(s1) });
    expect(createChainReader(readOnly(db), recordJournalChain).verify()).toBeNull();
    expect(rowsOf(db, 'chain_seal')).toEqual([{ id: 1, key_id: null, heads: '{}', mac: null }]);
    expect(rowsOf(db, 'restore_log')).toEqual([]);
    expect(rowsOf(db, 'chain_runs')).toEqual([]);

    // The journal is append-only like the other chains; only known chains have a checkpoint.
    expect(() => db.exec("UPDATE record_journal SET payload = '{}'")).toThrow(/never edited/);
    expect(() => db.exec('DELETE FROM record_journal')).toThrow(/never deleted/);
    expect(() => db.exec("INSERT INTO chain_checkpoints VALUES ('persons', 0, 'h', 0, 0)")).toThrow(/CHECK/);
    db.close();
  });

  it('the migrated file opens and verifies in full: digests, checkpoints and runs agree', async () => {
    const dir = tempDir();
    const db = databaseAt(dir, 11);
    seedSessions(db);
    db.close();
    const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true, broken: [], findings: [] });
    s.close();
  });
});
