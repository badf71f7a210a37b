import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSessionStore, type Send } from '../stores/session-store';
import { busyProps } from './busy';

/** Control given or stopped: logged as it happens, so the record says when the helper had the hand. */
export function ControlToggle({ active, send }: { active: boolean; send: Send }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [error, setError] = useState<AppErrorValue | null>(null);
  return (
    <div className="control-toggle">
      <p className={active ? 'control-on' : 'control-off'}>{active ? t('session.control.on') : t('session.control.off')}</p>
      <button type="button" className={active ? 'danger' : 'primary'} {...busyProps(busy)} onClick={() => void send({ type: active ? 'stop_control' : 'grant_control' }).then(setError)}>
        {active ? t('session.control.stop') : t('session.control.grant')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
