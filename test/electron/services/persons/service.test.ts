import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { testFolderKey } from '../../../helpers/test-key';

const tempDir = useTempDirs();

function services(dir = tempDir()) {
  return createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
}

describe('persons through dispatch (real SQLite file)', () => {
  it('creates, lists sorted by name ignoring accents, searches, updates, and survives a reopen', async () => {
    const dir = tempDir();
    const s = services(dir);
    for (const name of ['Zoé Lefèvre', 'émile Bernard', 'Claire Petit']) {
      const r = await s.dispatch('createPerson', { name, phone: '01 02', notes: '' });
      expect(r.ok).toBe(true);
    }
    const list = await s.dispatch('listPersons', {});
    expect(list.ok && (list.value as { name: string }[]).map((p) => p.name)).toEqual(['Claire Petit', 'émile Bernard', 'Zoé Lefèvre']);
    const found = await s.dispatch('listPersons', { query: 'LEFEVRE' });
    expect(found.ok && (found.value as { name: string }[]).map((p) => p.name)).toEqual(['Zoé Lefèvre']);
    const wildcard = await s.dispatch('listPersons', { query: '%' });
    expect(wildcard.ok && (wildcard.value as unknown[]).length).toBe(0);

    const first = list.ok ? (list.value as { id: string }[])[0]! : null;
    const upd = await s.dispatch('updatePerson', { id: first!.id, name: 'Aline Petit', phone: '', notes: 'x' });
    expect(upd.ok).toBe(true);
    s.close();

    const again = services(dir);
    const after = await again.dispatch('listPersons', {});
    expect(after.ok && (after.value as { name: string }[]).map((p) => p.name)).toEqual(['Aline Petit', 'émile Bernard', 'Zoé Lefèvre']);
    again.close();
  });

  it('ids are UUIDv7 strings, increasing with time', async () => {
    const s = services();
    const a = await s.dispatch('createPerson', { name: 'A' });
    const b = await s.dispatch('createPerson', { name: 'B' });
    const ida = a.ok ? (a.value as { id: string }).id : '';
    const idb = b.ok ? (b.value as { id: string }).id : '';
    expect(ida).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idb > ida).toBe(true);
    s.close();
  });

  it('answers unknown ids and bad input with French errors', async () => {
    const s = services();
    const missing = await s.dispatch('getPerson', { id: '0190a0a0-0000-7000-8000-000000000001' });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', key: 'persons.notFound', message: "Cette personne n'existe pas (ou plus)." } });
    const upd = await s.dispatch('updatePerson', { id: '0190a0a0-0000-7000-8000-000000000001', name: 'X' });
    expect(upd.ok).toBe(false);
    const bad = await s.dispatch('createPerson', { name: 'A'.repeat(121) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Le nom est trop long (120 caractères au plus).' } });
    const extra = await s.dispatch('createPerson', { name: 'A', admin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(s.db.prepare('SELECT count(*) c FROM persons').get()).toEqual({ c: 0 });
    s.close();
  });
});
