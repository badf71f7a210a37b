import { STEP_IDS, type StepId } from './step-ids';

/**
 * What the helper says to the person at each step. Default content in French, written for
 * this app: vouvoiement, short sentences, reassuring. What the helper reads for themselves (step
 * titles and instructions) is keyed, in the UI language (step-guides.ts). This content is
 * editable in settings, which stores overrides by point id (Settings.talkingPointOverrides) —
 * hence stable ids.
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

const point = (step: StepId, slug: string, text: string): TalkingPoint => ({ id: `${step}.${slug}`, step, text });

/** In step order; one to three per step. */
export const DEFAULT_TALKING_POINTS: readonly TalkingPoint[] = [
  point('preparation', 'mandate', 'Je ferai seulement ce que nous avons écrit ensemble dans le mandat.'),
  point('preparation', 'never-unknown', 'Un conseil important. Ne donnez jamais de code, ni l’accès à votre ordinateur, à quelqu’un que vous ne connaissez pas.'),
  point('preparation', 'stop-anytime', 'Vous pouvez tout arrêter à tout moment. Il suffit de me le dire.'),

  point('call', 'ready', 'Votre ordinateur est-il allumé ? Dites-moi quand vous êtes devant.'),
  point('call', 'stay-on-line', 'Nous restons au téléphone pendant toute la séance.'),
  point('call', 'take-time', 'Prenez votre temps. Rien ne presse.'),

  point('code', 'opening', 'J’ouvre l’Assistance rapide de mon côté. Je vais vous donner un code.'),
  point('code', 'open-yours', 'Ouvrez-la aussi : tapez « Assistance rapide » dans la recherche, en bas de l’écran.'),
  point('code', 'validity', 'Le code marche pendant dix minutes. Nous avons le temps.'),

  point('entry', 'where', 'Cliquez dans la case sous « Obtenir de l’aide ».'),
  point('entry', 'dictate', 'Je vous dicte le code lentement : trois caractères, puis trois autres.'),
  point('entry', 'submit', 'Relisez-le-moi, puis validez avec le bouton juste en dessous.'),

  point('share', 'allow', 'Une fenêtre vous demande de partager votre écran. Cliquez sur « Autoriser ».'),
  point('share', 'hands-off', 'Je vois votre écran. Je ne touche encore à rien.'),

  point('control', 'allow-again', 'Je vous demande maintenant le contrôle. Cliquez de nouveau sur « Autoriser ».'),
  point('control', 'admin', 'Si Windows vous pose une question, lisez-la-moi. Si c’est pour notre travail, cliquez sur « Oui ». Moi, je ne la vois pas.'),
  point('control', 'you-decide', 'Vous gardez la main. Vous pouvez arrêter quand vous voulez.'),

  point('work', 'scope', 'Je fais seulement ce qui est prévu dans le mandat.'),
  point('work', 'explain', 'Je vous dis tout ce que je fais, au fur et à mesure.'),
  point('work', 'password', 'Si un mot de passe est demandé, c’est vous qui le tapez. Je regarde ailleurs.'),

  point('end_control', 'stopped', 'J’ai arrêté le contrôle. Je n’ai plus accès à votre ordinateur.'),
  point('end_control', 'close-app', 'Vous pouvez fermer l’Assistance rapide.'),

  point('recap', 'intro', 'Je vous résume ce que nous avons fait, étape par étape.'),
  point('recap', 'unclear', 'Dites-moi si quelque chose n’est pas clair.'),

  point('questions', 'anything-else', 'Y a-t-il autre chose que vous voudriez voir ?'),
  point('questions', 'new-session', 'Si ce n’est pas prévu dans le mandat, nous fixerons une autre séance.'),
  point('questions', 'any-questions', 'Avez-vous des questions avant que nous raccrochions ?'),

  point('closing', 'thanks', 'Merci pour votre confiance. Bonne journée.'),
  point('closing', 'reminder', 'Et souvenez-vous : jamais de code pour un inconnu.'),
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
