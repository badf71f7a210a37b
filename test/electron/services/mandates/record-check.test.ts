import type Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { attestationHash } from '../../../../shared/mandate/attestation';
import type { Mandate } from '../../../../shared/mandate/schema';
import { frenchText } from '../../../../shared/messages/format';
import { call, openServices, person, session, signedMandate, type Services } from '../../../helpers/records-seed';
import { openTestDb } from '../../../helpers/test-key';
import { useTempDirs } from '../../../helpers/temp-dir';

/**
 * Review findings H1, M2, M6 and H2: a mandates row edited on the real file with the key, the
 * app stopped, the way the reviewer did it (triggers do not guard the mandates table). The
 * chained mandate journal still holds what was signed; every read, the session start, the
 * full check and retention must go by it.
 */

const tempDir = useTempDirs();
const T0 = Date.parse('2026-03-02T10:00:00Z');

/** The data file, opened with the key as anyone holding it can. */
function raw<T>(dir: string, fn: (db: Database.Database) => T): T {
  const db = openTestDb(join(dir, DB_FILE_NAME));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const contentOf = (db: Database.Database, id: string) => JSON.parse(db.prepare('SELECT content FROM mandates WHERE id = ?').pluck().get(id) as string) as Mandate;

/** A person under a mandate signed on T0 for six months, with one closed session. */
async function signed(dir: string) {
  const s = openServices(dir, { now: T0 });
  const personId = await person(s, 'Noël Masson');
  const mandateId = await signedMandate(s, personId, '2026-03-02');
  await session(s, personId, ['Imprimante installée']);
  s.close();
  return { personId, mandateId };
}

async function findingsOf(s: Services) {
  const report = await call(s, 'verifyIntegrity', {});
  return { ok: report.ok, kinds: report.findings.map((f) => f.kind), texts: report.findings.map(frenchText) };
}

describe('a mandates row against its chained journal', () => {
  it('H1: scope widened and end pushed back with the attestation recomputed is refused, named, and found by the full check', async () => {
    const dir = tempDir();
    const { personId, mandateId } = await signed(dir);
    raw(dir, (db) => {
      const m = contentOf(db, mandateId);
      m.scopeItems.push({ ...m.scopeItems[0]!, id: 'item-99', catalogueId: 'task.software_install', label: 'Installer un logiciel' });
      m.validity.end = '2030-12-31';
      const hash = attestationHash(m);
      m.attestationHash = hash;
      db.prepare('UPDATE mandates SET content = ?, end_date = ?, attestation = ? WHERE id = ?').run(JSON.stringify(m), '2030-12-31', hash, mandateId);
    });

    const s = openServices(dir, { now: Date.parse('2027-03-02T10:00:00Z') });
    const view = await call(s, 'getMandate', { id: mandateId });
    expect(view).toMatchObject({ attestation: 'mismatch', problem: 'mandateRecord.attestationChanged' });
    const check = await call(s, 'checkMandateForPerson', { personId });
    expect(check.check).toMatchObject({ status: 'none', canStart: false, key: 'mandateCheck.recordChanged' });
    expect(check.inForce).toEqual([]);
    expect(frenchText(check.check)).toMatch(/ne correspond plus à son journal\. Son code d’attestation n’est plus celui enregistré/);
    // The session started anyway holds no mandate: nothing for the scope guard, no startable status.
    const started = await call(s, 'startSession', { personId });
    expect(started.mandate).toMatchObject({ status: 'none', canStart: false, guardScope: [], scopeItems: [] });
    const found = await findingsOf(s);
    expect(found.ok).toBe(false);
    expect(found.kinds).toContain('mandate_changed');
    expect(found.texts.join('\n')).toMatch(/Le mandat du 2 mars 2026 de Noël Masson ne correspond plus au journal des mandats/);
    s.close();
  });

  it('M2: a content that no longer parses is a clear error on that person, a finding, and the export still gives the rest', async () => {
    const dir = tempDir();
    const { personId, mandateId } = await signed(dir);
    raw(dir, (db) => db.prepare("UPDATE mandates SET content = '{broken' WHERE id = ?").run(mandateId));

    const s = openServices(dir, { now: T0 + 86_400_000 });
    const listed = await s.dispatch('listMandates', { personId });
    expect(!listed.ok && listed.error).toMatchObject({ code: 'conflict', key: 'mandateRecord.unreadableOnFile' });
    expect(!listed.ok && listed.error.message).toMatch(/Le mandat préparé le 2 mars 2026 pour cette personne est illisible/);
    const check = await call(s, 'checkMandateForPerson', { personId });
    expect(check.check).toMatchObject({ canStart: false, key: 'mandateCheck.recordChanged', params: { problem: { key: 'mandateRecord.contentUnreadable' } } });
    const exported = await call(s, 'getPersonExport', { personId });
    expect(exported.document.mandates).toEqual([]);
    expect(exported.document.unreadableMandates).toEqual([{ id: mandateId, createdAt: expect.any(String), storedText: '{broken' }]);
    expect(exported.document.sessions).toHaveLength(1);
    const found = await findingsOf(s);
    expect(found.kinds).toContain('mandate_changed');
    expect(found.texts.join('\n')).toMatch(/Son contenu enregistré est illisible/);
    s.close();
  });

  it('M6 and H2: an end date or a revocation moved in the columns only is found, and retention purges nothing over it', async () => {
    const dir = tempDir();
    const { personId, mandateId } = await signed(dir);
    const other = openServices(dir, { now: T0 });
    const inForce = await person(other, 'Lucie Encore');
    const inForceMandate = await signedMandate(other, inForce, '2026-03-02');
    await session(other, inForce, ['Sauvegarde faite']);
    other.close();
    raw(dir, (db) => {
      // H2: a mandate in force made to look ended long ago; M6: an ended one made to look in force.
      db.prepare("UPDATE mandates SET end_date = '2015-01-01' WHERE id = ?").run(inForceMandate);
      db.prepare("UPDATE mandates SET end_date = '2099-12-31', revoked_at = NULL WHERE id = ?").run(mandateId);
    });

    const s = openServices(dir, { now: Date.parse('2026-06-01T10:00:00Z') });
    await s.afterStart();
    expect(await call(s, 'getRetentionReport', {})).toBeNull();
    expect(s.db.prepare('SELECT count(*) FROM sessions WHERE person_id = ?').pluck().get(inForce)).toBe(1);
    expect((await call(s, 'getMandate', { id: inForceMandate })).problem).toBe('mandateRecord.columnsChanged');
    expect((await call(s, 'checkMandateForPerson', { personId: inForce })).check.canStart).toBe(false);
    expect((await call(s, 'getMandate', { id: mandateId })).problem).toBe('mandateRecord.columnsChanged');
    const found = await findingsOf(s);
    expect(found.kinds.filter((k) => k === 'mandate_changed')).toHaveLength(2);
    expect(found.texts.join('\n')).toMatch(/Ses dates ou sa révocation enregistrées ne sont plus celles de son contenu/);
    void personId;
    s.close();
  });

  it('a withdrawal taken out of the content, or a mandate row deleted, is found by the full check', async () => {
    const dir = tempDir();
    const { personId, mandateId } = await signed(dir);
    const s0 = openServices(dir, { now: T0 });
    await call(s0, 'revokeMandate', { id: mandateId, revocation: { scope: 'item', itemId: 'item-1', date: '2026-03-02', channel: 'signed_form' } });
    const gone = await signedMandate(s0, await person(s0, 'Paul Parti'), '2026-03-02');
    s0.close();
    raw(dir, (db) => {
      const m = contentOf(db, mandateId);
      m.revocations = [];
      db.prepare('UPDATE mandates SET content = ? WHERE id = ?').run(JSON.stringify(m), mandateId);
      db.prepare('DELETE FROM mandates WHERE id = ?').run(gone);
    });
    const s = openServices(dir, { now: T0 });
    expect((await call(s, 'getMandate', { id: mandateId })).problem).toBe('mandateRecord.withdrawalsChanged');
    expect((await call(s, 'checkMandateForPerson', { personId })).check.canStart).toBe(false);
    const found = await findingsOf(s);
    expect(found.kinds).toEqual(expect.arrayContaining(['mandate_changed', 'mandate_missing']));
    s.close();
  });

  it('what the app itself writes raises nothing: drafts, consent, amendment, withdrawals', async () => {
    const dir = tempDir();
    const s = openServices(dir, { now: T0 });
    const p = await person(s, 'Rose Petit');
    const first = await signedMandate(s, p, '2026-03-02');
    const amended = await call(s, 'startMandateAmendment', { id: first });
    await call(s, 'recordMandateConsent', { id: amended.mandate.id, consent: { method: 'typed', personTypedName: 'Rose Petit', helperTypedName: 'Camille Aidante', ticked: true }, shownHash: amended.contentHash });
    await call(s, 'revokeMandate', { id: amended.mandate.id, revocation: { scope: 'item', itemId: 'item-1', date: '2026-03-02', channel: 'signed_form' } });
    await call(s, 'createMandateDraft', {
      personId: p,
      helperName: 'Camille Aidante',
      scopeItems: [{ label: 'Installer l’imprimante' }],
      exclusions: [],
      tools: ['Assistance rapide'],
      validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
      sessionMinutes: 45,
      place: 'Lyon',
    });
    const other = await signedMandate(s, await person(s, 'Marc Révoqué'), '2026-03-02');
    await call(s, 'revokeMandate', { id: other, revocation: { scope: 'whole', date: '2026-03-02', channel: 'signed_form' } });
    expect(await findingsOf(s)).toMatchObject({ ok: true, kinds: [] });
    expect((await call(s, 'listMandates', { personId: p })).mandates.every((v) => v.problem === null)).toBe(true);
    s.close();
  });
});
