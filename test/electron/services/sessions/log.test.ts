import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { readOnly } from '../../../../electron/services/db/types';
import { createChainReader } from '../../../../electron/services/db/chain';
import { sessionEventsChain } from '../../../../electron/services/db/chains';
import { useTempDirs } from '../../../helpers/temp-dir';
import { openTestDb } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const KILLS = 24;

/** Runs the worker, kills it with SIGKILL after `afterMs`, returns the last seq it confirmed. */
function runAndKill(dataDir: string, sessionId: string, personId: string, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/append-worker.ts', dataDir, sessionId, personId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let lastConfirmed = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        const m = /^ok (\d+)$/.exec(line);
        if (m) lastConfirmed = Number(m[1]);
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastConfirmed) : reject(new Error(`worker ended without being killed: ${err}`))));
  });
}

describe('durability under SIGKILL', () => {
  it(`every confirmed event survives ${KILLS} kills at random moments; the file stays sound and the chain verifies`, async () => {
    const dir = tempDir();
    const sessionId = '0190a0a0-0000-7000-8000-00000000000a';
    const personId = '0190a0a0-0000-7000-8000-00000000000b';
    let confirmedTotal = 0;
    for (let i = 0; i < KILLS; i++) {
      const confirmed = await runAndKill(dir, sessionId, personId, 5 + Math.floor(Math.random() * 120));
      const db = openTestDb(join(dir, DB_FILE_NAME));
      const seqs = db.prepare('SELECT seq FROM session_events WHERE session_id = ? ORDER BY seq').pluck().all(sessionId) as number[];
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Everything confirmed is there, with no hole in the sequence.
      expect(seqs.length).toBeGreaterThanOrEqual(confirmed);
      expect(seqs).toEqual(seqs.map((_, k) => k + 1));
      // The summary was written with the last event kept, in its transaction.
      const step = db.prepare('SELECT current_step FROM sessions WHERE id = ?').pluck().get(sessionId);
      expect(step).toBe(seqs.length ? `after-${seqs.length}` : 'preparation');
      db.close();
      confirmedTotal = Math.max(confirmedTotal, confirmed);
    }
    expect(confirmedTotal).toBeGreaterThan(0);

    const db = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
    expect(createChainReader(readOnly(db), sessionEventsChain).verify()).toBeNull();
    db.close();
  }, 120_000);
});
