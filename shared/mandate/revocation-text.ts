import { fr } from '../text/french';
import type { AssociationIdentity } from './association';
import { attestationCode } from './attestation';
import { formatFrenchDate, type IsoDate } from './dates';
import { BLANK, list, paragraph, signatures, type TextBlock, type TextDocument, type TextSection } from './document';
import type { RevocationChannel } from './schema';
import { associationBlocks, associationContact } from './text-fr-2026-1';

/** Version of the withdrawal form's words (printed in its footer; the form is not sealed by a hash). */
export const REVOCATION_FORM_VERSION = 'fr-2026-1';

const BOX = '☐';

interface Common {
  personName: string;
  helperName: string;
  association: AssociationIdentity | null;
  /** The mandate withdrawn from, by its consent day and attestation code, to name it without doubt. */
  mandateSignedOn: IsoDate | null;
  attestationHash: string | null;
}

/** A withdrawal already recorded: said on the phone, or signed on the form. */
export interface RecordedWithdrawal extends Common {
  kind: 'recorded';
  /** 'whole', or the actions withdrawn. */
  withdrawn: 'whole' | string[];
  date: IsoDate;
  /** 'HH:MM', for a withdrawal received by phone. */
  time?: string | undefined;
  /** Absent on withdrawals recorded before the channel was asked: printed as a form to sign. */
  channel?: RevocationChannel | undefined;
  reason?: string | undefined;
  place?: string | undefined;
}

/** A blank form, printed to be filled in by hand with the person: what is withdrawn is ticked. */
export interface BlankWithdrawal extends Common {
  kind: 'blank';
  /** The actions still in force, each with a box to tick. */
  inForce: string[];
}

export type RevocationTextSource = RecordedWithdrawal | BlankWithdrawal;

/** '14:05' → '14 h 05'. */
const timeInWords = (time: string) => time.replace(':', ' h ');

/**
 * The withdrawal form. Withdrawing needs no reason and may be said on the phone (RGPD art. 7(3):
 * as easy as agreeing): a phone withdrawal is printed as what the association noted, addressed to
 * the person, with nothing for them to sign; a withdrawal in person is the person's own statement.
 */
export function revocationText(r: RevocationTextSource): TextDocument {
  const code = r.attestationHash ? fr` (code ${attestationCode(r.attestationHash)})` : '';
  const signedOn = r.mandateSignedOn ? fr` du ${formatFrenchDate(r.mandateSignedOn)}` : '';
  const helperFor = r.association?.name ? fr`${r.helperName}, pour l’association ${r.association.name},` : fr`${r.helperName}`;
  const mandate = fr`le mandat${signedOn}${code}`;
  const sections: TextSection[] = [{ id: 'association', title: 'L’association', blocks: associationBlocks(r.association) }];
  if (r.kind === 'blank') sections.push(...blankSections(r, helperFor, mandate));
  else if (r.channel === 'phone') sections.push(...phoneSections(r, helperFor, mandate));
  else sections.push(...signedSections(r, helperFor, mandate));
  sections.push({
    id: 'effects',
    title: 'Ce que cela change',
    blocks: [
      list([
        fr`Ce qui a été fait avant ce retrait n’est pas annulé.`,
        fr`L’association note ce retrait dans son journal, qui ne peut être ni modifié ni effacé.`,
        fr`Un nouveau mandat pourra être signé plus tard, si la personne le souhaite.`,
      ]),
    ],
  });
  const title = r.kind === 'recorded' && r.channel === 'phone' ? 'Retrait de l’accord, reçu par téléphone' : 'Retrait de l’accord (révocation du mandat)';
  return { title, sections, footer: [fr`Texte du formulaire : version ${REVOCATION_FORM_VERSION}.`] };
}

function what(withdrawn: 'whole' | string[], from: string): TextBlock[] {
  return withdrawn === 'whole'
    ? [paragraph(fr`Tout le mandat est retiré : plus aucune séance à distance n’est permise ${from}.`)]
    : [paragraph(fr`Seules les actions suivantes sont retirées, ${from} :`), list(withdrawn), paragraph(fr`Les autres actions du mandat restent permises jusqu’à sa date de fin.`)];
}

const reasonBlock = (reason: string | undefined): TextBlock => paragraph(reason?.trim() || fr`Aucun motif donné : il n’en faut pas.`);

function phoneSections(r: RecordedWithdrawal, helperFor: string, mandate: string): TextSection[] {
  const at = r.time ? fr` à ${timeInWords(r.time)}` : '';
  return [
    {
      id: 'statement',
      title: 'L’appel',
      blocks: [
        paragraph(fr`Le ${formatFrenchDate(r.date)}${at}, ${r.personName} a appelé l’association pour retirer l’accord donné à ${helperFor} par ${mandate}.`),
        ...what(r.withdrawn, fr`à partir du ${formatFrenchDate(r.date)}`),
      ],
    },
    { id: 'reason', title: 'Motif', blocks: [reasonBlock(r.reason)] },
    {
      id: 'signatures',
      title: 'Noté par',
      blocks: [
        paragraph(fr`${r.personName} n’a rien à signer : l’appel suffit. Ce document montre que le retrait a été noté ; il peut être gardé avec le mandat.`),
        signatures([{ role: 'helper', label: 'Appel reçu et noté par', name: r.helperName }]),
      ],
    },
  ];
}

function signedSections(r: RecordedWithdrawal, helperFor: string, mandate: string): TextSection[] {
  return [
    {
      id: 'statement',
      title: 'Ma décision',
      blocks: [paragraph(fr`Moi, ${r.personName}, je retire l’accord donné à ${helperFor} par ${mandate}.`), ...what(r.withdrawn, fr`à partir du ${formatFrenchDate(r.date)}`)],
    },
    { id: 'reason', title: 'Motif', blocks: [reasonBlock(r.reason)] },
    {
      id: 'signatures',
      title: 'Signatures',
      blocks: [
        paragraph(fr`Fait à ${r.place?.trim() || BLANK}, le ${formatFrenchDate(r.date)}.`),
        signatures([
          { role: 'person', label: 'La personne aidée', name: r.personName },
          { role: 'helper', label: 'Reçu par', name: r.helperName },
        ]),
      ],
    },
  ];
}

function blankSections(r: BlankWithdrawal, helperFor: string, mandate: string): TextSection[] {
  const phone = r.association?.phone ? fr` Vous pouvez aussi simplement appeler l’association ${associationContact(r.association)} : un appel suffit.` : '';
  return [
    {
      id: 'statement',
      title: 'Ma décision',
      blocks: [
        paragraph(fr`Moi, ${r.personName}, je retire l’accord donné à ${helperFor} par ${mandate}.`),
        paragraph(fr`Cochez ce qui est retiré :`),
        list([fr`${BOX} Tout le mandat.`, fr`${BOX} Seulement les actions cochées ci-dessous :`]),
        list(r.inForce.map((label) => `${BOX} ${label}`)),
        paragraph(fr`À partir du ${BLANK}.${phone}`),
      ],
    },
    { id: 'reason', title: 'Motif (facultatif)', blocks: [paragraph(fr`Vous n’avez pas à donner de raison. ${BLANK}`)] },
    {
      id: 'signatures',
      title: 'Signatures',
      blocks: [
        paragraph(fr`Fait à ${BLANK}, le ${BLANK}.`),
        signatures([
          { role: 'person', label: 'La personne aidée', name: r.personName },
          { role: 'helper', label: 'Reçu par', name: r.helperName },
        ]),
      ],
    },
  ];
}
