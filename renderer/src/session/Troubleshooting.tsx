import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionState } from '../../../shared/session/state';
import { stepIndex } from '../../../shared/session/step-ids';
import { frenchText } from '../../../shared/messages/format';
import { msg } from '../../../shared/messages/message';
import { LABEL_PARAMS } from '../../../shared/session/quick-assist-labels';
import { stepTitle } from '../../../shared/session/step-guides';
import { DEFAULT_TROUBLESHOOTING, troubleshootingFor } from '../../../shared/session/troubleshooting';
import { ErrorMessage } from '../components/ErrorMessage';
import { useMessage } from '../i18n/messages';
import type { Send } from '../stores/session-store';

/**
 * The usual failures, from any step: a disclosure (keyboard-native), the cards of this step first.
 * What the helper checks is in the UI language; what is said to the person stays French.
 */
export function Troubleshooting({ state, send }: { state: SessionState; send: Send }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  return (
    <section className="troubleshooting" aria-labelledby="trouble-title">
      <h2 id="trouble-title">
        <button type="button" aria-expanded={open} aria-controls="trouble-cards" onClick={() => setOpen((v) => !v)}>
          {t('session.trouble.open')}
        </button>
      </h2>
      <div id="trouble-cards" hidden={!open}>
        <ErrorMessage error={error} />
        {/* Built when opened: the closed disclosure costs the panel's first paint nothing. */}
        {open &&
          troubleshootingFor(DEFAULT_TROUBLESHOOTING, state.step).map((card) => (
            <details key={card.id} className="trouble-card">
              <summary>{message(msg(card.title, LABEL_PARAMS))}</summary>
              <p className="trouble-sub">{t('session.trouble.check')}</p>
              <ul>
                {card.check.map((c) => (
                  <li key={c}>{message(msg(c, LABEL_PARAMS))}</li>
                ))}
              </ul>
              <p className="trouble-sub">{t('session.trouble.say')}</p>
              <ul lang="fr">
                {card.say.map((c) => (
                  <li key={c}>{`«\u00a0${c}\u00a0»`}</li>
                ))}
              </ul>
              {card.backTo && stepIndex(card.backTo) < stepIndex(state.step) && (
                <button
                  type="button"
                  onClick={() =>
                    // The log keeps the card's French title, like every reason written into it.
                    void send({ type: 'jump', to: card.backTo!, reason: frenchText(msg(card.title, LABEL_PARAMS)) }).then((e) => {
                      setError(e);
                      if (!e) setOpen(false);
                    })
                  }
                >
                  {t('session.trouble.backTo', { step: message(stepTitle(card.backTo)) })}
                </button>
              )}
            </details>
          ))}
      </div>
    </section>
  );
}
