import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPragmas, openDatabase } from '../../electron/services/db/open';
import { createSessionLog } from '../../electron/services/sessions/log';
import { benchFolderKey } from './bench-key';
import { median } from './stats';

const WARM_UP = 50;

/**
 * A durable session-event append (the app's: one IMMEDIATE transaction, chain hash, summary,
 * synchronous=FULL, in the encrypted database) against a raw insert of the same row with the
 * same pragmas into a plain (unencrypted) database, on the same disk: the ratio includes what
 * encryption costs. Both are timed in one loop, one of each per turn, and
 * the order flips every turn, so a busy disk or a slow CPU moment hits both sides alike.
 */
export function benchAppend(iterations = 1000): { append_us_median: number; raw_insert_us_median: number; append_ratio_vs_raw: number } {
  const dir = mkdtempSync(join(tmpdir(), 'binome-bench-append-'));
  try {
    const db = openDatabase(join(dir, 'app'), benchFolderKey().key);
    const log = createSessionLog(db);
    db.prepare("INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p', 'B', 'b', 'x', 'x')").run();
    log.create({ id: 's', personId: 'p', mandateId: null, helperName: '', startedAt: 0, currentStep: 'work' }, []);

    const raw = new Database(join(dir, 'raw.sqlite'));
    applyPragmas(raw);
    raw.exec('CREATE TABLE events (id TEXT PRIMARY KEY, session_id TEXT, seq INTEGER, type TEXT, at INTEGER, payload TEXT, prev_hash TEXT, hash TEXT) STRICT');
    const insert = raw.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)');

    // A note leaves the session's step as it is: the service then asks for no summary change.
    const app = (i: number) => log.append('s', [{ type: 'note_added', at: Date.now(), text: `Étape ${i} : imprimante branchée` }]);
    const plain = (i: number) =>
      insert.run(`0190a0a0-0000-7000-8000-${String(i).padStart(12, '0')}`, 's', i, 'note_added', Date.now(), JSON.stringify({ text: `Étape ${i} : imprimante branchée` }), 'p'.repeat(64), 'h'.repeat(64));
    const timed = (fn: (i: number) => unknown, i: number, into: number[] | null) => {
      const t = performance.now();
      fn(i);
      into?.push(performance.now() - t);
    };
    const appTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < WARM_UP + iterations; i++) {
      const keep = i >= WARM_UP;
      if (i % 2 === 0) {
        timed(app, i, keep ? appTimes : null);
        timed(plain, i, keep ? rawTimes : null);
      } else {
        timed(plain, i, keep ? rawTimes : null);
        timed(app, i, keep ? appTimes : null);
      }
    }
    db.close();
    raw.close();
    const a = median(appTimes) * 1000;
    const r = median(rawTimes) * 1000;
    return { append_us_median: round(a), raw_insert_us_median: round(r), append_ratio_vs_raw: round(a / r, 3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
