import type { Migration } from '../types';

/**
 * A PIN per helper profile (issue 16 §2). Only a slow hash is kept (`pin_hash`: the scrypt
 * parameters, the salt and the hash in one string, helpers/pin-hash.ts), never the PIN. Wrong
 * PINs make the profile wait before the next try (`pin_failures`, `pin_retry_at`), and the
 * wait survives a restart because it lives here rather than in memory. Nothing is ever erased
 * after failures: an association must not lose its records to a mistyped PIN.
 */
export const m0015HelperPins: Migration = {
  version: 15,
  name: 'helper-pins',
  up(db) {
    db.exec(`
      ALTER TABLE helpers ADD COLUMN pin_hash TEXT;
      ALTER TABLE helpers ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE helpers ADD COLUMN pin_retry_at INTEGER;
    `);
  },
};
