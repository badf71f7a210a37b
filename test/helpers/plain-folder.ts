import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE_NAME } from '../../electron/services/db/open';
import { generateLargeDb } from '../../scripts/generate-large-db';
import { call, openServices, person, session } from './records-seed';
import { testFolderKey } from './test-key';

/**
 * A data folder as a version before encryption left it: `binome.sqlite` in clear, and a plain
 * rolling backup. Built with today's services (the real schema and stores), then written out in
 * clear: `serialize()` gives the database's pages as SQLite sees them, decrypted.
 */
export async function plainFolder(dir: string, options: { events?: number } = {}): Promise<{ names: string[]; notes: string[] }> {
  const work = join(dir, '.build');
  if (options.events) {
    await generateLargeDb({ out: work, key: testFolderKey, persons: 40, sessions: 400, events: options.events, seed: 5, now: new Date('2026-03-02T10:00:00Z') });
  }
  const s = openServices(work, { now: Date.parse('2026-03-02T10:00:00Z') });
  const rose = await person(s, 'Rose Quillebeuf', 'Parle fort, appeler après 14 h');
  await session(s, rose, ['Imprimante xylophone branchée au salon']);
  await call(s, 'createPerson', { name: 'Paul Zéphyrin' });
  // An older version kept no record of its backups (folder_facts came later).
  s.db.exec('DELETE FROM folder_facts');
  s.db.pragma('wal_checkpoint(TRUNCATE)');
  const image = s.db.serialize();
  s.close();
  mkdirSync(join(dir, 'backups'), { recursive: true });
  writeFileSync(join(dir, DB_FILE_NAME), image);
  writeFileSync(join(dir, 'backups', 'binome-20260301-100000-000-manual.sqlite'), image);
  return { names: ['Rose Quillebeuf', 'Paul Zéphyrin'], notes: ['Imprimante xylophone', 'Parle fort'] };
}
