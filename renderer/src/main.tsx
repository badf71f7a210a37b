import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './bridge';
import { ScreenLoader } from './components/ScreenLoader';
import { initI18n, setLanguage } from './i18n';
import { RecoveryScreen } from './lazy-screens';
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
  // The main process could not open the data: only the recovery screen, in French (no settings).
  const recovery = startup.ok && startup.value.status === 'recovery' ? startup.value : null;
  root.render(
    <StrictMode>
      {recovery ? (
        <ScreenLoader>
          <RecoveryScreen state={recovery} />
        </ScreenLoader>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
