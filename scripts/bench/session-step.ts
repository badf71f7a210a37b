import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../electron/services/app';
import { benchFolderKey } from './bench-key';
import { median } from './stats';

/**
 * What one step of a session costs the main process, through dispatch as the renderer
 * calls it: `getSession` (the view alone: the log folded, the mandate check) and
 * `sessionCommand` (a note: the same plus a durable append), for a person with four signed
 * mandates (amended three times), the most the generated large database gives one person.
 */
export async function benchSessionStep(iterations = 300): Promise<{ session_view_us_median: number; session_note_us_median: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'binome-bench-step-'));
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  const s = createAppServices({ key: benchFolderKey(), dataDir: dir, settingsFile: { store: {} }, version: 'bench', log: () => {}, now: () => new Date(clock.now) });
  try {
    const sessionId = await seed(s);
    // The view alone first, on a short log, so its figure is not the fold of a growing log.
    const views: number[] = [];
    for (let i = 0; i < iterations; i++) {
      clock.now += 1000;
      const t = performance.now();
      await ok(s.dispatch('getSession', { sessionId }));
      views.push(performance.now() - t);
    }
    const notes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      clock.now += 1000;
      const t = performance.now();
      await ok(s.dispatch('sessionCommand', { sessionId, command: { type: 'add_note', text: `Étape ${i} expliquée à voix haute` } }));
      notes.push(performance.now() - t);
    }
    return { session_view_us_median: Math.round(median(views) * 1000), session_note_us_median: Math.round(median(notes) * 1000) };
  } finally {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ok(r: ReturnType<AppServices['dispatch']>) {
  const answer = await r;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as { id: string; mandate: { id: string } };
}

const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;

async function seed(s: AppServices): Promise<string> {
  const person = await ok(s.dispatch('createPerson', { name: 'Hélène Martin' }));
  let id: string | null = null;
  for (let v = 0; v < 4; v++) {
    const draft: { mandate: { id: string } } = id
      ? await ok(s.dispatch('startMandateAmendment', { id, extraItems: [{ label: `Action ajoutée ${v}` }] }))
      : await ok(
          s.dispatch('createMandateDraft', {
            personId: person.id,
            helperName: 'Camille Aidante',
            associationName: 'Les Binômes',
            scopeItems: [{ label: 'Installer l’imprimante' }, { label: 'Créer une adresse e-mail' }, { label: 'Mettre à jour Windows' }],
            exclusions: ['Aucune opération bancaire'],
            tools: ['Assistance rapide'],
            validity: { kind: 'preset', preset: '1y', start: '2026-03-02' },
            sessionMinutes: 45,
            place: 'Lyon',
          }),
        );
    id = draft.mandate.id;
    await ok(s.dispatch('recordMandateConsent', { id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG } }));
  }
  return (await ok(s.dispatch('startSession', { personId: person.id }))).id;
}
