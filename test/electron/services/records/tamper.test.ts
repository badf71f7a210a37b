import type Database from 'better-sqlite3-multiple-ciphers';
import { openTestDb, testFolderKey } from '../../../helpers/test-key';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { chainHash } from '../../../../electron/services/db/chain-links';
import { CHAINS, type ChainName } from '../../../../electron/services/db/chains';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { FOLDER_WITNESS_FILE } from '../../../../electron/services/records/folder-witness';
import { gapsOf } from '../../../../electron/services/db/tombstone';
import { frenchText } from '../../../../shared/messages/format';
import type { IntegrityReport } from '../../../../shared/records/calls';
import type { SessionCommand } from '../../../../shared/session/commands';
import { call, startupIntegrity, verifyIntegrity } from '../../../helpers/call';
import { PNG } from '../../../helpers/records-seed';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';

/**
 * Each kind of tampering issue 15 lists, done the way someone who knows the chains would do
 * it: on the real SQLite file, with the app stopped, triggers dropped, hashes recomputed
 * where that helps them. Each must be found and named in French, by the start-up check or
 * the full one.
 */

const tempDir = useTempDirs();
const START = Date.parse('2026-03-02T09:00:00Z');
const MIN = 60_000;

type Clock = { now: number };

function open(dir: string, clock: Clock, key: Buffer | null = null) {
  const errors: unknown[] = [];
  const s = createAppServices({ key: testFolderKey,
    dataDir: dir,
    settingsFile: memorySettingsFile(),
    version: 't',
    log: (e) => errors.push(e),
    now: () => new Date(clock.now),
    chainMacKey: () => key,
  });
  return { s, errors };
}
type S = ReturnType<typeof open>['s'];

const cmd = (s: S, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

const backupsIn = (dir: string) => (existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.sqlite')) : []);

async function closedSession(s: S, dir: string, clock: Clock, personId: string, notes: string[]) {
  const v = await call(s, 'startSession', { personId });
  for (const text of notes) {
    clock.now += MIN;
    await cmd(s, v.id, { type: 'add_note', text });
  }
  clock.now += MIN;
  const before = backupsIn(dir).length;
  await cmd(s, v.id, { type: 'close', outcome: 'aborted' });
  // The closing makes its own backup, off the command's path.
  await expect.poll(() => backupsIn(dir).length, { timeout: 15_000 }).toBe(before + 1);
  return v.id;
}

/**
 * A person under a signed mandate with two closed sessions, a full check (checkpoints at the
 * end of every chain), then a backup (its sidecar holds those heads and checkpoints).
 */
async function world(dir: string, clock: Clock, key: Buffer | null = null) {
  const { s } = open(dir, clock, key);
  const rose = await call(s, 'createPerson', { name: 'Rose Petit', phone: '04 78 00 00 00', notes: 'Appeler après 14 h' });
  const draft = await call(s, 'createMandateDraft', {
    personId: rose.id,
    helperName: 'Camille Aidante',
    scopeItems: [{ label: 'Installer l’imprimante' }],
    exclusions: ['Aucune opération bancaire'],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
    sessionMinutes: 45,
    place: 'Lyon',
  });
  await call(s, 'recordMandateConsent', { id: draft.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: draft.contentHash });
  const first = await closedSession(s, dir, clock, rose.id, ['Imprimante branchée au salon', 'Pilote installé', 'Page de test imprimée']);
  const second = await closedSession(s, dir, clock, rose.id, ['Cartouche noire changée', 'Rappel : ne jamais donner le code']);
  expect(await verifyIntegrity(s)).toMatchObject({ ok: true, findings: [] });
  clock.now += MIN;
  await call(s, 'createBackup', { folder: null });
  s.close();
  return { personId: rose.id, first, second };
}

/** The database file, as anyone with access to the folder can open it. */
function raw<T>(dir: string, fn: (db: Database.Database) => T): T {
  const db = openTestDb(join(dir, DB_FILE_NAME));
  try {
    // Whoever tampers first drops what stops them: the app itself can never edit or delete a row.
    // They then put the guards back as they were (a dropped guard is a finding of its own: db/triggers.test.ts).
    const guards = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_no_%'").all();
    for (const t of guards) db.exec(`DROP TRIGGER ${t.name}`);
    const result = fn(db);
    for (const t of guards) db.exec(t.sql);
    return result;
  } finally {
    db.close();
  }
}

/** Recomputes every link and hash of `table` from `fromRowid` to its end, as the app's own code would. */
function rechain(db: Database.Database, table: ChainName, fromRowid: number) {
  const fields = CHAINS[table].fields as readonly string[];
  const rows = db.prepare<[number], Record<string, string | number | null> & { rowid: number; prev_hash: string; hash: string }>(
    `SELECT rowid, ${fields.join(', ')}, prev_hash, hash FROM ${table} WHERE rowid >= ? ORDER BY rowid`,
  ).all(fromRowid);
  const update = db.prepare(`UPDATE ${table} SET prev_hash = ?, hash = ? WHERE rowid = ?`);
  let prev = rows[0]!.prev_hash;
  for (const row of rows) {
    const hash = chainHash(prev, fields.map((f) => row[f]!));
    update.run(prev, hash, row.rowid);
    prev = hash;
  }
}

/** …and moves the checkpoint onto the rewritten row, so the start-up walk finds nothing to recompute. */
function forgeCheckpoint(db: Database.Database, table: ChainName) {
  db.prepare(`UPDATE chain_checkpoints SET last_hash = (SELECT hash FROM ${table} WHERE rowid = last_rowid) WHERE chain = ?`).run(table);
}

/** Every sentence of a report, in French. */
const said = (r: IntegrityReport) => [...r.broken, ...r.findings].map(frenchText);
const kinds = (r: IntegrityReport) => r.findings.map((f) => f.kind);

function editNote(db: Database.Database, sessionId: string, text: string): number {
  const row = db.prepare<[string], { rowid: number }>("SELECT rowid FROM session_events WHERE session_id = ? AND type = 'note_added' ORDER BY seq LIMIT 1").get(sessionId)!;
  db.prepare('UPDATE session_events SET payload = ? WHERE rowid = ?').run(JSON.stringify({ text }), row.rowid);
  return row.rowid;
}

describe('tamper evidence against someone who knows the chains', () => {
  it('a database nobody touched verifies with every witness, and says which layers it used', async () => {
    const dir = tempDir();
    const clock = { now: START };
    await world(dir, clock);
    const { s, errors } = open(dir, clock);
    const startup = await startupIntegrity(s);
    expect(startup).toMatchObject({ ok: true, broken: [], findings: [], layers: { seal: 'inactive', summaries: false } });
    expect(startup.layers.backupCreatedAt).toBe(clock.now);
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true, findings: [], layers: { summaries: true } });
    expect(errors).toEqual([]);
    s.close();
  });

  it('an edited event whose later hashes were recomputed (checkpoint forged to match): the backup and the seal code both show it', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { first } = await world(dir, clock);
    raw(dir, (db) => {
      const rowid = editNote(db, first, 'Imprimante jamais branchée');
      rechain(db, 'session_events', rowid);
      forgeCheckpoint(db, 'session_events');
    });
    const { s } = open(dir, clock);
    const startup = await startupIntegrity(s);
    expect(startup.broken).toEqual([]);
    expect(kinds(startup)).toEqual(['backup_fork']);
    expect(said(startup)).toEqual([expect.stringContaining('Le journal des séances ne prolonge plus la sauvegarde du 2 mars 2026')]);
    const full = await verifyIntegrity(s);
    expect(kinds(full)).toEqual(['backup_fork', 'session_seal_changed']);
    expect(said(full)[1]).toBe(
      'Le journal de la séance du 2 mars 2026 avec Rose Petit ne correspond plus à son code de scellement : un de ses événements a été modifié en dehors de Binôme.',
    );
    expect(full.findings[1]!.subjectId).toBe(first);
    s.close();

    // With every backup deleted as well, the folder witness names the newest one and the heads it held…
    rmSync(join(dir, 'backups'), { recursive: true });
    const again = open(dir, clock).s;
    expect(await startupIntegrity(again)).toMatchObject({ ok: false, layers: { backupCreatedAt: null } });
    expect(kinds(await startupIntegrity(again))).toEqual(['backup_missing', 'backup_fork']);
    again.close();
    // …and with the witness deleted too, the database still records that backup; the session's seal still gives it away.
    rmSync(join(dir, FOLDER_WITNESS_FILE));
    const third = open(dir, clock).s;
    expect(kinds(await startupIntegrity(third))).toEqual(['witness_missing']);
    expect(kinds(await verifyIntegrity(third))).toEqual(['witness_missing', 'session_seal_changed']);
    third.close();
  });

  it('the last rows deleted: the checkpoint no longer finds its row, and the chain went back from the backup', async () => {
    const dir = tempDir();
    const clock = { now: START };
    await world(dir, clock);
    raw(dir, (db) => db.exec('DELETE FROM session_events WHERE rowid > (SELECT max(rowid) - 3 FROM session_events)'));
    const { s, errors } = open(dir, clock);
    const r = await startupIntegrity(s);
    expect(r.ok).toBe(false);
    expect(kinds(r)).toEqual(['checkpoint_changed', 'backup_behind']);
    expect(said(r)[0]).toMatch(/^Le point de contrôle du journal des séances ne retrouve plus sa ligne n° \d+ : elle a été supprimée ou modifiée en dehors de Binôme/);
    expect(said(r)[1]).toMatch(/^Le journal des séances est revenu en arrière par rapport à la sauvegarde du 2 mars 2026/);
    expect(errors).toHaveLength(1);
    s.close();

    // The checkpoint moved onto the new last row as well: the backup still says it.
    raw(dir, (db) => db.exec("UPDATE chain_checkpoints SET last_rowid = (SELECT max(rowid) FROM session_events), last_hash = (SELECT hash FROM session_events ORDER BY rowid DESC LIMIT 1), rows = rows - 3 WHERE chain = 'session_events'"));
    const again = open(dir, clock).s;
    expect(kinds(await startupIntegrity(again))).toEqual(['backup_behind']);
    again.close();
  });

  it('rows deleted in the middle behind a forged tombstone: no recorded run matches it, and the session seal no longer holds', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { first } = await world(dir, clock);
    const forge = (db: Database.Database) => {
      const doomed = db.prepare<[string], { rowid: number; prev_hash: string; hash: string }>("SELECT rowid, prev_hash, hash FROM session_events WHERE session_id = ? AND type = 'note_added' ORDER BY rowid").all(first);
      db.prepare(`DELETE FROM session_events WHERE rowid IN (${doomed.map((d) => d.rowid).join(',')})`).run();
      // A tombstone exactly like the purge's, chained onto the head.
      const head = db.prepare<[], string>('SELECT hash FROM session_events ORDER BY rowid DESC LIMIT 1').pluck().get()!;
      const payload = JSON.stringify({ reason: 'erasure', removed: doomed.length, gaps: gapsOf(doomed) });
      const fields = ['forged', null, 0, 'tombstone', clock.now, payload] as const;
      db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES (?, NULL, 0, 'tombstone', ?, ?, ?, ?)").run(
        'forged',
        clock.now,
        payload,
        head,
        chainHash(head, fields),
      );
      return doomed.length;
    };
    const removed = raw(dir, forge);
    const { s } = open(dir, clock);
    const startup = await startupIntegrity(s);
    expect(startup.broken).toEqual([]);
    expect(kinds(startup)).toEqual(['tombstone_unrecorded']);
    expect(said(startup)[0]).toBe(
      `Dans le journal des séances, une marque de suppression du 2 mars 2026 (${removed} lignes) ne correspond à aucun effacement ni à aucune purge enregistrés : des lignes ont été supprimées en dehors de Binôme.`,
    );
    expect(kinds(await verifyIntegrity(s))).toEqual(['tombstone_unrecorded', 'session_seal_changed']);
    s.close();

    // A run record forged to match, dated before the newest backup: the backup does not know it.
    raw(dir, (db) => db.prepare("INSERT INTO chain_runs (reason, at, session_events) VALUES ('erasure', ?, ?)").run(clock.now - 2 * MIN, removed));
    raw(dir, (db) => db.prepare("UPDATE session_events SET at = ? WHERE id = 'forged'").run(clock.now - 2 * MIN));
    raw(dir, (db) => {
      rechain(db, 'session_events', db.prepare<[], number>("SELECT rowid FROM session_events WHERE id = 'forged'").pluck().get()!);
      forgeCheckpoint(db, 'session_events');
    });
    const again = open(dir, clock).s;
    expect(kinds(await startupIntegrity(again))).toEqual(['run_unknown_to_backup']);
    expect(kinds(await verifyIntegrity(again))).toEqual(['run_unknown_to_backup', 'session_seal_changed']);
    again.close();
  });

  it('a forged checkpoint: deleted, or set back to have a rewritten stretch walked as new', async () => {
    const dir = tempDir();
    const clock = { now: START };
    await world(dir, clock);
    raw(dir, (db) => db.exec("DELETE FROM chain_checkpoints WHERE chain = 'mandate_journal'"));
    const { s } = open(dir, clock);
    const r = await startupIntegrity(s);
    expect(kinds(r)).toEqual(['checkpoint_missing']);
    expect(said(r)).toEqual(['Le point de contrôle du journal des mandats a été supprimé en dehors de Binôme.']);
    s.close();

    const other = tempDir();
    const clock2 = { now: START };
    await world(other, clock2);
    raw(other, (db) => db.exec(`UPDATE chain_checkpoints SET last_rowid = 0, last_hash = '${'0'.repeat(64)}', rows = 0 WHERE chain = 'record_journal'`));
    const t = open(other, clock2).s;
    const reset = await startupIntegrity(t);
    expect(kinds(reset)).toEqual(['checkpoint_changed']);
    expect(said(reset)).toEqual(['Le point de contrôle du journal des fiches est revenu en arrière par rapport à la sauvegarde du 2 mars 2026 : il a été modifié en dehors de Binôme.']);
    t.close();
  });

  it('an edited session summary (outcome, helper, recap): it no longer matches the record journal nor the log', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { second } = await world(dir, clock);
    raw(dir, (db) => db.prepare("UPDATE sessions SET outcome = 'completed', helper_name = 'Dominique', recap = 'Tout est fait.' WHERE id = ?").run(second));
    const { s } = open(dir, clock);
    // Not in the start-up check (it reads no summary): the full check runs right after it.
    expect(await startupIntegrity(s)).toMatchObject({ ok: true });
    const full = await verifyIntegrity(s);
    expect(kinds(full)).toEqual(['summary_changed', 'summary_contradicts_log', 'session_seal_changed']);
    expect(said(full).slice(0, 2)).toEqual([
      'Le résumé de la séance du 2 mars 2026 avec Rose Petit (issue, aidant·e, récapitulatif ou code de scellement) a été modifié en dehors de Binôme.',
      'Séance du 2 mars 2026 avec Rose Petit : l’issue ou l’heure de fin affichées ne sont pas celles de son journal.',
    ]);
    expect(full.findings.every((f) => f.subjectId === second)).toBe(true);
    s.close();

    // Only the helper's name, seal recomputed to match: the record journal still says otherwise.
    const other = tempDir();
    const clock2 = { now: START };
    const w = await world(other, clock2);
    raw(other, (db) => db.prepare("UPDATE sessions SET helper_name = 'Dominique' WHERE id = ?").run(w.second));
    const t = open(other, clock2).s;
    expect(kinds(await verifyIntegrity(t))).toEqual(['summary_changed', 'session_seal_changed']);
    t.close();
  });

  it('an edited person field: the file no longer matches its digest in the record journal', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { personId } = await world(dir, clock);
    raw(dir, (db) => db.prepare("UPDATE persons SET notes = 'A donné son code de carte bancaire' WHERE id = ?").run(personId));
    const { s } = open(dir, clock);
    const full = await verifyIntegrity(s);
    expect(kinds(full)).toEqual(['person_changed']);
    expect(said(full)).toEqual(['La fiche de Rose Petit (nom, téléphone ou notes) a été modifiée en dehors de Binôme.']);
    expect(full.findings[0]!.subjectId).toBe(personId);
    // An edit through Binôme is journaled with it: nothing to report.
    await call(s, 'updatePerson', { id: personId, name: 'Rose Petit', phone: '04 78 00 00 00', notes: 'Appeler le matin' });
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true, findings: [] });
    s.close();
  });

  it('a chain rolled back to an older copy: the newest backup holds rows the live chains lost', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { personId } = await world(dir, clock);
    const older = join(tempDir(), 'older.sqlite');
    copyFileSync(join(dir, DB_FILE_NAME), older);
    // Life goes on: another session, closed, backed up.
    const { s } = open(dir, clock);
    clock.now += 10 * MIN;
    await closedSession(s, dir, clock, personId, ['Scanner installé']);
    s.close();
    // The file is put back as it was, behind Binôme's back.
    copyFileSync(older, join(dir, DB_FILE_NAME));
    const again = open(dir, clock).s;
    const r = await startupIntegrity(again);
    expect(kinds(r)).toEqual(['backup_behind', 'backup_behind']);
    expect(r.findings.map((f) => f.table)).toEqual(['session_events', 'record_journal']);
    expect(said(r)[0]).toMatch(/^Le journal des séances est revenu en arrière par rapport à la sauvegarde du 2 mars 2026 : des lignes qu’elle contient ont disparu/);
    again.close();
  });

  it('with the key, a chain recomputed to the end no longer matches the seal; nor does a seal rewritten without the key', async () => {
    const key = randomBytes(32);
    const dir = tempDir();
    const clock = { now: START };
    const { first } = await world(dir, clock, key);
    // The backups are gone too, and the folder witness (the database's record of its newest backup is rewritten below): only the keyed seal is left to tell.
    rmSync(join(dir, 'backups'), { recursive: true });
    rmSync(join(dir, FOLDER_WITNESS_FILE));
    raw(dir, (db) => {
      const rowid = editNote(db, first, 'Imprimante jamais branchée');
      rechain(db, 'session_events', rowid);
      forgeCheckpoint(db, 'session_events');
      db.exec("DELETE FROM folder_facts WHERE name = 'newest_backup'");
    });
    const { s } = open(dir, clock, key);
    const r = await startupIntegrity(s);
    expect(r.layers.seal).toBe('failed');
    expect(kinds(r)).toEqual(['seal_behind']);
    expect(said(r)).toEqual(['Le journal des séances ne contient plus sa dernière ligne scellée par la clé : des lignes ont été supprimées ou réécrites en dehors de Binôme.']);
    // A write meanwhile does not renew the seal over the rewritten chain: the next start still says it.
    await call(s, 'createPerson', { name: 'Jean Dupont' });
    s.close();
    expect(kinds(await startupIntegrity(open(dir, clock, key).s))).toEqual(['seal_behind']);

    // The attacker also writes the new heads into the seal: without the key, the MAC is wrong.
    raw(dir, (db) => {
      const heads = Object.fromEntries(
        (['session_events', 'mandate_journal', 'record_journal'] as const).map((t) => [t, db.prepare(`SELECT rowid, hash FROM ${t} ORDER BY rowid DESC LIMIT 1`).get()]),
      );
      db.prepare('UPDATE chain_seal SET heads = ? WHERE id = 1').run(JSON.stringify(heads));
    });
    const last = open(dir, clock, key).s;
    const sealed = await startupIntegrity(last);
    expect(kinds(sealed)).toEqual(['seal_mismatch']);
    expect(said(sealed)).toEqual(['Le sceau des journaux, tenu avec une clé tirée de la clé des données, ne correspond plus : il a été modifié en dehors de Binôme.']);
    last.close();
  });
});
