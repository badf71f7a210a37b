/**
 * Every name of a Quick Assist (« Assistance rapide ») button, field or menu that Binôme quotes, in
 * one place: the talking points, the step guides and the troubleshooting cards take them from here,
 * so a label corrected here is corrected everywhere.
 *
 * What is verified, and where (see README « The procedure and its sources »):
 * - `en` labels marked `enVerified: true` are written in Microsoft Learn, "Use Quick Assist to help
 *   users" (learn.microsoft.com/windows/client-management/client-tools/quick-assist, ms.date
 *   2024-07-01), or for `uacYes` in "How User Account Control works" (ms.date 2023-05-24).
 * - NO French label is verified. Microsoft's French pages that could be read say nothing of the
 *   steps; the French product name « Assistance rapide » comes from Microsoft's own French text
 *   (Microsoft 365 "Nouveautés", May 2022). Every other `fr` below is our translation of the English
 *   label, to be read off a French Windows 10 and Windows 11 PC with the current Store version.
 * - Which button ends the session is not documented for Quick Assist (`leave` is an observation of
 *   the English UI by third parties, not Microsoft's text): the texts never depend on its name.
 *
 * How an association corrects a label:
 * - on its own laptop, at once: Réglages › « Phrases à dire pendant la séance », edit the sentence
 *   (the override is kept by the sentence's id, and « Texte d’origine » brings ours back);
 * - for everyone: change `fr` here (and `frVerified` to true, with where it was read in `note`),
 *   then run the tests: test/shared/session/quick-assist-labels.test.ts checks that no text quotes
 *   a Quick Assist label that is not in this file.
 */

export interface QuickAssistLabel {
  /** As the French Windows shows it (unverified unless `frVerified`). */
  fr: string;
  /** As the English Windows shows it. */
  en: string;
  frVerified: boolean;
  enVerified: boolean;
  /** Which side sees it. */
  side: 'helper' | 'person' | 'both';
  note?: string;
}

const label = (l: QuickAssistLabel) => l;

export const QUICK_ASSIST_LABELS = {
  appName: label({ fr: 'Assistance rapide', en: 'Quick Assist', frVerified: true, enVerified: true, side: 'both', note: 'French name: Microsoft 365 docs, « Nouveautés », May 2022.' }),
  helpSomeone: label({ fr: 'Aider quelqu’un', en: 'Help someone', frVerified: false, enVerified: true, side: 'helper', note: 'Section and button; selecting it generates the code.' }),
  getHelp: label({ fr: 'Obtenir de l’aide', en: 'Get help', frVerified: false, enVerified: true, side: 'person', note: 'The section holding the code box.' }),
  codeBox: label({ fr: 'Code de sécurité de l’assistant', en: 'Security code from assistant', frVerified: false, enVerified: true, side: 'person', note: 'The French text is a guess.' }),
  submit: label({ fr: 'Envoyer', en: 'Submit', frVerified: false, enVerified: true, side: 'person', note: 'Its place under the box is not documented.' }),
  allow: label({ fr: 'Autoriser', en: 'Allow', frVerified: false, enVerified: true, side: 'person', note: 'Twice: screen sharing, then control.' }),
  deny: label({ fr: 'Refuser', en: 'Deny', frVerified: false, enVerified: true, side: 'person' }),
  requestControl: label({ fr: 'Demander le contrôle', en: 'Request control', frVerified: false, enVerified: true, side: 'helper', note: 'A button once the screen is shared (not a choice made before connecting, as in 2022).' }),
  leave: label({ fr: 'Quitter', en: 'Leave', frVerified: false, enVerified: false, side: 'both', note: 'Observed by third parties in the English UI; never quoted in a text.' }),
  uacYes: label({ fr: 'Oui', en: 'Yes', frVerified: false, enVerified: true, side: 'person', note: 'Windows’ own consent prompt (UAC); a standard account is asked for an administrator password instead.' }),
  allApps: label({ fr: 'Toutes les applications', en: 'All apps', frVerified: false, enVerified: true, side: 'person', note: 'Windows 11 Start menu.' }),
  windowsAccessories: label({ fr: 'Accessoires Windows', en: 'Windows Accessories', frVerified: false, enVerified: true, side: 'person', note: 'Windows 10 Start menu.' }),
} as const satisfies Record<string, QuickAssistLabel>;

export type QuickAssistLabelId = keyof typeof QUICK_ASSIST_LABELS;

/** « Autoriser »: a label in a text the helper reads on the screen. */
export function shown(id: QuickAssistLabelId): string {
  return `«\u00a0${QUICK_ASSIST_LABELS[id].fr}\u00a0»`;
}

/** “Autoriser”: a label inside a sentence said to the person, which the panel prints between « ». */
export function said(id: QuickAssistLabelId): string {
  return `“${QUICK_ASSIST_LABELS[id].fr}”`;
}

/** The French labels that are not verified: what an association should check on a live PC. */
export function unverifiedFrenchLabels(): string[] {
  return Object.values(QUICK_ASSIST_LABELS)
    .filter((l) => !l.frVerified)
    .map((l) => l.fr);
}

/**
 * The labels as the params of the helper's keyed texts (shared/messages/{fr,en}/guide.ts): each
 * id gives « Autoriser », and `app` the bare name, for « l’{{app}} ». The label stays in this
 * one file whatever the UI language; the English texts gloss it in English beside it.
 */
export const LABEL_PARAMS: Readonly<Record<QuickAssistLabelId | 'app', string>> = {
  ...(Object.fromEntries(Object.keys(QUICK_ASSIST_LABELS).map((id) => [id, shown(id as QuickAssistLabelId)])) as Record<QuickAssistLabelId, string>),
  app: QUICK_ASSIST_LABELS.appName.fr,
};
