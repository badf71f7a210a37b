import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../bridge';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useHistoryStore } from '../../stores/history-store';
import { useNavStore } from '../../stores/nav-store';
import { HistoryFiltersForm } from './HistoryFiltersForm';
import { HistoryResults } from './HistoryResults';
import './history.css';

/** « Historique »: every session, or one person's when opened from their file. */
export function HistoryScreen({ personId }: { personId?: string | undefined }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const { filters, text, error, setQuery, load } = useHistoryStore();
  const [personName, setPersonName] = useState<string | null>(null);

  // The person comes from the navigation; keep the other filters only for the same person.
  useEffect(() => {
    if (filters.personId === personId) void load();
    else void setQuery(personId ? { personId } : {}, personId ? '' : text);
    // Only on entering the screen or changing person; later changes go through the form.
  }, [personId]);

  useEffect(() => {
    setPersonName(null);
    if (!personId) return;
    let live = true;
    void api()
      .getPerson({ id: personId })
      .then((r) => live && r.ok && setPersonName(r.value.name));
    return () => {
      live = false;
    };
  }, [personId]);

  return (
    <div className="history">
      <h1>{personId && personName ? t('history.titleFor', { name: personName }) : t('history.title')}</h1>
      {personId && (
        <p>
          <button type="button" className="link" onClick={() => go({ name: 'history' })}>
            {t('history.allPersons')}
          </button>
        </p>
      )}
      <HistoryFiltersForm />
      <ErrorMessage error={error} />
      <HistoryResults />
    </div>
  );
}
