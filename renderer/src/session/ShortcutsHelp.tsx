import { useTranslation } from 'react-i18next';

/** The keyboard shortcuts, written where the helper sees them. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const rows = ['next', 'back', 'note', 'scope'] as const;
  return (
    <details className="shortcuts">
      <summary>{t('session.shortcuts.title')}</summary>
      <dl>
        {rows.map((r) => (
          <div key={r}>
            <dt>
              <kbd>{t(`session.shortcuts.${r}Key`)}</kbd>
            </dt>
            <dd>{t(`session.shortcuts.${r}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
