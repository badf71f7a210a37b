import { useTranslation } from 'react-i18next';
import type { HistoryItem, SearchHit } from '../../../../shared/history/calls';
import { PAGE_SIZE, useHistoryStore } from '../../stores/history-store';
import { useNavStore } from '../../stores/nav-store';
import { formatWhen } from './format';

/** The page of sessions: each opens its timeline; the snippet marks the words found. */
export function HistoryResults() {
  const { t, i18n } = useTranslation();
  const { result, text, page, loading, setPage } = useHistoryStore();
  const go = useNavStore((s) => s.go);
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const searched = text.trim();

  return (
    <section aria-labelledby="history-results-title" className="history-results">
      <h2 id="history-results-title">{t('history.results')}</h2>
      <p className="count" aria-live="polite">
        {!result || loading
          ? t('history.loading')
          : searched
            ? t('history.found', { count: result.total, text: searched })
            : t('history.count', { count: result.total })}
      </p>
      {result && result.items.length === 0 && !loading && <p>{t('history.none')}</p>}
      <ul className="history-list">
        {result?.items.map((item) => (
          <li key={item.id} className="history-item">
            {/* The visible text is the button's name: date, person, helper (WCAG 2.5.3). */}
            <button type="button" className="link" onClick={() => go({ name: 'sessionTimeline', sessionId: item.id })}>
              <span className="history-when">{formatWhen(item.startedAt, i18n.language)}</span>
              <span className="history-who">
                {item.personName} — {item.helperName ? t('history.withHelper', { helper: item.helperName }) : t('history.noHelper')}
              </span>
            </button>
            <span className={`badge history-outcome-${item.outcome ?? 'open'}`}>{t(`history.outcomes.${item.outcome ?? 'open'}`)}</span>
            {item.pendingFollowups > 0 && <span className="history-pending">{t('history.pending', { count: item.pendingFollowups })}</span>}
            {'snippet' in item && <Snippet hit={item} />}
          </li>
        ))}
      </ul>
      {result && pages > 1 && (
        <nav aria-label={t('history.pages')} className="history-pages">
          <button type="button" disabled={page <= 1} onClick={() => void setPage(page - 1)}>
            {t('history.previous')}
          </button>
          <span>{t('history.page', { page, pages })}</span>
          <button type="button" disabled={page >= pages} onClick={() => void setPage(page + 1)}>
            {t('history.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function Snippet({ hit }: { hit: HistoryItem & SearchHit }) {
  const { t } = useTranslation();
  return (
    <p className="history-snippet">
      <span className="history-found-in">{t(`history.foundIn.${hit.foundIn}`)}</span>{' '}
      {hit.snippet.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}
