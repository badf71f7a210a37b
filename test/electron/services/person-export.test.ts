import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPrinter } from '../../../electron/main/print';
import { FOLLOWUP_STATUSES } from '../../../shared/followups/calls';
import { MANDATE_CHECK_STATUSES, SCOPE_VERDICTS, SESSION_EVENT_TYPES } from '../../../shared/session/session-events';
import { createAppServices } from '../../../electron/services/app';
import { dossierRoute, exportFileName, nameSlug, PersonExport } from '../../../shared/export/calls';
import type { SessionCommand } from '../../../shared/session/commands';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { call } from '../../helpers/call';
import { testFolderKey } from '../../helpers/test-key';

const tempDir = useTempDirs();
const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;

function setup() {
  const clock = { now: new Date('2026-03-02T11:00:00Z').getTime() };
  const s = createAppServices({ key: testFolderKey, dataDir: tempDir(), settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => new Date(clock.now) });
  return { s, clock };
}
type S = ReturnType<typeof setup>['s'];

const cmd = (s: S, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

/** A person with a signed mandate, one item withdrawn, an amendment, a rehearsal and a closed session with a note and a follow-up. */
async function seed(s: S, name: string, tag: string) {
  const person = await call(s, 'createPerson', { name, phone: '06 12 34 56 78', notes: `Notes ${tag}` });
  const draft = await call(s, 'createMandateDraft', {
    personId: person.id,
    helperName: 'Camille Aidante',
    associationName: 'Les Binômes',
    scopeItems: [{ label: `Installer l’imprimante ${tag}` }, { label: `Créer une adresse e-mail ${tag}` }],
    exclusions: ['Aucune opération bancaire'],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
    sessionMinutes: 45,
    place: 'Lyon',
  });
  const signed = await call(s, 'recordMandateConsent', { id: draft.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG } });
  const itemId = signed.mandate.scopeItems[1]!.id;
  await call(s, 'revokeMandate', { id: signed.mandate.id, revocation: { scope: 'item', itemId, date: '2026-03-02', reason: `Plus utile ${tag}` } });
  const amendment = await call(s, 'startMandateAmendment', { id: signed.mandate.id, extraItems: [{ label: `Régler la visio ${tag}` }] });
  await call(s, 'recordRehearsal', { personId: person.id, date: '2026-03-02', completed: ['open_search'], personRepeatedAlone: true, note: `Répétition ${tag}` });
  const session = await call(s, 'startSession', { personId: person.id });
  await cmd(s, session.id, { type: 'add_note', text: `Note de séance ${tag}` });
  await cmd(s, session.id, { type: 'request_followup', text: `Installer un antivirus ${tag}` });
  await cmd(s, session.id, { type: 'close', outcome: 'aborted' });
  return { personId: person.id, mandate: signed, amendment, sessionId: session.id };
}

describe('person export (right of access, real SQLite)', () => {
  it('gives everything about the person in a document that parses with its schema', async () => {
    const { s } = setup();
    const a = await seed(s, 'Hélène Martin', 'HM');
    const { document, fileName } = await call(s, 'getPersonExport', { personId: a.personId });
    expect(PersonExport.safeParse(document).success).toBe(true);
    expect(fileName).toBe('binome-export-helene-martin-20260302.json');
    expect(document).toMatchObject({ format: 'binome-person-export', version: 1, person: { id: a.personId, name: 'Hélène Martin', notes: 'Notes HM' } });

    // Mandates: content with signatures as stored, status, code, item revocation, amendment chain.
    const [first, second] = document.mandates;
    expect(first).toMatchObject({ id: a.mandate.mandate.id, status: 'active', attestation: 'ok', attestationCode: a.mandate.code, consentMethod: 'drawn', supersededBy: a.amendment.mandate.id });
    expect(first!.content.consent).toMatchObject({ method: 'drawn', personSignature: PNG, helperSignature: PNG });
    expect(first!.itemRevocations).toEqual([{ itemId: a.mandate.mandate.scopeItems[1]!.id, label: 'Créer une adresse e-mail HM', date: '2026-03-02', reason: 'Plus utile HM' }]);
    expect(second).toMatchObject({ id: a.amendment.mandate.id, version: 2, supersedes: a.mandate.mandate.id, status: 'draft', attestationCode: null, consentMethod: null });

    // Journal in plain French, oldest first; the rehearsal.
    const lines = document.mandateJournal.map((j) => j.text);
    expect(lines[0]).toBe('Mandat préparé.');
    expect(lines).toContain('Mandat signé (signature à l’écran).');
    expect(lines).toContain('Action retirée : « Créer une adresse e-mail HM ». Motif : Plus utile HM');
    expect(lines).toContain('Répétition faite sur place : la personne a refait la connexion seule.');
    expect(document.rehearsals).toMatchObject([{ note: 'Répétition HM', personRepeatedAlone: true }]);

    // The session: helper, outcome, note, recap, every event in order with its data.
    const [session] = document.sessions;
    expect(session).toMatchObject({ id: a.sessionId, helperName: expect.any(String), outcome: 'aborted', logReadable: true, notes: [{ text: 'Note de séance HM' }] });
    expect(session!.closedAt).not.toBeNull();
    // The helper's working notes are in the export, not in the recap read to the person.
    expect(session!.recap).not.toContain('Note de séance HM');
    expect(session!.recap).toContain('Nous avons arrêté la séance avant la fin.');
    expect(session!.events.map((e) => e.seq)).toEqual(session!.events.map((_, i) => i + 1));
    expect(session!.events.map((e) => e.type)).toEqual(['session_started', 'note_added', 'followup_requested', 'session_closed']);
    expect(session!.events[1]!.data).toEqual({ text: 'Note de séance HM' });
    expect(document.followups).toMatchObject([{ text: 'Installer un antivirus HM', status: 'pending', sessionId: a.sessionId }]);
    s.close();
  });

  it('contains nothing of another person', async () => {
    const { s } = setup();
    const a = await seed(s, 'Hélène Martin', 'HM');
    const b = await seed(s, 'Bernard Petit', 'BP');
    const { document } = await call(s, 'getPersonExport', { personId: a.personId });
    const text = JSON.stringify(document);
    for (const other of [b.personId, b.mandate.mandate.id, b.amendment.mandate.id, b.sessionId, 'Bernard', 'BP']) expect(text).not.toContain(other);
    expect(document.sessions).toHaveLength(1);
    expect(document.mandates).toHaveLength(2);
    s.close();
  });

  it('a damaged row in a session log does not hide the rest: every stored event is still given, flagged unreadable', async () => {
    const { s } = setup();
    const a = await seed(s, 'Hélène Martin', 'HM');
    // Raw SQL, as a damaged disk or an outside edit would leave it (the app never writes this).
    s.db
      .prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES ('bad', ?, 5, 'note_added', 1772449200000, '{}', 'x', 'y')")
      .run(a.sessionId);
    const { document } = await call(s, 'getPersonExport', { personId: a.personId });
    const [session] = document.sessions;
    expect(session).toMatchObject({ logReadable: false, recap: null, notes: [{ text: 'Note de séance HM' }] });
    expect(session!.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(session!.events[4]).toMatchObject({ type: 'note_added', data: {} });
    s.close();
  });

  it('writes the JSON into the folder (created if needed) through a temporary file, and reads back the same', async () => {
    const { s, clock } = setup();
    const a = await seed(s, 'Hélène Martin', 'HM');
    const folder = join(tempDir(), 'clé USB', 'exports');
    const { path } = await call(s, 'exportPersonToFolder', { personId: a.personId, folder });
    expect(path).toBe(join(folder, 'binome-export-helene-martin-20260302.json'));
    expect(readdirSync(folder)).toEqual(['binome-export-helene-martin-20260302.json']);
    const written = PersonExport.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(written.sessions[0]!.notes[0]!.text).toBe('Note de séance HM');
    // Same day again: the newer export replaces it, no temporary file left.
    clock.now += 60_000;
    await call(s, 'exportPersonToFolder', { personId: a.personId, folder });
    expect(readdirSync(folder)).toEqual(['binome-export-helene-martin-20260302.json']);
    expect(PersonExport.parse(JSON.parse(readFileSync(path, 'utf8'))).exportedAt).toBe('2026-03-02T11:01:00.000Z');
    s.close();
  });

  it('bad input: unknown person, relative folder, a file in the way, a read-only folder → French error, no file written', async () => {
    const { s } = setup();
    const a = await seed(s, 'Hélène Martin', 'HM');
    const base = tempDir();

    const unknown = await s.dispatch('exportPersonToFolder', { personId: '0190a5b0-0000-7000-8000-000000000000', folder: join(base, 'x') });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', message: "Cette personne n'existe pas (ou plus)." } });
    expect(existsSync(join(base, 'x'))).toBe(false);
    expect(await s.dispatch('getPersonExport', { personId: 'pas-un-id' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Choisissez la personne accompagnée.' } });

    const relative = await s.dispatch('exportPersonToFolder', { personId: a.personId, folder: 'exports/usb' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Indiquez le chemin complet du dossier (par exemple E:\\Exports).' } });
    expect(existsSync(join(process.cwd(), 'exports'))).toBe(false);
    expect(await s.dispatch('exportPersonToFolder', { personId: a.personId, folder: '  ' })).toMatchObject({ ok: false, error: { message: 'Indiquez un dossier.' } });

    const file = join(base, 'un-fichier');
    writeFileSync(file, 'x');
    expect(await s.dispatch('exportPersonToFolder', { personId: a.personId, folder: file })).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/^Ce chemin n’est pas un dossier/) } });

    // The last step (rename) fails: a folder already has the file's name. The temporary file goes too.
    const blocked = join(base, 'bloqué');
    mkdirSync(join(blocked, 'binome-export-helene-martin-20260302.json', 'dedans'), { recursive: true });
    const r = await s.dispatch('exportPersonToFolder', { personId: a.personId, folder: blocked });
    expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('aucun fichier n’a été écrit') } });
    expect(readdirSync(blocked)).toEqual(['binome-export-helene-martin-20260302.json']);

    const locked = join(base, 'lecture-seule');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      // Root ignores permissions: this fault is only observable as an ordinary user.
      if (process.getuid?.() !== 0) {
        const denied = await s.dispatch('exportPersonToFolder', { personId: a.personId, folder: locked });
        expect(denied).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('aucun fichier n’a été écrit') } });
        expect(readdirSync(locked)).toEqual([]);
      }
    } finally {
      chmodSync(locked, 0o700);
    }
    s.close();
  });

  it('names files without accents, spaces or characters a USB key refuses', () => {
    expect(nameSlug('  Élodie  D’Artagnan-Lefèvre ')).toBe('elodie-d-artagnan-lefevre');
    expect(nameSlug('???')).toBe('personne');
    expect(exportFileName('Zoé', '2026-12-31')).toBe('binome-export-zoe-20261231.json');
  });
});

const root = join(import.meta.dirname, '../../../renderer/src');
const catalogue = (lang: string) => JSON.parse(readFileSync(join(root, `i18n/locales/${lang}/export.json`), 'utf8')) as Record<string, unknown>;
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the readable file: translations and printing', () => {
  it('English has exactly the French keys; every key the views use exists, and every event type, verdict and status has its words', () => {
    const fr = keys(catalogue('fr'));
    expect(keys(catalogue('en')).sort()).toEqual([...fr].sort());
    const known = new Set(fr.map((k) => k.replace(/_(one|other)$/, '')));
    const dir = join(root, 'screens/export');
    const used = readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('(personExport\.[\w.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
    const dynamic = [
      ...SESSION_EVENT_TYPES.map((type) => `personExport.event.${type}`),
      ...MANDATE_CHECK_STATUSES.map((x) => `personExport.checkStatus.${x}`),
      ...SCOPE_VERDICTS.map((x) => `personExport.verdict.${x}`),
      ...FOLLOWUP_STATUSES.map((x) => `personExport.view.followupStatus.${x}`),
      ...['drawn', 'typed', 'paper', 'oral'].map((x) => `personExport.view.consentMethod.${x}`),
    ];
    expect(dynamic.filter((k) => !known.has(k))).toEqual([]);
  });

  it('Electron prints the « Dossier de … » view to PDF in the folder picked; cancelling writes nothing', async () => {
    const renderPdf = vi.fn(async () => new Uint8Array([37, 80, 68, 70]));
    const write = vi.fn(async () => {});
    const cancelled = createPrinter({ pickFolder: async () => null, renderPdf, write });
    expect(await cancelled.printRouteToPdf!(dossierRoute('p-1'), 'dossier.pdf')).toBeNull();
    expect(renderPdf).not.toHaveBeenCalled();
    const printer = createPrinter({ pickFolder: async () => '/home/aidant', renderPdf, write, exists: () => false });
    expect(await printer.printRouteToPdf!(dossierRoute('p-1'), 'dossier-Hélène-Martin.pdf')).toBe(join('/home/aidant', 'dossier-Hélène-Martin.pdf'));
    expect(renderPdf).toHaveBeenCalledWith('app://binome/index.html#dossier/p-1');
    expect(write).toHaveBeenCalledWith(join('/home/aidant', 'dossier-Hélène-Martin.pdf'), new Uint8Array([37, 80, 68, 70]));
  });
});
