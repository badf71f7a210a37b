import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../electron/services/db/open';
import type { WritableDB } from '../../../electron/services/db/types';
import { toAppErrorValue } from '../../../electron/services/errors';
import { openServicesHost, type ServicesHost } from '../../../electron/services/host';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { call } from '../../helpers/call';
import { openTestDb, testHostKeys } from '../../helpers/test-key';

const tempDir = useTempDirs();

/** French text the services give for each storage fault (electron/services/errors.ts). */
const message = (code: string) => toAppErrorValue(Object.assign(new Error(code), { code })).message;

/** A person with a mandate draft (journalled) and an open session holding a note. */
async function setup() {
  const dir = tempDir();
  const h = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
  const person = await call(h, 'createPerson', { name: 'Rose Petit' });
  // A mandate draft so the mandate journal's chain has rows too.
  await call(h, 'createMandateDraft', {
    personId: person.id,
    helperName: 'Camille Aidante',
    scopeItems: [{ catalogueId: 'task.printer', label: 'Installer ou régler une imprimante' }],
    exclusions: [],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
    sessionMinutes: 45,
    place: 'Lyon',
  });
  const session = await call(h, 'startSession', { personId: person.id });
  await call(h, 'sessionCommand', { sessionId: session.id, command: { type: 'add_note', text: 'Imprimante branchée.' } });
  return { h, dir, person, session };
}

/** Row counts of every table, the session as the helper sees it, and both chains as verified. */
async function snapshot(h: ServicesHost, sessionId: string) {
  const db = h.current()!.db;
  // chain_checkpoints is bookkeeping: the full check below moves it on success.
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'chain_checkpoints' ORDER BY name").pluck().all() as string[];
  const counts = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()]));
  // serverNow is the clock at the time of the call, not stored state.
  const { serverNow: _now, ...session } = await call(h, 'getSession', { sessionId });
  const { ok, sessionEvents, mandateJournal, broken } = await call(h, 'verifyIntegrity');
  return { counts, session, chains: { ok, sessionEvents, mandateJournal, broken }, persons: await call(h, 'listPersons') };
}

/**
 * A full disk leaves no free page in the file either: the pages a migration's rebuilt table left
 * free (0016) are taken by a filler table, so that capping the file at its size leaves no room.
 */
function takeFreePages(db: WritableDB) {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  if (free === 0) return;
  db.exec('CREATE TABLE disk_filler (b BLOB NOT NULL) STRICT');
  db.prepare('INSERT INTO disk_filler (b) VALUES (zeroblob(?))').run(free * 4096);
  expect(db.pragma('freelist_count', { simple: true })).toBe(0);
}

/** The writes every fault is tried against: a session command and a person save. */
async function tryWrites(h: ServicesHost, ids: { person: { id: string }; session: { id: string } }) {
  return [
    await h.dispatch('sessionCommand', { sessionId: ids.session.id, command: { type: 'add_note', text: 'Une note qui ne doit pas rester. '.repeat(110) } }),
    await h.dispatch('updatePerson', { id: ids.person.id, name: 'Rose Petit-Durand', phone: '', notes: 'x'.repeat(4000) }),
  ];
}

describe('storage faults through dispatch: a clear French error and nothing half-written', () => {
  it('disk full (SQLITE_FULL through max_page_count)', async () => {
    const { h, ...ids } = await setup();
    takeFreePages(h.current()!.db);
    const before = await snapshot(h, ids.session.id);
    expect(before.chains).toMatchObject({ ok: true, sessionEvents: expect.any(Number), mandateJournal: 1 });
    expect(before.chains.sessionEvents).toBeGreaterThan(0);
    const db = h.current()!.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    for (const r of await tryWrites(h, ids)) expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: message('SQLITE_FULL') } });
    db.pragma('max_page_count = 1073741823');
    expect(await snapshot(h, ids.session.id)).toEqual(before);
    h.close();
  });

  it('read-only data (SQLITE_READONLY through query_only)', async () => {
    const { h, ...ids } = await setup();
    const before = await snapshot(h, ids.session.id);
    const db = h.current()!.db;
    db.pragma('query_only = ON');
    for (const r of await tryWrites(h, ids)) expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: message('SQLITE_READONLY') } });
    db.pragma('query_only = OFF');
    expect(await snapshot(h, ids.session.id)).toEqual(before);
    h.close();
  });

  it('locked by another program (SQLITE_BUSY: a second connection holds BEGIN EXCLUSIVE)', async () => {
    const { h, dir, ...ids } = await setup();
    const before = await snapshot(h, ids.session.id);
    h.current()!.db.pragma('busy_timeout = 50');
    const other = openTestDb(join(dir, DB_FILE_NAME));
    other.exec('BEGIN EXCLUSIVE');
    try {
      for (const r of await tryWrites(h, ids)) expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: message('SQLITE_BUSY') } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await snapshot(h, ids.session.id)).toEqual(before);
    h.close();
  });

  it('a backup to a folder that is in fact a file', async () => {
    const { h, ...ids } = await setup();
    const before = await snapshot(h, ids.session.id);
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const expected = { ok: false, error: { code: 'storage', message: message('EEXIST') } };
    expect(await h.dispatch('createBackup', { folder: { path: file } })).toMatchObject(expected);
    expect(await h.dispatch('createBackup', { folder: { path: join(file, 'Sauvegardes') } })).toMatchObject({ ok: false, error: { code: 'storage', message: message('ENOTDIR') } });
    expect(message('EEXIST')).toMatch(/pas un dossier/);
    expect(await snapshot(h, ids.session.id)).toEqual(before);
    expect(await call(h, 'listBackups')).toEqual([]);
    h.close();
  });

  it('a failed restore leaves the live database untouched', async () => {
    const { h, ...ids } = await setup();
    const before = await snapshot(h, ids.session.id);
    const junk = join(tempDir(), 'cle.sqlite');
    writeFileSync(junk, Buffer.alloc(8192, 7));
    const r = await h.dispatch('restoreBackup', { source: { path: junk } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'restore.unreadable', message: expect.stringMatching(/sauvegarde Binôme lisible/) } });
    expect(await snapshot(h, ids.session.id)).toEqual(before);
    h.close();
  });
});
