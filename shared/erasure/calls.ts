import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';

/** What an erasure removed: counts only, so the report itself holds nothing about the person. */
export const ErasureReport = z.object({
  mandates: z.number().int(),
  sessions: z.number().int(),
  sessionEvents: z.number().int(),
  journalRows: z.number().int(),
  followups: z.number().int(),
  rehearsals: z.number().int(),
  erasedAt: z.number().int(),
});
export type ErasureReport = z.infer<typeof ErasureReport>;

export const ErasePersonInput = z
  .object({
    id: z.string({ message: 'Identifiant invalide.' }).uuid({ message: 'Identifiant invalide.' }),
    /** The person's name typed again: compared on the service side, never trusted from the screen. */
    confirmName: z
      .string({ message: 'Recopiez le nom de la personne pour confirmer.' })
      .trim()
      .min(1, 'Recopiez le nom de la personne pour confirmer.')
      .max(200, 'Le nom recopié est trop long.')
      .refine(hasNoControlChars, 'Ce champ contient un caractère invisible ou de contrôle (tabulation, retour à la ligne, inversion du sens d’écriture…) : retapez-le sans.'),
  })
  .strict();

export const erasureCalls = {
  /** Right to erasure: the person and everything about them, with tombstones in both chains. */
  erasePerson: { input: ErasePersonInput, output: ErasureReport },
} as const;
