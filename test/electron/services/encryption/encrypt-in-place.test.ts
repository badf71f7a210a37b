import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainDatabase, openConnection } from '../../../../electron/services/db/connection';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import type { Db } from '../../../../electron/services/db/types';
import { createServicesHost, openServicesHost } from '../../../../electron/services/host';
import { phraseOnly } from '../../../../electron/services/keys/key-provider';
import { call, verifyIntegrity } from '../../../helpers/call';
import { plainFolder } from '../../../helpers/plain-folder';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { TEST_COST, TEST_KEY, TEST_PHRASE, writeTestKeyFile } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const KILLS = 10;
const options = (dir: string) => ({ dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, scryptCost: TEST_COST });

/**
 * Every row count and rowid span of a database, as the test compares before and after. Left
 * out: what each start itself writes (a retention run, the integrity checkpoints).
 */
function shapeIn(db: Db) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'session_search_%' AND name NOT IN ('retention_runs', 'chain_checkpoints') ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) AS n, min(rowid) AS first, max(rowid) AS last, total(rowid) AS sum FROM "${t}"`).get()]));
}

function shapeOf(path: string, key: typeof TEST_KEY | null) {
  const db = openConnection(path, key, { readonly: true });
  try {
    return shapeIn(db);
  } finally {
    db.close();
  }
}

/** No plain file, no work file left anywhere in the folder. */
function expectNoPlainLeft(dir: string) {
  const files = [...readdirSync(dir).map((n) => join(dir, n)), ...readdirSync(join(dir, 'backups')).map((n) => join(dir, 'backups', n))];
  expect(files.filter((f) => /\.(plain|encrypting|encrypted)(-journal|-wal|-shm)?$/.test(f))).toEqual([]);
  for (const f of files.filter((n) => n.endsWith('.sqlite'))) expect(isPlainDatabase(f), f).toBe(false);
}

describe('an older version’s plain data folder, encrypted in place at the first start', () => {
  it('the set-up makes the key, then the database and its backups are encrypted with every row and rowid kept; the plain files are gone', async () => {
    const dir = tempDir();
    const { names, notes } = await plainFolder(dir);
    const shape = shapeOf(join(dir, DB_FILE_NAME), null);
    const host = createServicesHost({ ...options(dir), keys: phraseOnly(null) });
    expect(await host.start()).toMatchObject({ status: 'setup', plainData: true });
    // Nothing else answers before the set-up.
    expect(await host.dispatch('listPersons', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const phrase = await call(host, 'beginKeySetup');
    const [a, b] = phrase.confirm;
    const steps: string[] = [];
    host.bus.subscribe((name, payload) => name === 'startupChanged' && steps.push((payload as { status: string }).status));
    await call(host, 'confirmKeySetup', { words: [phrase.words[a - 1]!, phrase.words[b - 1]!] });
    expect(host.state().status).toBe('encrypting');
    expect((await host.settled()).status).toBe('ready');
    expect(steps[0]).toBe('encrypting');
    expect(steps.at(-1)).toBe('ready');
    // Every row kept, with its rowid (the log's chain and the search index rely on them).
    expect(shapeIn(host.current()!.db)).toEqual(shape);
    expect((await call(host, 'listPersons')).map((p) => p.name).sort()).toEqual([...names].sort());
    expect(await verifyIntegrity(host)).toMatchObject({ ok: true, sqlite: 'ok', broken: [] });
    expect((await call(host, 'searchHistory', { text: 'xylophone' })).total).toBe(1);
    host.close();

    expectNoPlainLeft(dir);
    for (const f of [join(dir, DB_FILE_NAME), join(dir, 'backups', 'binome-20260301-100000-000-manual.sqlite')]) {
      const bytes = readFileSync(f);
      for (const t of [...names, ...notes]) expect(bytes.includes(Buffer.from(t)), `${t} in ${f}`).toBe(false);
    }
    expect(existsSync(join(dir, 'backups', 'binome-20260301-100000-000-manual.sqlite.key.json'))).toBe(true);
    // The new phrase opens it.
    const again = await openServicesHost({ ...options(dir), keys: phraseOnly(phrase.words.join(' ')) });
    expect((await call(again, 'listPersons')).length).toBe(names.length);
    again.close();
  });

  it(`survives ${KILLS} kills (SIGKILL) at random moments: each next start finishes it and finds every row`, async () => {
    const template = tempDir();
    await plainFolder(template, { events: 30_000 });
    writeTestKeyFile(template);
    const expected = shapeOf(join(template, DB_FILE_NAME), null);

    const run = (dir: string, killAfterMs: number | null) =>
      new Promise<{ killed: boolean; ms: number }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/encrypt-worker.ts', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        let began = 0;
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (!began && out.includes('start\n')) {
            began = performance.now();
            if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
          }
        });
        child.on('exit', (_code, signal) => {
          if (signal === 'SIGKILL') return resolve({ killed: !out.includes('done'), ms: performance.now() - began });
          if (!out.includes('done ready')) return reject(new Error(`worker ended without opening the data: ${out} ${err}`));
          resolve({ killed: false, ms: performance.now() - began });
        });
      });

    // One uninterrupted run says how long the whole encryption takes here; kills fall within it.
    const timing = tempDir();
    cpSync(template, timing, { recursive: true });
    const { ms: whole } = await run(timing, null);
    expect(shapeOf(join(timing, DB_FILE_NAME), TEST_KEY)).toEqual(expected);

    let interrupted = 0;
    for (let i = 0; i < KILLS; i++) {
      const dir = tempDir();
      cpSync(template, dir, { recursive: true });
      const { killed } = await run(dir, Math.random() * whole);
      if (killed) interrupted++;
      // The next start, in this process, finishes whatever was left and opens the data.
      const host = await openServicesHost({ ...options(dir), keys: phraseOnly(TEST_PHRASE) });
      expect(host.state().status).toBe('ready');
      expect(await verifyIntegrity(host)).toMatchObject({ ok: true, broken: [] });
      host.close();
      expect(shapeOf(join(dir, DB_FILE_NAME), TEST_KEY)).toEqual(expected);
      expectNoPlainLeft(dir);
    }
    // Most kills land during the encryption (random moments within its length).
    expect(interrupted).toBeGreaterThanOrEqual(KILLS / 2);
  }, 240_000);
});
