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
    id: z.string({ message: 'input.idInvalid' }).uuid({ message: 'input.idInvalid' }),
    /** The person's name typed again: compared on the service side, never trusted from the screen. */
    confirmName: z
      .string({ message: 'erasure.confirmNameRequired' })
      .trim()
      .min(1, 'erasure.confirmNameRequired')
      .max(200, 'erasure.confirmNameTooLong')
      .refine(hasNoControlChars, 'input.controlChars'),
  })
  .strict();

export const erasureCalls = {
  /** Right to erasure: the person and everything about them, with tombstones in both chains. */
  erasePerson: { input: ErasePersonInput, output: ErasureReport },
} as const;
