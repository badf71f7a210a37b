import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionState } from '../../../shared/session/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSessionStore, type Send } from '../stores/session-store';
import { busyProps } from './busy';

/**
 * The person says the code box is in front of them: only then does the panel offer to generate
 * the code, so its minutes are not spent while the person looks for Quick Assist.
 */
export function CodeBoxConfirm({ state, send }: { state: SessionState; send: Send }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [error, setError] = useState<AppErrorValue | null>(null);
  if (state.codeBoxReady) return <p className="control-on">✓ {t('session.codeBox.ready')}</p>;
  return (
    <div className="code-box">
      <p>{t('session.codeBox.wait')}</p>
      <button type="button" className="primary" {...busyProps(busy)} onClick={() => void send({ type: 'confirm_code_box' }).then(setError)}>
        {t('session.codeBox.confirm')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
