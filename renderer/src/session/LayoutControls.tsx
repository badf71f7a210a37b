import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { useSettingsStore } from '../stores/settings-store';

/** Compact panel beside Quick Assist, or the full window; pinned on top or not. */
export function LayoutControls() {
  const { t } = useTranslation();
  const layout = useSessionStore((s) => s.layout);
  // Remembered in settings by the window call itself (panelAlwaysOnTop).
  const pinned = useSettingsStore((s) => s.settings.panelAlwaysOnTop);
  const setLayout = useSessionStore((s) => s.setLayout);
  return (
    <div className="layout-controls">
      <button type="button" aria-pressed={layout === 'panel'} onClick={() => void setLayout(layout === 'panel' ? 'full' : 'panel', pinned)}>
        {t('session.layout.panel')}
      </button>
      <div className="check">
        <input id="session-pinned" type="checkbox" checked={pinned} onChange={(e) => void setLayout(layout, e.target.checked)} />
        <label htmlFor="session-pinned">{t('session.layout.pinned')}</label>
      </div>
    </div>
  );
}
