import { z } from 'zod';
import { Settings, SettingsPatch } from './schema';

export const settingsCalls = {
  getSettings: { input: z.object({}).strict().default({}), output: Settings },
  updateSettings: { input: SettingsPatch, output: Settings },
} as const;

export const settingsEvents = {
  settingsChanged: Settings,
} as const;
