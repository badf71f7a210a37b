import { useTranslation } from 'react-i18next';
import { setLayout } from '../stores/layout-actions';
import { useLockStore } from '../stores/lock-store';
import { useSettingsStore } from '../stores/settings-store';

/** In the full window, on the session panel: switch to the compact panel beside Quick Assist. */
export function CompactToggle() {
  const { t } = useTranslation();
  const pinned = useSettingsStore((s) => s.settings.panelAlwaysOnTop);
  return (
    <button type="button" aria-pressed={false} onClick={() => void setLayout('panel', pinned)}>
      {t('session.layout.panel')}
    </button>
  );
}

/**
 * In the compact panel, in place of the app's navigation: keep the panel on top, or leave it.
 * The one way back to the full window, on every screen. « Verrouiller » is there too once a
 * profile has a PIN: beside Quick Assist is where a helper steps away from the laptop.
 */
export function CompactBar() {
  const { t } = useTranslation();
  const pinned = useSettingsStore((s) => s.settings.panelAlwaysOnTop);
  const lockable = useLockStore((s) => s.state?.profiles.some((p) => p.hasPin) ?? false);
  const lockNow = useLockStore((s) => s.lockNow);
  return (
    <header className="compact-bar" aria-label={t('session.layout.bar')}>
      <div className="check">
        <input id="layout-pinned" type="checkbox" checked={pinned} onChange={(e) => void setLayout('panel', e.target.checked)} />
        <label htmlFor="layout-pinned">{t('session.layout.pinned')}</label>
      </div>
      <button type="button" className="small" onClick={() => void setLayout('full', pinned)}>
        {t('session.layout.leave')}
      </button>
      {lockable && (
        // A padlock alone: the bar must stay one line at 380 px, so that the step keeps its height.
        <button type="button" className="small icon-button" aria-label={t('lock.lockNow')} title={t('lock.lockNow')} onClick={() => void lockNow()}>
          <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M4 7V5a4 4 0 0 1 8 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
          </svg>
        </button>
      )}
    </header>
  );
}
