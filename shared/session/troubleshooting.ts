import type { MessageKey } from '../messages/message';
import type { StepId } from './step-ids';

/**
 * Cards for the usual failures, reachable from any step. « title » and « check » are for the
 * helper's eyes: keyed (shared/messages/fr/guide.ts), in the UI language. « say » is read to the
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
    say: ['Le code n’est plus valable, ce n’est pas grave. Je vous en donne un nouveau.'],
    backTo: 'code',
    steps: ['code', 'entry'],
  },
  {
    id: 'quick_assist_not_found',
    title: 'trouble.quickAssistNotFound.title',
    check: ['trouble.quickAssistNotFound.check1', 'trouble.quickAssistNotFound.check2', 'trouble.quickAssistNotFound.check3'],
    say: [
      'En bas de l’écran, cliquez dans la zone de recherche. Tapez « Assistance rapide ».',
      'Sinon, appuyez en même temps sur Ctrl, la touche Windows et la lettre Q.',
    ],
    steps: ['code', 'entry'],
  },
  {
    id: 'admin_prompt',
    title: 'trouble.adminPrompt.title',
    check: ['trouble.adminPrompt.check1', 'trouble.adminPrompt.check2'],
    say: [
      'Une fenêtre de Windows vous pose une question. Pouvez-vous me la lire ?',
      'Si c’est pour ce que nous faisons, cliquez sur « Oui ».',
    ],
    steps: ['control', 'work'],
  },
  {
    id: 'allow_not_clicked',
    title: 'trouble.allowNotClicked.title',
    check: ['trouble.allowNotClicked.check1', 'trouble.allowNotClicked.check2'],
    say: [
      'Une fenêtre vous demande votre accord. Voyez-vous un bouton « Autoriser » ?',
      'Si vous ne la voyez pas, regardez en bas de l’écran, dans la barre des tâches.',
    ],
    steps: ['share', 'control'],
  },
  {
    id: 'connection_dropped',
    title: 'trouble.connectionDropped.title',
    check: ['trouble.connectionDropped.check1', 'trouble.connectionDropped.check2'],
    say: ['La connexion s’est coupée. Ce n’est pas grave, nous recommençons avec un nouveau code.'],
    backTo: 'code',
    steps: ['share', 'control', 'work'],
  },
  {
    id: 'helper_not_signed_in',
    title: 'trouble.helperNotSignedIn.title',
    check: ['trouble.helperNotSignedIn.check1', 'trouble.helperNotSignedIn.check2'],
    say: ['Un petit instant, je me connecte de mon côté.'],
    steps: ['code'],
  },
];

/** All cards, those usual at `step` first, each group in its default order. */
export function troubleshootingFor<T extends TroubleshootingCard>(cards: readonly T[], step: StepId): T[] {
  const first = cards.filter((c) => c.steps.includes(step));
  return [...first, ...cards.filter((c) => !c.steps.includes(step))];
}
