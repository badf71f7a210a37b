import type { MessageKey } from '../messages/message';

/**
 * The checklist ticked before a session is closed: what a remote session could leave
 * behind on the person's computer, Quick Assist itself first (issue 12: stopping control
 * leaves the screen shared until the person closes it). The session cannot be closed until each item is ticked
 * (steps.ts), except an aborted session in which control was never given.
 */

export interface HygieneItem {
  id: string;
  /** Catalogue keys (shared/messages/fr/session.ts): the helper reads them in the UI language. */
  label: MessageKey;
  /** A few words, for the message that lists what is still unticked. */
  short: MessageKey;
}

/** Ticked at « Fin du partage »: the step cannot be left without it (steps.ts). */
export const QUICK_ASSIST_CLOSED = 'quick_assist_closed';

export const HYGIENE_ITEMS: readonly HygieneItem[] = [
  {
    id: QUICK_ASSIST_CLOSED,
    label: 'hygiene.quickAssistClosed',
    short: 'hygiene.quickAssistClosedShort',
  },
  {
    id: 'nothing_open',
    label: 'hygiene.nothingOpen',
    short: 'hygiene.nothingOpenShort',
  },
  {
    id: 'no_password_kept',
    label: 'hygiene.noPassword',
    short: 'hygiene.noPasswordShort',
  },
  {
    id: 'downloads_removed',
    label: 'hygiene.downloads',
    short: 'hygiene.downloadsShort',
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
