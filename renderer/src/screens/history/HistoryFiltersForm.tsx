import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HISTORY_OUTCOMES, type HistoryFilters, type HistoryOutcome } from '../../../../shared/history/calls';
import { useHistoryStore } from '../../stores/history-store';
import { useQuery } from '../../stores/query';

/**
 * Search words apply on « Chercher » (or Entrée); the other filters apply as soon as they
 * change. The person filter comes from the screen (a person's file) and is kept here.
 */
export function HistoryFiltersForm() {
  const { t } = useTranslation();
  const { filters, text, setQuery } = useHistoryStore();
  const [draft, setDraft] = useState(text);
  const helpers = useQuery('listHistoryHelpers', {}, { refreshOn: ['helpersChanged'] }).data ?? { profiles: [], otherNames: [] };
  // One select for profiles and for the names of sessions held before profiles: the value says which.
  const helperValue = filters.helperId ? `id:${filters.helperId}` : filters.helperName ? `name:${filters.helperName}` : '';
  const chooseHelper = (value: string) =>
    apply({
      helperId: value.startsWith('id:') ? value.slice(3) : undefined,
      helperName: value.startsWith('name:') ? value.slice(5) : undefined,
    });
  const id = useId();

  useEffect(() => setDraft(text), [text]);

  const apply = (change: Partial<HistoryFilters>) => {
    const next: HistoryFilters = { ...filters, ...change };
    for (const key of Object.keys(next) as (keyof HistoryFilters)[]) if (next[key] === undefined || next[key] === '' || next[key] === false) delete next[key];
    void setQuery(next, draft);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void setQuery(filters, draft);
  };
  const clear = () => {
    setDraft('');
    void setQuery(filters.personId ? { personId: filters.personId } : {}, '');
  };

  return (
    <form role="search" aria-label={t('history.filters')} className="history-filters" onSubmit={submit}>
      <div className="field history-search">
        <label htmlFor={`${id}-text`}>{t('history.search')}</label>
        <p className="hint" id={`${id}-text-hint`}>
          {t('history.searchHint')}
        </p>
        <div className="history-search-row">
          <input id={`${id}-text`} type="search" value={draft} maxLength={200} aria-describedby={`${id}-text-hint`} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="primary">
            {t('history.searchButton')}
          </button>
        </div>
      </div>
      <div className="history-filter-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('history.from')}</label>
          <input id={`${id}-from`} type="date" value={filters.from ?? ''} onChange={(e) => apply({ from: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('history.to')}</label>
          <input id={`${id}-to`} type="date" value={filters.to ?? ''} onChange={(e) => apply({ to: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-helper`}>{t('history.helper')}</label>
          <select id={`${id}-helper`} value={helperValue} onChange={(e) => chooseHelper(e.target.value)}>
            <option value="">{t('history.helperAny')}</option>
            {helpers.profiles.map((h) => (
              <option key={h.id} value={`id:${h.id}`}>
                {h.retired ? t('history.helperRetired', { name: h.name }) : h.name}
              </option>
            ))}
            {helpers.otherNames.map((name) => (
              <option key={name} value={`name:${name}`}>
                {t('history.helperOldName', { name })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t('history.outcome')}</label>
          <select
            id={`${id}-outcome`}
            value={filters.outcome ?? ''}
            onChange={(e) => apply({ outcome: (e.target.value || undefined) as HistoryOutcome | undefined })}
          >
            <option value="">{t('history.outcomeAny')}</option>
            {HISTORY_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`history.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="check">
        <input id={`${id}-pending`} type="checkbox" checked={filters.pendingFollowups ?? false} onChange={(e) => apply({ pendingFollowups: e.target.checked })} />
        <label htmlFor={`${id}-pending`}>{t('history.pendingOnly')}</label>
      </div>
      <div className="actions">
        <button type="button" onClick={clear}>
          {t('history.clear')}
        </button>
      </div>
    </form>
  );
}
