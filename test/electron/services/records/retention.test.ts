import { describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../../../shared/retention/policy';
import { call, openServices, person, PNG, session, signedMandate, type Services } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';
import { startupIntegrity } from '../../../helpers/call';

const tempDir = useTempDirs();
const T0 = Date.parse('2026-03-02T10:00:00Z');
/** Six years and a half later: past 72 months after a mandate that ended in September 2026. */
const LATER = Date.parse('2033-03-15T09:00:00Z');

/** A start, then what it leaves until the first screen is served: the full check, then the purge. */
async function started(dir: string, clock: { now: number }, settings: Record<string, unknown> = {}): Promise<Services> {
  const s = openServices(dir, clock, settings);
  await s.afterStart();
  return s;
}

const count = (s: Services, sql: string, ...args: unknown[]) => s.db.prepare(sql).pluck().get(...args) as number;
const eventsOf = (s: Services, personId: string) =>
  count(s, 'SELECT count(*) FROM session_events WHERE session_id IN (SELECT id FROM sessions WHERE person_id = ?)', personId);

/**
 * In 2026: A (mandate, a closed session, a rehearsal), B (mandate, a session left open),
 * C (a closed session without a mandate), D (nothing but the file). In 2033: F (a mandate in
 * force and a closed session under it).
 */
async function history(dir: string) {
  const clock = { now: T0 };
  const s = openServices(dir, clock, { retentionEnabled: false });
  const a = await person(s, 'Alice Ancienne');
  await signedMandate(s, a, '2026-03-02');
  await session(s, a, ['note A']);
  await call(s, 'recordRehearsal', { personId: a, date: '2026-03-02', completed: ['open_search'] });
  const b = await person(s, 'Bernard Ouvert');
  await signedMandate(s, b, '2026-03-02');
  await session(s, b, ['note B'], { open: true });
  const c = await person(s, 'Chloé Sans-Mandat');
  await session(s, c, ['note C']);
  const d = await person(s, 'Denis Fichier');
  const expected = {
    events: eventsOf(s, a) + eventsOf(s, c),
    journal: count(s, 'SELECT count(*) FROM mandate_journal WHERE person_id = ?', a),
  };
  s.close();

  clock.now = Date.parse('2033-01-10T10:00:00Z');
  const off = openServices(dir, clock, { retentionEnabled: false });
  expect(await call(off, 'getRetentionReport', {})).toBeNull();
  const f = await person(off, 'Fanny Récente');
  await signedMandate(off, f, '2033-01-10');
  await session(off, f, ['note F']);
  off.close();
  return { a, b, c, d, f, expected };
}

describe('retention policy', () => {
  it('computes its cutoff in whole months from today', () => {
    expect(retentionCutoff('2033-03-15', 72)).toBe('2027-03-15');
    expect(retentionCutoff('2033-03-31', 1)).toBe('2033-02-28');
  });

  it('waits for the first screen: the open itself purges nothing, the full check then the purge follow, announced', async () => {
    const dir = tempDir();
    const { a } = await history(dir);
    const s = openServices(dir, { now: LATER });
    const heard: unknown[] = [];
    s.bus.subscribe((name, payload) => name === 'retentionRan' && heard.push(payload));
    expect(await call(s, 'getRetentionReport', {})).toBeNull();
    expect((await call(s, 'listPersons', {})).map((p) => p.id)).toContain(a);
    await s.afterStart();
    expect(await call(s, 'getRetentionReport', {})).toMatchObject({ ranAt: LATER, persons: 3 });
    expect((await call(s, 'listPersons', {})).map((p) => p.id)).not.toContain(a);
    expect(heard).toEqual([await call(s, 'getRetentionNotice', {})]);
    s.close();
  });

  it('after start-up, purges what ended long ago with tombstones, never an open session or a mandate in force', async () => {
    const dir = tempDir();
    const { a, b, c, d, f, expected } = await history(dir);
    const s = await started(dir, { now: LATER });
    const report = await call(s, 'getRetentionReport', {});
    expect(report).toEqual({
      ranAt: LATER,
      months: 72,
      persons: 3,
      mandates: 1,
      sessions: 2,
      sessionEvents: expected.events,
      journalRows: expected.journal,
      followups: 2,
      rehearsals: 1,
      seen: false,
    });
    expect(expected.journal).toBeGreaterThanOrEqual(3);
    const left = (await call(s, 'listPersons', {})).map((p) => p.id).sort();
    expect(left).toEqual([b, f].sort());
    for (const gone of [a, c, d]) expect(count(s, 'SELECT count(*) FROM mandate_journal WHERE person_id = ?', gone)).toBe(0);
    // Nor anything the record journal kept of them (their digests), nor of the sessions that went.
    for (const gone of [a, c, d]) expect(count(s, 'SELECT count(*) FROM record_journal WHERE person_id = ?', gone)).toBe(0);
    expect(count(s, "SELECT count(*) FROM record_journal WHERE kind = 'session_summary' AND subject_id NOT IN (SELECT id FROM sessions)")).toBe(0);
    // B's session is still open: it and the mandate it runs under are kept whole.
    expect(count(s, 'SELECT count(*) FROM sessions WHERE person_id = ? AND closed_at IS NULL', b)).toBe(1);
    expect(count(s, 'SELECT count(*) FROM mandates WHERE person_id = ?', b)).toBe(1);
    expect(eventsOf(s, b)).toBeGreaterThan(0);
    expect(count(s, 'SELECT count(*) FROM mandates WHERE person_id = ?', f)).toBe(1);
    expect(count(s, 'SELECT count(*) FROM sessions WHERE person_id = ?', f)).toBe(1);

    const tombs = s.db
      .prepare<[], string>("SELECT payload FROM session_events WHERE type = 'tombstone' UNION ALL SELECT payload FROM mandate_journal WHERE kind = 'tombstone'")
      .pluck()
      .all() as string[];
    expect(tombs.map((t) => (JSON.parse(t) as { reason: string; removed: number }).removed)).toEqual([expected.events, expected.journal]);
    for (const t of tombs) expect(JSON.parse(t)).toMatchObject({ reason: 'retention' });
    expect(await call(s, 'verifyIntegrity', {})).toMatchObject({ ok: true, broken: [], findings: [] });

    expect(await call(s, 'getRetentionNotice', {})).toEqual(report);
    s.close();

    // The next start finds nothing more to purge and its report says so, but the notice
    // of the purge nobody has read yet is still there, until it is dismissed for good.
    const again = await started(dir, { now: LATER + 60_000 });
    expect((await startupIntegrity(again)).ok).toBe(true);
    expect(await call(again, 'getRetentionReport', {})).toMatchObject({ ranAt: LATER + 60_000, persons: 0, mandates: 0, sessions: 0, sessionEvents: 0, journalRows: 0, seen: false });
    expect(await call(again, 'getRetentionNotice', {})).toMatchObject({ ranAt: LATER, persons: 3 });
    expect(await call(again, 'dismissRetentionNotice', {})).toBeNull();
    expect(await call(again, 'getRetentionNotice', {})).toBeNull();
    again.close();
    const third = await started(dir, { now: LATER + 120_000 });
    expect(await call(third, 'getRetentionNotice', {})).toBeNull();
    third.close();
  });

  it('switched off, or not yet due, it purges nothing', async () => {
    const dir = tempDir();
    await history(dir);
    const off = await started(dir, { now: LATER }, { retentionEnabled: false });
    expect(await call(off, 'getRetentionReport', {})).toBeNull();
    expect(count(off, 'SELECT count(*) FROM persons')).toBe(5);
    off.close();
    // 120 months: the 2026 mandate ended less than ten years ago.
    const long = await started(dir, { now: LATER }, { retentionMonths: 120 });
    expect(await call(long, 'getRetentionReport', {})).toMatchObject({ months: 120, persons: 0, mandates: 0, sessions: 0 });
    expect(count(long, 'SELECT count(*) FROM persons')).toBe(5);
    long.close();
  });

  it('does not purge over chains that do not verify, nor while the full check has not finished', async () => {
    const dir = tempDir();
    await history(dir);
    const tamper = openServices(dir, { now: T0 }, { retentionEnabled: false });
    tamper.db.exec('DROP TRIGGER mandate_journal_no_update');
    tamper.db.exec("UPDATE mandate_journal SET at = '2020-01-01T00:00:00.000Z' WHERE rowid = (SELECT max(rowid) FROM mandate_journal)");
    tamper.close();
    const s = await started(dir, { now: LATER });
    expect((await startupIntegrity(s)).ok).toBe(false);
    expect(await call(s, 'getRetentionReport', {})).toBeNull();
    expect(count(s, 'SELECT count(*) FROM persons')).toBe(5);
    s.close();
  });

  it('keeps an ended mandate while the amendment that replaced it is kept, then purges both', async () => {
    const dir = tempDir();
    const clock = { now: T0 };
    const s = openServices(dir, clock, { retentionEnabled: false });
    const p = await person(s, 'Gaston Avenant');
    const first = await signedMandate(s, p, '2026-03-02');
    clock.now = Date.parse('2026-10-01T10:00:00Z');
    // The first one has expired: the amendment runs a year from today.
    const amended = await call(s, 'startMandateAmendment', { id: first });
    await call(s, 'recordMandateConsent', { id: amended.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: amended.contentHash });
    expect(amended.mandate.supersedes).toBe(first);
    s.close();

    // 12 months on from the first one's end, the amendment is still in force: both stay.
    // 12 months in the file only waits for a confirmation in Réglages (below); confirmed, it applies.
    const mid = openServices(dir, { now: Date.parse('2027-09-15T10:00:00Z') }, { retentionMonths: 12 });
    expect(await call(mid, 'confirmRetentionSetting', {})).toMatchObject({ needsConfirmation: false, lastSet: { enabled: true, months: 12 } });
    await mid.afterStart();
    expect(await call(mid, 'getRetentionReport', {})).toMatchObject({ mandates: 0, persons: 0 });
    expect(count(mid, 'SELECT count(*) FROM mandates')).toBe(2);
    mid.close();

    const late = await started(dir, { now: LATER }, { retentionMonths: 12 });
    expect(await call(late, 'getRetentionReport', {})).toMatchObject({ mandates: 2, persons: 1 });
    expect(await call(late, 'verifyIntegrity', {})).toMatchObject({ ok: true });
    late.close();
  });

  it('refuses a retention period that is too short, in French', async () => {
    const s = openServices(tempDir(), { now: T0 });
    const r = await s.dispatch('updateSettings', { retentionMonths: 3 });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/au moins 12 mois/), fields: { retentionMonths: { key: 'settings.retentionTooShort', params: { minimum: 12 } } } } });
    expect(s.settings.get().retentionMonths).toBe(72);
    s.close();
  });
});

describe('retention and what the person signed (review H4)', () => {
  /** Signed in 2026 while Réglages said 72 months (the text states it); a session without a mandate too. */
  async function signedFor72(dir: string) {
    const s = openServices(dir, { now: T0 });
    const kept = await person(s, 'Yvette Signée');
    await signedMandate(s, kept, '2026-03-02');
    await session(s, kept, ['note signée']);
    const loose = await person(s, 'Zoé Sans-Mandat');
    await session(s, loose, ['note libre']);
    s.close();
    return { kept, loose };
  }
  /** Three years after the mandate ended: past 12 months, well before the 72 it states. */
  const THREE_YEARS_ON = Date.parse('2029-10-01T09:00:00Z');

  it('a shorter period found in settings.json alone purges nothing; it is reported and waits for a confirmation', async () => {
    const dir = tempDir();
    const { kept, loose } = await signedFor72(dir);
    const s = openServices(dir, { now: THREE_YEARS_ON }, { retentionMonths: 12 });
    expect(await call(s, 'getRetentionSettingCheck', {})).toEqual({ file: { enabled: true, months: 12 }, lastSet: { enabled: true, months: 72 }, needsConfirmation: true });
    await s.afterStart();
    expect(await call(s, 'getRetentionReport', {})).toBeNull();
    expect(count(s, 'SELECT count(*) FROM sessions WHERE person_id IN (?, ?)', kept, loose)).toBe(2);
    s.close();

    // Switched on in the file while Réglages had it off: the same.
    const off = openServices(dir, { now: THREE_YEARS_ON });
    await call(off, 'updateSettings', { retentionEnabled: false });
    off.close();
    const on = openServices(dir, { now: THREE_YEARS_ON }, { retentionEnabled: true, retentionMonths: 72 });
    expect((await call(on, 'getRetentionSettingCheck', {})).needsConfirmation).toBe(true);
    await on.afterStart();
    expect(await call(on, 'getRetentionReport', {})).toBeNull();
    on.close();
  });

  it('confirmed (or set in Réglages), 12 months applies to sessions without a mandate, never before the 72 months a signed text states', async () => {
    const dir = tempDir();
    const { kept, loose } = await signedFor72(dir);
    const s = openServices(dir, { now: THREE_YEARS_ON });
    await call(s, 'updateSettings', { retentionMonths: 12 });
    expect((await call(s, 'getRetentionSettingCheck', {})).needsConfirmation).toBe(false);
    await s.afterStart();
    expect(await call(s, 'getRetentionReport', {})).toMatchObject({ months: 12, mandates: 0, sessions: 1 });
    expect(count(s, 'SELECT count(*) FROM sessions WHERE person_id = ?', kept)).toBe(1);
    expect(count(s, 'SELECT count(*) FROM mandates WHERE person_id = ?', kept)).toBe(1);
    expect(count(s, 'SELECT count(*) FROM sessions WHERE person_id = ?', loose)).toBe(0);
    s.close();

    // 72 months after the mandate ended (2026-09-01), it goes with its session.
    const late = await started(dir, { now: Date.parse('2032-09-15T09:00:00Z') });
    expect(await call(late, 'getRetentionReport', {})).toMatchObject({ mandates: 1, sessions: 1 });
    expect(await call(late, 'verifyIntegrity', {})).toMatchObject({ ok: true });
    late.close();
  });
});
