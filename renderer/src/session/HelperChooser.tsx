import { useTranslation } from 'react-i18next';
import type { HelperProfile } from '../../../shared/helpers/calls';
import { Field } from '../components/Field';
import { useNavStore } from '../stores/nav-store';
import { useQuery } from '../stores/query';

/** The profiles that may be chosen now: those in service, and the one already chosen even if retired since. */
export function useHelperChoices(chosenId: string | null) {
  const listed = useQuery('listHelpers', {}, { refreshOn: ['helpersChanged'] });
  const all = listed.data?.helpers ?? [];
  const choices = all.filter((h) => h.retiredAt === null || h.id === chosenId);
  return { choices, lastUsedId: listed.data?.lastUsedId ?? null, loaded: listed.data !== undefined, error: listed.error };
}

/** The profile last used on this laptop (a new mandate and the person's guide name it), once the list is read. */
export function useLastUsedHelper(): { loaded: boolean; helper: HelperProfile | null } {
  const { choices, lastUsedId, loaded, error } = useHelperChoices(null);
  return { loaded: loaded || error !== null, helper: choices.find((h) => h.id === lastUsedId) ?? null };
}

/**
 * Who helps: a choice among the laptop's helper profiles, with the name Quick Assist will show the
 * person (or a warning when the profile does not say it). Without any profile, it says where to add one.
 */
export function HelperChooser({
  label,
  chosenId,
  onChoose,
  busy = false,
}: {
  label: string;
  chosenId: string | null;
  onChoose(profile: HelperProfile): void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const { choices, loaded } = useHelperChoices(chosenId);
  const chosen = choices.find((h) => h.id === chosenId) ?? null;

  if (loaded && choices.length === 0) {
    return (
      <div className="helper-chooser">
        <p className="warning">{t('helpers.chooser.noProfile')}</p>
        <button type="button" onClick={() => go({ name: 'settings' })}>
          {t('helpers.chooser.openSettings')}
        </button>
      </div>
    );
  }
  return (
    <div className="helper-chooser">
      <Field label={label}>
        {(p) => (
          <select
            {...p}
            value={chosenId ?? ''}
            aria-disabled={busy || undefined}
            onChange={(e) => {
              const picked = choices.find((h) => h.id === e.target.value);
              if (picked && !busy) onChoose(picked);
            }}
          >
            {chosenId === null && <option value="">{t('helpers.chooser.none')}</option>}
            {choices.map((h) => (
              <option key={h.id} value={h.id}>
                {h.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen &&
        (chosen.quickAssistName ? (
          <p className="hint">{t('helpers.chooser.qa', { name: chosen.quickAssistName })}</p>
        ) : (
          <p className="warning">{t('helpers.chooser.qaMissing')}</p>
        ))}
    </div>
  );
}
