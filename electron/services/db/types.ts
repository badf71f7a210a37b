import type Database from 'better-sqlite3';

export type Db = Database.Database;

/** One schema step. A shipped migration is never edited: add a new one instead. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
