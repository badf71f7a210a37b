import { QUICK_ASSIST_LABELS as Q, said, shown } from './quick-assist-labels';
import { STEP_IDS, type StepId } from './step-ids';

/**
 * What the helper says to the person at each step, and what the helper does. Default
 * content in French, written for this app: vouvoiement, short sentences, reassuring.
 * The app's i18n covers the interface; this content is editable in settings, which
 * stores overrides by point id (Settings.talkingPointOverrides) — hence stable ids.
 */

export interface TalkingPoint {
  /** Stable: settings keep overrides under it. « step.slug », 80 characters at most. */
  id: string;
  step: StepId;
  text: string;
}

export interface ResolvedTalkingPoint extends TalkingPoint {
  overridden: boolean;
  /** The default text, so the settings screen can offer « revenir au texte d’origine ». */
  defaultText: string;
}

export interface StepGuide {
  title: string;
  /** One line for the helper: what to do now. */
  instruction: string;
}

export const DEFAULT_STEP_GUIDES: Readonly<Record<StepId, StepGuide>> = {
  preparation: {
    title: 'Préparation',
    instruction: 'Vérifiez le mandat, choisissez l’aidant·e de la séance et ce qui est prévu aujourd’hui. La personne doit avoir demandé cette séance.',
  },
  call: {
    title: 'Appel',
    instruction: `Appelez la personne. Vérifiez : un PC Windows allumé et connecté à Internet, le haut-parleur ou un casque. Elle ouvre l’${Q.appName.fr} et va sous ${shown('getHelp')}. Attendez qu’elle voie la case du code.`,
  },
  code: {
    title: 'Code de sécurité',
    instruction: `Maintenant seulement, cliquez sur ${shown('helpSomeone')} dans votre ${Q.appName.fr}, avec le compte Microsoft de votre profil. Notez le code affiché.`,
  },
  entry: {
    title: 'Saisie du code',
    instruction: `Dictez le code : la personne le tape dans la case sous ${shown('getHelp')}, puis clique sur ${shown('submit')}.`,
  },
  share: {
    title: 'Partage d’écran',
    instruction: `La personne vérifie le nom affiché, puis clique sur ${shown('allow')} pour partager son écran.`,
  },
  control: {
    title: 'Prise de contrôle',
    instruction: `Cliquez sur ${shown('requestControl')} ; la personne clique sur ${shown('allow')}. Si Windows demande une autorisation, c’est elle qui répond : vous ne pouvez pas le faire à sa place.`,
  },
  work: {
    title: 'Travail',
    instruction: 'Faites seulement ce qui est prévu aujourd’hui et couvert par le mandat. Dites à voix haute chaque action.',
  },
  end_control: {
    title: 'Fin du contrôle',
    instruction: `Arrêtez le contrôle dans l’${Q.appName.fr}. Vous voyez encore l’écran de la personne : ne dites pas le contraire.`,
  },
  end_sharing: {
    title: 'Fin du partage',
    instruction: `Mettez fin au partage. La personne ferme l’${Q.appName.fr}. Vérifiez que votre fenêtre n’affiche plus son écran, puis cochez-le.`,
  },
  recap: {
    title: 'Récapitulatif',
    instruction: 'Lisez le résumé : ce qui était prévu aujourd’hui, ce qui est fait, ce qui reste.',
  },
  questions: {
    title: 'Questions',
    instruction: 'Demandez s’il y a autre chose. Hors mandat : proposez une nouvelle séance. Puis demandez s’il reste des questions.',
  },
  closing: {
    title: 'Clôture',
    instruction: 'Vérifiez la liste de fin de séance, confirmez l’issue proposée, puis clôturez.',
  },
};

export function stepTitle(step: StepId): string {
  return DEFAULT_STEP_GUIDES[step].title;
}

/**
 * Stands in a talking point for the name Quick Assist shows the person: the first name and last
 * initial of the Microsoft account the helper signs in with, from the helper's profile (§4). A
 * helper who edits the sentence in Réglages keeps it where the name goes.
 */
export const QUICK_ASSIST_NAME_PLACEHOLDER = '{nom_affiché}';

const point = (step: StepId, slug: string, text: string): TalkingPoint => ({ id: `${step}.${slug}`, step, text });

/**
 * In step order; one to five per step. Labels of Quick Assist come from quick-assist-labels.ts,
 * between “ ” because the panel prints each sentence between « ». An id changes when what the
 * sentence states changes, so that an override written against a wrong default is not kept.
 */
export const DEFAULT_TALKING_POINTS: readonly TalkingPoint[] = [
  point('preparation', 'mandate', 'Je ferai seulement ce que nous avons écrit ensemble dans le mandat.'),
  point(
    'preparation',
    'never-unknown',
    'Un conseil important. Ne donnez jamais de code, ni l’accès à votre ordinateur, à quelqu’un à qui vous n’avez pas demandé d’aide. Microsoft ne vous appellera jamais pour cela.',
  ),
  point('preparation', 'stop-anytime', 'Vous pouvez tout arrêter à tout moment. Il suffit de me le dire.'),

  point('call', 'ready', 'C’est pour la séance que nous avons convenue. Votre ordinateur est-il allumé et connecté à Internet ?'),
  point('call', 'speaker', 'Mettez le haut-parleur du téléphone, ou un casque. Nous restons au téléphone pendant toute la séance.'),
  point('call', 'mouse', 'Tout à l’heure, pendant que je travaille, ne touchez pas la souris.'),
  point('call', 'open-app', `En bas de l’écran, à côté du bouton Démarrer, cliquez sur la loupe. Tapez “${Q.appName.fr}”, puis appuyez sur Entrée.`),
  point('call', 'code-box', `Dites-moi quand vous voyez ${said('getHelp')} et une case pour le code. Prenez votre temps.`),

  point('code', 'preparing', 'Je prépare un code de mon côté. Je vous le donne tout de suite.'),
  point('code', 'short-lived', 'Ce code ne sert que quelques minutes. S’il ne marche plus, j’en prépare un autre.'),

  point('entry', 'where', `Cliquez dans la case du code, sous ${said('getHelp')}.`),
  point('entry', 'dictate-slowly', 'Je vous dicte le code lentement, caractère par caractère. Tapez-le au fur et à mesure.'),
  point('entry', 'read-back', `Relisez-le-moi. Puis cliquez sur ${said('submit')}.`),

  point('share', 'check-name', `Vous allez voir mon nom : “${QUICK_ASSIST_NAME_PLACEHOLDER}”. Si vous voyez un autre nom, ne cliquez sur rien et dites-le-moi.`),
  point('share', 'allow', `Une fenêtre vous demande de partager votre écran. Si c’est bien mon nom, cliquez sur ${said('allow')}.`),
  point('share', 'hands-off', 'Je vois votre écran. Je ne touche encore à rien.'),

  point('control', 'allow-again', `Je vous demande maintenant le contrôle de votre ordinateur. Cliquez de nouveau sur ${said('allow')}.`),
  point('control', 'windows-asks', `Si Windows vous pose une question, lisez-la-moi. Cliquez sur ${said('uacYes')} seulement si je vous l’ai annoncé.`),
  point('control', 'hands-free', 'Maintenant, c’est moi qui pilote l’ordinateur : laissez la souris. Vous pouvez m’arrêter à tout moment, il suffit de me le dire.'),

  point('work', 'scope', 'Je fais seulement ce que nous avons prévu aujourd’hui, et qui est écrit dans le mandat.'),
  point('work', 'explain', 'Je vous dis tout ce que je fais, au fur et à mesure.'),
  point('work', 'secret-typed', 'Si un mot de passe est demandé, c’est vous qui le tapez. Ne me le dites jamais, même au téléphone.'),

  point('end_control', 'still-sees', 'Je ne pilote plus votre ordinateur. Mais je vois encore votre écran, pour l’instant.'),
  point('end_control', 'next-sharing', 'Nous allons maintenant arrêter le partage de l’écran.'),

  point('end_sharing', 'close-app', `J’arrête le partage de mon côté. Fermez aussi l’${Q.appName.fr} : cliquez sur la croix, en haut à droite de sa fenêtre.`),
  point('end_sharing', 'check-closed', `Voyez-vous encore une fenêtre de l’${Q.appName.fr} ? Dites-le-moi.`),

  point('recap', 'nothing-seen', `L’${Q.appName.fr} est fermée : je ne vois plus votre écran.`),
  point('recap', 'intro', 'Je vous résume ce que nous avions prévu aujourd’hui, et ce qui est fait.'),
  point('recap', 'unclear', 'Dites-moi si quelque chose n’est pas clair.'),

  point('questions', 'anything-else', 'Y a-t-il autre chose que vous voudriez voir ?'),
  point('questions', 'new-session', 'Si ce n’est pas prévu dans le mandat, nous fixerons une autre séance.'),
  point('questions', 'any-questions', 'Avez-vous des questions avant que nous raccrochions ?'),

  point('closing', 'thanks', 'Merci pour votre confiance. Bonne journée.'),
  point(
    'closing',
    'reminder',
    'Souvenez-vous : ne donnez un code, ou l’accès à votre ordinateur, qu’à quelqu’un à qui vous avez demandé de l’aide. Microsoft ne vous appellera jamais pour cela.',
  ),
];

/** The id whose « said » mark shows that the anti-scam reminder was given. */
export const ANTI_SCAM_POINT_ID = 'preparation.never-unknown';

/**
 * Applies the helper's edits. An override replaces a default by id; an empty or blank
 * override means « back to the default » (clearing a field in settings must not leave a
 * silent gap). Overrides for ids that no longer exist are ignored.
 */
export function resolveTalkingPoints(
  defaults: readonly TalkingPoint[],
  overrides: Readonly<Record<string, string>> | undefined,
): ResolvedTalkingPoint[] {
  return defaults.map((p) => {
    const own = overrides && Object.prototype.hasOwnProperty.call(overrides, p.id) ? overrides[p.id]?.trim() : undefined;
    const overridden = own !== undefined && own !== '';
    return { ...p, text: overridden ? own : p.text, overridden, defaultText: p.text };
  });
}

export function talkingPointsFor<T extends TalkingPoint>(points: readonly T[], step: StepId): T[] {
  return points.filter((p) => p.step === step);
}

/** Every step has its points: a guard against a step added without content. */
export function stepsWithoutPoints(points: readonly TalkingPoint[]): StepId[] {
  return STEP_IDS.filter((step) => !points.some((p) => p.step === step));
}

/**
 * Puts the name Quick Assist shows in place of its placeholder. Without one (no helper chosen, or a
 * profile whose Quick Assist name is blank) the placeholder gives way to « … » and `nameMissing`
 * says so: the panel then asks the helper for the name rather than read a sentence with a gap.
 */
export function withQuickAssistName(text: string, quickAssistName: string | null | undefined): { text: string; nameMissing: boolean } {
  if (!text.includes(QUICK_ASSIST_NAME_PLACEHOLDER)) return { text, nameMissing: false };
  const name = quickAssistName?.trim() ?? '';
  return { text: text.split(QUICK_ASSIST_NAME_PLACEHOLDER).join(name || '…'), nameMissing: name === '' };
}
