import { z } from 'zod';
import { MandateView } from '../mandate/calls';

/** Requests outside the mandate, noted during a session, waiting for a new or amended mandate. */
export const FOLLOWUP_STATUSES = ['pending', 'planned', 'dismissed'] as const;

export const Followup = z.object({
  id: z.string(),
  personId: z.string(),
  sessionId: z.string().nullable(),
  text: z.string(),
  requestedAt: z.number().int(),
  status: z.enum(FOLLOWUP_STATUSES),
});
export type Followup = z.infer<typeof Followup>;

const Uuid = (message: string) => z.string({ message }).uuid({ message });

export const followupsCalls = {
  listFollowups: {
    input: z.object({ personId: Uuid('input.personRequired'), includeClosed: z.boolean().default(false) }).strict(),
    output: z.array(Followup),
  },
  setFollowupStatus: {
    input: z
      .object({
        id: Uuid('followups.unknownId'),
        status: z.enum(FOLLOWUP_STATUSES, { message: 'followups.statusUnknown' }),
      })
      .strict(),
    output: Followup,
  },
  /**
   * « Préparer un mandat modifié avec ces demandes »: one transaction starts the amendment of the
   * mandate in force, listing the requests, and marks them planned. `draft` null: no mandate is in
   * force, nothing was written, and the helper opens a new mandate instead.
   */
  amendMandateFromFollowups: {
    input: z
      .object({
        personId: Uuid('input.personRequired'),
        followupIds: z
          .array(Uuid('followups.unknownId'), { message: 'followups.noneChosen' })
          .min(1, 'followups.noneChosen')
          .max(40, 'followups.tooManyChosen'),
      })
      .strict(),
    output: z.object({ draft: MandateView.nullable() }),
  },
} as const;
