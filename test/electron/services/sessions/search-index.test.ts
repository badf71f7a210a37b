import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { call } from '../../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { testFolderKey } from '../../../helpers/test-key';

const tempDir = useTempDirs();

function setup() {
  return createAppServices({ key: testFolderKey, dataDir: tempDir(), settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => new Date('2026-03-02T10:00:00Z') });
}
type S = ReturnType<typeof setup>;

async function sessionWithNote(s: S, name: string, note: string) {
  const person = await call(s, 'createPerson', { name });
  const v = await call(s, 'startSession', { personId: person.id });
  await call(s, 'sessionCommand', { sessionId: v.id, command: { type: 'add_note', text: note } });
  return { personId: person.id, sessionId: v.id };
}

const found = async (s: S, text: string) => (await call(s, 'searchHistory', { text })).items.map((i) => i.id);
const indexed = (s: S) => s.db.prepare("SELECT count(*) FROM session_search WHERE kind = 'note'").pluck().get();

describe('the notes’ search index, kept up in batches', () => {
  it('an append leaves the index alone; the next search indexes every note since the last one first', async () => {
    const s = setup();
    const a = await sessionWithNote(s, 'Rose Petit', 'Imprimante branchée au salon');
    const b = await sessionWithNote(s, 'Jean Dupont', 'La box redémarre la nuit');
    expect(indexed(s)).toBe(0);
    expect(await found(s, 'imprimante')).toEqual([a.sessionId]);
    expect(await found(s, 'box')).toEqual([b.sessionId]);
    expect(indexed(s)).toBe(2);
    await call(s, 'sessionCommand', { sessionId: a.sessionId, command: { type: 'add_note', text: 'Scanner installé aussi' } });
    expect(await found(s, 'scanner')).toEqual([a.sessionId]);
    expect(indexed(s)).toBe(3);
    s.close();
  });

  it('after an erasure took the newest events, the notes written next are still indexed', async () => {
    const s = setup();
    const a = await sessionWithNote(s, 'Rose Petit', 'Imprimante branchée au salon');
    const b = await sessionWithNote(s, 'Zéphyrine Quillebeuf', 'Kumquat orbital');
    await call(s, 'sessionCommand', { sessionId: b.sessionId, command: { type: 'close', outcome: 'aborted' } });
    expect(await found(s, 'kumquat')).toEqual([b.sessionId]);
    // The erased person's events were the newest rows: SQLite numbers the next ones from below them.
    await call(s, 'erasePerson', { id: b.personId, confirmName: 'Zéphyrine Quillebeuf' });
    await call(s, 'sessionCommand', { sessionId: a.sessionId, command: { type: 'add_note', text: 'Scanner installé aussi' } });
    expect(await found(s, 'scanner')).toEqual([a.sessionId]);
    expect(await found(s, 'kumquat')).toEqual([]);
    s.close();
  });
});
