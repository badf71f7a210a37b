import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ScreenLoader } from './components/ScreenLoader';
import { initI18n } from './i18n';
import { EncryptingScreen, RecoveryScreen, SetupScreen, UnlockScreen } from './lazy-screens';
import { startApp } from './stores/startup';
import './styles.css';

const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);
const start = await startApp();

if (start.kind === 'no-bridge') {
  root.render(
    <p role="alert" className="error">
      {i18n.t('app.noBridge')}
    </p>,
  );
} else {
  // The data is not open: first start (the recovery phrase), locked (the phrase asked), older data
  // being encrypted, or it could not be opened (recovery). Only that screen, in French (no settings).
  const first =
    start.kind === 'recovery' ? (
      start.state.status === 'setup' ? (
        <SetupScreen state={start.state} />
      ) : start.state.status === 'locked' ? (
        <UnlockScreen />
      ) : start.state.status === 'encrypting' ? (
        <EncryptingScreen state={start.state} />
      ) : (
        <RecoveryScreen state={start.state} />
      )
    ) : null;
  root.render(<StrictMode>{first ? <ScreenLoader>{first}</ScreenLoader> : <App />}</StrictMode>);
}
