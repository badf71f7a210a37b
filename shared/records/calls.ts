import { z } from 'zod';

/** Where a hash chain first breaks, named so a coordinator can find the row. */
export const BrokenLink = z.object({
  table: z.enum(['session_events', 'mandate_journal']),
  position: z.number().int(),
  rowId: z.string(),
  /** The session or mandate the row belongs to. */
  ownerId: z.string().nullable(),
  /** French sentence naming the row. */
  message: z.string(),
});
export type BrokenLink = z.infer<typeof BrokenLink>;

export const IntegrityReport = z.object({
  ok: z.boolean(),
  checkedAt: z.number().int(),
  sessionEvents: z.number().int(),
  mandateJournal: z.number().int(),
  sqlite: z.string(),
  broken: z.array(BrokenLink),
  message: z.string(),
});
export type IntegrityReport = z.infer<typeof IntegrityReport>;

export const recordsCalls = {
  /** « Vérifier l'intégrité »: SQLite's own check plus both hash chains. */
  verifyIntegrity: { input: z.object({}).strict().default({}), output: IntegrityReport },
  /** The report of the check run when the app started. */
  getStartupIntegrity: { input: z.object({}).strict().default({}), output: IntegrityReport },
} as const;
