/**
 * The checklist ticked before a session is closed: what a remote session could leave
 * behind on the person's computer. The session cannot be closed until each item is ticked
 * (steps.ts), except an aborted session in which control was never given.
 */

export interface HygieneItem {
  id: string;
  label: string;
  /** A few words, for the message that lists what is still unticked. */
  short: string;
}

export const HYGIENE_ITEMS: readonly HygieneItem[] = [
  {
    id: 'nothing_open',
    label: 'Rien n’est resté ouvert chez la personne : fenêtres, sites, comptes en ligne.',
    short: 'rien n’est resté ouvert',
  },
  {
    id: 'no_password_kept',
    label: 'Aucun mot de passe n’a été noté ni gardé, ni par vous ni dans le navigateur.',
    short: 'aucun mot de passe gardé',
  },
  {
    id: 'downloads_removed',
    label: 'Les fichiers téléchargés ont été supprimés comme convenu (ou il n’y en a pas).',
    short: 'fichiers téléchargés supprimés',
  },
];

export function isHygieneItemId(id: string, items: readonly HygieneItem[] = HYGIENE_ITEMS): boolean {
  return items.some((item) => item.id === id);
}

/** The items still unticked, in checklist order. */
export function missingHygiene(checked: Readonly<Record<string, boolean>>, items: readonly HygieneItem[] = HYGIENE_ITEMS): HygieneItem[] {
  return items.filter((item) => checked[item.id] !== true);
}

export function isHygieneComplete(checked: Readonly<Record<string, boolean>>, items: readonly HygieneItem[] = HYGIENE_ITEMS): boolean {
  return missingHygiene(checked, items).length === 0;
}
