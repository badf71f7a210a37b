import { z } from 'zod';
import { DrawnConsent, IsoDate, Mandate, MandateDraftInput, OralConsent, PaperConsent, Revocation, ScopeItem, ScopeItemInput, TypedConsent } from './schema';
import { MessageKeySchema, MessageParamsSchema } from '../messages/schema';
import { REHEARSAL_ITEM_IDS } from './rehearsal';
import { PRINT_DOCS } from './print-docs';

export { PRINT_DOCS, type PrintDoc } from './print-docs';

/** Calls of the mandate domain. Dates are 'YYYY-MM-DD' (Paris calendar); ids are UUIDv7. */

const Id = z.string({ message: 'mandates.unknownId' }).min(1, 'mandates.unknownId').max(64, 'mandates.unknownId');
const PersonRef = z.string({ message: 'input.personRequired' }).uuid({ message: 'input.personRequired' });

const Sha256 = z.string({ message: 'mandate.textChanged' }).regex(/^[0-9a-f]{64}$/, 'mandate.textChanged');

export const MANDATE_STATUSES = ['draft', 'upcoming', 'active', 'expiring', 'expired', 'revoked', 'unsigned', 'superseded'] as const;

/**
 * 'none': a draft, nothing sealed yet; 'ok': the stored content still gives the stored hash;
 * 'mismatch': the stored content was changed after consent (or its hash is gone).
 */
export const AttestationState = z.enum(['none', 'ok', 'mismatch']);

/** A mandate as the UI shows it: status and attestation are recomputed on every read. */
export const MandateView = z.object({
  mandate: Mandate,
  status: z.enum(MANDATE_STATUSES),
  attestation: AttestationState,
  /**
   * Why the row disagrees with its chained journal (attestation, content, withdrawals or
   * columns changed outside the app), keyed; null when it agrees. Such a mandate is shown
   * with `attestation: 'mismatch'` and never lets a session start.
   */
  problem: MessageKeySchema.nullable(),
  /** Short code printed for the person ('AB12-CD34-EF'), null on a draft. */
  code: z.string().nullable(),
  daysLeft: z.number().int(),
  /**
   * The hash of the content as it reads now, consent aside: the words on screen are a function
   * of it (the text of a version is frozen). The signing screen sends it back with the consent,
   * so that what is signed is exactly what was shown (see recordMandateConsent).
   */
  contentHash: Sha256,
});
export type MandateView = z.infer<typeof MandateView>;

export const MandateCheckOutput = z.object({
  status: z.enum(['valid', 'expiring', 'upcoming', 'unsigned', 'revoked', 'expired', 'none']),
  mandateId: z.string().optional(),
  /** The sentence for the helper, keyed (shared/messages/fr/mandate.ts). */
  key: MessageKeySchema,
  params: MessageParamsSchema.optional(),
  canStart: z.boolean(),
});

/** Consent as the UI sends it: the service stamps the time itself, so no clock is trusted from the renderer. */
export const ConsentInput = z.discriminatedUnion(
  'method',
  [DrawnConsent.omit({ signedAt: true }), TypedConsent.omit({ signedAt: true }), PaperConsent, OralConsent.omit({ recordedAt: true })],
  { message: 'mandateForm.consentMethod' },
);
export type ConsentInput = z.input<typeof ConsentInput>;

const PrintTarget = z.object({
  doc: z.enum(PRINT_DOCS, { message: 'print.unknownDocument' }),
  /** A mandate id for 'mandate' and 'revocation', a person id for 'guide'. */
  id: z.string().min(1, 'print.documentNotFound').max(64),
  largePrint: z.boolean().default(false),
  /** The withdrawal form left blank, to fill in by hand, instead of the latest withdrawal recorded. */
  blank: z.boolean().default(false),
});
export type PrintTarget = z.input<typeof PrintTarget>;

export const Rehearsal = z.object({
  id: z.string(),
  personId: z.string(),
  date: IsoDate,
  completed: z.array(z.enum(REHEARSAL_ITEM_IDS)),
  personRepeatedAlone: z.boolean(),
  note: z.string(),
  createdAt: z.string(),
});
export type Rehearsal = z.infer<typeof Rehearsal>;

export const RehearsalInput = z.object({
  personId: PersonRef,
  date: IsoDate,
  completed: z.array(z.enum(REHEARSAL_ITEM_IDS, { message: 'rehearsal.unknownStep' })).min(1, 'rehearsal.noStep'),
  personRepeatedAlone: z.boolean().default(false),
  note: z.string().trim().max(1000, 'mandateForm.noteTooLong').default(''),
});

/** One line of the mandate journal: its kind and, keyed, the line the UI shows in its language. */
export const JournalEntry = z.object({
  id: z.string(),
  mandateId: z.string().nullable(),
  kind: z.string(),
  at: z.string(),
  key: MessageKeySchema,
  params: MessageParamsSchema.optional(),
});

export const mandateCalls = {
  listMandates: { input: z.object({ personId: PersonRef }).strict(), output: z.object({ mandates: z.array(MandateView), check: MandateCheckOutput }) },
  getMandate: { input: z.object({ id: Id }).strict(), output: MandateView },
  createMandateDraft: { input: MandateDraftInput, output: MandateView },
  updateMandateDraft: { input: z.object({ id: Id, draft: MandateDraftInput }).strict(), output: MandateView },
  /**
   * `shownHash`: the `contentHash` of the view the consent was given on; refused if the content has changed since.
   * `helperId`: the helper profile present (issue 12 §4): the journal keeps its id and its name at that time.
   */
  recordMandateConsent: {
    input: z
      .object({
        id: Id,
        consent: ConsentInput,
        shownHash: Sha256,
        helperId: z.string({ message: 'helpers.notFound' }).min(1, 'helpers.notFound').max(64, 'helpers.notFound').optional(),
      })
      .strict(),
    output: MandateView,
  },
  revokeMandate: { input: z.object({ id: Id, revocation: Revocation }).strict(), output: MandateView },
  startMandateAmendment: {
    input: z.object({ id: Id, extraItems: z.array(ScopeItemInput).max(40).default([]) }).strict(),
    output: MandateView,
  },
  recordMandatePrinted: { input: PrintTarget.extend({ copies: z.number().int().min(1).max(20).default(1) }).strict(), output: z.object({ recorded: z.boolean() }) },
  /** Electron: prints to PDF into a folder the helper picks. Browser mode answers native:false and the renderer uses window.print(). */
  printDocumentToPdf: { input: PrintTarget.strict(), output: z.object({ native: z.boolean(), path: z.string().nullable() }) },
  recordRehearsal: { input: RehearsalInput.strict(), output: Rehearsal },
  listRehearsals: { input: z.object({ personId: PersonRef }).strict(), output: z.array(Rehearsal) },
  listMandateJournal: { input: z.object({ personId: PersonRef }).strict(), output: z.array(JournalEntry) },
  checkMandateForPerson: {
    input: z.object({ personId: PersonRef, today: IsoDate.optional() }).strict(),
    /** `mandate` as stored (all its actions); `inForce`: those not withdrawn on that day, possibly none. */
    output: z.object({ check: MandateCheckOutput, mandate: Mandate.nullable(), inForce: z.array(ScopeItem) }),
  },
} as const;

export const mandateEvents = {
  mandatesChanged: z.object({ personId: z.string() }),
} as const;
