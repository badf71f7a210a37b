import { useState } from 'react';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { HYGIENE_ITEMS, QUICK_ASSIST_CLOSED } from '../../../shared/session/hygiene';
import type { SessionState } from '../../../shared/session/state';
import { ErrorMessage } from '../components/ErrorMessage';
import type { Send } from '../stores/session-store';
import { HygieneCheck } from './HygieneCheck';

/**
 * « Fin du partage »: the item of the closing checklist that says Quick Assist is closed on the
 * person's side and the helper's window shows nothing. Until it is ticked the step cannot be left,
 * and no sentence says the helper sees nothing.
 */
export function EndSharingStep({ state, send }: { state: SessionState; send: Send }) {
  const [error, setError] = useState<AppErrorValue | null>(null);
  const item = HYGIENE_ITEMS.find((i) => i.id === QUICK_ASSIST_CLOSED)!;
  return (
    <div className="end-sharing">
      <HygieneCheck item={item} state={state} send={send} onError={setError} />
      <ErrorMessage error={error} />
    </div>
  );
}
