import { useTranslation } from 'react-i18next';
import { setLayout } from '../stores/layout-actions';
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
 * The one way back to the full window, on every screen.
 */
export function CompactBar() {
  const { t } = useTranslation();
  const pinned = useSettingsStore((s) => s.settings.panelAlwaysOnTop);
  return (
    <header className="compact-bar" aria-label={t('session.layout.bar')}>
      <div className="check">
        <input id="layout-pinned" type="checkbox" checked={pinned} onChange={(e) => void setLayout('panel', e.target.checked)} />
        <label htmlFor="layout-pinned">{t('session.layout.pinned')}</label>
      </div>
      <button type="button" className="small" onClick={() => void setLayout('full', pinned)}>
        {t('session.layout.leave')}
      </button>
    </header>
  );
}
