import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './bridge';
import { initI18n } from './i18n';
import { useSettingsStore } from './stores/settings-store';
import { usePersonsStore } from './stores/persons-store';
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
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
