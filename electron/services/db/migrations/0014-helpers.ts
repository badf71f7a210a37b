import type { Migration } from '../types';

/**
 * Helper profiles (issue 12 §4): a laptop is shared by several volunteers, so who helped is a
 * profile rather than one settings field. A profile is never deleted once it held a session or
 * signed a mandate, only retired (`retired_at`); `last_used_at` is what preparation offers first.
 * Sessions point at the profile; `helper_name` keeps the name at that time. The old single
 * `helperName` setting becomes the first profile at the next start (helpers/service.ts): the
 * settings file is not in this database, so a migration cannot read it.
 */
export const m0014Helpers: Migration = {
  version: 14,
  name: 'helpers',
  up(db) {
    db.exec(`
      CREATE TABLE helpers (
        id TEXT PRIMARY KEY NOT NULL,
        display_name TEXT NOT NULL,
        quick_assist_name TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        retired_at INTEGER,
        last_used_at INTEGER
      ) STRICT;
      ALTER TABLE sessions ADD COLUMN helper_id TEXT REFERENCES helpers(id);
      CREATE INDEX sessions_helper_profile ON sessions(helper_id, started_at);
    `);
  },
};
