import type { MessageKey } from '../messages/message';
import { QUICK_ASSIST_LABELS as Q, said } from './quick-assist-labels';
import type { StepId } from './step-ids';

/**
 * Cards for the usual failures, reachable from any step. « title » and « check » are for the
 * helper's eyes: keyed (shared/messages/fr/guide.ts), in the UI language, the Quick Assist labels
 * they quote given as params (quick-assist-labels.ts, LABEL_PARAMS). « say » is read to the
 * person: French by design, like the talking points.
 */

export interface TroubleshootingCard {
  id: string;
  title: MessageKey;
  /** What the helper checks, in order. */
  check: readonly MessageKey[];
  /** What to say to the person. */
  say: readonly string[];
  /** Where the session goes back to once the card is followed, if anywhere. */
  backTo?: StepId;
  /** The steps where this failure usually happens: those cards are offered first. */
  steps: readonly StepId[];
}

export const DEFAULT_TROUBLESHOOTING: readonly TroubleshootingCard[] = [
  {
    id: 'code_expired',
    title: 'trouble.codeExpired.title',
    check: ['trouble.codeExpired.check1', 'trouble.codeExpired.check2'],
    say: ['Ce code ne marche plus. Ce n’est pas grave : je vous en donne un nouveau.'],
    backTo: 'code',
    steps: ['code', 'entry'],
  },
  {
    id: 'quick_assist_not_found',
    title: 'trouble.quickAssistNotFound.title',
    check: [
      'trouble.quickAssistNotFound.check1',
      'trouble.quickAssistNotFound.check2',
      'trouble.quickAssistNotFound.check3',
      'trouble.quickAssistNotFound.check4',
      'trouble.quickAssistNotFound.check5',
    ],
    say: [
      `En bas de l’écran, cliquez sur la loupe. Tapez “${Q.appName.fr}”, puis appuyez sur Entrée.`,
      'Sinon, appuyez en même temps sur Ctrl, sur la touche Windows et sur la lettre Q.',
      `Sinon, cliquez sur le bouton Démarrer, puis sur ${said('allApps')}.`,
    ],
    backTo: 'call',
    steps: ['call', 'code'],
  },
  {
    id: 'admin_prompt',
    title: 'trouble.adminPrompt.title',
    check: ['trouble.adminPrompt.check1', 'trouble.adminPrompt.check2', 'trouble.adminPrompt.check3'],
    say: [
      'Windows vous pose une question. Pouvez-vous me la lire ?',
      `Cliquez sur ${said('uacYes')} seulement si je vous l’ai annoncé.`,
      'S’il demande un mot de passe, tapez-le vous-même. Ne me le dites pas.',
    ],
    steps: ['control', 'work'],
  },
  {
    id: 'allow_not_clicked',
    title: 'trouble.allowNotClicked.title',
    check: ['trouble.allowNotClicked.check1', 'trouble.allowNotClicked.check2'],
    say: [
      `Une fenêtre vous demande votre accord. Voyez-vous un bouton ${said('allow')} ?`,
      'Elle est peut-être cachée. Regardez dans la barre, en bas de l’écran.',
    ],
    steps: ['share', 'control'],
  },
  {
    id: 'connection_dropped',
    title: 'trouble.connectionDropped.title',
    check: ['trouble.connectionDropped.check1', 'trouble.connectionDropped.check2'],
    say: [
      'La connexion s’est coupée. Ce n’est pas grave : nous recommençons ensemble.',
      `Rouvrez l’${Q.appName.fr}, comme tout à l’heure. Dites-moi quand vous voyez la case du code.`,
    ],
    backTo: 'code',
    steps: ['share', 'control', 'work'],
  },
  {
    id: 'helper_not_signed_in',
    title: 'trouble.helperNotSignedIn.title',
    check: ['trouble.helperNotSignedIn.check1', 'trouble.helperNotSignedIn.check2', 'trouble.helperNotSignedIn.check3', 'trouble.helperNotSignedIn.check4'],
    say: ['Un petit instant, je me connecte de mon côté.'],
    steps: ['code'],
  },
];

/** All cards, those usual at `step` first, each group in its default order. */
export function troubleshootingFor<T extends TroubleshootingCard>(cards: readonly T[], step: StepId): T[] {
  const first = cards.filter((c) => c.steps.includes(step));
  return [...first, ...cards.filter((c) => !c.steps.includes(step))];
}
