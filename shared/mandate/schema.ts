import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';
import { foldForSearch } from '../text/normalize';
import { findCatalogueEntry } from './catalogue';
import { isIsoDate } from './dates';
import { endAfterMonths, MAX_VALIDITY_MONTHS, VALIDITY_PRESETS } from './validity';

/** Every message here is a key of the message catalogue (shared/messages), turned into field errors by shared/ipc/zod-errors.ts. */

export const IsoDate = z
  .string({ message: 'input.dateRequired' })
  .refine(isIsoDate, 'input.dateInvalid');

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'input.dateTimeInvalid' });

const requiredText = (empty: string, max: number, tooLong: string) =>
  z.string({ message: empty }).trim().min(1, empty).max(max, tooLong);

/** A name or a one-line text printed on the mandate: no control or direction-changing character. */
const requiredLine = (empty: string, max: number, tooLong: string) => requiredText(empty, max, tooLong).refine(hasNoControlChars, 'input.controlChars');

const optionalText = (max: number, tooLong: string) => z.string({ message: 'input.notText' }).trim().max(max, tooLong).optional();

export const ScopeItemInput = z.object({
  catalogueId: z
    .string({ message: 'mandateForm.notInCatalogue' })
    .refine((id) => findCatalogueEntry(id) !== undefined, 'mandateForm.notInCatalogue')
    .optional(),
  label: requiredLine('mandateForm.itemRequired', 200, 'mandateForm.itemTooLong'),
});
export type ScopeItemInput = z.input<typeof ScopeItemInput>;

/**
 * The same computer task twice, or two lines that read the same once case, accents and
 * spaces are ignored, would make the printed mandate ambiguous. Procedure categories may
 * repeat with different labels: one category often covers several precise procedures.
 */
function rejectDuplicateItems(items: { catalogueId?: string | undefined; label: string }[], ctx: z.RefinementCtx) {
  const seenIds = new Set<string>();
  const seenLabels = new Set<string>();
  items.forEach((item, index) => {
    const entry = item.catalogueId ? findCatalogueEntry(item.catalogueId) : undefined;
    if (entry?.kind === 'task') {
      if (seenIds.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'catalogueId'], message: 'mandateForm.taskDuplicate', params: { label: entry.label } });
        return;
      }
      seenIds.add(entry.id);
    }
    const key = foldForSearch(item.label);
    if (seenLabels.has(key)) {
      ctx.addIssue({ code: 'custom', path: [index, 'label'], message: 'mandateForm.itemDuplicate', params: { label: item.label } });
      return;
    }
    seenLabels.add(key);
  });
}

function rejectDuplicateStrings(message: 'mandateForm.exclusionDuplicate' | 'mandateForm.toolDuplicate') {
  return (values: string[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      const key = foldForSearch(value);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message, params: { value } });
      seen.add(key);
    });
  };
}

export const ScopeItemsInput = z
  .array(ScopeItemInput, { message: 'mandateForm.itemsRequired' })
  .min(1, 'mandateForm.itemsRequired')
  .max(40, 'mandateForm.itemsTooMany')
  .superRefine(rejectDuplicateItems);

const listedText = (empty: string) =>
  z.string({ message: empty }).trim().min(1, empty).max(300, 'mandateForm.lineTooLong').refine(hasNoControlChars, 'input.controlChars');

export const ValidityInput = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('preset'),
      preset: z.enum(VALIDITY_PRESETS, { message: 'mandateForm.presetUnknown' }),
      start: IsoDate,
    }),
    z
      .object({ kind: z.literal('dates'), start: IsoDate, end: IsoDate })
      .superRefine(({ start, end }, ctx) => {
        if (end < start) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: 'mandateForm.endBeforeStart' });
        } else if (end > endAfterMonths(start, MAX_VALIDITY_MONTHS)) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: 'mandateForm.tooLong' });
        }
      }),
  ],
  { message: 'mandateForm.validityRequired' },
);
export type ValidityInput = z.infer<typeof ValidityInput>;

/**
 * The form a helper fills. The association is not part of it: its identity comes from the
 * settings (one place for it, see association.ts), copied into the mandate by the service.
 */
export const MandateDraftInput = z.object({
  personId: z.string({ message: 'input.personRequired' }).uuid({ message: 'input.personRequired' }),
  helperName: requiredLine('mandateForm.helperRequired', 120, 'mandateForm.helperTooLong'),
  scopeItems: ScopeItemsInput,
  exclusions: z
    .array(listedText('mandateForm.exclusionEmpty'), { message: 'mandateForm.exclusionsNotList' })
    .max(20, 'mandateForm.exclusionsTooMany')
    .superRefine(rejectDuplicateStrings('mandateForm.exclusionDuplicate')),
  tools: z
    .array(listedText('mandateForm.toolEmpty'), { message: 'mandateForm.toolsNotList' })
    .min(1, 'mandateForm.toolsRequired')
    .max(10, 'mandateForm.toolsTooMany')
    .superRefine(rejectDuplicateStrings('mandateForm.toolDuplicate')),
  validity: ValidityInput,
  sessionMinutes: z
    .number({ message: 'mandateForm.minutesNotNumber' })
    .int('mandateForm.minutesNotInteger')
    .min(5, 'mandateForm.minutesTooFew')
    .max(480, 'mandateForm.minutesTooMany'),
  place: requiredLine('mandateForm.placeRequired', 120, 'mandateForm.placeTooLong'),
  purpose: optionalText(1000, 'mandateForm.purposeTooLong'),
  dataSeen: optionalText(1000, 'mandateForm.dataSeenTooLong'),
}, { message: 'mandateForm.incomplete' });
export type MandateDraftInput = z.input<typeof MandateDraftInput>;
export type MandateDraft = z.output<typeof MandateDraftInput>;

/** Shortest base64 body we accept: a real signature drawing is kilobytes, a 1×1 PNG is ~90 characters. */
export const MIN_SIGNATURE_BASE64 = 200;
const MAX_SIGNATURE_CHARS = 2_000_000;
// 'iVBORw0KGgo' is the PNG file signature in base64: rejects a JPEG or random text labelled as PNG.
const PNG_DATA_URL = /^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/]+={0,2}$/;

const SIGNATURE_MESSAGES = {
  person: { empty: 'mandateForm.personSignatureEmpty', tooLarge: 'mandateForm.personSignatureTooLarge', invalid: 'mandateForm.personSignatureInvalid', name: 'mandateForm.personTypedName' },
  helper: { empty: 'mandateForm.helperSignatureEmpty', tooLarge: 'mandateForm.helperSignatureTooLarge', invalid: 'mandateForm.helperSignatureInvalid', name: 'mandateForm.helperTypedName' },
} as const;

const signatureImage = (whose: keyof typeof SIGNATURE_MESSAGES) =>
  z
    .string({ message: SIGNATURE_MESSAGES[whose].empty })
    .max(MAX_SIGNATURE_CHARS, SIGNATURE_MESSAGES[whose].tooLarge)
    .refine((url) => url.length - 'data:image/png;base64,'.length >= MIN_SIGNATURE_BASE64, SIGNATURE_MESSAGES[whose].empty)
    .refine((url) => PNG_DATA_URL.test(url), SIGNATURE_MESSAGES[whose].invalid);

const typedName = (whose: keyof typeof SIGNATURE_MESSAGES) =>
  z
    .string({ message: SIGNATURE_MESSAGES[whose].name })
    .trim()
    .min(2, SIGNATURE_MESSAGES[whose].name)
    .max(120, 'input.nameTooLong')
    .refine(hasNoControlChars, 'input.controlChars');

export const DrawnConsent = z.object({
  method: z.literal('drawn'),
  personSignature: signatureImage('person'),
  helperSignature: signatureImage('helper'),
  signedAt: IsoDateTime,
});

export const TypedConsent = z.object({
  method: z.literal('typed'),
  personTypedName: typedName('person'),
  helperTypedName: typedName('helper'),
  ticked: z.literal(true, { message: 'mandateForm.tickRequired' }),
  signedAt: IsoDateTime,
});

export const PaperConsent = z.object({
  method: z.literal('paper'),
  signedOn: IsoDate,
  originalKeptBy: requiredLine('mandateForm.keeperRequired', 160, 'mandateForm.keeperTooLong'),
});

/** An oral "yes" is recorded for the record, but the mandate stays « non signé ». */
export const OralConsent = z.object({
  method: z.literal('oral'),
  recordedAt: IsoDateTime,
  note: optionalText(1000, 'mandateForm.noteTooLong'),
});

export const Consent = z.discriminatedUnion('method', [DrawnConsent, TypedConsent, PaperConsent, OralConsent], {
  message: 'mandateForm.consentMethod',
});
export type Consent = z.infer<typeof Consent>;
export type ConsentMethod = Consent['method'];

/** Methods that count as a signature; 'oral' does not. */
export const SIGNED_METHODS: readonly ConsentMethod[] = ['drawn', 'typed', 'paper'];

/**
 * Withdrawing must be as easy as agreeing (RGPD art. 7(3)) and needs no reason: the reason is
 * optional, and a withdrawal said on the phone counts, recorded by the helper with its day and
 * time. `channel` is absent on withdrawals recorded before it existed (how they came is unknown).
 */
export const REVOCATION_CHANNELS = ['phone', 'signed_form'] as const;
export type RevocationChannel = (typeof REVOCATION_CHANNELS)[number];

const revocationFields = {
  date: IsoDate,
  reason: optionalText(500, 'mandateForm.reasonTooLong'),
  channel: z.enum(REVOCATION_CHANNELS, { message: 'mandateForm.revocationChannel' }).optional(),
  /** 'HH:MM', Paris time: when the call was received. */
  time: z
    .string({ message: 'mandateForm.revocationTimeInvalid' })
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'mandateForm.revocationTimeInvalid')
    .optional(),
};

function phoneNeedsTime(r: { channel?: RevocationChannel | undefined; time?: string | undefined }, ctx: z.RefinementCtx) {
  if (r.channel === 'phone' && !r.time) ctx.addIssue({ code: 'custom', path: ['time'], message: 'mandateForm.revocationTimeRequired' });
}

export const Revocation = z.discriminatedUnion(
  'scope',
  [
    z.object({ scope: z.literal('whole'), ...revocationFields }).superRefine(phoneNeedsTime),
    z
      .object({ scope: z.literal('item'), itemId: z.string({ message: 'mandateForm.revokedItemRequired' }).min(1, 'mandateForm.revokedItemRequired'), ...revocationFields })
      .superRefine(phoneNeedsTime),
  ],
  { message: 'mandateForm.revocationScope' },
);
export type Revocation = z.infer<typeof Revocation>;

export const AssociationSnapshot = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  controller: z.string(),
  rightsContact: z.string(),
});

export const ScopeItem = z.object({ id: z.string().min(1), catalogueId: z.string().nullable(), label: z.string().min(1) });
export type ScopeItem = z.infer<typeof ScopeItem>;

/**
 * A stored mandate. Content fields are frozen once consent is recorded (see amend.ts):
 * only `revocations` grows afterwards, and a change of content is a new version that
 * `supersedes` this one.
 */
export const Mandate = z.object({
  id: z.string().min(1),
  version: z.number().int().min(1),
  supersedes: z.string().nullable(),
  personId: z.string().min(1),
  personName: z.string().min(1),
  helperName: z.string().min(1),
  /** Empty only on a draft prepared before the association was named in the settings. */
  associationName: z.string(),
  scopeItems: z.array(ScopeItem).min(1),
  exclusions: z.array(z.string()),
  tools: z.array(z.string()).min(1),
  validity: z.object({ start: IsoDate, end: IsoDate, preset: z.enum(VALIDITY_PRESETS).nullable() }),
  sessionMinutes: z.number().int(),
  place: z.string().min(1),
  purpose: z.string().nullable(),
  dataSeen: z.string().nullable(),
  textVersion: z.string().min(1),
  /**
   * Copied from the settings: the association's identity and how long records are kept (null:
   * automatic erasure switched off). Absent on mandates of text version fr-2025-1, whose words
   * named neither. A draft's copy is refreshed at each read; consent freezes it (and hashes it).
   */
  association: AssociationSnapshot.optional(),
  retentionMonths: z.number().int().min(1).nullable().optional(),
  createdAt: IsoDateTime,
  consent: Consent.nullable(),
  /** Full SHA-256 hex computed when consent was recorded; null on a draft. */
  attestationHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  revocations: z.array(Revocation),
});
export type Mandate = z.infer<typeof Mandate>;
