import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { JournalEntry } from '../../../../shared/mandate/calls';
import { api } from '../../bridge';
import { useMessage } from '../../i18n/messages';

type Entry = z.infer<typeof JournalEntry>;

/** The person's mandate journal, read-only: the app only ever appends to it. */
export function MandateJournal({ personId, revision }: { personId: string; revision: unknown }) {
  const { t, i18n } = useTranslation();
  const text = useMessage();
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    void api()
      .listMandateJournal({ personId })
      .then((r) => r.ok && setEntries(r.value));
  }, [personId, revision]);
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
