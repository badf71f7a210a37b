import { attestationCode } from './attestation';
import { QUICK_ASSIST_TOOL } from './catalogue';
import { consentDate } from './consent-date';
import { formatFrenchDate, type IsoDate } from './dates';
import { BLANK, formatMinutes, list, paragraph, signatures, type SignatureSlot, type TextBlock, type TextDocument, type TextSection } from './document';
import type { MandateTextSource } from './text-source';

/**
 * The words of text version fr-2025-1, FROZEN: mandates signed with this version are reprinted
 * with exactly these words, whatever the current version says (text.ts picks the template by the
 * mandate's own version). Never edit a sentence here; write a new version instead.
 * test/shared/mandate/text-fr-2025-1.test.ts pins the full text of a known mandate.
 */
export function mandateTextFr2025(m: MandateTextSource): TextDocument {
  const sections: TextSection[] = [
    {
      id: 'parties',
      title: 'Qui s’engage',
      blocks: [
        paragraph(`Vous : ${m.personName}, la personne accompagnée.`),
        paragraph(`L’aidant·e : ${m.helperName}, aidant·e numérique pour l’association ${m.associationName}.`),
        paragraph('Ce document dit ce que l’aidant·e peut faire sur votre ordinateur, avec quels outils et jusqu’à quand. Lisez-le ensemble avant de le signer.'),
      ],
    },
    {
      id: 'purpose',
      title: 'Pourquoi ce mandat',
      blocks: [
        paragraph(m.purpose?.trim() || 'Vous demandez à l’aidant·e de vous aider à distance pour les actions listées ci-dessous, sur votre ordinateur, en vous expliquant chaque étape.'),
        paragraph('L’aidant·e agit avec vous, à votre demande, et jamais dans votre dos.'),
      ],
    },
    {
      id: 'scope',
      title: 'Ce que l’aidant·e peut faire',
      blocks: [
        list(m.scopeItems.map((item) => ({ text: item.label, id: item.id }))),
        paragraph('Rien d’autre. Pour toute autre demande, une nouvelle séance sera prévue, avec un nouveau mandat ou un avenant à celui-ci.'),
      ],
    },
    {
      id: 'exclusions',
      title: 'Ce que l’aidant·e ne fera jamais',
      blocks:
        m.exclusions.length > 0
          ? [list(m.exclusions), paragraph('Si l’une de ces choses devient nécessaire, c’est vous qui la faites vous-même, l’aidant·e peut vous guider.')]
          : [paragraph('Aucune exclusion particulière n’a été ajoutée : seules les actions listées plus haut sont permises.')],
    },
    { id: 'tools', title: 'Les outils utilisés', blocks: toolBlocks(m.tools) },
    { id: 'duration', title: 'Pour combien de temps', blocks: durationBlocks(m) },
    {
      id: 'data',
      title: 'Ce que l’aidant·e verra, et pourquoi',
      blocks: [
        paragraph(
          m.dataSeen?.trim() ||
            'Pendant une séance, l’aidant·e voit tout ce qui s’affiche sur votre écran : fichiers, courriers, pages ouvertes, parfois des informations personnelles. Il ou elle n’en a besoin que pour faire les actions prévues.',
        ),
        paragraph('Avant chaque séance, vous pouvez fermer ce que vous ne voulez pas montrer.'),
      ],
    },
    {
      id: 'commitments',
      title: 'Les engagements de l’aidant·e',
      blocks: [
        list([
          'Faire seulement les actions listées dans ce mandat.',
          'Vous demander votre accord avant toute autre action, même petite.',
          'Vous dire à voix haute ce qu’il ou elle fait, au moment où il ou elle le fait.',
          'Ne jamais vous demander de lui dire vos mots de passe ou vos codes secrets.',
          'Ne garder que les informations vraiment utiles, et les effacer dès qu’elles ne servent plus.',
          'Ne faire aucune copie de vos fichiers ou informations pour lui-même ou elle-même.',
          'Garder pour lui ou pour elle ce qu’il ou elle a vu sur votre écran.',
          'Arrêter la prise de contrôle à la fin de chaque séance et vous dire qu’elle est arrêtée.',
        ]),
      ],
    },
    {
      id: 'rights',
      title: 'Vos droits',
      blocks: [
        list([
          'Vous pouvez retirer votre accord à tout moment, sans donner de raison. Pendant une séance : dites « stop » ou fermez la fenêtre de partage. Pour la suite : prévenez l’association, qui vous fera signer un formulaire de retrait.',
          'Retirer votre accord ne vous coûte rien et ne vous prive pas des autres services de l’association.',
          'Vous pouvez demander une copie de ce mandat et voir ce que l’association garde sur vous (ce mandat, le journal des séances), le faire corriger, ou le faire effacer quand la loi le permet.',
          'Si vous pensez que vos informations sont mal utilisées, parlez-en à l’association ; vous pouvez aussi vous adresser à la CNIL.',
        ]),
      ],
    },
    { id: 'signatures', title: 'Signatures', blocks: signatureBlocks(m) },
  ];
  return { title: 'Mandat d’aide numérique à distance', sections, footer: footer(m) };
}

function toolBlocks(tools: readonly string[]): TextBlock[] {
  const access = tools.includes(QUICK_ASSIST_TOOL)
    ? 'L’aidant·e ne voit votre écran, puis ne prend la main, que si vous cliquez vous-même sur « Autoriser », à chaque séance. Vous restez au téléphone ensemble du début à la fin.'
    : 'L’aidant·e n’accède à votre ordinateur que si vous l’acceptez, à chaque séance. Vous restez en contact du début à la fin.';
  return [list([...tools]), paragraph(access)];
}

function durationBlocks(m: MandateTextSource): TextBlock[] {
  const { start, end } = m.validity;
  const span =
    start === end
      ? `Ce mandat vaut pour une seule journée : le ${formatFrenchDate(start)}.`
      : `Ce mandat vaut du ${formatFrenchDate(start)} au ${formatFrenchDate(end)} inclus.`;
  return [
    paragraph(`${span} Après cette date, il ne permet plus aucune intervention.`),
    paragraph(`Une séance dure en général ${formatMinutes(m.sessionMinutes)} environ.`),
  ];
}

function signatureBlocks(m: MandateTextSource): TextBlock[] {
  const consent = m.consent;
  const day = consentDate(consent);
  if (consent?.method === 'oral') {
    return [
      paragraph(`Accord donné à l’oral le ${formatFrenchDate(day as IsoDate)}.`),
      paragraph('Ce mandat n’est pas signé : il doit l’être avant toute séance.'),
    ];
  }
  const person: SignatureSlot = { role: 'person', label: 'La personne accompagnée', name: m.personName };
  const helper: SignatureSlot = { role: 'helper', label: 'L’aidant·e', name: m.helperName };
  if (consent?.method === 'drawn') {
    person.image = consent.personSignature;
    helper.image = consent.helperSignature;
  } else if (consent?.method === 'typed') {
    person.typedName = consent.personTypedName;
    helper.typedName = consent.helperTypedName;
  }
  const blocks: TextBlock[] = [
    paragraph(`Fait à ${m.place}, le ${day ? formatFrenchDate(day) : BLANK}.`),
    signatures([person, helper]),
  ];
  if (consent?.method === 'typed') {
    blocks.push(paragraph('Signé électroniquement : chacun a tapé son nom, et la personne a coché la case d’accord.'));
  }
  return blocks;
}

function footer(m: MandateTextSource): string[] {
  // The mandate's own version, not the current one: the footer tells which words were signed.
  const lines = [`Texte du mandat : version ${m.textVersion}.`];
  if (m.version > 1) lines.push(`Avenant n° ${m.version - 1} : il remplace la version précédente, qui reste conservée.`);
  if (m.attestationHash) lines.push(`Code d’attestation : ${attestationCode(m.attestationHash)}`);
  return lines;
}

