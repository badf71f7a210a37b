import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { CHECKLIST_STATUSES, type ChecklistStatus } from '../../../shared/session/event-values';
import type { ChecklistEntry } from '../../../shared/session/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSessionStore } from '../stores/session-store';
import type { Send } from '../stores/session-store';
import { busyProps } from './busy';

/** One action of the mandate: fait / pas fait / reporté, with a short note; each change logged. */
export function ChecklistItem({ item, entry, send }: { item: { id: string; label: string }; entry: ChecklistEntry | undefined; send: Send }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [note, setNote] = useState(entry?.note ?? '');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const base = `check-${item.id}`;
  const set = (status: ChecklistStatus) => void send({ type: 'set_checklist', itemId: item.id, scopeLabel: item.label, status, note }).then(setError);
  return (
    <li className="checklist-item">
      <fieldset>
        <legend>{item.label}</legend>
        <div className="radio-row">
          {CHECKLIST_STATUSES.map((status) => (
            <span key={status} className="check">
              <input id={`${base}-${status}`} type="radio" name={base} checked={entry?.status === status} {...busyProps(busy)} onChange={() => set(status)} />
              <label htmlFor={`${base}-${status}`}>{t(`session.checklist.${status}`)}</label>
            </span>
          ))}
        </div>
        <label htmlFor={`${base}-note`}>{t('session.checklist.note')}</label>
        <input
          id={`${base}-note`}
          value={note}
          maxLength={200}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => entry && note !== (entry.note ?? '') && set(entry.status)}
        />
        <ErrorMessage error={error} />
      </fieldset>
    </li>
  );
}
