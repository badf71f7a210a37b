import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLargeDb } from '../../scripts/generate-large-db';
import { createAppServices } from '../../electron/services/app';
import { DB_FILE_NAME } from '../../electron/services/db/open';
import type { SessionView } from '../../shared/session/calls';
import { memorySettingsFile, useTempDirs } from '../helpers/temp-dir';
import { startupIntegrity, verifyIntegrity } from '../helpers/call';
import { openTestDb, testFolderKey } from '../helpers/test-key';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

describe('large-database generator (run small)', () => {
  it('writes a data folder the app opens, whose chains verify, whose sessions load, with the counts it reports', async () => {
    const dir = join(tempDir(), 'data');
    const counts = await generateLargeDb({ out: dir, key: testFolderKey, persons: 20, sessions: 200, events: 8_000, seed: 7, now: NOW });
    expect(counts).toMatchObject({ persons: 20, sessions: 200, sessionEvents: 8_000 });
    expect(counts.mandates).toBeGreaterThanOrEqual(20);
    expect(counts.notes).toBeGreaterThan(0);

    const raw = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
    const count = (sql: string) => raw.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM persons')).toBe(counts.persons);
    expect(count('SELECT count(*) FROM mandates')).toBe(counts.mandates);
    expect(count('SELECT count(*) FROM mandate_journal')).toBe(counts.mandateJournal);
    expect(count('SELECT count(*) FROM sessions')).toBe(counts.sessions);
    expect(count('SELECT count(*) FROM session_events')).toBe(counts.sessionEvents);
    expect(count('SELECT count(*) FROM followups')).toBe(counts.followups);
    // The migration-0005 triggers indexed every note and every closed session's recap.
    expect(count("SELECT count(*) FROM session_search WHERE kind = 'note'")).toBe(counts.notes);
    expect(count("SELECT count(*) FROM session_search WHERE kind = 'recap'")).toBe(count('SELECT count(*) FROM sessions WHERE closed_at IS NOT NULL'));
    // Each index entry sits in its session's rowid range, which is how search finds the session.
    const K = 2 ** 24;
    expect(count(`SELECT count(*) FROM session_search x JOIN sessions s ON s.id = x.session_id WHERE x.rowid / ${K} <> s.rowid`)).toBe(0);
    expect(count("SELECT count(*) FROM mandate_journal WHERE kind = 'signed'")).toBeGreaterThan(0);
    // The generator's own full check left a checkpoint at the end of each chain.
    expect(count("SELECT rows FROM chain_checkpoints WHERE chain = 'session_events'")).toBe(counts.sessionEvents);
    const sessionIds = raw.prepare('SELECT id FROM sessions ORDER BY id').pluck().all() as string[];
    const personIds = raw.prepare('SELECT id FROM persons ORDER BY id').pluck().all() as string[];
    raw.close();

    const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', now: () => NOW, log: () => {} });
    expect((await startupIntegrity(s))).toMatchObject({ ok: true, scope: 'since_checkpoint', sessionEvents: 8_000 });
    const full = await verifyIntegrity(s);
    expect(full).toMatchObject({ ok: true, scope: 'full', sqlite: 'ok', sessionEvents: counts.sessionEvents, mandateJournal: counts.mandateJournal });

    // Every session's log parses and folds (the service throws otherwise); its state matches the summary row.
    for (const sessionId of sessionIds.filter((_, i) => i % 7 === 0)) {
      const r = await s.dispatch('getSession', { sessionId });
      expect(r.ok).toBe(true);
      const view = (r as { value: SessionView }).value;
      expect(view.state.started).toBe(true);
      expect(view.state.anomalies).toEqual([]);
    }
    // What a person's file loads answers for each person, mandates included (attestations verify).
    for (const personId of personIds) {
      const mandates = await s.dispatch('listMandates', { personId });
      expect(mandates.ok).toBe(true);
      const views = (mandates as { value: { mandates: { attestation: string }[] } }).value.mandates;
      expect(views.every((v) => v.attestation !== 'mismatch')).toBe(true);
      expect((await s.dispatch('listPersonSessions', { personId })).ok).toBe(true);
      expect((await s.dispatch('listMandateJournal', { personId })).ok).toBe(true);
    }
    s.close();
  });

  it('gives the same database for the same seed and date', async () => {
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    const options = { key: testFolderKey, persons: 5, sessions: 20, events: 400, seed: 3, now: NOW, verify: false };
    await generateLargeDb({ out: a, ...options });
    await generateLargeDb({ out: b, ...options });
    const head = (dir: string) => {
      const db = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
      const last = db.prepare('SELECT hash FROM session_events ORDER BY rowid DESC LIMIT 1').pluck().get();
      const journal = db.prepare('SELECT hash FROM mandate_journal ORDER BY rowid DESC LIMIT 1').pluck().get();
      db.close();
      return [last, journal];
    };
    expect(head(a)).toEqual(head(b));
  });
});
