import Conf from 'conf';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../electron/services/event-bus';
import { createSettingsService } from '../../../electron/services/settings';
import { openSettingsFile } from '../../../electron/services/settings-file';
import { DEFAULT_SETTINGS } from '../../../shared/settings/schema';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const confIn = (dir: string) => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false });

describe('settings (conf file, same schema as electron-store)', () => {
  it('starts from defaults, persists a valid patch to settings.json', () => {
    const dir = tempDir();
    const bus = new EventBus();
    const onChange = vi.fn();
    bus.subscribe(onChange);
    const s = createSettingsService(confIn(dir), bus);
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    s.update({ language: 'en', textScale: 150 });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('settingsChanged', expect.objectContaining({ language: 'en', textScale: 150 }));
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ language: 'en', textScale: 150, version: 1 });
    expect(createSettingsService(confIn(dir)).get().textScale).toBe(150);
  });

  it('changes only what the patch names (saving one section never resets another)', () => {
    const s = createSettingsService(confIn(tempDir()));
    s.update({ associationName: 'Les Binômes du Rhône', associationPhone: '04 78 00 12 34', helperName: 'Camille' });
    s.update({ talkingPointOverrides: { 'connect.code': 'Lisez-moi le code.' } });
    s.update({ retentionEnabled: false, retentionMonths: 60 });
    expect(s.get()).toMatchObject({ associationName: 'Les Binômes du Rhône', associationPhone: '04 78 00 12 34', helperName: 'Camille', talkingPointOverrides: { 'connect.code': 'Lisez-moi le code.' }, retentionEnabled: false, retentionMonths: 60 });
  });

  it('holds the association’s identity, each field checked', () => {
    const s = createSettingsService(confIn(tempDir()));
    const identity = { associationName: 'Les Binômes', associationAddress: '12 rue des Lilas, 69003 Lyon', associationPhone: '+33 4 78 00 12 34', associationEmail: 'contact@binomes.example', dataController: 'Les Binômes, représentée par sa présidente', rightsContact: 'rgpd@binomes.example' };
    expect(s.update(identity)).toMatchObject(identity);
    expect(() => s.update({ associationPhone: '04 78 AB' })).toThrow(/Le téléphone ne peut contenir que des chiffres/);
    expect(() => s.update({ associationPhone: '12' })).toThrow(/trop court/);
    expect(() => s.update({ associationEmail: 'contact@' })).toThrow(/n’est pas valide/);
    expect(() => s.update({ associationAddress: 'x'.repeat(301) })).toThrow(/trop longue/);
    expect(s.get()).toMatchObject(identity);
    expect(s.update({ associationEmail: '' }).associationEmail).toBe('');
  });

  it('refuses a bad patch with a French message and changes nothing', () => {
    const dir = tempDir();
    const s = createSettingsService(confIn(dir));
    expect(() => s.update({ codeDurationMinutes: 0 })).toThrow('La durée du code est d’au moins 1 minute.');
    expect(() => s.update({ textScale: 130 as 125 })).toThrow('Taille de texte : 100, 125 ou 150 %.');
    expect(() => s.update({ unknown: 1 } as never)).toThrow();
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a hand-edited file field by field, keeping the valid fields', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'en', textScale: 'huge', codeDurationMinutes: 12 }));
    const s = createSettingsService(confIn(dir));
    expect(s.get()).toMatchObject({ language: 'en', textScale: 100, codeDurationMinutes: 12 });
  });

  it('sets an unreadable file aside instead of refusing to start', () => {
    const dir = tempDir();
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{ not json');
    const warn = vi.fn();
    const file = openSettingsFile(() => confIn(dir), path, warn);
    expect(createSettingsService(file).get()).toEqual(DEFAULT_SETTINGS);
    expect(warn.mock.calls[0]![0]).toMatch(/illisible/);
  });
});
