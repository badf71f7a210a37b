import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './bridge';
import { initI18n } from './i18n';
import { RecoveryGate } from './screens/RecoveryScreen';
import { useSettingsStore } from './stores/settings-store';
import { usePersonsStore } from './stores/persons-store';
import { useSessionStore } from './stores/session-store';
import './styles.css';

const i18n = initI18n('fr');
const root = createRoot(document.getElementById('root')!);
const bridge = getApi();

if (!bridge) {
  root.render(
    <p role="alert" className="error">
      {i18n.t('app.noBridge')}
    </p>,
  );
} else {
  const settings = useSettingsStore.getState();
  await settings.load();
  bridge.on('settingsChanged', (s) => useSettingsStore.getState().receive(s));
  bridge.on('personsChanged', () => void usePersonsStore.getState().load());
  bridge.on('sessionChanged', ({ sessionId }) => void useSessionStore.getState().changed(sessionId));
  // A session left open (crash, restart, closed window) takes the helper straight back to it.
  await useSessionStore.getState().resume();
  root.render(
    <StrictMode>
      <RecoveryGate>
        <App />
      </RecoveryGate>
    </StrictMode>,
  );
}
