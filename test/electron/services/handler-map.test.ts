import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app';
import { combineHandlers } from '../../../electron/services/handler-map';
import { methodNames } from '../../../shared/ipc/contract';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { testFolderKey } from '../../helpers/test-key';

const tempDir = useTempDirs();

describe('the domains’ handler maps, combined', () => {
  it('a call answered by two domains is refused at start-up', () => {
    const persons = { listPersons: () => [] };
    const other = { listPersons: () => [], getSettings: () => ({}) };
    expect(() => combineHandlers(persons, other)).toThrow(/Duplicate IPC name: listPersons/);
    expect(Object.keys(combineHandlers(persons, { getSettings: () => ({}) }))).toEqual(['listPersons', 'getSettings']);
  });

  it('every call of the contract reaches a handler: none answers « unknown »', async () => {
    const s = createAppServices({ key: testFolderKey, dataDir: tempDir(), settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    for (const name of methodNames) {
      // An input no call accepts: the contract refuses it before the handler, which must exist.
      const r = await s.dispatch(name, { '\u0000': 1 });
      expect(r.ok || r.error.code, name).not.toBe('unknown_method');
    }
    expect(await s.dispatch('noSuchCall', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    s.close();
  });

  it('services opened without a host answer the recovery calls from the same table: ready, and no restore', async () => {
    const dir = tempDir();
    const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    expect(await s.dispatch('getStartupState', {})).toEqual({ ok: true, value: { status: 'ready', plainData: false, progress: null, reason: null, damagedPath: null } });
    expect(await s.dispatch('listRestoreCandidates', {})).toEqual({ ok: true, value: [] });
    expect(await s.dispatch('restoreBackup', { path: '/tmp/x.sqlite' })).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'restore.unavailableHere' } });
    expect(await s.dispatch('startEmpty', { confirm: true })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'restore.alreadyOpen' } });
    s.close();
  });
});
