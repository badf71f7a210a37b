import type { StepId } from './step-ids';

/**
 * Cards for the usual failures, reachable from any step. Default French content, like
 * the talking points: « check » is for the helper's eyes, « say » is read to the person.
 */

export interface TroubleshootingCard {
  id: string;
  title: string;
  /** What the helper checks, in order. */
  check: readonly string[];
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
    title: 'Le code a expiré',
    check: [
      'Le décompte affiche 00:00, ou l’Assistance rapide de la personne refuse le code.',
      'Générez un nouveau code avec « Aider quelqu’un » et dictez-le de nouveau.',
    ],
    say: ['Le code n’est plus valable, ce n’est pas grave. Je vous en donne un nouveau.'],
    backTo: 'code',
    steps: ['code', 'entry'],
  },
  {
    id: 'quick_assist_not_found',
    title: 'La personne ne trouve pas l’Assistance rapide',
    check: [
      'Faites taper « Assistance rapide » dans la recherche de Windows, en bas de l’écran.',
      'Ou faites appuyer ensemble sur les touches Ctrl, Windows et Q.',
      'Si elle reste introuvable, elle n’est peut-être pas installée sur ce PC : elle s’installe depuis le Microsoft Store.',
    ],
    say: [
      'En bas de l’écran, cliquez dans la zone de recherche. Tapez « Assistance rapide ».',
      'Sinon, appuyez en même temps sur Ctrl, la touche Windows et la lettre Q.',
    ],
    steps: ['code', 'entry'],
  },
  {
    id: 'admin_prompt',
    title: 'L’écran est en pause (demande d’administrateur)',
    check: [
      'Votre vue est figée : une demande d’autorisation de Windows est affichée chez la personne seule.',
      'Vous ne pouvez pas y répondre à sa place : elle doit cliquer elle-même.',
    ],
    say: [
      'Une fenêtre de Windows vous pose une question. Pouvez-vous me la lire ?',
      'Si c’est pour ce que nous faisons, cliquez sur « Oui ».',
    ],
    steps: ['control', 'work'],
  },
  {
    id: 'allow_not_clicked',
    title: '« Autoriser » n’a pas été cliqué',
    check: [
      'Rien ne se passe : la personne n’a pas encore accepté le partage ou le contrôle.',
      'La fenêtre est peut-être cachée derrière une autre, ou en bas de l’écran.',
    ],
    say: [
      'Une fenêtre vous demande votre accord. Voyez-vous un bouton « Autoriser » ?',
      'Si vous ne la voyez pas, regardez en bas de l’écran, dans la barre des tâches.',
    ],
    steps: ['share', 'control'],
  },
  {
    id: 'connection_dropped',
    title: 'La connexion est coupée',
    check: [
      'Votre fenêtre d’Assistance rapide s’est fermée ou n’affiche plus l’écran.',
      'Vérifiez que vous êtes toujours au téléphone, puis générez un nouveau code.',
    ],
    say: ['La connexion s’est coupée. Ce n’est pas grave, nous recommençons avec un nouveau code.'],
    backTo: 'code',
    steps: ['share', 'control', 'work'],
  },
  {
    id: 'helper_not_signed_in',
    title: 'Vous n’êtes pas connecté·e à un compte Microsoft',
    check: [
      '« Aider quelqu’un » demande un compte Microsoft : connectez-vous avec celui de l’association.',
      'Sans connexion à Internet, l’Assistance rapide ne peut pas fonctionner.',
    ],
    say: ['Un petit instant, je me connecte de mon côté.'],
    steps: ['code'],
  },
];

/** All cards, those usual at `step` first, each group in its default order. */
export function troubleshootingFor<T extends TroubleshootingCard>(cards: readonly T[], step: StepId): T[] {
  const first = cards.filter((c) => c.steps.includes(step));
  return [...first, ...cards.filter((c) => !c.steps.includes(step))];
}
