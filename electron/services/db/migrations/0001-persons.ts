import type { Migration } from '../types';

/** Persons helped. Ids are UUIDv7 text so two laptops' records can be merged later. */
export const m0001Persons: Migration = {
  version: 1,
  name: 'persons',
  up(db) {
    db.exec(`
      CREATE TABLE persons (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX persons_sort_key ON persons(sort_key);
    `);
  },
};
