import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from './i18n';
import { ScreenLoader } from './components/ScreenLoader';
import { useFocusOnViewChange } from './components/use-focus-on-view-change';
import {
  DossierScreen,
  HistoryScreen,
  MandateScreen,
  PrintScreen,
  RehearsalScreen,
  RevokeScreen,
  SettingsScreen,
  SignScreen,
  TimelineScreen,
} from './lazy-screens';
import { PersonScreen } from './screens/PersonScreen';
import { PersonsScreen } from './screens/PersonsScreen';
import { RetentionNotice } from './screens/RetentionNotice';
import { StartupIntegrityBanner } from './screens/StartupIntegrityBanner';
import { LockScreen } from './lock/LockScreen';
import { useActivity } from './lock/use-activity';
import { SessionScreen } from './session/SessionScreen';
import { useLockStore } from './stores/lock-store';
import { useNavStore } from './stores/nav-store';
import { useSettingsStore } from './stores/settings-store';

export function App() {
  const settings = useSettingsStore((s) => s.settings);
  const lock = useLockStore((s) => s.state);

  useEffect(() => {
    void setLanguage(settings.language).catch(() => undefined);
    const root = document.documentElement;
    root.dataset.textScale = String(settings.textScale);
    root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  }, [settings.language, settings.textScale, settings.highContrast]);

  // The main process holds the lock; while it is on, nothing of the app is drawn.
  if (lock?.locked) return <LockScreen state={lock} />;
  return <UnlockedApp helperName={lock?.helper?.name ?? null} />;
}

function UnlockedApp({ helperName }: { helperName: string | null }) {
  const { t } = useTranslation();
  const view = useNavStore((s) => s.view);
  const go = useNavStore((s) => s.go);
  const idleSeconds = useSettingsStore((s) => s.settings.lockIdleSeconds);
  const lockNow = useLockStore((s) => s.lockNow);
  const main = useRef<HTMLElement>(null);
  useFocusOnViewChange(main, JSON.stringify(view));
  useActivity(idleSeconds);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span> <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        <nav aria-label={t('app.nav.label')}>
          <ul>
            <li>
              <button type="button" aria-current={view.name === 'persons' || view.name === 'person' ? 'page' : undefined} onClick={() => go({ name: 'persons' })}>
                {t('app.nav.persons')}
              </button>
            </li>
            <li>
              <button type="button" aria-current={view.name === 'history' || view.name === 'sessionTimeline' ? 'page' : undefined} onClick={() => go({ name: 'history' })}>
                {t('history.nav')}
              </button>
            </li>
            <li>
              <button type="button" aria-current={view.name === 'settings' ? 'page' : undefined} onClick={() => go({ name: 'settings' })}>
                {t('app.nav.settings')}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => void lockNow()}>
                {t('lock.lockNow')}
              </button>
            </li>
          </ul>
        </nav>
        {helperName && <p className="unlocked-as">{t('lock.openedAs', { name: helperName })}</p>}
      </header>
      <StartupIntegrityBanner />
      <RetentionNotice />
      <main id="main" tabIndex={-1} ref={main}>
        <ScreenLoader key={view.name}>
          {view.name === 'persons' && <PersonsScreen />}
          {view.name === 'person' && <PersonScreen personId={view.personId} />}
          {view.name === 'settings' && <SettingsScreen />}
          {view.name === 'history' && <HistoryScreen personId={view.personId} />}
          {view.name === 'sessionTimeline' && <TimelineScreen sessionId={view.sessionId} />}
          {view.name === 'session' && <SessionScreen sessionId={view.sessionId} />}
          {view.name === 'mandate' && <MandateScreen key={view.mandateId ?? 'new'} personId={view.personId} mandateId={view.mandateId} />}
          {view.name === 'mandateSign' && <SignScreen mandateId={view.mandateId} />}
          {view.name === 'mandateRevoke' && <RevokeScreen mandateId={view.mandateId} />}
          {view.name === 'rehearsal' && <RehearsalScreen personId={view.personId} />}
          {view.name === 'print' && <PrintScreen doc={view.doc} id={view.id} largePrint={view.largePrint} />}
          {view.name === 'dossier' && <DossierScreen personId={view.personId} />}
        </ScreenLoader>
      </main>
    </>
  );
}
