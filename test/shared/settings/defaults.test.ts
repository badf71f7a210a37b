import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { Settings } from '../../../shared/settings/schema';

describe('settings defaults', () => {
  it('are exactly what the schema gives an empty file', () => {
    expect(Settings.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('fill each missing field of a partial file with the plain default', () => {
    const parsed = Settings.parse({ language: 'en', retentionMonths: 24 });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, language: 'en', retentionMonths: 24 });
  });

  it('never hand out the shared overrides object, so a parsed copy can change freely', () => {
    const a = Settings.parse({});
    a.talkingPointOverrides['preparation.never-unknown'] = 'Autre phrase.';
    expect(Settings.parse({}).talkingPointOverrides).toEqual({});
    expect(DEFAULT_SETTINGS.talkingPointOverrides).toEqual({});
  });
});
