import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EquipmentFacts } from '../components/EquipmentFacts';
import { ErrorMessage } from '../components/ErrorMessage';
import { useFocusIfLost } from '../components/use-focus-if-lost';
import { useNavStore } from '../stores/nav-store';
import { useQuery } from '../stores/query';
import { PersonSessions } from '../session/PersonSessions';
import { ErasureSection } from './ErasureSection';
import { FollowupsSection } from './FollowupsSection';
import { PersonExportSection } from './export/PersonExportSection';
import { MandateList } from './mandates/MandateList';

/** A person's file: identity first; mandates and sessions hang below it. */
export function PersonScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  // A rehearsal recorded (mandatesChanged) moves the date shown here.
  const { data: person, error } = useQuery('getPerson', { id: personId }, { refreshOn: ['personsChanged', 'mandatesChanged'] });
  const titleRef = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(titleRef, person !== null);

  return (
    <article aria-labelledby="person-title">
      <button type="button" onClick={() => go({ name: 'persons' })}>
        ← {t('person.back')}
      </button>
      <ErrorMessage error={error} />
      {person && (
        <>
          <h1 id="person-title" tabIndex={-1} ref={titleRef}>{person.name}</h1>
          <dl className="facts">
            <dt>{t('persons.phone')}</dt>
            <dd>{person.phone || t('persons.phoneNone')}</dd>
            <dt>{t('persons.notes')}</dt>
            <dd className="pre">{person.notes || '—'}</dd>
          </dl>
          <section aria-labelledby="equipment-title" className="equipment-section">
            <h2 id="equipment-title">{t('persons.equipment')}</h2>
            <EquipmentFacts person={person} />
            <p className="hint">{t('persons.equipmentHint')}</p>
            <div className="actions">
              <button type="button" onClick={() => go({ name: 'rehearsal', personId: person.id })}>
                {t('mandates.rehearsal.open')}
              </button>
            </div>
          </section>
          <PersonSessions personId={person.id} />
          <MandateList personId={person.id} />
          <FollowupsSection personId={person.id} />
          <PersonExportSection personId={person.id} />
          <ErasureSection person={person} />
        </>
      )}
    </article>
  );
}
