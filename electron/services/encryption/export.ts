import { rmSync } from 'node:fs';
import { openConnection } from '../db/connection';
import type { Db } from '../db/types';
import { sqlcipherKey, type DataKey } from '../keys/data-key';
import { fsyncFile } from './erase';

/** Rows copied between two yields to the event loop: the server answers (progress) meanwhile. */
const CHUNK_ROWS = 5_000;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableInfo {
  name: string;
  type: 'table' | 'virtual';
  /** Columns to copy, `rowid` first where the table has one that is not a column of its own. */
  columns: string[];
  rowid: boolean;
}

function tablesOf(db: Db): TableInfo[] {
  const list = db.prepare("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'src' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
    type: 'table' | 'virtual';
    wr: number;
  }[];
  return list.map(({ name, type, wr }) => {
    const cols = db.prepare("SELECT name, type, pk, hidden FROM pragma_table_xinfo(?, 'src') ORDER BY cid").all(name) as { name: string; type: string; pk: number; hidden: number }[];
    const visible = cols.filter((c) => c.hidden === 0).map((c) => c.name);
    const pks = cols.filter((c) => c.pk > 0);
    // A lone INTEGER PRIMARY KEY is the rowid itself: copying the column keeps it.
    const aliased = pks.length === 1 && pks[0]!.type.toUpperCase() === 'INTEGER';
    const rowid = wr === 0 && !aliased;
    return { name, type, rowid, columns: rowid ? ['rowid', ...visible] : visible };
  });
}

/**
 * Copies a Binôme database into a new file encrypted with `destKey`, keeping every rowid.
 *
 * Why not the shorter ways: SQLite's backup API refuses a destination whose encryption differs
 * from the source's; `VACUUM INTO` and SQLite3 Multiple Ciphers' rekey of a plain file (which
 * must make room for the cipher's 80 bytes per page) both rebuild the tables and may renumber
 * the rowids of tables without an INTEGER PRIMARY KEY — and the session log's hash chain and the
 * search index are keyed on rowids. So the schema is replayed and the rows are copied with their
 * rowids, in chunks (a progress bar, and the event loop stays free), the way sqlcipher_export
 * does it but rowid-exact: tables and virtual tables first (FTS5 makes its own shadow tables and
 * re-indexes the copied text), its settings (secure-delete), then indexes, triggers and views once
 * the rows are in (an insert trigger must not fire twice), AUTOINCREMENT counters and user_version.
 *
 * The destination is a work file: written without a journal and synced at the end; a crash
 * leaves a file the caller erases and starts again.
 */
export async function exportDatabase(
  source: string,
  sourceKey: DataKey | null,
  dest: string,
  destKey: DataKey,
  onRows: (copied: number, total: number) => void = () => {},
): Promise<void> {
  rmSync(dest, { force: true });
  const out = openConnection(dest, destKey);
  try {
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    // Tables are filled one after the other, children before their parents at times; the rows are
    // the source's, whose references already hold (this build turns foreign keys on by default).
    out.pragma('foreign_keys = OFF');
    out.prepare('ATTACH ? AS src KEY ?').run(source, sourceKey ? sqlcipherKey(sourceKey) : '');
    const tables = tablesOf(out);
    const schema = out.prepare("SELECT type, name, sql FROM src.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { type: string; name: string; sql: string }[];
    const copied = new Set(tables.map((t) => t.name));
    for (const item of schema) if (item.type === 'table' && copied.has(item.name)) out.exec(item.sql);

    for (const t of tables.filter((x) => x.type === 'virtual')) {
      // Settings of an FTS5 table (secure-delete, automerge…) live in its config shadow table.
      const config = out.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'src' AND name = ?`).get(`${t.name}_config`);
      if (!config) continue;
      const rows = out.prepare(`SELECT k, v FROM src.${quote(`${t.name}_config`)} WHERE k <> 'version'`).all() as { k: string; v: unknown }[];
      // FTS5 reads its commands from literals only (a bound value is refused).
      const literal = (x: unknown) => (typeof x === 'number' ? String(x) : `'${String(x).replace(/'/g, "''")}'`);
      for (const { k, v } of rows) out.exec(`INSERT INTO main.${quote(t.name)} (${quote(t.name)}, rank) VALUES (${literal(k)}, ${literal(v)})`);
    }

    const total = tables.reduce((n, t) => n + (out.prepare(`SELECT count(*) FROM src.${quote(t.name)}`).pluck().get() as number), 0);
    let done = 0;
    onRows(0, total);
    for (const t of tables) {
      const cols = t.columns.map(quote).join(', ');
      if (!t.columns.includes('rowid') && t.type === 'table') {
        // No separate rowid to keep (INTEGER PRIMARY KEY or WITHOUT ROWID): ordered by the key.
        done += out.prepare(`INSERT INTO main.${quote(t.name)} (${cols}) SELECT ${cols} FROM src.${quote(t.name)}`).run().changes;
        onRows(done, total);
        continue;
      }
      const from = `INSERT INTO main.${quote(t.name)} (${cols}) SELECT ${cols} FROM src.${quote(t.name)}`;
      const first = out.prepare(`${from} ORDER BY rowid LIMIT ${CHUNK_ROWS}`);
      const next = out.prepare(`${from} WHERE rowid > ? ORDER BY rowid LIMIT ${CHUNK_ROWS}`);
      const lastOf = out.prepare(`SELECT max(rowid) FROM main.${quote(t.name)}`).pluck();
      for (let after: number | null = null; ; ) {
        const n = out.transaction(() => (after === null ? first.run() : next.run(after)).changes)();
        if (n === 0) break;
        after = lastOf.get() as number;
        done += n;
        onRows(done, total);
        await yieldToLoop();
      }
    }

    const hasSequence = out.prepare("SELECT 1 FROM src.sqlite_master WHERE name = 'sqlite_sequence'").get();
    if (hasSequence) {
      out.exec('DELETE FROM main.sqlite_sequence');
      out.exec('INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM src.sqlite_sequence');
    }
    for (const item of schema) if (item.type === 'index' || item.type === 'trigger' || item.type === 'view') out.exec(item.sql);
    out.pragma(`user_version = ${Number(out.pragma('src.user_version', { simple: true }))}`);
    out.pragma(`application_id = ${Number(out.pragma('src.application_id', { simple: true }))}`);
    out.exec('DETACH src');
  } finally {
    out.close();
  }
  fsyncFile(dest);
}
