import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n/messages';
import { useQuery } from '../../stores/query';

/** The person's mandate journal, read-only: the app only ever appends to it. */
export function MandateJournal({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const text = useMessage();
  const entries = useQuery('listMandateJournal', { personId }, { refreshOn: ['mandatesChanged'] }).data ?? [];
  if (entries.length === 0) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
  return (
    <details className="mandate-journal">
      <summary>{t('mandates.journal.title', { count: entries.length })}</summary>
      <ol>
        {[...entries].reverse().map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{when.format(new Date(e.at))}</time> — {text(e)}
          </li>
        ))}
      </ol>
    </details>
  );
}
