import Database from 'better-sqlite3-multiple-ciphers';
import { migrate, schemaVersion } from './migrate';
import { migrations } from './migrations/index';
import type { Db } from './types';

type TriggerSql = Map<string, string>;

let reference: { version: number; triggers: TriggerSql } | null = null;

const triggersOf = (db: Db): TriggerSql =>
  new Map(db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all().map((t) => [t.name, t.sql]));

/** Migrations that re-create a trigger may indent it differently (0011): only the words count. */
const sameStatement = (a: string | undefined, b: string) => a !== undefined && a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The triggers the migrations create, as SQLite keeps their text: an empty database in
 * memory brought to the same schema version (a few milliseconds, once per process). The
 * migrations are the one source; a trigger added by a later migration is known here too.
 */
function expectedTriggers(version: number): TriggerSql {
  if (reference?.version !== version) {
    const scratch = new Database(':memory:');
    try {
      migrate(scratch, migrations, version);
      reference = { version, triggers: triggersOf(scratch) };
    } finally {
      scratch.close();
    }
  }
  return reference.triggers;
}

export interface TriggerCheck {
  /** Triggers of the schema that are gone (an append-only guard dropped). */
  missing: string[];
  /** Triggers whose text is no longer the migration's (one no migration made is not ours to judge). */
  altered: string[];
}

/**
 * The append-only guards (and every other trigger) against what the migrations made, read
 * from sqlite_schema. Someone who edits the file drops them first; the app must not go on
 * writing to tables that then accept UPDATE and DELETE.
 */
export function checkTriggers(db: Db): TriggerCheck {
  const expected = expectedTriggers(schemaVersion(db));
  const live = triggersOf(db);
  const missing = [...expected.keys()].filter((name) => !live.has(name));
  const altered = [...live.entries()].filter(([name, sql]) => expected.has(name) && !sameStatement(expected.get(name), sql)).map(([name]) => name);
  return { missing, altered };
}

/** Puts the migrations' triggers back as they were made, in one transaction; the finding stays in the report. */
export function restoreTriggers(db: Db, found: TriggerCheck): void {
  const expected = expectedTriggers(schemaVersion(db));
  db.transaction(() => {
    for (const name of found.altered) db.exec(`DROP TRIGGER IF EXISTS "${name.replaceAll('"', '""')}"`);
    for (const name of [...found.missing, ...found.altered]) {
      const sql = expected.get(name);
      if (sql) db.exec(sql);
    }
  }).immediate();
}
