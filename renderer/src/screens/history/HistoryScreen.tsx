import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useHistoryStore } from '../../stores/history-store';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { HistoryFiltersForm } from './HistoryFiltersForm';
import { HistoryResults } from './HistoryResults';
import './history.css';

/** « Historique »: every session, or one person's when opened from their file. */
export function HistoryScreen({ personId }: { personId?: string | undefined }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const { filters, text, error, setQuery, load } = useHistoryStore();
  const personName = useQuery('getPerson', personId ? { id: personId } : null).data?.name;

  // The person comes from the navigation; keep the other filters only for the same person.
  useEffect(() => {
    if (filters.personId === personId) void load();
    else void setQuery(personId ? { personId } : {}, personId ? '' : text);
    // Only on entering the screen or changing person; later changes go through the form.
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
