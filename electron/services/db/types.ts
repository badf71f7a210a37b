import type Database from 'better-sqlite3-multiple-ciphers';

/** The raw connection: opening, pragmas, migrations, backups. Stores take a branded handle below. */
export type Db = Database.Database;

/** One schema step. A shipped migration is never edited: add a new one instead. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

declare const readable: unique symbol;
declare const writable: unique symbol;

/** A prepared statement as read-only code sees it: no `run`, and no way back to the connection. */
export type ReadStatement<P extends unknown[], R> = Omit<Database.Statement<P, R>, 'run' | 'bind' | 'database' | 'pluck' | 'raw' | 'expand' | 'safeIntegers'> & {
  pluck(toggleState?: boolean): ReadStatement<P, R>;
};

/**
 * What a read model (history, export) is given: statements it can only read with, and
 * read transactions for a consistent snapshot. Without `exec`, `run` or a way to the
 * connection, a function that takes a ReadableDB cannot write: the compiler says so, and
 * `readOnly()` refuses at prepare time any statement that would write.
 */
export interface ReadableDB {
  readonly [readable]: true;
  prepare<P extends unknown[] = unknown[], R = unknown>(source: string): ReadStatement<P, R>;
  // better-sqlite3's own constraint, so that a WritableDB is a ReadableDB.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  transaction<F extends (...args: any[]) => unknown>(fn: F): Database.Transaction<F>;
}

/** The connection as a store is given it: the only code that writes its table. A WritableDB is also readable. */
export type WritableDB = Database.Database & { readonly [readable]: true; readonly [writable]: true };

/** Brands the one open connection (db/open.ts); tools and tests that open their own use it too. */
export const writableDb = (db: Db): WritableDB => db as WritableDB;

/** A read-only view of a connection: every statement is checked not to write when it is prepared. */
export function readOnly(db: Db): ReadableDB {
  return {
    prepare(source: string) {
      const statement = db.prepare(source);
      if (!statement.readonly) throw new Error(`A read model prepared a statement that writes: ${source}`);
      return statement;
    },
    transaction: (fn: () => unknown) => db.transaction(fn),
  } as unknown as ReadableDB;
}
