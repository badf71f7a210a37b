import type { Migration } from '../types';

/**
 * Facts the database keeps about its folder and its settings, which the folder's other files
 * cannot be trusted with (review findings H3 and H4):
 * - `newest_backup`: the newest rolling backup made of this database (its file name and time),
 *   so a missing or broken newest backup, or a missing folder witness, is noticed;
 * - `retention_setting`: the retention setting as last set through Réglages, so a shorter
 *   value found in settings.json (a file anyone may edit) never purges before it is confirmed.
 * One row per fact, rewritten (records/folder-facts.ts); reading or changing it needs the data key.
 */
export const m0017FolderFacts: Migration = {
  version: 17,
  name: 'folder-facts',
  up(db) {
    db.exec(`
      CREATE TABLE folder_facts (
        name TEXT PRIMARY KEY NOT NULL CHECK (name IN ('newest_backup', 'retention_setting')),
        value TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
