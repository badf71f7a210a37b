import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServicesHost } from '../../../electron/services/host';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { testHostKeys } from '../../helpers/test-key';

const tempDir = useTempDirs();

describe('control characters at the services’ boundary', () => {
  it('a name or a folder holding one is refused in French and nothing is written', async () => {
    const dir = tempDir();
    const host = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    try {
      const person = await host.dispatch('createPerson', { name: 'Hélène \u202eMartin' });
      expect(person).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('caractère invisible ou de contrôle'), fields: { name: { key: 'input.controlChars' } } } });
      const target = join(dir, 'usb\nkey');
      const backup = await host.dispatch('createBackup', { folder: target });
      expect(backup).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Ce chemin contient un caractère invisible') } });
      expect(existsSync(target)).toBe(false);
      expect(await host.dispatch('listPersons', {})).toEqual({ ok: true, value: [] });
    } finally {
      host.close();
    }
  });
});
