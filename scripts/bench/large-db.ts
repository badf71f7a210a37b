import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AppServices } from '../../electron/services/app';
import type { Db } from '../../electron/services/db/types';
import { openServicesHost, type ServicesHost } from '../../electron/services/host';
import type { OsKeyProtection } from '../../electron/services/keys/key-provider';
import { folderKeyFor, GENERATOR_VERSION, generateLargeDb, type GeneratedCounts } from '../generate-large-db';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations';
import { BENCH_PHRASE, osStandIn } from './bench-key';
import { median } from './stats';

/**
 * Figures on the generated large database (2,000 persons, 20,000 sessions, 1,000,000
 * events), encrypted like the app's. The database is generated once into the system's
 * temporary folder, keyed by the generator's version and the schema's (a copy made by a branch
 * whose migrations were numbered otherwise must never be opened as this schema), and reused.
 */

const READY = 'bench-ready.json';

export function largeDbDir(): string {
  return join(tmpdir(), `binome-bench-large-v${GENERATOR_VERSION}-s${LATEST_SCHEMA_VERSION}`);
}

/** The cached database, generated (about a minute) when missing or unfinished. */
export async function ensureLargeDb(log: (line: string) => void = (l) => console.error(l)): Promise<{ dir: string; counts: GeneratedCounts }> {
  const dir = largeDbDir();
  const ready = join(dir, READY);
  if (existsSync(ready)) return { dir, counts: JSON.parse(readFileSync(ready, 'utf8')) as GeneratedCounts };
  log(`Generating the large database in ${dir} (once)…`);
  const counts = await generateLargeDb({ out: dir, key: await folderKeyFor(BENCH_PHRASE), log: (l) => log(`  ${l}`) });
  // Written last: an interrupted generation is started again rather than measured.
  writeFileSync(ready, JSON.stringify(counts));
  return { dir, counts };
}

/** The host as the desktop app opens a folder: the system's key first, the phrase only if it fails. */
const openHost = (dir: string, os: OsKeyProtection | null, phrase: string | null = null) =>
  openServicesHost({ dataDir: dir, settingsFile: { store: {} }, version: 'bench', log: () => {}, keys: { os, launchPhrase: phrase } });

function servicesOf(host: ServicesHost): AppServices {
  const s = host.current();
  if (!s) throw new Error(`large database did not open: ${host.state().status}`);
  return s;
}

/** Everything the person's file screen asks for (PersonScreen and its sections), as the renderer fires it. */
async function openPerson(s: AppServices, personId: string) {
  const results = await Promise.all([
    s.dispatch('getPerson', { id: personId }),
    s.dispatch('listPersonSessions', { personId }),
    s.dispatch('listMandates', { personId }),
    s.dispatch('listRehearsals', { personId }),
    s.dispatch('listMandateJournal', { personId }),
    s.dispatch('listFollowups', { personId }),
  ]);
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw new Error(`open person ${personId}: ${failed.error.message}`);
}

async function search(s: AppServices, text: string) {
  const r = await s.dispatch('searchHistory', { text });
  if (!r.ok) throw new Error(`search ${text}: ${r.error.message}`);
}

/** Words of five letters or more from a spread of stored notes, in a fixed order. */
function searchWords(db: Db, n: number): string[] {
  const bodies = db.prepare("SELECT body FROM session_search WHERE rowid % 97 = 0 LIMIT ?").pluck().all(n * 4) as string[];
  const words = new Set<string>();
  for (const body of bodies) {
    const word = body.split(/[^\p{L}]+/u).find((w) => w.length >= 5 && !words.has(w));
    if (word) words.add(word);
    if (words.size === n) break;
  }
  return [...words];
}

/** A seeded pick, so two runs time the same persons. */
function samplePersons(db: Db, n: number): string[] {
  const ids = db.prepare('SELECT id FROM persons ORDER BY id').pluck().all() as string[];
  let x = 12345;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out.push(ids[x % ids.length]!);
  }
  return out;
}

export async function benchLargeDb(opens = 12, persons = 60): Promise<Record<string, number>> {
  const { dir, counts } = await ensureLargeDb();

  // db_open_phrase_ms: a start with the phrase (a new laptop, browser mode): scrypt at its
  // default cost, then the same open. Its first run also wraps the key for the stand-in system,
  // as the desktop app does after the phrase, so the next starts take the everyday path.
  const os = osStandIn();
  const phraseTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const h = await openHost(dir, i === 0 ? os : null, BENCH_PHRASE);
    phraseTimes.push(performance.now() - t);
    servicesOf(h);
    h.close();
  }

  // db_open_ms: the everyday start — the key file read and validated, the key unwrapped by the
  // system (no scrypt), the encrypted database opened, migrations, start-up integrity check.
  // The first open is a warm-up (file cache), as the app's second start would be.
  (await openHost(dir, os)).close();
  const openTimes: number[] = [];
  for (let i = 0; i < opens; i++) {
    const t = performance.now();
    const h = await openHost(dir, os);
    openTimes.push(performance.now() - t);
    servicesOf(h);
    h.close();
  }

  // open_person_ms: every call of the person's file, over a seeded sample of persons. A
  // warm-up pass first: the first listing after a mandate's end journals its expiry once.
  const host = await openHost(dir, os);
  const s = servicesOf(host);
  const sample = samplePersons(s.db, persons);
  for (const id of sample) await openPerson(s, id);
  const personTimes: number[] = [];
  for (const id of sample) {
    const t = performance.now();
    await openPerson(s, id);
    personTimes.push(performance.now() - t);
  }
  // search_ms: « Historique » search (first page with its total) for words taken from stored
  // notes, so the figure depends on the generated text, not on words we guessed.
  const words = searchWords(s.db, 30);
  for (const text of words) await search(s, text);
  const searchTimes: number[] = [];
  for (const text of words) {
    const t = performance.now();
    await search(s, text);
    searchTimes.push(performance.now() - t);
  }
  host.close();

  return {
    large_db_session_events: counts.sessionEvents,
    db_open_ms: round(median(openTimes)),
    db_open_phrase_ms: round(median(phraseTimes)),
    open_person_ms: round(median(personTimes)),
    search_ms: round(median(searchTimes)),
  };
}

const round = (n: number) => Number(n.toFixed(2));

// Run directly (`node --import tsx scripts/bench/large-db.ts`): only these figures.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchLargeDb()));
}
