import { fr } from '../text/french';
import { ASSOCIATION_TO_COMPLETE, type AssociationIdentity } from './association';
import { attestationCode } from './attestation';
import { QUICK_ASSIST_TOOL } from './catalogue';
import { consentDate } from './consent-date';
import { formatFrenchDate, type IsoDate } from './dates';
import { BLANK, formatMinutes, list, paragraph, signatures, type SignatureSlot, type TextBlock, type TextDocument, type TextSection } from './document';
import type { MandateTextSource } from './text-source';

/**
 * The words of text version fr-2026-1. FROZEN once released, like every version: a mandate is
 * reprinted with the words of its own version (text.ts). To change a clause, write a new version.
 *
 * Written for the person: « vous », short sentences, no « aidant·e » (the helper is named), French
 * typography through `fr`. What it promises is what Binôme does: every fact below is checked by
 * test/shared/mandate/text.test.ts against the code that makes it true.
 */

export function mandateTextFr2026(m: MandateTextSource): TextDocument {
  const helper = m.helperName;
  const a = m.association ?? null;
  const sections: TextSection[] = [
    {
      id: 'parties',
      title: 'Qui s’engage',
      blocks: [
        paragraph(fr`Personne aidée : ${m.personName}.`),
        paragraph(a?.name ? fr`Personne qui aide : ${helper}, pour l’association ${a.name}.` : fr`Personne qui aide : ${helper}.`),
        ...associationBlocks(a),
        paragraph(fr`Ce document dit ce que ${helper} peut faire sur votre ordinateur, avec quels outils et jusqu’à quand. Lisez-le ensemble avant de le signer.`),
      ],
    },
    {
      id: 'purpose',
      title: 'Pourquoi ce mandat',
      blocks: [
        paragraph(m.purpose?.trim() || fr`Vous demandez à ${helper} de vous aider à distance, sur votre ordinateur, pour les actions listées ci-dessous. Chaque étape vous est expliquée.`),
        paragraph(fr`${helper} agit avec vous et à votre demande, jamais sans vous le dire.`),
      ],
    },
    {
      id: 'scope',
      title: fr`Ce que ${helper} peut faire`,
      blocks: [
        list(m.scopeItems.map((item) => ({ text: item.label, id: item.id }))),
        paragraph(fr`Rien d’autre. Pour toute autre demande, une autre séance sera prévue, avec un nouveau mandat ou un avenant (un ajout signé à ce mandat).`),
      ],
    },
    {
      id: 'exclusions',
      title: fr`Ce que ${helper} ne fera jamais`,
      blocks:
        m.exclusions.length > 0
          ? [list(m.exclusions), paragraph(fr`Si l’une de ces choses devient nécessaire, vous la faites vous-même. ${helper} peut vous guider.`)]
          : [paragraph(fr`Aucune exclusion particulière n’a été ajoutée : seules les actions listées plus haut sont permises.`)],
    },
    { id: 'tools', title: 'Les outils utilisés', blocks: toolBlocks(m) },
    { id: 'duration', title: 'Pour combien de temps', blocks: durationBlocks(m) },
    {
      id: 'data',
      title: fr`Ce que ${helper} verra, et pourquoi`,
      blocks: [
        paragraph(
          m.dataSeen?.trim() ||
            fr`Pendant une séance, ${helper} voit tout ce qui s’affiche sur votre écran : fichiers, courriers, pages ouvertes, parfois des informations personnelles. Cela sert seulement à faire les actions prévues.`,
        ),
        paragraph(fr`Avant chaque séance, vous pouvez fermer ce que vous ne voulez pas montrer.`),
      ],
    },
    { id: 'records', title: 'Ce que l’association garde', blocks: recordBlocks(m) },
    {
      id: 'commitments',
      title: fr`Les engagements de ${helper}`,
      blocks: [
        list([
          fr`Faire seulement les actions listées dans ce mandat. Si vous demandez autre chose, vous le dire et prévoir une autre séance.`,
          fr`Vous dire à voix haute ce qui est fait, au moment où c’est fait.`,
          fr`Ne jamais vous demander vos mots de passe ni vos codes secrets.`,
          fr`Ne faire aucune copie de vos fichiers ou de vos informations pour son propre usage.`,
          fr`Garder pour soi ce qui a été vu sur votre écran.`,
          fr`À la fin de chaque séance, arrêter la prise de contrôle et le partage de l’écran, puis vous dire quand plus rien n’est visible.`,
        ]),
      ],
    },
    { id: 'rights', title: 'Vos droits', blocks: rightsBlocks(m, a) },
    { id: 'signatures', title: 'Signatures', blocks: signatureBlocks(m) },
  ];
  return { title: 'Mandat d’aide numérique à distance', sections, footer: footer(m) };
}

/** The association's details, line by line; the name or the phone missing is said, never left blank. */
export function associationBlocks(a: AssociationIdentity | null): TextBlock[] {
  if (!a?.name || !a.phone) return [paragraph(`${ASSOCIATION_TO_COMPLETE}.`)];
  const lines = [fr`Association : ${a.name}`, a.address, fr`Téléphone : ${a.phone}`, a.email ? fr`E-mail : ${a.email}` : ''].filter(Boolean);
  return [paragraph(`${lines.join('. ')}.`)];
}

/** How to reach the association in one phrase: its phone, and its e-mail when there is one. */
export function associationContact(a: AssociationIdentity | null): string {
  if (!a?.phone) return ASSOCIATION_TO_COMPLETE;
  return a.email ? fr`au ${a.phone} ou à ${a.email}` : fr`au ${a.phone}`;
}

function toolBlocks(m: MandateTextSource): TextBlock[] {
  const access = m.tools.includes(QUICK_ASSIST_TOOL)
    ? fr`${m.helperName} voit votre écran, puis prend la main, seulement si vous cliquez vous-même sur « Autoriser », à chaque séance. Vous restez au téléphone ensemble du début à la fin.`
    : fr`${m.helperName} accède à votre ordinateur seulement si vous l’acceptez, à chaque séance. Vous restez en contact du début à la fin.`;
  return [list([...m.tools]), paragraph(access)];
}

function durationBlocks(m: MandateTextSource): TextBlock[] {
  const { start, end } = m.validity;
  const span =
    start === end
      ? fr`Ce mandat vaut pour une seule journée : le ${formatFrenchDate(start)}.`
      : fr`Ce mandat vaut du ${formatFrenchDate(start)} au ${formatFrenchDate(end)} inclus.`;
  return [paragraph(fr`${span} Après cette date, il ne permet plus aucune séance.`), paragraph(fr`Une séance est prévue pour durer ${formatMinutes(m.sessionMinutes)}.`)];
}

/** '72 mois (6 ans)', '18 mois'. */
function monthsInWords(months: number): string {
  if (months % 12 !== 0) return `${months} mois`;
  const years = months / 12;
  return `${months} mois (${years} an${years > 1 ? 's' : ''})`;
}

/**
 * What is recorded and for how long. True of Binôme: the session log holds the steps, the
 * requests and the helper's notes, is append-only and hash-chained, never holds the security
 * code; nothing is sent anywhere (the app makes no network request); retention erases a mandate
 * and the sessions held under it `retentionMonths` after it ended, not while an amendment that
 * replaces it is kept (electron/services/records/retention.ts).
 */
function recordBlocks(m: MandateTextSource): TextBlock[] {
  const kept =
    m.retentionMonths == null
      ? fr`Pour le moment, aucune durée d’effacement automatique n’est fixée : ces informations sont gardées jusqu’à ce que vous demandiez leur effacement ou que l’association les efface.`
      : fr`Ils sont effacés ${monthsInWords(m.retentionMonths)} après la fin de ce mandat, ou après la fin de l’avenant qui le remplace. Ce délai permet de vérifier ce qui a été fait en cas de désaccord.`;
  return [
    paragraph(fr`Chaque séance est notée dans un journal : sa date, le nom de la personne qui a aidé, les étapes faites, vos demandes et les notes prises par ${m.helperName}. Ce journal ne peut pas être modifié. Les codes de sécurité de l’Assistance rapide n’y sont jamais notés.`),
    paragraph(fr`Ce mandat, ses signatures et le journal restent sur l’ordinateur de l’association et dans ses copies de sauvegarde. Ils ne sont envoyés nulle part.`),
    paragraph(kept),
  ];
}

function rightsBlocks(m: MandateTextSource, a: AssociationIdentity | null): TextBlock[] {
  const stopNow = m.tools.includes(QUICK_ASSIST_TOOL) ? fr`dites « stop » ou fermez la fenêtre Assistance rapide` : fr`dites « stop »`;
  const controller = a?.controller || a?.name || ASSOCIATION_TO_COMPLETE;
  const rightsContact = a?.rightsContact || (a?.phone ? fr`l’association ${associationContact(a)}` : ASSOCIATION_TO_COMPLETE);
  return [
    list([
      fr`Vous pouvez retirer votre accord à tout moment, sans donner de raison. C’est aussi simple que de le donner.`,
      fr`Pendant une séance : ${stopNow}.`,
      a?.phone
        ? fr`Après une séance : appelez l’association au ${a.phone}${a.email ? fr` ou écrivez-lui à ${a.email}` : ''}. Un appel ou un message suffit ; l’association note votre retrait avec sa date et son heure.`
        : fr`Après une séance : appelez l’association (${ASSOCIATION_TO_COMPLETE}). Un appel suffit ; l’association note votre retrait avec sa date et son heure.`,
      fr`Le retrait vaut pour la suite : ce qui a été fait avant n’est pas annulé. Il ne vous coûte rien et ne vous prive pas des autres services de l’association.`,
      fr`Vous pouvez demander une copie de ce mandat et de tout ce que l’association garde sur vous, le faire corriger ou le faire effacer. Pour cela, contactez ${rightsContact}.`,
      fr`Responsable de vos données : ${controller}.`,
      fr`Si vous pensez que vos informations sont mal utilisées, parlez-en à l’association. Vous pouvez aussi vous adresser à la CNIL (cnil.fr).`,
    ]),
  ];
}

function signatureBlocks(m: MandateTextSource): TextBlock[] {
  const consent = m.consent;
  const day = consentDate(consent);
  if (consent?.method === 'oral') {
    return [paragraph(fr`Accord donné à l’oral le ${formatFrenchDate(day as IsoDate)}.`), paragraph(fr`Ce mandat n’est pas signé : il doit l’être avant toute séance.`)];
  }
  const person: SignatureSlot = { role: 'person', label: 'La personne aidée', name: m.personName };
  const helper: SignatureSlot = { role: 'helper', label: 'La personne qui aide', name: m.helperName };
  if (consent?.method === 'drawn') {
    person.image = consent.personSignature;
    helper.image = consent.helperSignature;
  } else if (consent?.method === 'typed') {
    person.typedName = consent.personTypedName;
    helper.typedName = consent.helperTypedName;
  }
  const blocks: TextBlock[] = [paragraph(fr`Fait à ${m.place}, le ${day ? formatFrenchDate(day) : BLANK}.`), signatures([person, helper])];
  if (consent?.method === 'typed') {
    blocks.push(paragraph(fr`Signé électroniquement : chacune des deux personnes a tapé son nom, et la personne aidée a coché la case d’accord.`));
  }
  return blocks;
}

function footer(m: MandateTextSource): string[] {
  // The mandate's own version, not the current one: the footer tells which words were signed.
  const lines = [fr`Texte du mandat : version ${m.textVersion}.`];
  if (m.version > 1) lines.push(fr`Avenant n° ${m.version - 1} : il remplace la version précédente, qui reste gardée.`);
  if (m.attestationHash) lines.push(fr`Code d’attestation : ${attestationCode(m.attestationHash)}`);
  return lines;
}
