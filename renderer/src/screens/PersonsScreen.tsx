import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/persons/schema';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavStore } from '../stores/nav-store';
import { usePersonsStore } from '../stores/persons-store';
import { PersonForm } from './PersonForm';

export function PersonsScreen() {
  const { t } = useTranslation();
  const { persons, query, loaded, error, setQuery, load } = usePersonsStore();
  const go = useNavStore((s) => s.go);
  const [editing, setEditing] = useState<Person | null>(null);
  const [status, setStatus] = useState('');
  const searchId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="persons-layout">
      <section aria-labelledby="persons-title" className="persons-list">
        <h1 id="persons-title">{t('persons.title')}</h1>
        <div className="field">
          <label htmlFor={searchId}>{t('persons.search')}</label>
          <p className="hint" id={`${searchId}-hint`}>
            {t('persons.searchHint')}
          </p>
          <input id={searchId} type="search" value={query} aria-describedby={`${searchId}-hint`} onChange={(e) => void setQuery(e.target.value)} />
        </div>
        <ErrorMessage error={error} />
        <p className="count" aria-live="polite">
          {loaded ? t('persons.count', { count: persons.length }) : t('app.loading')}
        </p>
        {loaded && persons.length === 0 && <p>{query ? t('persons.noMatch', { query }) : t('persons.empty')}</p>}
        <ul className="person-list" aria-label={t('persons.title')}>
          {persons.map((p) => (
            <li key={p.id} className="person-item">
              <button type="button" className="link" onClick={() => go({ name: 'person', personId: p.id })} aria-label={t('persons.open', { name: p.name })}>
                <span className="person-name">{p.name}</span>
                <span className="person-phone">{p.phone || t('persons.phoneNone')}</span>
              </button>
              <button type="button" onClick={() => setEditing(p)} aria-label={t('persons.editTitle', { name: p.name })}>
                {t('persons.edit')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="persons-form">
        <p className="status" role="status">
          {status}
        </p>
        <PersonForm
          editing={editing}
          onDone={(person) => {
            setEditing(null);
            if (person) setStatus(t('persons.saved', { name: person.name }));
          }}
        />
      </section>
    </div>
  );
}
