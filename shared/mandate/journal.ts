import { z } from 'zod';
import { IsoDate, IsoDateTime } from './schema';
import { REHEARSAL_ITEM_IDS } from './rehearsal';

/**
 * Events of the mandate journal. The journal is append-only (never edited or deleted), so
 * each payload carries what a reader needs years later without the mandate row at hand:
 * labels are copied, not only ids. `at` is when the event was written; dates inside the
 * payload are the calendar days the event is about.
 */
export const MANDATE_EVENT_KINDS = [
  'created',
  'signed',
  'printed',
  'amended',
  'revoked',
  'item_revoked',
  'expired',
  'consent_recorded',
  'rehearsal_recorded',
] as const;
export type MandateEventKind = (typeof MANDATE_EVENT_KINDS)[number];

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'Empreinte invalide.');
const reason = z.string().trim().min(1, 'Indiquez le motif.').max(500, 'Le motif est trop long (500 caractères au plus).');

const event = <K extends MandateEventKind, P extends z.ZodRawShape>(kind: K, payload: P) =>
  z.object({ kind: z.literal(kind), mandateId: z.string().min(1), at: IsoDateTime, payload: z.object(payload).strict() });

export const MandateEvent = z.discriminatedUnion('kind', [
  event('created', { version: z.number().int().min(1), supersedes: z.string().nullable() }),
  /** A signature: drawn, typed or on paper. */
  event('signed', { method: z.enum(['drawn', 'typed', 'paper']), signedOn: IsoDate, attestationHash: hash }),
  /** An oral agreement only: the mandate stays « non signé ». */
  event('consent_recorded', { method: z.literal('oral'), recordedOn: IsoDate, attestationHash: hash, note: z.string().max(1000).optional() }),
  event('printed', { document: z.enum(['mandate', 'revocation_form', 'large_print_guide']), copies: z.number().int().min(1).max(20) }),
  /** Written on the old mandate: which version now replaces it. */
  event('amended', { newMandateId: z.string().min(1), newVersion: z.number().int().min(2) }),
  event('revoked', { date: IsoDate, reason }),
  event('item_revoked', { itemId: z.string().min(1), itemLabel: z.string().min(1), date: IsoDate, reason }),
  event('expired', { endDate: IsoDate }),
  event('rehearsal_recorded', {
    date: IsoDate,
    completed: z.array(z.enum(REHEARSAL_ITEM_IDS)),
    personRepeatedAlone: z.boolean(),
    note: z.string().max(1000, 'La note est trop longue (1000 caractères au plus).').optional(),
  }),
]);
export type MandateEvent = z.infer<typeof MandateEvent>;
export type MandateEventPayload<K extends MandateEventKind> = Extract<MandateEvent, { kind: K }>['payload'];

/** One short French line per event, for the journal view and exports. */
export function describeMandateEvent(e: MandateEvent): string {
  switch (e.kind) {
    case 'created':
      return e.payload.supersedes ? `Avenant préparé (version ${e.payload.version}).` : 'Mandat préparé.';
    case 'signed':
      return `Mandat signé (${METHOD_LABELS[e.payload.method]}).`;
    case 'consent_recorded':
      return 'Accord donné à l’oral : le mandat reste non signé.';
    case 'printed':
      return `${PRINTED_LABELS[e.payload.document]} imprimé (${e.payload.copies} exemplaire${e.payload.copies > 1 ? 's' : ''}).`;
    case 'amended':
      return `Remplacé par un avenant (version ${e.payload.newVersion}).`;
    case 'revoked':
      return `Mandat révoqué. Motif : ${e.payload.reason}`;
    case 'item_revoked':
      return `Action retirée : « ${e.payload.itemLabel} ». Motif : ${e.payload.reason}`;
    case 'expired':
      return 'Mandat arrivé à son terme.';
    case 'rehearsal_recorded':
      return e.payload.personRepeatedAlone
        ? 'Répétition faite sur place : la personne a refait la connexion seule.'
        : 'Répétition faite sur place, avec aide.';
  }
}

const METHOD_LABELS = { drawn: 'signature à l’écran', typed: 'nom tapé et case cochée', paper: 'sur papier' } as const;
const PRINTED_LABELS = { mandate: 'Mandat', revocation_form: 'Formulaire de retrait', large_print_guide: 'Guide en gros caractères' } as const;
