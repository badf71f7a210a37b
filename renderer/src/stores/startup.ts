import type { StartupState } from '../../../shared/records/recovery';
import { getApi } from '../bridge';
import { setLanguage } from '../i18n';
import { usePersonsStore } from './persons-store';
import { useSessionStore } from './session-store';
import { useSettingsStore } from './settings-store';

export type Start = { kind: 'no-bridge' } | { kind: 'recovery'; state: StartupState } | { kind: 'app' };

/**
 * Everything the first screen needs, before the first paint: the stores follow the main
 * process's events, the start-up reads go out together (one round trip each, side by side),
 * a session left open (crash, restart, closed window) is loaded so that the app reopens on it,
 * and the UI is in the helper's language.
 */
export async function startApp(): Promise<Start> {
  const bridge = getApi();
  if (!bridge) return { kind: 'no-bridge' };
  bridge.on('settingsChanged', (s) => useSettingsStore.getState().receive(s));
  bridge.on('personsChanged', () => void usePersonsStore.getState().load());
  bridge.on('sessionChanged', ({ sessionId }) => void useSessionStore.getState().changed(sessionId));
  const [startup] = await Promise.all([bridge.getStartupState({}), useSettingsStore.getState().load(), useSessionStore.getState().resume()]);
  // Should the English catalogue fail to load, the app stays in French rather than not starting.
  await setLanguage(useSettingsStore.getState().settings.language).catch(() => undefined);
  // The main process could not open the data: only the recovery screen, in French (no settings).
  if (startup.ok && startup.value.status === 'recovery') return { kind: 'recovery', state: startup.value };
  return { kind: 'app' };
}
