import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import type { Followup } from '../../../../shared/followups/calls';
import type { IntegrityReport } from '../../../../shared/records/calls';
import type { MandateView } from '../../../../shared/mandate/calls';
import type { SessionView } from '../../../../shared/session/calls';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { openTestDb, testFolderKey } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;

/** Services on a real SQLite file, Paris noon on 2 March 2026; `events` collects what the bus announced. */
function setup(dir = tempDir()) {
  const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => new Date('2026-03-02T11:00:00Z') });
  const events: string[] = [];
  s.bus.subscribe((name) => events.push(name));
  return { s, dir, events };
}
type S = ReturnType<typeof setup>['s'];

async function call<T>(s: S, name: string, input: unknown): Promise<T> {
  const r = await s.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

async function signedMandate(s: S, personId: string): Promise<MandateView> {
  const draft = await call<MandateView>(s, 'createMandateDraft', {
    personId,
    helperName: 'Camille Aidante',
    associationName: 'Les Binômes',
    scopeItems: [{ label: 'Installer l’imprimante' }],
    exclusions: ['Aucune opération bancaire'],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
    sessionMinutes: 45,
    place: 'Lyon',
  });
  return call<MandateView>(s, 'recordMandateConsent', { id: draft.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG } });
}

/** A person whose session noted `requests` for a new intervention (their follow-ups), with or without a mandate. */
async function personWithRequests(s: S, name: string, requests: string[], withMandate = true) {
  const person = await call<{ id: string }>(s, 'createPerson', { name });
  const mandate = withMandate ? await signedMandate(s, person.id) : null;
  const session = await call<SessionView>(s, 'startSession', { personId: person.id });
  for (const text of requests) await call(s, 'sessionCommand', { sessionId: session.id, command: { type: 'request_followup', text } });
  const followups = await call<Followup[]>(s, 'listFollowups', { personId: person.id });
  return { personId: person.id, mandate, followups };
}

/** What the file holds, read through a connection of its own. */
function stored(dir: string) {
  const db = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return {
      mandates: db.prepare('SELECT id, version, supersedes_id AS supersedes FROM mandates ORDER BY version').all() as { id: string; version: number; supersedes: string | null }[],
      journal: db.prepare('SELECT kind FROM mandate_journal ORDER BY rowid').pluck().all() as string[],
      followups: db.prepare('SELECT text, status FROM followups ORDER BY requested_at, id').all() as { text: string; status: string }[],
    };
  } finally {
    db.close();
  }
}

describe('amendMandateFromFollowups (real SQLite)', () => {
  it('writes the amended draft listing the requests and marks them planned, together', async () => {
    const { s, dir, events } = setup();
    const { personId, mandate, followups } = await personWithRequests(s, 'Hélène Martin', ['Installer Zoom', 'Régler le son des appels']);
    events.length = 0;

    const { draft } = await call<{ draft: MandateView | null }>(s, 'amendMandateFromFollowups', { personId, followupIds: followups.map((f) => f.id) });

    expect(draft?.status).toBe('draft');
    expect(draft?.mandate.version).toBe(2);
    expect(draft?.mandate.supersedes).toBe(mandate!.mandate.id);
    expect(draft?.mandate.scopeItems.map((i) => i.label)).toEqual(['Installer l’imprimante', 'Installer Zoom', 'Régler le son des appels']);
    expect(events).toEqual(['mandatesChanged']);
    s.close();
    const after = stored(dir);
    expect(after.mandates.map((m) => [m.version, m.supersedes])).toEqual([
      [1, null],
      [2, mandate!.mandate.id],
    ]);
    expect(after.journal.at(-1)).toBe('created');
    expect(after.followups).toEqual([
      { text: 'Installer Zoom', status: 'planned' },
      { text: 'Régler le son des appels', status: 'planned' },
    ]);
  });

  it('a failure after the amendment is written leaves neither the amendment nor a request planned', async () => {
    const { s, dir } = setup();
    const { personId, followups } = await personWithRequests(s, 'Hélène Martin', ['Installer Zoom', 'Régler le son des appels']);
    const before = stored(dir);
    // A real SQLite failure at the last write of the transaction (the second request marked planned),
    // set up through another connection to the same file.
    const other = openTestDb(join(dir, DB_FILE_NAME));
    other.exec(`CREATE TRIGGER fail_second_planned BEFORE UPDATE OF status ON followups
      WHEN NEW.status = 'planned' AND NEW.text = 'Régler le son des appels' BEGIN SELECT RAISE(ABORT, 'disque débranché'); END`);

    const failed = await s.dispatch('amendMandateFromFollowups', { personId, followupIds: followups.map((f) => f.id) });

    expect(failed.ok).toBe(false);
    expect(stored(dir)).toEqual(before);
    expect((await call<IntegrityReport>(s, 'verifyIntegrity', {})).ok).toBe(true);

    // Once the fault is gone, the same request goes through whole.
    other.exec('DROP TRIGGER fail_second_planned');
    other.close();
    const { draft } = await call<{ draft: MandateView | null }>(s, 'amendMandateFromFollowups', { personId, followupIds: followups.map((f) => f.id) });
    expect(draft?.mandate.version).toBe(2);
    expect(stored(dir).followups.map((f) => f.status)).toEqual(['planned', 'planned']);
    s.close();
  });

  it('without a mandate in force: no draft, nothing written, the requests still wait', async () => {
    const { s, dir, events } = setup();
    const { personId, followups } = await personWithRequests(s, 'Hélène Martin', ['Installer Zoom'], false);
    const before = stored(dir);
    events.length = 0;

    expect(await call(s, 'amendMandateFromFollowups', { personId, followupIds: [followups[0]!.id] })).toEqual({ draft: null });
    expect(stored(dir)).toEqual(before);
    expect(events).toEqual([]);
    s.close();
  });

  it('refuses, changing nothing, a request of another person, one no longer waiting, or none at all', async () => {
    const { s, dir } = setup();
    const helene = await personWithRequests(s, 'Hélène Martin', ['Installer Zoom', 'Régler le son des appels']);
    const lucien = await personWithRequests(s, 'Lucien Garnier', ['Changer le fond d’écran']);
    await call(s, 'setFollowupStatus', { id: helene.followups[1]!.id, status: 'dismissed' });
    const before = stored(dir);

    const foreign = await s.dispatch('amendMandateFromFollowups', { personId: helene.personId, followupIds: [helene.followups[0]!.id, lucien.followups[0]!.id] });
    const dismissed = await s.dispatch('amendMandateFromFollowups', { personId: helene.personId, followupIds: [helene.followups[1]!.id] });
    const none = await s.dispatch('amendMandateFromFollowups', { personId: helene.personId, followupIds: [] });

    expect(foreign.ok || foreign.error.code).toBe('not_found');
    expect(dismissed.ok || dismissed.error.message).toBe('Cette demande n’existe pas (ou plus).');
    expect(none.ok || none.error.fields?.followupIds).toEqual({ key: 'followups.noneChosen' });
    expect(stored(dir)).toEqual(before);
    s.close();
  });
});
