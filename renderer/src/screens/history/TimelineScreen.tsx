import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useHistoryStore } from '../../stores/history-store';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { formatWhen } from './format';
import { describeEvent } from './timeline-text';
import './history.css';

/** « Déroulé de la séance »: read-only, what the log holds, in order, then the recap kept at closing. */
export function TimelineScreen({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const go = useNavStore((s) => s.go);
  const backPerson = useHistoryStore((s) => s.filters.personId);
  const { data: timeline, error } = useQuery('sessionTimeline', { sessionId });

  const session = timeline?.session;
  return (
    <div className="history timeline">
      <h1>{t('history.timeline.title')}</h1>
      <p>
        <button type="button" className="link" onClick={() => go({ name: 'history', personId: backPerson })}>
          {t('history.timeline.back')}
        </button>
      </p>
      <ErrorMessage error={error} />
      {!timeline && !error && <p>{t('history.loading')}</p>}
      {session && timeline && (
        <>
          <p className="timeline-subtitle">
            {t('history.timeline.subtitle', { name: session.personName, date: formatWhen(session.startedAt, i18n.language) })}{' '}
            <span className={`badge history-outcome-${session.outcome ?? 'open'}`}>{t(`history.outcomes.${session.outcome ?? 'open'}`)}</span>
          </p>
          {session.helperName && <p>{t('history.timeline.helper', { helper: session.helperName })}</p>}
          {session.closedAt === null && (
            <p>
              <button type="button" onClick={() => go({ name: 'session', sessionId: session.id })}>
                {t('history.timeline.resume')}
              </button>
            </p>
          )}
          <section aria-labelledby="timeline-events-title">
            <h2 id="timeline-events-title">{t('history.timeline.events')}</h2>
            {timeline.entries.length === 0 ? (
              <p>{t('history.timeline.empty')}</p>
            ) : (
              <ol className="timeline-list">
                {timeline.entries.map((e) => (
                  <li key={e.seq}>
                    <time dateTime={new Date(e.at).toISOString()} className="timeline-time">
                      {formatWhen(e.at, i18n.language, 'time')}
                    </time>{' '}
                    <span>{describeEvent(e, t, i18n.language)}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="timeline-recap-title">
            <h2 id="timeline-recap-title">{t('history.timeline.recap')}</h2>
            {timeline.recap ? <p className="timeline-recap">{timeline.recap}</p> : <p>{t('history.timeline.noRecap')}</p>}
          </section>
        </>
      )}
    </div>
  );
}
