import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './bridge';
import { ScreenLoader } from './components/ScreenLoader';
import { initI18n, setLanguage } from './i18n';
import { EncryptingScreen, RecoveryScreen, SetupScreen, UnlockScreen } from './lazy-screens';
import { useSettingsStore } from './stores/settings-store';
import { usePersonsStore } from './stores/persons-store';
import { useSessionStore } from './stores/session-store';
import './styles.css';

const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);
const bridge = getApi();

if (!bridge) {
  root.render(
    <p role="alert" className="error">
      {i18n.t('app.noBridge')}
    </p>,
  );
} else {
  bridge.on('settingsChanged', (s) => useSettingsStore.getState().receive(s));
  bridge.on('personsChanged', () => void usePersonsStore.getState().load());
  bridge.on('sessionChanged', ({ sessionId }) => void useSessionStore.getState().changed(sessionId));
  // The start-up reads do not depend on each other: asked together they cost one round trip.
  // A session left open (crash, restart, closed window) takes the helper straight back to it.
  const [startup] = await Promise.all([bridge.getStartupState({}), useSettingsStore.getState().load(), useSessionStore.getState().resume()]);
  // The first paint is already in the helper's language.
  // (Should the English catalogue fail to load, the app stays in French rather than not starting.)
  await setLanguage(useSettingsStore.getState().settings.language).catch(() => undefined);
  // The data is not open: first start (the recovery phrase), locked (the phrase asked), older data
  // being encrypted, or it could not be opened (recovery). Only that screen, in French (no settings).
  const state = startup.ok ? startup.value : null;
  const first =
    state?.status === 'recovery' ? (
      <RecoveryScreen state={state} />
    ) : state?.status === 'setup' ? (
      <SetupScreen state={state} />
    ) : state?.status === 'locked' ? (
      <UnlockScreen />
    ) : state?.status === 'encrypting' ? (
      <EncryptingScreen state={state} />
    ) : null;
  root.render(<StrictMode>{first ? <ScreenLoader>{first}</ScreenLoader> : <App />}</StrictMode>);
}
