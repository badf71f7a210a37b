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
    input: z.object({ personId: Uuid('Choisissez la personne accompagnée.'), includeClosed: z.boolean().default(false) }).strict(),
    output: z.array(Followup),
  },
  setFollowupStatus: {
    input: z
      .object({
        id: Uuid('Demande introuvable.'),
        status: z.enum(FOLLOWUP_STATUSES, { message: 'État inconnu : en attente, prévue ou abandonnée.' }),
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
        personId: Uuid('Choisissez la personne accompagnée.'),
        followupIds: z
          .array(Uuid('Demande introuvable.'), { message: 'Choisissez au moins une demande à prévoir.' })
          .min(1, 'Choisissez au moins une demande à prévoir.')
          .max(40, 'Un mandat modifié reprend 40 demandes au plus.'),
      })
      .strict(),
    output: z.object({ draft: MandateView.nullable() }),
  },
} as const;
