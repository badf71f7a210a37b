import type { AppErrorValue } from '../../../shared/ipc/result';
import type { HygieneItem } from '../../../shared/session/hygiene';
import type { SessionState } from '../../../shared/session/state';
import { useMessage } from '../i18n/messages';
import { useSessionStore, type Send } from '../stores/session-store';
import { busyProps } from './busy';

/** One item of the closing checklist, ticked in the log: at « Fin du partage » and at the closing. */
export function HygieneCheck({ item, state, send, onError }: { item: HygieneItem; state: SessionState; send: Send; onError(error: AppErrorValue | null): void }) {
  const text = useMessage();
  const busy = useSessionStore((s) => s.busy);
  return (
    <div className="check">
      <input
        id={`hygiene-${item.id}`}
        type="checkbox"
        checked={state.hygiene[item.id] === true}
        {...busyProps(busy)}
        onChange={(e) => void send({ type: 'check_hygiene', itemId: item.id, checked: e.target.checked }).then(onError)}
      />
      <label htmlFor={`hygiene-${item.id}`}>{text({ key: item.label })}</label>
    </div>
  );
}
