import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ScreenLoader } from './components/ScreenLoader';
import { initI18n } from './i18n';
import { RecoveryScreen } from './lazy-screens';
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
  root.render(
    <StrictMode>
      {start.kind === 'recovery' ? (
        <ScreenLoader>
          <RecoveryScreen state={start.state} />
        </ScreenLoader>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
