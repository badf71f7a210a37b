import { z } from 'zod';
import { IsoDate, IsoDateTime, REVOCATION_CHANNELS } from './schema';
import { day, msg, type Message, type MessageParam } from '../messages/message';
import { REHEARSAL_ITEM_IDS } from './rehearsal';

/**
 * Events of the mandate journal. The journal is append-only (never edited or deleted), so
 * each payload carries what a reader needs years later without the mandate row at hand:
 * labels are copied, not only ids. `at` is when the event was written; dates inside the
 * payload are the calendar days the event is about. Rows store this data, never a sentence:
 * the line is written from it when read (`describeMandateEvent`), in the reader's language.
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
  'exported',
] as const;
export type MandateEventKind = (typeof MANDATE_EVENT_KINDS)[number];

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'mandateJournal.hashInvalid');
/** Optional since withdrawing needs no reason; rows written before always have one. */
const reason = z.string().trim().min(1, 'mandateJournal.reasonRequired').max(500, 'mandateForm.reasonTooLong').optional();
const received = {
  reason,
  /** How the withdrawal came: said on the phone (with the time it was received) or signed on the form. */
  channel: z.enum(REVOCATION_CHANNELS).optional(),
  time: z.string().regex(/^\d{2}:\d{2}$/).optional(),
};
/** The helper profile present at the consent, and its name then; absent in rows written before profiles. */
const helper = z.object({ id: z.string().min(1), name: z.string().min(1) }).strict().optional();
/**
 * Done while Binôme was opened with the association's recovery phrase (every PIN forgotten): no
 * profile is named, the row says so instead.
 */
const recovery = z.literal(true).optional();

/** Who did it, as the journal line names them: a profile, the association through its phrase, or nobody known. */
export type JournalBy = { helper: { id: string; name: string } } | { recovery: true } | Record<string, never>;
const byName = (p: { helper?: { name: string } | undefined; recovery?: true | undefined }): MessageParam | null =>
  p.helper ? p.helper.name : p.recovery ? msg('mandateJournal.associationByPhrase') : null;

const event = <K extends MandateEventKind, P extends z.ZodRawShape>(kind: K, payload: P) =>
  z.object({ kind: z.literal(kind), mandateId: z.string().min(1), at: IsoDateTime, payload: z.object(payload).strict() });

export const MandateEvent = z.discriminatedUnion('kind', [
  event('created', { version: z.number().int().min(1), supersedes: z.string().nullable() }),
  /** A signature: drawn, typed or on paper. */
  event('signed', { method: z.enum(['drawn', 'typed', 'paper']), signedOn: IsoDate, attestationHash: hash, helper }),
  /** An oral agreement only: the mandate stays « non signé ». */
  event('consent_recorded', { method: z.literal('oral'), recordedOn: IsoDate, attestationHash: hash, note: z.string().max(1000).optional(), helper }),
  event('printed', { document: z.enum(['mandate', 'revocation_form', 'large_print_guide']), copies: z.number().int().min(1).max(20) }),
  /** Written on the old mandate: which version now replaces it. */
  event('amended', { newMandateId: z.string().min(1), newVersion: z.number().int().min(2) }),
  event('revoked', { date: IsoDate, ...received, helper, recovery }),
  event('item_revoked', { itemId: z.string().min(1), itemLabel: z.string().min(1), date: IsoDate, ...received, helper, recovery }),
  /** The person's file exported or opened as a readable view (right of access), by the helper who had unlocked the app. */
  event('exported', { format: z.enum(['json', 'dossier']), helper, recovery }),
  event('expired', { endDate: IsoDate }),
  event('rehearsal_recorded', {
    date: IsoDate,
    completed: z.array(z.enum(REHEARSAL_ITEM_IDS)),
    personRepeatedAlone: z.boolean(),
    note: z.string().max(1000, 'mandateForm.noteTooLong').optional(),
  }),
]);
export type MandateEvent = z.infer<typeof MandateEvent>;
export type MandateEventPayload<K extends MandateEventKind> = Extract<MandateEvent, { kind: K }>['payload'];

/** One short line per event, keyed, for the journal view (in the UI language) and exports (in French). */
export function describeMandateEvent(e: MandateEvent): Message {
  switch (e.kind) {
    case 'created':
      return e.payload.supersedes ? msg('mandateJournal.amendmentPrepared', { version: e.payload.version }) : msg('mandateJournal.prepared');
    case 'signed':
      return e.payload.helper
        ? msg('mandateJournal.signedWith', { method: msg(METHODS[e.payload.method]), helper: e.payload.helper.name })
        : msg('mandateJournal.signed', { method: msg(METHODS[e.payload.method]) });
    case 'consent_recorded':
      return e.payload.helper ? msg('mandateJournal.oralConsentWith', { helper: e.payload.helper.name }) : msg('mandateJournal.oralConsent');
    case 'printed': {
      const printed = msg(DOCUMENTS[e.payload.document]);
      const copies = e.payload.copies;
      return copies === 1 ? msg('mandateJournal.printedOne', { document: printed }) : msg('mandateJournal.printedMany', { document: printed, copies });
    }
    case 'amended':
      return msg('mandateJournal.replaced', { version: e.payload.newVersion });
    case 'revoked': {
      const by = byName(e.payload);
      return by
        ? msg('mandateJournal.revokedBy', { how: howWithdrawn(e.payload), helper: by, reason: reasonNote(e.payload.reason) })
        : msg('mandateJournal.revoked', { how: howWithdrawn(e.payload), reason: reasonNote(e.payload.reason) });
    }
    case 'item_revoked': {
      const by = byName(e.payload);
      return by
        ? msg('mandateJournal.itemWithdrawnBy', { label: e.payload.itemLabel, how: howWithdrawn(e.payload), helper: by, reason: reasonNote(e.payload.reason) })
        : msg('mandateJournal.itemWithdrawn', { label: e.payload.itemLabel, how: howWithdrawn(e.payload), reason: reasonNote(e.payload.reason) });
    }
    case 'exported': {
      const by = byName(e.payload);
      return by ? msg('mandateJournal.exportedBy', { helper: by }) : msg('mandateJournal.exported');
    }
    case 'expired':
      return msg('mandateJournal.expired');
    case 'rehearsal_recorded':
      return msg(e.payload.personRepeatedAlone ? 'mandateJournal.rehearsalAlone' : 'mandateJournal.rehearsalHelped');
  }
}

/** « par téléphone le 3 décembre 2026 à 14 h 05 », « sur formulaire signé », or nothing (older rows). */
function howWithdrawn(p: { channel?: 'phone' | 'signed_form' | undefined; date: string; time?: string | undefined }): Message | '' {
  if (p.channel === 'phone') return p.time ? msg('mandateJournal.byPhoneAt', { date: day(p.date), time: p.time.replace(':', ' h ') }) : msg('mandateJournal.byPhone', { date: day(p.date) });
  if (p.channel === 'signed_form') return msg('mandateJournal.bySignedForm');
  return '';
}

const reasonNote = (reason: string | undefined): Message => (reason ? msg('mandateJournal.reason', { reason }) : msg('mandateJournal.noReason'));

const METHODS = { drawn: 'mandateJournal.methodDrawn', typed: 'mandateJournal.methodTyped', paper: 'mandateJournal.methodPaper' } as const;
const DOCUMENTS = {
  mandate: 'mandateJournal.documentMandate',
  revocation_form: 'mandateJournal.documentRevocationForm',
  large_print_guide: 'mandateJournal.documentLargePrintGuide',
} as const;
