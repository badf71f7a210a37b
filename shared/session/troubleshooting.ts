import { QUICK_ASSIST_LABELS as Q, said, shown } from './quick-assist-labels';
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
      'Le décompte est à 00:00 (la durée se règle dans Réglages), ou la personne dit que le code ne marche pas.',
      `Obtenez un nouveau code : cliquez de nouveau sur ${shown('helpSomeone')}, ou fermez et rouvrez votre ${Q.appName.fr}. Dictez-le de nouveau.`,
    ],
    say: ['Ce code ne marche plus. Ce n’est pas grave : je vous en donne un nouveau.'],
    backTo: 'code',
    steps: ['code', 'entry'],
  },
  {
    id: 'quick_assist_not_found',
    title: `La personne ne trouve pas l’${Q.appName.fr}`,
    check: [
      `En bas de l’écran, à côté du bouton Démarrer, il y a souvent une loupe ou une zone de recherche : faites-y taper « ${Q.appName.fr} », puis Entrée.`,
      'La recherche peut être cachée : faites appuyer ensemble sur les touches Ctrl, Windows et Q.',
      `Sinon, par le bouton Démarrer : ${shown('allApps')} (Windows 11) ou ${shown('windowsAccessories')} (Windows 10), puis ${shown('appName')}.`,
      'Sous Windows 10, si un message parle de WebView2, ce composant de Microsoft doit être installé à part.',
      `Toujours introuvable : l’${Q.appName.fr} n’est peut-être pas installée. Elle s’installe gratuitement depuis le Microsoft Store ; sinon, prévoyez une autre séance.`,
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
    title: 'Windows demande une autorisation à la personne',
    check: [
      'Votre vue peut cesser de se mettre à jour : une question de Windows attend la personne.',
      'Vous ne pouvez pas y répondre à sa place : c’est elle qui répond.',
      'Si Windows demande un mot de passe d’administrateur, c’est elle qui le tape, sans vous le dire.',
    ],
    say: [
      'Windows vous pose une question. Pouvez-vous me la lire ?',
      `Cliquez sur ${said('uacYes')} seulement si je vous l’ai annoncé.`,
      'S’il demande un mot de passe, tapez-le vous-même. Ne me le dites pas.',
    ],
    steps: ['control', 'work'],
  },
  {
    id: 'allow_not_clicked',
    title: `${shown('allow')} n’a pas été cliqué`,
    check: [
      'Rien ne se passe : la personne n’a pas encore accepté le partage ou le contrôle.',
      'La fenêtre est peut-être cachée derrière une autre.',
    ],
    say: [
      `Une fenêtre vous demande votre accord. Voyez-vous un bouton ${said('allow')} ?`,
      'Elle est peut-être cachée. Regardez dans la barre, en bas de l’écran.',
    ],
    steps: ['share', 'control'],
  },
  {
    id: 'connection_dropped',
    title: 'La connexion est coupée',
    check: [
      `Votre fenêtre d’${Q.appName.fr} s’est fermée ou n’affiche plus l’écran.`,
      `Vérifiez que vous êtes toujours au téléphone. La personne rouvre l’${Q.appName.fr} ; quand elle voit la case du code, générez un nouveau code.`,
    ],
    say: [
      'La connexion s’est coupée. Ce n’est pas grave : nous recommençons ensemble.',
      `Rouvrez l’${Q.appName.fr}, comme tout à l’heure. Dites-moi quand vous voyez la case du code.`,
    ],
    backTo: 'code',
    steps: ['share', 'control', 'work'],
  },
  {
    id: 'helper_not_signed_in',
    title: 'Aucun compte Microsoft n’est connecté',
    check: [
      `${shown('helpSomeone')} demande un compte Microsoft : connectez-vous avec celui de votre profil.`,
      'La personne voit le prénom et l’initiale du nom de ce compte, rien d’autre. Avec le compte de l’association, c’est le nom de ce compte.',
      'Ce nom doit être celui de votre profil (Réglages › Aidant·es) : la phrase de l’étape « Partage d’écran » le cite.',
      `Sans Internet, l’${Q.appName.fr} ne marche pas, chez vous comme chez la personne.`,
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
