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
import { KeyFileNotice } from './screens/keys/KeyFileNotice';
import { RetentionNotice } from './screens/RetentionNotice';
import { StartupIntegrityBanner } from './screens/StartupIntegrityBanner';
import { LockScreen } from './lock/LockScreen';
import { useActivity } from './lock/use-activity';
import { CompactBar } from './session/LayoutControls';
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
    root.dataset.layout = settings.compactMode ? 'panel' : 'full';
  }, [settings.language, settings.textScale, settings.highContrast, settings.compactMode]);

  // The main process holds the lock; while it is on, nothing of the app is drawn.
  if (lock?.locked) return <LockScreen state={lock} />;
  return <UnlockedApp helperName={lock?.helper?.name ?? null} byPhrase={lock?.recovery ?? false} compact={settings.compactMode} />;
}

function UnlockedApp({ helperName, byPhrase, compact }: { helperName: string | null; byPhrase: boolean; compact: boolean }) {
  const { t } = useTranslation();
  const view = useNavStore((s) => s.view);
  const idleSeconds = useSettingsStore((s) => s.settings.lockIdleSeconds);
  const main = useRef<HTMLElement>(null);
  useFocusOnViewChange(main, JSON.stringify(view));
  useActivity(idleSeconds);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {/* The compact panel beside Quick Assist has no room for the navigation: one control leaves it. */}
      {compact ? <CompactBar /> : <AppHeader helperName={helperName} byPhrase={byPhrase} />}
      <StartupIntegrityBanner />
      <KeyFileNotice />
      <RetentionNotice />
      <main id="main" tabIndex={-1} ref={main}>
        <ScreenLoader key={view.name}>
          {view.name === 'persons' && <PersonsScreen />}
          {view.name === 'person' && <PersonScreen personId={view.personId} />}
          {view.name === 'settings' && <SettingsScreen />}
          {view.name === 'history' && <HistoryScreen personId={view.personId} />}
          {view.name === 'sessionTimeline' && <TimelineScreen sessionId={view.sessionId} />}
          {view.name === 'session' && <SessionScreen sessionId={view.sessionId} />}
          {view.name === 'mandate' && <MandateScreen key={`${view.mandateId ?? 'new'}${view.read ? '-read' : ''}`} personId={view.personId} mandateId={view.mandateId} read={view.read ?? false} />}
          {view.name === 'mandateSign' && <SignScreen mandateId={view.mandateId} />}
          {view.name === 'mandateRevoke' && <RevokeScreen mandateId={view.mandateId} />}
          {view.name === 'rehearsal' && <RehearsalScreen personId={view.personId} />}
          {view.name === 'print' && <PrintScreen doc={view.doc} id={view.id} largePrint={view.largePrint} blank={view.blank ?? false} back={view.back} />}
          {view.name === 'dossier' && <DossierScreen personId={view.personId} />}
        </ScreenLoader>
      </main>
    </>
  );
}

/** The app's name, its navigation, the lock and who opened it, in the full window. */
function AppHeader({ helperName, byPhrase }: { helperName: string | null; byPhrase: boolean }) {
  const { t } = useTranslation();
  const view = useNavStore((s) => s.view);
  const go = useNavStore((s) => s.go);
  const lockNow = useLockStore((s) => s.lockNow);
  return (
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
      {byPhrase && <p className="unlocked-as">{t('lock.openedByPhrase')}</p>}
    </header>
  );
}
