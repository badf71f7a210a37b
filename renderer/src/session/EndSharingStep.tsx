import { useState } from 'react';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { HYGIENE_ITEMS, QUICK_ASSIST_CLOSED } from '../../../shared/session/hygiene';
import type { SessionState } from '../../../shared/session/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { useMessage } from '../i18n/messages';
import { useSessionStore, type Send } from '../stores/session-store';
import { busyProps } from './busy';

/**
 * « Fin du partage »: the item of the closing checklist that says Quick Assist is closed on the
 * person's side and the helper's window shows nothing. Until it is ticked the step cannot be left,
 * and no sentence says the helper sees nothing.
 */
export function EndSharingStep({ state, send }: { state: SessionState; send: Send }) {
  const text = useMessage();
  const busy = useSessionStore((s) => s.busy);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const item = HYGIENE_ITEMS.find((i) => i.id === QUICK_ASSIST_CLOSED)!;
  return (
    <div className="end-sharing">
      <div className="check">
        <input
          id={`hygiene-${item.id}`}
          type="checkbox"
          checked={state.hygiene[item.id] === true}
          {...busyProps(busy)}
          onChange={(e) => void send({ type: 'check_hygiene', itemId: item.id, checked: e.target.checked }).then(setError)}
        />
        <label htmlFor={`hygiene-${item.id}`}>{text({ key: item.label })}</label>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
