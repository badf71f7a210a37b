import { NO_DIALOG } from '../../../electron/services/caller';
import Conf from 'conf';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../electron/services/settings';
import { createWindowService, type WindowControl } from '../../../electron/services/window-control';
import type { WindowMode } from '../../../shared/window/calls';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const confIn = (dir: string) => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false });

describe('setWindowMode: the compact mode is a setting', () => {
  it('is written to settings.json and read back by the next start', () => {
    const dir = tempDir();
    const applied: WindowMode[] = [];
    const control: WindowControl = { apply: (mode) => applied.push(mode) };
    const windows = createWindowService(createSettingsService(confIn(dir)), control);
    expect(windows.handlers.setWindowMode({ mode: 'panel', alwaysOnTop: false }, NO_DIALOG)).toEqual({ mode: 'panel', alwaysOnTop: false, native: true });
    expect(applied).toEqual([{ mode: 'panel', alwaysOnTop: false }]);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ compactMode: true, panelAlwaysOnTop: false });
    // A new process on the same folder.
    expect(createSettingsService(confIn(dir)).get()).toMatchObject({ compactMode: true, panelAlwaysOnTop: false });

    createWindowService(createSettingsService(confIn(dir)), undefined).handlers.setWindowMode({ mode: 'full', alwaysOnTop: true }, NO_DIALOG);
    expect(createSettingsService(confIn(dir)).get()).toMatchObject({ compactMode: false, panelAlwaysOnTop: true });
  });

  it('is validated by the schema: a bad value in the file falls back to the full window, a bad patch is refused', () => {
    const dir = tempDir();
    const settings = createSettingsService(confIn(dir));
    expect(() => settings.update({ compactMode: 'yes' as unknown as boolean })).toThrow('Le panneau compact est un oui ou non.');
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, compactMode: 'panel', textScale: 125 }));
    expect(createSettingsService(confIn(dir)).get()).toMatchObject({ compactMode: false, textScale: 125 });
  });
});
