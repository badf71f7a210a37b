import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPragmas, openDatabase } from '../../electron/services/db/open';
import { createSessionLog } from '../../electron/services/sessions/log';
import { median } from './stats';

/**
 * A durable session-event append (chain hash, summary update, one IMMEDIATE transaction,
 * synchronous=FULL) against a raw better-sqlite3 insert of the same row with the same
 * pragmas, on the same disk, in the same run.
 */
export function benchAppend(iterations = 400): { append_us_median: number; raw_insert_us_median: number; append_ratio_vs_raw: number } {
  const dir = mkdtempSync(join(tmpdir(), 'binome-bench-append-'));
  try {
    const db = openDatabase(join(dir, 'app'));
    const store = createSessionLog(db);
    db.prepare("INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p', 'B', 'b', 'x', 'x')").run();
    store.create({ id: 's', personId: 'p', mandateId: null, helperName: '', startedAt: 0, currentStep: 'work' }, []);

    const raw = new Database(join(dir, 'raw.sqlite'));
    applyPragmas(raw);
    raw.exec('CREATE TABLE events (id TEXT PRIMARY KEY, session_id TEXT, seq INTEGER, type TEXT, at INTEGER, payload TEXT, prev_hash TEXT, hash TEXT) STRICT');
    const insert = raw.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)');

    const appendTimes: number[] = [];
    const rawTimes: number[] = [];
    // Interleaved so that disk state and CPU frequency affect both sides alike.
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      store.append('s', [{ type: 'note_added', at: Date.now(), text: `note ${i}` }], { currentStep: 'work' });
      appendTimes.push(performance.now() - t);
      t = performance.now();
      insert.run(`id${i}`, 's', i, 'note_added', Date.now(), JSON.stringify({ text: `note ${i}` }), 'p'.repeat(64), 'h'.repeat(64));
      rawTimes.push(performance.now() - t);
    }
    db.close();
    raw.close();
    const a = median(appendTimes) * 1000;
    const r = median(rawTimes) * 1000;
    return { append_us_median: round(a), raw_insert_us_median: round(r), append_ratio_vs_raw: round(a / r, 3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
