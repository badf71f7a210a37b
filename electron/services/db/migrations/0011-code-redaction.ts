import { chainHash } from '../chain-links';
import type { Migration } from '../types';
import { newId } from '../../ids';

/**
 * The Quick Assist codes typed for the dictation aid were logged in `code_generated` events
 * (so in the WAL, every backup and the person's export). A code is a one-time secret; the
 * log now only says that it was noted. This takes it out of every stored event, in place,
 * without breaking the session-events chain:
 * - each such row gets its payload without `code` (and `noted: true`), and keeps its stored
 *   hash, so the next row's link still holds;
 * - a redaction marker (a tombstone-kind row, see RedactionPayload in db/tombstone.ts) is
 *   chained at the head: for each row, its stored hash and the hash its redacted content
 *   gives. The walk accepts exactly these rows with exactly this content;
 * - the run is recorded in chain_runs (migration 0010), which the integrity check matches
 *   the marker against.
 * secure_delete (set at open) zeroes the old cell bytes; openDatabase checkpoints the WAL
 * after a migration, so the old pages do not linger there either.
 *
 * The stored hashes still depend on the codes: an expired one-time code could in principle
 * be found again by trying every code against such a hash. It expired long ago.
 */
export const m0011CodeRedaction: Migration = {
  version: 11,
  name: 'code-redaction',
  up(db) {
    interface Row {
      rowid: number;
      id: string;
      session_id: string;
      seq: number;
      type: string;
      at: number;
      payload: string;
      prev_hash: string;
      hash: string;
    }
    const rows = db
      .prepare<[], Row>(
        `SELECT rowid, id, session_id, seq, type, at, payload, prev_hash, hash FROM session_events
         WHERE type = 'code_generated' AND json_valid(payload) AND json_type(payload, '$.code') IS NOT NULL ORDER BY rowid`,
      )
      .all();
    if (rows.length === 0) return;

    db.exec('DROP TRIGGER session_events_no_update');
    const update = db.prepare('UPDATE session_events SET payload = ? WHERE rowid = ?');
    const redacted: [string, string][] = [];
    for (const row of rows) {
      const { code: _secret, ...rest } = JSON.parse(row.payload) as Record<string, unknown>;
      const payload = JSON.stringify({ ...rest, noted: true });
      update.run(payload, row.rowid);
      // The fields session events have always been hashed over, in their order (db/chains.ts).
      redacted.push([row.hash, chainHash(row.prev_hash, [row.id, row.session_id, row.seq, row.type, row.at, payload])]);
    }
    db.exec(`CREATE TRIGGER session_events_no_update BEFORE UPDATE ON session_events
      BEGIN SELECT RAISE(ABORT, 'session events are never edited'); END;`);

    const at = Date.now();
    db.prepare("INSERT INTO chain_runs (reason, at, session_events) VALUES ('redaction', ?, ?)").run(at, rows.length);
    const head = db.prepare<[], string>('SELECT hash FROM session_events ORDER BY rowid DESC LIMIT 1').pluck().get()!;
    const marker = { id: newId(), payload: JSON.stringify({ reason: 'redaction', redacted }) };
    const hash = chainHash(head, [marker.id, null, 0, 'tombstone', at, marker.payload]);
    db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES (?, NULL, 0, 'tombstone', ?, ?, ?, ?)").run(
      marker.id,
      at,
      marker.payload,
      head,
      hash,
    );
  },
};
