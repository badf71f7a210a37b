/**
 * Builds a large, realistic Binôme data folder for benchmarks and manual checks:
 *
 *   npm run generate:large -- --out /tmp/binome-large --key-file PHRASE_FILE [--persons 2000]
 *     [--sessions 20000] [--events 1000000] [--seed 1] [--now 2026-11-28T12:00:00Z]
 *
 * The folder is encrypted like the app's, with a new data key wrapped by the recovery phrase
 * held in PHRASE_FILE (8 words; private to this account): `npm run start:web -- --data-dir DIR
 * --key-file PHRASE_FILE` opens it.
 *
 * Everything goes through the real schema (openDatabase runs the migrations) and the real
 * domain code: mandates are built by createMandate / recordConsent / revokeMandate, session
 * events come out of the step machine (applyCommand) so every log parses and folds, and
 * every row is written through the app's own stores (the hash chains by db/chain.ts). The same
 * seed and `--now` give the same database. At the end the folder is opened with
 * createAppServices and fully verified, which also records the chain checkpoints the way
 * the app's first background check would.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { frenchText } from '../shared/messages/format';
import type { IntegrityReport } from '../shared/records/calls';
import { createAppServices } from '../electron/services/app';
import { openDatabase } from '../electron/services/db/open';
import { keyIdOf, newDataKey } from '../electron/services/keys/data-key';
import { writeKeyFile, type KeyFile } from '../electron/services/keys/key-file';
import type { FolderKey } from '../electron/services/keys/folder-key';
import { wrapWithPhrase } from '../electron/services/keys/phrase-wrap';
import { parsePhrase } from '../electron/services/keys/recovery-phrase';
import { readPhraseFile } from '../electron/services/keys/phrase-file';
import { createStores } from '../electron/services/stores';
import { writePersons } from './large-db/persons';
import type { GeneratedCounts } from './large-db/plan';
import { mulberry32, uuid7 } from './large-db/random';
import { writeSessions } from './large-db/sessions';

export type { GeneratedCounts } from './large-db/plan';

/**
 * Bumped whenever the output changes, so cached databases (benchmarks) are rebuilt.
 * 2: recaps are indexed under their session's rowid by the app's own trigger (version 1
 * gave them rowids of their own, so a recap's words found another session).
 * 3: the notes are indexed in one batch at the end, as the app does before a search
 * (schema 8), and sessions no longer count their events (schema 9).
 * 4: encrypted with the folder’s data key, its key file written beside it.
 * 5: persons and session summaries are journaled in the record journal, closed sessions carry
 * their seal (schema 12), and no security code is logged (schema 11).
 * 6: mandates in text version fr-2026-1, with the association's details and the retention
 * period; persons carry their equipment, unknown (schema 13).
 * 7: encrypted with AEGIS-256 rather than SQLCipher 4's scheme (db/connection.ts).
 * 8: helper profiles (schema 14), today’s plan, the code box, « Fin du partage » (issue 12).
 * 9: session events without the index on their id (migration 0016, numbered 15 on its branch).
 */
export const GENERATOR_VERSION = 9;

export interface GenerateOptions {
  out: string;
  /** The data key the folder is encrypted with; its key file is written into the folder. */
  key: FolderKey;
  persons?: number;
  sessions?: number;
  events?: number;
  seed?: number;
  /** The generation's "today": sessions and mandates lie before it. */
  now?: Date;
  log?: (line: string) => void;
  /** Run the full integrity check at the end (records the checkpoints); on by default. */
  verify?: boolean;
}

/** A new data key wrapped by `phrase` (scrypt at its default cost), as a set-up makes one. */
export async function folderKeyFor(phrase: string): Promise<FolderKey> {
  const parsed = parsePhrase(phrase);
  if (!parsed.ok) throw new Error('Not a recovery phrase: 8 words of the list are expected.');
  const key = newDataKey();
  const file: KeyFile = {
    format: 'binome-key',
    version: 1,
    keyId: keyIdOf(key),
    phraseSetAt: new Date().toISOString(),
    phrase: await wrapWithPhrase(key, keyIdOf(key), parsed.text),
    os: null,
  };
  return { key, file: () => file };
}

/** Builds the data folder; returns what it wrote. */
export async function generateLargeDb(options: GenerateOptions): Promise<GeneratedCounts> {
  const personCount = options.persons ?? 2_000;
  const sessionCount = options.sessions ?? 20_000;
  const eventTarget = options.events ?? 1_000_000;
  const rng = mulberry32(options.seed ?? 1);
  const nowMs = (options.now ?? new Date()).getTime();
  const log = options.log ?? (() => {});
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  writeKeyFile(options.out, options.key.file());
  const db = openDatabase(options.out, options.key.key);
  // A generator, not the app: durability per commit is pointless here and costs minutes.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -200000');

  const counts: GeneratedCounts = { persons: 0, mandates: 0, mandateJournal: 0, sessions: 0, sessionEvents: 0, notes: 0, followups: 0, rehearsals: 0 };

  const stores = createStores(db);
  const { persons, journal } = writePersons(db, stores, rng, personCount, nowMs, counts);
  log(`${counts.persons} persons, ${counts.mandates} mandates (${elapsed()})`);

  // --- the mandate journal, chained in time order ---------------------------------------------
  journal.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  db.transaction(() => {
    stores.journal.chain.append(
      journal.map((e) => ({ id: uuid7(rng, Date.parse(e.at)), mandate_id: e.mandateId, person_id: e.personId, kind: e.kind, at: e.at, payload: JSON.stringify(e.payload) })),
    );
    counts.mandateJournal = journal.length;
  })();
  log(`${counts.mandateJournal} mandate journal rows (${elapsed()})`);

  writeSessions(db, stores, rng, persons, { sessions: sessionCount, events: eventTarget, nowMs }, counts, () =>
    log(`${counts.sessions} sessions, ${counts.sessionEvents} events (${elapsed()})`),
  );
  // The notes join the search index in one batch, as the app indexes them before a search.
  stores.searchIndex.catchUp();
  log(`search index (${elapsed()})`);
  db.close();

  if (options.verify !== false) {
    // Opened as the app opens it; the full check proves the chains and records the checkpoints.
    const services = createAppServices({ key: options.key, dataDir: options.out, settingsFile: { store: {} }, version: 'generator', log: () => {} });
    try {
      const answer = await services.dispatch('verifyIntegrity', {});
      if (!answer.ok) throw new Error(answer.error.message);
      const report = answer.value as IntegrityReport;
      log(`integrity: ${frenchText(report)} (${report.sessionEvents} events, ${report.mandateJournal} journal rows, ${elapsed()})`);
      if (!report.ok) throw new Error(`generated database does not verify: ${report.broken.map(frenchText).join('; ') || report.sqlite}`);
    } finally {
      services.close();
    }
  }
  return counts;
}

// ---------------------------------------------------------------------------------------
// Command line

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const out = argValue(args, 'out');
  const keyFile = argValue(args, 'key-file');
  if (!out || !keyFile) {
    console.error('Usage: npm run generate:large -- --out DIR --key-file PHRASE_FILE [--persons 2000] [--sessions 20000] [--events 1000000] [--seed 1] [--now ISO]');
    process.exit(2);
  }
  const phrase = readPhraseFile(keyFile);
  if ('error' in phrase) {
    console.error(phrase.error);
    process.exit(2);
  }
  const num = (name: string) => {
    const v = argValue(args, name);
    return v === undefined ? undefined : Number(v);
  };
  const nowArg = argValue(args, 'now');
  const counts = await generateLargeDb({
    out,
    key: await folderKeyFor(phrase.phrase),
    persons: num('persons'),
    sessions: num('sessions'),
    events: num('events'),
    seed: num('seed'),
    now: nowArg ? new Date(nowArg) : undefined,
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(counts));
}
