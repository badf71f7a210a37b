import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { frenchText } from '../../../../shared/messages/format';
import { call, openServices, person, session, signedMandate } from '../../../helpers/records-seed';
import { createAppServices } from '../../../../electron/services/app';
import { openTestDb, testFolderKey } from '../../../helpers/test-key';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';

/** Review finding M3: the append-only triggers dropped or altered on the real file, the app stopped. */
const tempDir = useTempDirs();
const T0 = Date.parse('2026-03-02T10:00:00Z');

describe('the append-only triggers', () => {
  it('dropped or altered outside Binôme: a finding at start-up and in the full check, put back before anything is written', async () => {
    const dir = tempDir();
    const s0 = openServices(dir, { now: T0 });
    const rose = await person(s0, 'Rose Petit');
    await signedMandate(s0, rose, '2026-03-02');
    await session(s0, rose, ['Imprimante installée']);
    s0.close();
    const db = openTestDb(join(dir, DB_FILE_NAME));
    db.exec('DROP TRIGGER session_events_no_update');
    db.exec('DROP TRIGGER mandate_journal_no_update');
    // Altered: still there by name, guarding nothing.
    db.exec("CREATE TRIGGER mandate_journal_no_update BEFORE UPDATE ON mandate_journal WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END");
    db.close();

    const s = openServices(dir, { now: T0 + 60_000 });

    const startup = await call(s, 'getStartupIntegrity', {});
    expect(startup.ok).toBe(false);
    const found = startup.findings.find((f) => f.kind === 'triggers_changed')!;
    expect(frenchText(found)).toMatch(/\(session_events_no_update, mandate_journal_no_update\) avaient été supprimées ou modifiées en dehors de Binôme\s:\selles sont remises en place/);
    // Put back: the log refuses an edit again.
    expect(() => s.db.exec("UPDATE session_events SET payload = '{}'")).toThrow(/append-only|never/);
    expect(() => s.db.exec("UPDATE mandate_journal SET payload = '{}'")).toThrow(/never edited|append-only|journal/);
    // The full check that replaces the start-up report keeps saying it, so nothing is purged this run.
    const full = await call(s, 'verifyIntegrity', {});
    expect(full.findings.map((f) => f.kind)).toContain('triggers_changed');
    s.close();

    const again = openServices(dir, { now: T0 + 120_000 });
    expect((await call(again, 'getStartupIntegrity', {})).findings).toEqual([]);
    again.close();
  });
});

describe('findings in the log (review L1)', () => {
  it('are French lines, not Error objects whose stack trace would bury them', async () => {
    const dir = tempDir();
    openServices(dir, { now: T0 }).close();
    const db = openTestDb(join(dir, DB_FILE_NAME));
    db.exec('DROP TRIGGER record_journal_no_delete');
    db.close();
    const logged: unknown[] = [];
    const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: (e) => logged.push(e) });
    s.close();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toEqual(expect.stringMatching(/^Binôme : Attention\s: des enregistrements ont été modifiés en dehors de Binôme\.\n- Les protections/));
  });
});
