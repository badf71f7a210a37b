import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchText } from '../../../../shared/messages/format';
import { createAppServices } from '../../../../electron/services/app';
import { createChain } from '../../../../electron/services/db/chain';
import { mandateJournalChain } from '../../../../electron/services/db/chains';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { call } from '../../../helpers/call';
import type { MethodInput } from '../../../../shared/ipc/contract';
import { attestationHash } from '../../../../shared/mandate/attestation';
import { openTestDb, testFolderKey } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;

/** Services on a real SQLite file with a settable clock (Paris noon on the given day). */
function setup(dir = tempDir()) {
  const clock = { now: new Date('2026-03-02T11:00:00Z') };
  const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => clock.now });
  return { s, clock, dir };
}

const draft = (personId: string, extra: Record<string, unknown> = {}): MethodInput<'createMandateDraft'> => ({
  personId,
  helperName: 'Camille Aidante',
  scopeItems: [{ catalogueId: 'task.printer', label: 'Installer ou régler une imprimante' }, { catalogueId: 'procedure.money_tax', label: 'Déclarer ses revenus sur impots.gouv.fr' }, { label: 'Régler la visio avec la petite-fille' }],
  exclusions: ['Aucune opération bancaire'],
  tools: ['Assistance rapide'],
  validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
  sessionMinutes: 45,
  place: 'Lyon',
  ...extra,
});

async function personAndDraft(s: ReturnType<typeof setup>['s'], extra: Record<string, unknown> = {}) {
  const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
  const view = await call(s, 'createMandateDraft', draft(person.id, extra));
  return { personId: person.id, view };
}

describe('mandates service (real SQLite)', () => {
  it('creates a draft, signs it, revokes one item, amends it; all survives a reopen', async () => {
    const { s, dir } = setup();
    const { personId, view } = await personAndDraft(s);
    expect(view.status).toBe('draft');
    expect(view.attestation).toBe('none');
    expect(view.mandate.personName).toBe('Hélène Martin');

    const signed = await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: view.contentHash });
    expect(signed.status).toBe('active');
    expect(signed.attestation).toBe('ok');
    expect(signed.code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}$/);
    expect(signed.mandate.consent?.method).toBe('drawn');

    const revoked = await call(s, 'revokeMandate', { id: view.mandate.id, revocation: { scope: 'item', itemId: 'item-1', date: '2026-03-02', reason: 'Imprimante changée' } });
    expect(revoked.status).toBe('active');
    expect(revoked.attestation).toBe('ok');
    const checked = await call(s, 'checkMandateForPerson', { personId });
    expect(checked.check.status).toBe('valid');
    // The mandate as stored (every action, to show the withdrawn one struck); in force, the two others.
    expect(checked.mandate!.scopeItems.map((i) => i.id)).toEqual(['item-1', 'item-2', 'item-3']);
    expect(checked.inForce.map((i) => i.id)).toEqual(['item-2', 'item-3']);
    expect((await call(s, 'checkMandateForPerson', { personId: personId, today: '2026-03-01' })).inForce).toHaveLength(3);

    const amendment = await call(s, 'startMandateAmendment', { id: view.mandate.id, extraItems: [{ catalogueId: 'task.backup', label: 'Sauvegarder des fichiers' }] });
    expect(amendment.mandate.version).toBe(2);
    expect(amendment.mandate.supersedes).toBe(view.mandate.id);
    expect(amendment.mandate.scopeItems.map((i) => i.label)).toEqual(['Déclarer ses revenus sur impots.gouv.fr', 'Régler la visio avec la petite-fille', 'Sauvegarder des fichiers']);
    await call(s, 'recordMandateConsent', { id: amendment.mandate.id, consent: { method: 'typed', personTypedName: 'Hélène Martin', helperTypedName: 'Camille Aidante', ticked: true }, shownHash: amendment.contentHash });
    const list = await call(s, 'listMandates', { personId });
    expect(list.mandates.map((m) => m.status)).toEqual(['superseded', 'active']);

    const kinds = (await call(s, 'listMandateJournal', { personId: personId })).map((e) => e.kind);
    expect(kinds).toEqual(['created', 'signed', 'item_revoked', 'created', 'signed', 'amended']);
    expect(createChain(s.db, mandateJournalChain).verify()).toBeNull();
    s.close();

    const again = setup(dir).s;
    const after = await call(again, 'listMandates', { personId });
    expect(after.mandates[0]!.mandate.revocations).toHaveLength(1);
    expect(after.mandates[0]!.mandate.consent?.method).toBe('drawn');
    expect(after.mandates.map((m) => m.status)).toEqual(['superseded', 'active']);
    again.close();
  });

  it('refuses bad input in French and saves nothing', async () => {
    const { s } = setup();
    const person = await call(s, 'createPerson', { name: 'Albert' });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ scopeItems: [] }, /Ajoutez au moins une action prévue/],
      [{ validity: { kind: 'dates', start: '2026-03-10', end: '2026-03-01' } }, /date de fin ne peut pas être avant/],
      [{ scopeItems: [{ catalogueId: 'task.printer', label: 'Imprimante' }, { catalogueId: 'task.printer', label: 'Imprimante bis' }] }, /figure déjà/],
    ];
    for (const [extra, message] of cases) {
      const r = await s.dispatch('createMandateDraft', draft(person.id, extra));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(JSON.stringify(r.error)).toMatch(message);
    }
    const list = await call(s, 'listMandates', { personId: person.id });
    expect(list.mandates).toEqual([]);

    const { view } = await personAndDraft(s);
    const empty = await s.dispatch('recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: 'data:image/png;base64,iVBORw0KGgo', helperSignature: PNG }, shownHash: view.contentHash });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(JSON.stringify(empty.error)).toMatch(/signature de la personne est vide/);
    const untouched = await call(s, 'getMandate', { id: view.mandate.id });
    expect(untouched.status).toBe('draft');
    expect((await call(s, 'listMandateJournal', { personId: view.mandate.personId })).map((e) => e.kind)).toEqual(['created']);
    s.close();
  });

  it('journal rows can be neither edited nor deleted, and the chain shows tampering', async () => {
    const { s, dir } = setup();
    const { view } = await personAndDraft(s);
    await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'paper', signedOn: '2026-03-02', originalKeptBy: 'La personne' }, shownHash: view.contentHash });
    await call(s, 'recordMandatePrinted', { doc: 'mandate', id: view.mandate.id });
    s.close();
    const raw = openTestDb(join(dir, DB_FILE_NAME));
    expect(() => raw.prepare("UPDATE mandate_journal SET kind = 'x'").run()).toThrow(/never edited/);
    expect(() => raw.prepare('DELETE FROM mandate_journal').run()).toThrow(/never deleted/);
    expect(raw.prepare('SELECT count(*) FROM mandate_journal').pluck().get()).toBe(3);
    const rows = raw.prepare('SELECT prev_hash, hash FROM mandate_journal ORDER BY rowid').all() as { prev_hash: string; hash: string }[];
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    // Tamper through a copy without the triggers: the chain check finds the broken row.
    raw.exec("DROP TRIGGER mandate_journal_no_update; UPDATE mandate_journal SET payload = '{}' WHERE rowid = 2");
    raw.close();
    const again = setup(dir).s;
    expect(createChain(again.db, mandateJournalChain).verify()?.index).toBe(1);
    again.close();
  });

  it('records « expired » once, the first time a listing sees the mandate past its end', async () => {
    const { s, clock } = setup();
    const { personId, view } = await personAndDraft(s, { validity: { kind: 'preset', preset: '1m', start: '2026-03-02' } });
    await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: view.contentHash });
    // A 1-month mandate warns in its last days only (shared/mandate/expiry.ts).
    clock.now = new Date('2026-03-29T11:00:00Z');
    const soon = await call(s, 'listMandates', { personId });
    expect(soon.mandates[0]!.status).toBe('expiring');
    clock.now = new Date('2026-04-02T11:00:00Z');
    for (let i = 0; i < 3; i++) {
      const list = await call(s, 'listMandates', { personId });
      expect(list.mandates[0]!.status).toBe('expired');
      expect(list.check.status).toBe('expired');
    }
    expect((await call(s, 'listMandateJournal', { personId: personId })).filter((e) => e.kind === 'expired')).toHaveLength(1);
    s.close();
  });

  it('detects an attestation mismatch when the stored content is altered with raw SQL', async () => {
    const { s, dir } = setup();
    const { personId, view } = await personAndDraft(s);
    await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: view.contentHash });
    s.close();
    const raw = openTestDb(join(dir, DB_FILE_NAME));
    const content = JSON.parse(raw.prepare('SELECT content FROM mandates').pluck().get() as string);
    content.scopeItems[0].label = 'Faire un virement bancaire';
    raw.prepare('UPDATE mandates SET content = ?').run(JSON.stringify(content));
    raw.close();
    const again = setup(dir).s;
    const got = await call(again, 'getMandate', { id: view.mandate.id });
    expect(got.attestation).toBe('mismatch');
    const check = await call(again, 'checkMandateForPerson', { personId });
    expect(check.check.canStart).toBe(false);
    expect(check.check).toMatchObject({
      status: 'none',
      key: 'mandateCheck.recordChanged',
      params: { problem: { key: 'mandateRecord.contentChanged' }, check: { key: 'mandateCheck.valid' } },
    });
    expect(frenchText(check.check)).toMatch(/ne correspond plus à son code d’attestation/);
    again.close();
  });

  it('records a rehearsal on the person’s file and in the journal; emits mandatesChanged', async () => {
    const { s } = setup();
    const seen: string[] = [];
    s.bus.subscribe((name) => seen.push(name));
    const person = await call(s, 'createPerson', { name: 'Jeanne' });
    await call(s, 'recordRehearsal', { personId: person.id, date: '2026-03-01', completed: ['open_search', 'type_code'], personRepeatedAlone: true, note: 'Très à l’aise' });
    const list = await call(s, 'listRehearsals', { personId: person.id });
    expect(list).toMatchObject([{ date: '2026-03-01', completed: ['open_search', 'type_code'] }]);
    const bad = await s.dispatch('recordRehearsal', { personId: person.id, date: '2026-03-01', completed: [] });
    expect(bad.ok).toBe(false);
    await call(s, 'recordMandatePrinted', { doc: 'guide', id: person.id, largePrint: true });
    expect((await call(s, 'listMandateJournal', { personId: person.id })).map((e) => e.kind)).toEqual(['rehearsal_recorded', 'printed']);
    expect(seen).toContain('mandatesChanged');
    const printed = await call(s, 'printDocumentToPdf', { doc: 'guide', id: person.id });
    expect(printed.native).toBe(false);
    s.close();
  });

  it('whole revocation ends the mandate; a signed mandate is never edited; a draft is not revoked', async () => {
    const { s } = setup();
    const { personId, view } = await personAndDraft(s);
    const early = await s.dispatch('revokeMandate', { id: view.mandate.id, revocation: { scope: 'whole', date: '2026-03-02', reason: 'x' } });
    expect(!early.ok && early.error.message).toMatch(/pas encore été accepté/);
    await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'typed', personTypedName: 'Hélène Martin', helperTypedName: 'Camille Aidante', ticked: true }, shownHash: view.contentHash });
    const edit = await s.dispatch('updateMandateDraft', { id: view.mandate.id, draft: draft(personId, { place: 'Paris' }) });
    expect(!edit.ok && edit.error.code).toBe('read_only');
    const revoked = await call(s, 'revokeMandate', { id: view.mandate.id, revocation: { scope: 'whole', date: '2026-03-02', reason: 'La personne ne souhaite plus d’aide.' } });
    expect(revoked.status).toBe('revoked');
    expect(revoked.attestation).toBe('ok');
    // Through the real dispatch (output validated): the mandate as stored, nothing in force.
    const check = await call(s, 'checkMandateForPerson', { personId });
    expect(check).toMatchObject({ check: { status: 'revoked', canStart: false }, mandate: { id: view.mandate.id }, inForce: [] });
    expect(check.mandate!.scopeItems).toHaveLength(3);
    // What the session is told: no action in scope, all three withdrawn with their date.
    const session = await call(s, 'startSession', { personId });
    expect(session.mandate).toMatchObject({ status: 'revoked', canStart: false, mandateId: view.mandate.id, scopeItems: [], guardScope: [] });
    expect(session.mandate.withdrawn.map((w) => [w.id, w.date])).toEqual([
      ['item-1', '2026-03-02'],
      ['item-2', '2026-03-02'],
      ['item-3', '2026-03-02'],
    ]);
    expect((await call(s, 'listMandateJournal', { personId: personId })).map((e) => e.kind)).toEqual(['created', 'signed', 'revoked']);
    s.close();
  });

  it('a mandate whose actions were all withdrawn one by one answers checkMandateForPerson (nothing in force), and its follow-ups start no amendment', async () => {
    const { s } = setup();
    const { personId, view } = await personAndDraft(s);
    await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: view.contentHash });
    for (const itemId of ['item-1', 'item-2', 'item-3']) await call(s, 'revokeMandate', { id: view.mandate.id, revocation: { scope: 'item', itemId, date: '2026-03-02' } });
    const check = await call(s, 'checkMandateForPerson', { personId });
    expect(check).toMatchObject({ check: { status: 'revoked' }, inForce: [] });
    const session = await call(s, 'startSession', { personId });
    await call(s, 'sessionCommand', { sessionId: session.id, command: { type: 'request_followup', text: 'Installer un antivirus' } });
    const [followup] = await call(s, 'listFollowups', { personId });
    expect(await call(s, 'amendMandateFromFollowups', { personId, followupIds: [followup!.id] })).toEqual({ draft: null });
    s.close();
  });

  it('a draft reads in the current words with the association of the settings; consent freezes them', async () => {
    const { s } = setup();
    const { view } = await personAndDraft(s);
    expect(view.mandate).toMatchObject({ textVersion: 'fr-2026-1', associationName: 'Les Binômes du Rhône', association: { phone: '04 78 00 12 34' }, retentionMonths: 72 });
    await call(s, 'updateSettings', { associationPhone: '04 78 99 99 99', retentionMonths: 60 });
    const moved = await call(s, 'getMandate', { id: view.mandate.id });
    expect(moved.mandate).toMatchObject({ association: { phone: '04 78 99 99 99' }, retentionMonths: 60 });
    expect(moved.contentHash).not.toBe(view.contentHash);
    const signed = await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: moved.contentHash });
    await call(s, 'updateSettings', { associationPhone: '01 00 00 00 00', retentionEnabled: false });
    const later = await call(s, 'getMandate', { id: view.mandate.id });
    expect(later.mandate).toMatchObject({ association: { phone: '04 78 99 99 99' }, retentionMonths: 60 });
    expect(later.attestation).toBe('ok');
    expect(later.code).toBe(signed.code);
    s.close();
  });

  it('refuses a consent given on a text that has changed since it was shown, and changes nothing', async () => {
    const { s } = setup();
    const { personId, view } = await personAndDraft(s);
    await call(s, 'updateSettings', { associationPhone: '04 78 99 99 99' });
    const stale = await s.dispatch('recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: view.contentHash });
    expect(!stale.ok && stale.error).toMatchObject({ code: 'conflict', key: 'mandate.textChanged' });
    expect((await call(s, 'getMandate', { id: view.mandate.id })).status).toBe('draft');
    expect((await call(s, 'listMandateJournal', { personId })).map((e) => e.kind)).toEqual(['created']);
    s.close();
  });

  it('refuses to sign while the association’s name or phone is missing, in French', async () => {
    const { s } = setup();
    const { view } = await personAndDraft(s);
    await call(s, 'updateSettings', { associationPhone: '' });
    const shown = await call(s, 'getMandate', { id: view.mandate.id });
    const refused = await s.dispatch('recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: shown.contentHash });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'conflict', key: 'mandate.associationIncomplete' });
    expect(!refused.ok && refused.error.message).toMatch(/nom et le téléphone de l’association dans Réglages/);
    s.close();
  });

  it('a typed signature must be the person’s and the helper’s name, accents and case aside', async () => {
    const { s } = setup();
    const { view } = await personAndDraft(s);
    const typed = (personTypedName: string) => s.dispatch('recordMandateConsent', { id: view.mandate.id, consent: { method: 'typed', personTypedName, helperTypedName: 'camille aidante', ticked: true }, shownHash: view.contentHash });
    const wrong = await typed('Hélène');
    expect(!wrong.ok && wrong.error.fields).toMatchObject({ personTypedName: { key: 'mandateForm.personTypedNameMismatch', params: { name: 'Hélène Martin' } } });
    expect((await call(s, 'getMandate', { id: view.mandate.id })).status).toBe('draft');
    const right = await typed('helene martin');
    expect(right.ok && (right.value as { status: string }).status).toBe('active');
    s.close();
  });

  it('a bare category is refused in French at the draft, and at the signature of a draft stored before the rule', async () => {
    const { s, dir } = setup();
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    const bare = await s.dispatch('createMandateDraft', draft(person.id, { scopeItems: [{ catalogueId: 'procedure.money_tax', label: 'Argent - Impôts - Consommation' }] }));
    expect(!bare.ok && bare.error.fields).toEqual({ 'scopeItems.0.label': { key: 'mandateForm.procedureBare', params: { label: 'Argent - Impôts - Consommation' } } });
    expect(await call(s, 'listMandates', { personId: person.id })).toMatchObject({ mandates: [] });
    // A draft written by an older version, with a bare category, cannot be signed as it is.
    const { view } = await personAndDraft(s);
    const db = openTestDb(join(dir, DB_FILE_NAME));
    const row = db.prepare('SELECT content FROM mandates WHERE id = ?').get(view.mandate.id) as { content: string };
    const content = JSON.parse(row.content);
    content.scopeItems[1].label = 'Argent - Impôts - Consommation';
    db.prepare('UPDATE mandates SET content = ? WHERE id = ?').run(JSON.stringify(content), view.mandate.id);
    db.close();
    const shown = await call(s, 'getMandate', { id: view.mandate.id });
    const refused = await s.dispatch('recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: shown.contentHash });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'conflict', key: 'mandate.vagueProcedure' });
    s.close();
  });

  it('a mandate signed in fr-2025-1 with a bare category stays readable and valid, never rewritten', async () => {
    const { s, dir } = setup();
    const { personId, view } = await personAndDraft(s);
    await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: view.contentHash });
    // What an older version stored: its own words, a bare category, no association copy, sealed in format 1.
    const db = openTestDb(join(dir, DB_FILE_NAME));
    const row = db.prepare('SELECT content FROM mandates WHERE id = ?').get(view.mandate.id) as { content: string };
    const old = JSON.parse(row.content);
    old.textVersion = 'fr-2025-1';
    old.scopeItems[1].label = 'Argent - Impôts - Consommation';
    delete old.association;
    delete old.retentionMonths;
    const hash = attestationHash(old);
    old.attestationHash = hash;
    db.prepare('UPDATE mandates SET content = ?, text_version = ?, attestation = ? WHERE id = ?').run(JSON.stringify(old), 'fr-2025-1', hash, view.mandate.id);
    // …and its journal recorded that hash at the signature (the chain itself is not checked here).
    const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'mandate_journal_no_update'").pluck().get() as string;
    db.exec('DROP TRIGGER mandate_journal_no_update');
    db.prepare("UPDATE mandate_journal SET payload = json_set(payload, '$.attestationHash', ?) WHERE mandate_id = ? AND kind = 'signed'").run(hash, view.mandate.id);
    db.exec(trigger);
    db.close();
    const read = await call(s, 'getMandate', { id: view.mandate.id });
    expect(read).toMatchObject({ status: 'active', attestation: 'ok', mandate: { textVersion: 'fr-2025-1' } });
    expect(read.mandate.scopeItems[1]!.label).toBe('Argent - Impôts - Consommation');
    expect((await call(s, 'checkMandateForPerson', { personId })).check.canStart).toBe(true);
    s.close();
  });

  it('a withdrawal said on the phone, without a reason, is recorded with its day and time, and journaled', async () => {
    const { s } = setup();
    const { personId, view } = await personAndDraft(s);
    await call(s, 'recordMandateConsent', { id: view.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: view.contentHash });
    const noTime = await s.dispatch('revokeMandate', { id: view.mandate.id, revocation: { scope: 'item', itemId: 'item-1', date: '2026-03-02', channel: 'phone' } });
    expect(!noTime.ok && noTime.error.fields).toMatchObject({ 'revocation.time': { key: 'mandateForm.revocationTimeRequired' } });
    const done = await call(s, 'revokeMandate', { id: view.mandate.id, revocation: { scope: 'item', itemId: 'item-1', date: '2026-03-02', channel: 'phone', time: '11:40' } });
    expect(done.mandate.revocations).toEqual([{ scope: 'item', itemId: 'item-1', date: '2026-03-02', channel: 'phone', time: '11:40' }]);
    const last = (await call(s, 'listMandateJournal', { personId })).at(-1)!;
    expect(last).toMatchObject({ kind: 'item_revoked' });
    expect(frenchText(last).replace(/[\u00a0\u202f]/g, ' ')).toBe('Action retirée : « Installer ou régler une imprimante », par téléphone, le 2 mars 2026 à 11 h 40. Sans motif donné.');
    s.close();
  });
});
