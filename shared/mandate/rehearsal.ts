import { fr } from '../text/french';
import { ASSOCIATION_TO_COMPLETE, type AssociationIdentity } from './association';

/**
 * The in-person rehearsal: before the first remote session, the helper runs the connection
 * once beside the person so they can repeat it alone at home. The checklist is for the
 * helper (it speaks of the person as « elle », for « la personne »); the large-print guide
 * is for the person (it says « vous ») and stays beside their computer.
 */

export interface RehearsalItem {
  /** Stable: recorded in the journal when a rehearsal is logged. */
  readonly id: string;
  readonly title: string;
  readonly detail: string;
}

export const REHEARSAL_CHECKLIST = [
  {
    id: 'open_search',
    title: 'Ouvrir Assistance rapide par la recherche',
    detail: 'La personne appuie sur la touche Windows (ou clique sur la loupe), tape « assistance rapide » et ouvre l’application.',
  },
  {
    id: 'open_shortcut',
    title: 'Ouvrir avec le raccourci',
    detail: 'Elle appuie en même temps sur Ctrl, Windows et Q. Si c’est difficile pour elle, la recherche suffit.',
  },
  {
    id: 'type_code',
    title: 'Taper le code sous « Obtenir de l’aide »',
    detail: 'Vous dictez le code de 6 caractères comme au téléphone, caractère par caractère ; elle le tape sous « Obtenir de l’aide » et le valide.',
  },
  {
    id: 'allow_screen',
    title: 'Autoriser le partage d’écran',
    detail: 'Elle clique sur « Autoriser » : vous voyez son écran.',
  },
  {
    id: 'allow_control',
    title: 'Autoriser la prise de contrôle',
    detail: 'Vous cliquez sur « Demander le contrôle » ; elle clique une deuxième fois sur « Autoriser ».',
  },
  {
    id: 'admin_prompt',
    title: 'Répondre « Oui » aux demandes de Windows',
    detail: 'Montrez-lui une fenêtre « Voulez-vous autoriser… » : vous ne la voyez pas de votre côté, c’est elle qui clique sur « Oui », seulement quand vous le lui annoncez.',
  },
  {
    id: 'stop_sharing',
    title: 'Arrêter le partage',
    detail: 'Elle sait tout arrêter à tout moment : fermer la fenêtre Assistance rapide, ou vous dire « stop ».',
  },
  {
    id: 'never_unknown',
    title: 'Jamais avec un inconnu',
    detail: 'Rappelez-lui de ne jamais donner de code ni laisser la main à quelqu’un qui l’appelle sans qu’elle l’attende.',
  },
  {
    id: 'alone',
    title: 'Tout refaire seule',
    detail: 'Elle refait l’ensemble sans votre aide, le guide en gros caractères sous les yeux. Notez ce qui l’a gênée.',
  },
  {
    id: 'guide_given',
    title: 'Lui laisser le guide',
    detail: 'Donnez-lui le guide imprimé, à garder près de l’ordinateur.',
  },
] as const satisfies readonly RehearsalItem[];

export type RehearsalItemId = (typeof REHEARSAL_CHECKLIST)[number]['id'];
export const REHEARSAL_ITEM_IDS = REHEARSAL_CHECKLIST.map((item) => item.id) as [RehearsalItemId, ...RehearsalItemId[]];

export interface GuideStep {
  n: number;
  title: string;
  text: string;
}

export interface LargePrintGuide {
  title: string;
  intro: string[];
  steps: GuideStep[];
  warning: { title: string; text: string[] };
}

export interface GuideContact {
  helperName?: string;
  association?: AssociationIdentity | null;
}

/**
 * The person's side of a session, one short step per action, in the order they happen. Read by
 * the person: « vous », « la personne qui vous aide » rather than a gendered word, French spacing.
 * The warning ends with the association's number, the one to call about a suspicious caller.
 */
export function largePrintGuide(contact: GuideContact = {}): LargePrintGuide {
  const name = contact.helperName?.trim();
  const a = contact.association ?? null;
  const who = name ? (a?.name ? fr`${name}, qui vous aide pour l’association ${a.name},` : fr`${name}, qui vous aide,`) : 'La personne qui vous aide';
  const call = a?.name && a.phone ? fr`l’association ${a.name} au ${a.phone}` : fr`l’association (${ASSOCIATION_TO_COMPLETE})`;
  const steps = [
    [fr`Ouvrez Assistance rapide`, fr`Appuyez sur la touche Windows, tapez : assistance rapide, puis appuyez sur Entrée. Ou appuyez en même temps sur Ctrl, Windows et Q.`],
    [fr`Tapez le code`, fr`Sous « Obtenir de l’aide », tapez le code que la personne qui vous aide vous lit : 6 lettres et chiffres. Puis validez. Le code ne dure que 10 minutes : s’il ne marche plus, on vous en donne un autre.`],
    [fr`Montrez votre écran`, fr`Cliquez sur « Autoriser ». La personne qui vous aide voit alors votre écran.`],
    [fr`Laissez la main`, fr`La personne qui vous aide demande le contrôle. Cliquez encore sur « Autoriser ». Elle peut maintenant utiliser la souris chez vous, et vous dit ce qu’elle fait.`],
    [fr`Si Windows vous pose une question`, fr`Une fenêtre demande « Voulez-vous autoriser… » ? La personne qui vous aide ne la voit pas. Cliquez sur « Oui » seulement si elle vous l’a annoncé.`],
    [fr`Pour arrêter`, fr`À tout moment, fermez la fenêtre Assistance rapide (la croix en haut à droite) ou dites « stop ». À la fin, la personne qui vous aide vous dit quand vous pouvez la fermer.`],
  ] as const;
  return {
    title: 'Recevoir de l’aide sur mon ordinateur',
    intro: [fr`${who} vous appelle au téléphone.`, 'Gardez le téléphone pendant toute l’aide.'],
    steps: steps.map(([title, text], i) => ({ n: i + 1, title, text })),
    warning: {
      title: 'Attention aux faux dépanneurs',
      text: [
        fr`Ne donnez jamais de code, et ne cliquez jamais sur « Autoriser », pour quelqu’un qui vous appelle sans que vous l’attendiez.`,
        fr`Microsoft, votre banque ou un service public ne vous appellent jamais pour prendre la main sur votre ordinateur.`,
        fr`En cas de doute, raccrochez et appelez ${call}.`,
      ],
    },
  };
}
