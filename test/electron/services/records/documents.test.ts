import { openTestDb } from '../../../helpers/test-key';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { call, openServices, person, session, signedMandate } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const START = Date.parse('2026-03-02T09:00:00Z');

async function seeded() {
  const dir = tempDir();
  const clock = { now: START };
  const s = openServices(dir, clock);
  const personId = await person(s, 'Rose Petit');
  const mandateId = await signedMandate(s, personId, '2026-03-02');
  const sessionId = await session(s, personId, ['Imprimante branchée au salon']);
  const { code } = await call(s, 'getSessionSeal', { sessionId });
  const mandate = (await call(s, 'listMandates', { personId })).mandates[0]!;
  return { dir, clock, s, personId, mandateId, sessionId, seal: code!, attestation: mandate.code! };
}

function raw(dir: string, sql: string, ...params: unknown[]) {
  const db = openTestDb(join(dir, DB_FILE_NAME));
  for (const t of db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_no_%'").pluck().all()) db.exec(`DROP TRIGGER ${t}`);
  db.prepare(sql).run(...params);
  db.close();
}

describe('« Vérifier un document »', () => {
  it('finds the session a seal code was printed for, read back in any case or grouping, and says it is intact', async () => {
    const { s, personId, sessionId, seal } = await seeded();
    expect(seal).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const spoken = seal.toLowerCase().replace(/-/g, ' ');
    const check = await call(s, 'verifyDocument', { code: spoken });
    expect(check).toEqual({
      kind: 'seal',
      code: seal,
      matches: [{ personId, personName: 'Rose Petit', subjectId: sessionId, at: START, helper: '', version: null, intact: true }],
    });
    // An open session has no seal yet.
    const open = await call(s, 'startSession', { personId });
    expect(await call(s, 'getSessionSeal', { sessionId: open.id })).toEqual({ code: null });
    s.close();
  });

  it('finds a mandate by its attestation code', async () => {
    const { s, personId, mandateId, attestation } = await seeded();
    const check = await call(s, 'verifyDocument', { code: attestation.toLowerCase() });
    expect(check).toMatchObject({ kind: 'attestation', code: attestation, matches: [{ personId, personName: 'Rose Petit', subjectId: mandateId, version: 1, intact: true }] });
    expect(check.matches[0]!.at).toEqual(expect.any(Number));
    s.close();
  });

  it('says when nothing matches, and refuses what is not a code, in French', async () => {
    const { s } = await seeded();
    expect(await call(s, 'verifyDocument', { code: '0000-0000-0000' })).toEqual({ kind: 'seal', code: '0000-0000-0000', matches: [] });
    expect(await call(s, 'verifyDocument', { code: 'FFFF-FFFF-FF' })).toEqual({ kind: 'attestation', code: 'FFFF-FFFF-FF', matches: [] });
    const refused = await s.dispatch('verifyDocument', { code: 'bonjour' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'document.codeInvalid', fields: { code: { key: 'document.codeInvalid' } } } });
    expect(await s.dispatch('verifyDocument', { code: '   ' })).toMatchObject({ ok: false, error: { fields: { code: { key: 'document.codeRequired' } } } });
    s.close();
  });

  it('a session log or a mandate edited since the paper was given no longer gives its code: found, and said changed', async () => {
    const { dir, clock, s, sessionId, mandateId, seal, attestation } = await seeded();
    s.close();
    raw(dir, "UPDATE session_events SET payload = json_set(payload, '$.text', 'Rien branché') WHERE session_id = ? AND type = 'note_added'", sessionId);
    raw(dir, "UPDATE mandates SET content = json_set(content, '$.sessionMinutes', 90) WHERE id = ?", mandateId);
    const again = openServices(dir, clock);
    expect((await call(again, 'verifyDocument', { code: seal })).matches).toMatchObject([{ subjectId: sessionId, intact: false }]);
    expect((await call(again, 'verifyDocument', { code: attestation })).matches).toMatchObject([{ subjectId: mandateId, intact: false }]);
    again.close();
    // The seal kept on the row replaced to hide it: the record journal still knows the code.
    raw(dir, "UPDATE sessions SET seal = '0000000000000000000000000000000000000000000000000000000000000000' WHERE id = ?", sessionId);
    const third = openServices(dir, clock);
    expect((await call(third, 'verifyDocument', { code: seal })).matches).toMatchObject([{ subjectId: sessionId, intact: false }]);
    third.close();
  });
});
