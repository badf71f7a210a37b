import { openTestDb, testFolderKey, testHostKeys } from '../../../helpers/test-key';
import { randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { createServicesHost } from '../../../../electron/services/host';
import { frenchText } from '../../../../shared/messages/format';
import type { IntegrityReport } from '../../../../shared/records/calls';
import { call, startupIntegrity, verifyIntegrity } from '../../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';

/**
 * The witnesses must not cry wolf: what Binôme itself does — erase a person, restore an older
 * copy, run in browser mode without the key, move to another computer — is explained, or
 * said once for what it is.
 */

const tempDir = useTempDirs();
const START = Date.parse('2026-03-02T09:00:00Z');
const MIN = 60_000;

function open(dir: string, clock: { now: number }, key: Buffer | null = null) {
  return createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => new Date(clock.now), chainMacKey: () => key });
}
type S = ReturnType<typeof open>;

async function personWithNotes(s: S, clock: { now: number }, name: string, notes: string[]) {
  const p = await call(s, 'createPerson', { name });
  const v = await call(s, 'startSession', { personId: p.id });
  for (const text of notes) {
    clock.now += MIN;
    await call(s, 'sessionCommand', { sessionId: v.id, command: { type: 'add_note', text } });
  }
  return p.id;
}

const kinds = (r: IntegrityReport) => r.findings.map((f) => f.kind);

describe('witnesses and what Binôme does itself', () => {
  it('an erasure that took the chains’ last rows, after the newest backup, is explained by its recorded run', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const s = open(dir, clock);
    await personWithNotes(s, clock, 'Rose Petit', ['un', 'deux']);
    // Léa's rows are the last of every chain when the backup is made.
    const lea = await personWithNotes(s, clock, 'Léa Martin', ['trois', 'quatre']);
    await call(s, 'sessionCommand', {
      sessionId: (await call(s, 'listOpenSessions', {})).find((o) => o.personId === lea)!.id,
      command: { type: 'close', outcome: 'aborted' },
    });
    // The closing's own backup, off the command's path.
    await expect.poll(() => readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('-session.sqlite.check.json')).length, { timeout: 15_000 }).toBe(1);
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true });
    clock.now += MIN;
    await call(s, 'createBackup', { folder: null });
    clock.now += MIN;
    await call(s, 'erasePerson', { id: lea, confirmName: 'Léa Martin' });
    s.close();
    const again = open(dir, clock);
    expect(await startupIntegrity(again)).toMatchObject({ ok: true, findings: [], broken: [] });
    expect(await verifyIntegrity(again)).toMatchObject({ ok: true, findings: [], broken: [] });
    again.close();
  });

  it('a restore of an older copy made by Binôme is recorded: the copies made before it are not compared', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const h = createServicesHost({ dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => new Date(clock.now), ...testHostKeys(dir) });
    await h.start();
    await call(h, 'createPerson', { name: 'Rose Petit' });
    const older = (await call(h, 'createBackup', { folder: null }))!;
    clock.now += MIN;
    await call(h, 'createPerson', { name: 'Léa Martin' });
    await call(h, 'createBackup', { folder: null });
    clock.now += MIN;
    await h.restore(older.path);
    const restored = await startupIntegrity(h);
    expect(restored).toMatchObject({ ok: true, findings: [], layers: { restoredAt: clock.now, backupCreatedAt: null } });
    h.close();

    // The same rollback done by hand, with no restore recorded, is what the comparison is for.
    const other = tempDir();
    const c2 = { now: START };
    const s = open(other, c2);
    await call(s, 'createPerson', { name: 'Rose Petit' });
    const copy = (await call(s, 'createBackup', { folder: null }))!;
    c2.now += MIN;
    await call(s, 'createPerson', { name: 'Léa Martin' });
    await call(s, 'createBackup', { folder: null });
    s.close();
    // The copy's file put in place of the live one (its encrypted bytes, as someone would copy it).
    for (const suffix of ['-wal', '-shm']) rmSync(join(other, DB_FILE_NAME + suffix), { force: true });
    copyFileSync(copy.path, join(other, DB_FILE_NAME));
    const rolled = open(other, c2);
    expect(kinds(await startupIntegrity(rolled))).toEqual(['backup_behind']);
    rolled.close();
  });

  it('the keyed seal: made at the first start with a key, rows written without it taken in, a new key said once', async () => {
    const key = randomBytes(32);
    const dir = tempDir();
    const clock = { now: START };
    const first = open(dir, clock, key);
    expect(await startupIntegrity(first)).toMatchObject({ ok: true, layers: { seal: 'sealed_now' } });
    await personWithNotes(first, clock, 'Rose Petit', ['un']);
    first.close();

    const second = open(dir, clock, key);
    expect(await startupIntegrity(second)).toMatchObject({ ok: true, layers: { seal: 'verified', unsealedRows: 0 } });
    second.close();

    // Browser mode on the same folder: no key, nothing sealed, and the report says so.
    const browser = open(dir, clock);
    expect(await startupIntegrity(browser)).toMatchObject({ ok: true, layers: { seal: 'inactive' } });
    await personWithNotes(browser, clock, 'Léa Martin', ['deux', 'trois']);
    browser.close();
    const back = open(dir, clock, key);
    const taken = await startupIntegrity(back);
    expect(taken).toMatchObject({ ok: true, findings: [], layers: { seal: 'verified' } });
    expect(taken.layers.unsealedRows).toBeGreaterThanOrEqual(5);
    back.close();
    expect(await startupIntegrity(open(dir, clock, key))).toMatchObject({ ok: true, layers: { seal: 'verified', unsealedRows: 0 } });

    // Another computer (or the key file deleted): said once, then the new seal holds.
    const moved = open(dir, clock, randomBytes(32));
    const r = await startupIntegrity(moved);
    expect(kinds(r)).toEqual(['seal_key_changed']);
    expect(frenchText(r.findings[0]!)).toMatch(/^La clé du sceau des journaux a changé/);
    moved.close();
  });

  it('a seal taken out of the file while the newest backup had one is named', async () => {
    const key = randomBytes(32);
    const dir = tempDir();
    const clock = { now: START };
    const s = open(dir, clock, key);
    await personWithNotes(s, clock, 'Rose Petit', ['un']);
    clock.now += MIN;
    await call(s, 'createBackup', { folder: null });
    s.close();
    const db = openTestDb(join(dir, DB_FILE_NAME));
    db.exec('UPDATE chain_seal SET key_id = NULL, mac = NULL');
    db.close();
    const again = open(dir, clock, key);
    const r = await startupIntegrity(again);
    expect(kinds(r)).toEqual(['seal_mismatch']);
    expect(frenchText(r.findings[0]!)).toBe(
      'Le sceau des journaux, tenu avec une clé tirée de la clé des données, a été retiré du fichier alors que la dernière sauvegarde en avait un.',
    );
    again.close();
  });
});
