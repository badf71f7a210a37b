import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '../../../shared/mandate/dates';
import type { Person } from '../../../shared/persons/schema';

/**
 * The person's computer as the helper knows it, and the day of the in-person rehearsal (read from
 * the rehearsals recorded): on the person's file and in the preparation of a session, where a
 * missing rehearsal or Quick Assist is a warning, not only a fact.
 */
export function EquipmentFacts({ person, warn = false }: { person: Pick<Person, 'windowsVersion' | 'quickAssist' | 'rehearsedOn'>; warn?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts equipment">
        <dt>{t('persons.windowsVersion')}</dt>
        <dd>{t(`persons.windows.${person.windowsVersion}`)}</dd>
        <dt>{t('persons.quickAssist')}</dt>
        <dd>{t(`persons.quickAssistState.${person.quickAssist}`)}</dd>
        <dt>{t('persons.rehearsal')}</dt>
        <dd>{person.rehearsedOn ? t('persons.rehearsedOn', { date: formatFrenchDate(person.rehearsedOn) }) : t('persons.notRehearsed')}</dd>
      </dl>
      {warn && !person.rehearsedOn && <p className="warning">{t('persons.noRehearsalWarning')}</p>}
      {warn && person.quickAssist !== 'yes' && <p className="warning">{t(`persons.quickAssistWarning.${person.quickAssist}`)}</p>}
    </>
  );
}
