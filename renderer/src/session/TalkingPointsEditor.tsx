import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { STEP_IDS } from '../../../shared/session/step-ids';
import { stepTitle } from '../../../shared/session/step-guides';
import { DEFAULT_TALKING_POINTS, resolveTalkingPoints, talkingPointsFor } from '../../../shared/session/talking-points';
import { useMessage } from '../i18n/messages';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSettingsStore } from '../stores/settings-store';

/**
 * The talking points in settings: each editable, each restorable to our default text.
 * Saved one by one (not with the settings form) so a half-edited form never loses them.
 */
export function TalkingPointsEditor() {
  const { t } = useTranslation();
  const message = useMessage();
  const { settings, update } = useSettingsStore();
  const overrides = settings.talkingPointOverrides;
  const points = resolveTalkingPoints(DEFAULT_TALKING_POINTS, overrides);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');

  async function save(id: string, text: string | null) {
    const next = { ...overrides };
    if (text === null || text.trim() === '') delete next[id];
    else next[id] = text.trim();
    const failure = await update({ talkingPointOverrides: next });
    setError(failure);
    if (!failure) {
      setDrafts(({ [id]: _dropped, ...rest }) => rest);
      setStatus(text === null ? t('session.editor.restored') : t('session.editor.saved'));
    }
  }

  return (
    <section className="card talking-points-editor" aria-labelledby="tp-editor-title">
      <h2 id="tp-editor-title">{t('session.editor.title')}</h2>
      <p className="hint">{t('session.editor.hint')}</p>
      {/* aria-live without role=status: the settings form above owns the page's status message. */}
      <p className="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage error={error} />
      {STEP_IDS.map((step) => (
        <fieldset key={step}>
          <legend>{message(stepTitle(step))}</legend>
          {talkingPointsFor(points, step).map((p, n) => {
            const value = drafts[p.id] ?? p.text;
            return (
              <div key={p.id} className="field">
                <label htmlFor={`tp-${p.id}`}>{t('session.editor.point', { n: n + 1, step: message(stepTitle(step)) })}</label>
                <textarea id={`tp-${p.id}`} rows={2} maxLength={500} value={value} onChange={(e) => setDrafts((d) => ({ ...d, [p.id]: e.target.value }))} />
                <div className="actions">
                  <button type="button" disabled={value === p.text} onClick={() => void save(p.id, value)}>
                    {t('session.editor.save')}
                  </button>
                  {p.overridden && (
                    <button type="button" onClick={() => void save(p.id, null)}>
                      {t('session.editor.restore')}
                    </button>
                  )}
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
