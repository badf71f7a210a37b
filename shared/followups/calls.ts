import { z } from 'zod';

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
} as const;
