import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';
import { foldForSearch } from '../text/normalize';
import { findCatalogueEntry } from './catalogue';
import { isIsoDate } from './dates';
import { endAfterMonths, MAX_VALIDITY_MONTHS, VALIDITY_PRESETS } from './validity';

/** Every message here is French and shown as is in forms (see shared/ipc/zod-errors.ts). */

export const IsoDate = z
  .string({ message: 'La date est obligatoire.' })
  .refine(isIsoDate, 'Date invalide (format attendu : AAAA-MM-JJ).');

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'Date et heure invalides.' });

const requiredText = (empty: string, max: number, tooLong: string) =>
  z.string({ message: empty }).trim().min(1, empty).max(max, tooLong);

const NO_CONTROL_CHARS = 'Ce champ contient un caractère invisible ou de contrôle (tabulation, retour à la ligne, inversion du sens d’écriture…) : retapez-le sans.';

/** A name or a one-line text printed on the mandate: no control or direction-changing character. */
const requiredLine = (empty: string, max: number, tooLong: string) => requiredText(empty, max, tooLong).refine(hasNoControlChars, NO_CONTROL_CHARS);

const optionalText = (max: number, tooLong: string) => z.string({ message: 'Ce champ doit être un texte.' }).trim().max(max, tooLong).optional();

export const ScopeItemInput = z.object({
  catalogueId: z
    .string({ message: 'Cette action ne figure pas dans le catalogue.' })
    .refine((id) => findCatalogueEntry(id) !== undefined, 'Cette action ne figure pas dans le catalogue.')
    .optional(),
  label: requiredLine('Décrivez l’action prévue.', 200, 'Une action est décrite en 200 caractères au plus.'),
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
        ctx.addIssue({ code: 'custom', path: [index, 'catalogueId'], message: `« ${entry.label} » figure déjà dans les actions prévues.` });
        return;
      }
      seenIds.add(entry.id);
    }
    const key = foldForSearch(item.label);
    if (seenLabels.has(key)) {
      ctx.addIssue({ code: 'custom', path: [index, 'label'], message: `L’action « ${item.label} » est déjà dans la liste.` });
      return;
    }
    seenLabels.add(key);
  });
}

function rejectDuplicateStrings(what: string) {
  return (values: string[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      const key = foldForSearch(value);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} « ${value} » est en double.` });
      seen.add(key);
    });
  };
}

export const ScopeItemsInput = z
  .array(ScopeItemInput, { message: 'Ajoutez au moins une action prévue.' })
  .min(1, 'Ajoutez au moins une action prévue.')
  .max(40, 'Un mandat liste 40 actions au plus : faites plutôt deux mandats.')
  .superRefine(rejectDuplicateItems);

const listedText = (empty: string) =>
  z.string({ message: empty }).trim().min(1, empty).max(300, 'Une ligne fait 300 caractères au plus.').refine(hasNoControlChars, NO_CONTROL_CHARS);

export const ValidityInput = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('preset'),
      preset: z.enum(VALIDITY_PRESETS, { message: 'Durée inconnue : 1 jour, 1 mois, 6 mois ou 1 an.' }),
      start: IsoDate,
    }),
    z
      .object({ kind: z.literal('dates'), start: IsoDate, end: IsoDate })
      .superRefine(({ start, end }, ctx) => {
        if (end < start) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: 'La date de fin ne peut pas être avant la date de début.' });
        } else if (end > endAfterMonths(start, MAX_VALIDITY_MONTHS)) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: 'Un mandat dure un an au plus : choisissez une date de fin plus proche.' });
        }
      }),
  ],
  { message: 'Choisissez une durée ou des dates.' },
);
export type ValidityInput = z.infer<typeof ValidityInput>;

export const MandateDraftInput = z.object({
  personId: z.string({ message: 'Choisissez la personne accompagnée.' }).uuid({ message: 'Choisissez la personne accompagnée.' }),
  helperName: requiredLine('Indiquez le nom de l’aidant·e.', 120, 'Le nom de l’aidant·e est trop long (120 caractères au plus).'),
  associationName: requiredLine('Indiquez le nom de l’association.', 160, 'Le nom de l’association est trop long (160 caractères au plus).'),
  scopeItems: ScopeItemsInput,
  exclusions: z
    .array(listedText('Une exclusion ne peut pas être vide.'), { message: 'Les exclusions sont une liste.' })
    .max(20, '20 exclusions au plus.')
    .superRefine(rejectDuplicateStrings('L’exclusion')),
  tools: z
    .array(listedText('Un outil ne peut pas être vide.'), { message: 'Indiquez au moins un outil.' })
    .min(1, 'Indiquez au moins un outil (par exemple Assistance rapide).')
    .max(10, '10 outils au plus.')
    .superRefine(rejectDuplicateStrings('L’outil')),
  validity: ValidityInput,
  sessionMinutes: z
    .number({ message: 'La durée d’une séance est un nombre de minutes.' })
    .int('La durée d’une séance est un nombre entier de minutes.')
    .min(5, 'Une séance dure au moins 5 minutes.')
    .max(480, 'Une séance dure au plus 8 heures (480 minutes).'),
  place: requiredLine('Indiquez le lieu de signature (la ville).', 120, 'Le lieu est trop long (120 caractères au plus).'),
  purpose: optionalText(1000, 'L’objectif est trop long (1000 caractères au plus).'),
  dataSeen: optionalText(1000, 'La description des données est trop longue (1000 caractères au plus).'),
}, { message: 'Le mandat est incomplet.' });
export type MandateDraftInput = z.input<typeof MandateDraftInput>;
export type MandateDraft = z.output<typeof MandateDraftInput>;

/** Shortest base64 body we accept: a real signature drawing is kilobytes, a 1×1 PNG is ~90 characters. */
export const MIN_SIGNATURE_BASE64 = 200;
const MAX_SIGNATURE_CHARS = 2_000_000;
// 'iVBORw0KGgo' is the PNG file signature in base64: rejects a JPEG or random text labelled as PNG.
const PNG_DATA_URL = /^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/]+={0,2}$/;

const signatureImage = (whose: string) =>
  z
    .string({ message: `La signature ${whose} est vide.` })
    .max(MAX_SIGNATURE_CHARS, `La signature ${whose} est trop lourde.`)
    .refine((url) => url.length - 'data:image/png;base64,'.length >= MIN_SIGNATURE_BASE64, `La signature ${whose} est vide.`)
    .refine((url) => PNG_DATA_URL.test(url), `La signature ${whose} n’est pas une image valide.`);

const typedName = (whose: string) =>
  z
    .string({ message: `Tapez le nom ${whose}.` })
    .trim()
    .min(2, `Tapez le nom ${whose}.`)
    .max(120, 'Le nom est trop long.')
    .refine(hasNoControlChars, NO_CONTROL_CHARS);

export const DrawnConsent = z.object({
  method: z.literal('drawn'),
  personSignature: signatureImage('de la personne'),
  helperSignature: signatureImage('de l’aidant·e'),
  signedAt: IsoDateTime,
});

export const TypedConsent = z.object({
  method: z.literal('typed'),
  personTypedName: typedName('de la personne'),
  helperTypedName: typedName('de l’aidant·e'),
  ticked: z.literal(true, { message: 'La personne doit cocher la case d’accord.' }),
  signedAt: IsoDateTime,
});

export const PaperConsent = z.object({
  method: z.literal('paper'),
  signedOn: IsoDate,
  originalKeptBy: requiredLine('Indiquez qui garde l’original signé.', 160, 'Texte trop long (160 caractères au plus).'),
});

/** An oral "yes" is recorded for the record, but the mandate stays « non signé ». */
export const OralConsent = z.object({
  method: z.literal('oral'),
  recordedAt: IsoDateTime,
  note: optionalText(1000, 'La note est trop longue (1000 caractères au plus).'),
});

export const Consent = z.discriminatedUnion('method', [DrawnConsent, TypedConsent, PaperConsent, OralConsent], {
  message: 'Choisissez comment l’accord est donné.',
});
export type Consent = z.infer<typeof Consent>;
export type ConsentMethod = Consent['method'];

/** Methods that count as a signature; 'oral' does not. */
export const SIGNED_METHODS: readonly ConsentMethod[] = ['drawn', 'typed', 'paper'];

const revocationReason = requiredText('Indiquez le motif de la révocation.', 500, 'Le motif est trop long (500 caractères au plus).');

export const Revocation = z.discriminatedUnion(
  'scope',
  [
    z.object({ scope: z.literal('whole'), date: IsoDate, reason: revocationReason }),
    z.object({ scope: z.literal('item'), itemId: z.string({ message: 'Choisissez l’action à retirer.' }).min(1, 'Choisissez l’action à retirer.'), date: IsoDate, reason: revocationReason }),
  ],
  { message: 'Choisissez ce qui est révoqué : tout le mandat ou une action.' },
);
export type Revocation = z.infer<typeof Revocation>;

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
  associationName: z.string().min(1),
  scopeItems: z.array(ScopeItem).min(1),
  exclusions: z.array(z.string()),
  tools: z.array(z.string()).min(1),
  validity: z.object({ start: IsoDate, end: IsoDate, preset: z.enum(VALIDITY_PRESETS).nullable() }),
  sessionMinutes: z.number().int(),
  place: z.string().min(1),
  purpose: z.string().nullable(),
  dataSeen: z.string().nullable(),
  textVersion: z.string().min(1),
  createdAt: IsoDateTime,
  consent: Consent.nullable(),
  /** Full SHA-256 hex computed when consent was recorded; null on a draft. */
  attestationHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  revocations: z.array(Revocation),
});
export type Mandate = z.infer<typeof Mandate>;
