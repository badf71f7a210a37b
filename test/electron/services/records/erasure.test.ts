import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { call, openServices, person, session, signedMandate, type Services } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';
import { startupIntegrity } from '../../../helpers/call';

const tempDir = useTempDirs();
const NAME = 'Zéphyrine Quillebeuf';
const NOTE = 'Kumquat orbital chez la voisine';
const FILE_NOTE = 'Allergique aux xylophages';

/** Two persons whose rows interleave in both chains, so the erasure leaves gaps in the middle. */
async function twoPersons(s: Services) {
  const zeph = await person(s, NAME, FILE_NOTE);
  const rose = await person(s, 'Rose Petit');
  await signedMandate(s, zeph, '2026-03-02');
  await signedMandate(s, rose, '2026-03-02');
  await session(s, zeph, [NOTE, 'deuxième note']);
  const roseSession = await session(s, rose, ['note de Rose']);
  await session(s, zeph, ['troisième note']);
  await call(s, 'recordRehearsal', { personId: zeph, date: '2026-03-02', completed: ['open_search'] });
  await session(s, rose, ['encore Rose']);
  return { zeph, rose, roseSession };
}

const count = (s: Services, sql: string, ...args: unknown[]) => s.db.prepare(sql).pluck().get(...args) as number;

function tables(s: Services) {
  return ['persons', 'mandates', 'sessions', 'session_events', 'mandate_journal', 'followups', 'rehearsals', 'mandate_item_revocations'].map((t) => count(s, `SELECT count(*) FROM ${t}`));
}

describe('erasure of one person', () => {
  it('refuses a wrong name or an open session, in French, and changes nothing', async () => {
    const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
    const s = openServices(tempDir(), clock);
    const { zeph } = await twoPersons(s);
    const open = await session(s, zeph, ['en cours'], { open: true });
    const before = tables(s);

    const wrong = await s.dispatch('erasePerson', { id: zeph, confirmName: 'Rose Petit' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/ne correspond pas/), fields: { confirmName: { key: 'erasure.nameMismatch' } } } });
    const empty = await s.dispatch('erasePerson', { id: zeph, confirmName: '  ' });
    expect(empty).toMatchObject({ ok: false, error: { message: 'Recopiez le nom de la personne pour confirmer.' } });
    const busy = await s.dispatch('erasePerson', { id: zeph, confirmName: NAME });
    expect(busy).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/séance est en cours/) } });
    expect(tables(s)).toEqual(before);

    await call(s, 'sessionCommand', { sessionId: open, command: { type: 'close', outcome: 'aborted' } });
    const done = await s.dispatch('erasePerson', { id: zeph, confirmName: NAME });
    expect(done.ok).toBe(true);
    const missing = await s.dispatch('erasePerson', { id: zeph, confirmName: NAME });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    s.close();
  });

  it('removes the person and everything about them, leaves the others, and both chains verify', async () => {
    const dir = tempDir();
    const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
    const s = openServices(dir, clock);
    const { zeph, rose, roseSession } = await twoPersons(s);
    const roseBefore = {
      events: count(s, 'SELECT count(*) FROM session_events WHERE session_id IN (SELECT id FROM sessions WHERE person_id = ?)', rose),
      journal: count(s, 'SELECT count(*) FROM mandate_journal WHERE person_id = ?', rose),
    };
    const zephEvents = count(s, 'SELECT count(*) FROM session_events WHERE session_id IN (SELECT id FROM sessions WHERE person_id = ?)', zeph);
    const zephJournal = count(s, 'SELECT count(*) FROM mandate_journal WHERE person_id = ?', zeph);
    s.db.prepare("INSERT INTO chain_checkpoints VALUES ('session_events', 1, ?, 1, 0), ('mandate_journal', 1, ?, 1, 0)").run('0'.repeat(64), '0'.repeat(64));
    const emitted: unknown[] = [];
    s.bus.subscribe((name, payload) => emitted.push([name, payload]));

    // Capitals, accents and extra spaces do not matter in the confirmation.
    const report = await call(s, 'erasePerson', { id: zeph, confirmName: '  zephyrine   QUILLEBEUF ' });
    expect(report).toEqual({ mandates: 1, sessions: 2, sessionEvents: zephEvents, journalRows: zephJournal, followups: 2, rehearsals: 1, erasedAt: clock.now });
    expect(zephEvents).toBeGreaterThan(4);
    expect(zephJournal).toBeGreaterThanOrEqual(3);
    expect(emitted).toContainEqual(['personsChanged', { personId: zeph }]);

    const persons = await call(s, 'listPersons', {});
    expect(persons.map((p) => p.id)).toEqual([rose]);
    for (const table of ['mandates', 'sessions', 'followups', 'rehearsals']) expect(count(s, `SELECT count(*) FROM ${table} WHERE person_id = ?`, zeph)).toBe(0);
    expect(count(s, 'SELECT count(*) FROM mandate_journal WHERE person_id = ?', zeph)).toBe(0);
    expect(count(s, "SELECT count(*) FROM session_search WHERE session_search MATCH 'kumquat'")).toBe(0);
    expect(count(s, 'SELECT count(*) FROM session_events WHERE session_id IN (SELECT id FROM sessions WHERE person_id = ?)', rose)).toBe(roseBefore.events);
    expect(count(s, 'SELECT count(*) FROM mandate_journal WHERE person_id = ?', rose)).toBe(roseBefore.journal);
    expect((await call(s, 'getSession', { sessionId: roseSession })).state).toBeTruthy();
    expect(count(s, 'SELECT count(*) FROM chain_checkpoints')).toBe(0);

    // One tombstone per chain, with nothing that points back at the person.
    const tombs = s.db
      .prepare<[], string>("SELECT payload FROM session_events WHERE type = 'tombstone' UNION ALL SELECT payload FROM mandate_journal WHERE kind = 'tombstone'")
      .pluck()
      .all() as string[];
    expect(tombs).toHaveLength(2);
    for (const t of tombs) {
      expect(JSON.parse(t)).toMatchObject({ reason: 'erasure' });
      expect(t).not.toContain(zeph);
      expect(t.toLowerCase()).not.toContain('quillebeuf');
    }
    const verified = await call(s, 'verifyIntegrity', {});
    expect(verified).toMatchObject({ ok: true, broken: [] });

    // A second erasure, whose rows sit right after the first one's gaps, still verifies.
    await call(s, 'erasePerson', { id: rose, confirmName: 'Rose Petit' });
    expect(await call(s, 'verifyIntegrity', {})).toMatchObject({ ok: true });
    s.close();

    const again = openServices(dir, clock);
    expect((await startupIntegrity(again))).toMatchObject({ ok: true, broken: [] });
    expect(await call(again, 'listPersons', {})).toEqual([]);
    again.close();
  });

  it('really erases: neither the name nor a note is left in the database pages, free ones included', async () => {
    const dir = tempDir();
    const s = openServices(dir, { now: Date.parse('2026-03-02T10:00:00Z') });
    const { zeph } = await twoPersons(s);
    // The file is encrypted (nothing readable in its bytes at any time): the pages are looked at
    // as SQLite sees them once decrypted, free pages included (serialize copies every page).
    const pages = () => s.db.serialize();
    const fileBytes = () => Buffer.concat([DB_FILE_NAME, `${DB_FILE_NAME}-wal`].map((f) => join(dir, f)).filter(existsSync).map((f) => readFileSync(f)));
    const traces = ['Quillebeuf', 'quillebeuf', 'Kumquat', 'kumquat', 'xylophages'];
    // Checkpointed first, so the test would see the rows where they live if they stayed.
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const t of traces) expect(pages().includes(Buffer.from(t)), `${t} present before`).toBe(true);
    for (const t of traces) expect(fileBytes().includes(Buffer.from(t)), `${t} readable in the file`).toBe(false);

    await call(s, 'erasePerson', { id: zeph, confirmName: NAME });
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const t of traces) expect(pages().includes(Buffer.from(t)), `${t} left after erasure`).toBe(false);
    expect(pages().includes(Buffer.from('Rose Petit'))).toBe(true);
    s.close();
  });
});
