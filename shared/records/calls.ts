import { z } from 'zod';
import { MessageKeySchema, MessageParamsSchema } from '../messages/schema';

/** Where a hash chain first breaks, named so a coordinator can find the row. */
export const BrokenLink = z.object({
  table: z.enum(['session_events', 'mandate_journal']),
  position: z.number().int(),
  rowId: z.string(),
  /** The session or mandate the row belongs to. */
  ownerId: z.string().nullable(),
  /** The sentence naming the row, keyed (shared/messages/fr/records.ts). */
  key: MessageKeySchema,
  params: MessageParamsSchema.optional(),
});
export type BrokenLink = z.infer<typeof BrokenLink>;

/**
 * What a check covered. 'full': SQLite's quick_check and both chains recomputed from their
 * first row (« Vérifier l'intégrité », and in the background after start-up).
 * 'since_checkpoint': the start-up check — each chain recomputed only after the row where
 * it was last verified in full (or from its first row when there is no usable
 * checkpoint), without quick_check. A change made before a checkpoint is found by the
 * next full check, not by this one.
 */
export const IntegrityScope = z.enum(['full', 'since_checkpoint']);
export type IntegrityScope = z.infer<typeof IntegrityScope>;

export const IntegrityReport = z.object({
  ok: z.boolean(),
  checkedAt: z.number().int(),
  scope: IntegrityScope,
  /** Rows in each chain (for a start-up check: the checkpoint's count plus the rows after it). */
  sessionEvents: z.number().int(),
  mandateJournal: z.number().int(),
  /** Rows whose hash this check recomputed. */
  recomputed: z.object({ sessionEvents: z.number().int(), mandateJournal: z.number().int() }),
  /** quick_check's answer ('ok' when sound), or 'not_checked' for a start-up check. */
  sqlite: z.string(),
  broken: z.array(BrokenLink),
  /** The verdict in one sentence, keyed. */
  key: MessageKeySchema,
});
export type IntegrityReport = z.infer<typeof IntegrityReport>;

export const recordsCalls = {
  /** « Vérifier l'intégrité »: always a full check — SQLite's own check plus both hash chains from their first row. */
  verifyIntegrity: { input: z.object({}).strict().default({}), output: IntegrityReport },
  /** The latest check since the app started: the start-up check, then the background full check once done. */
  getStartupIntegrity: { input: z.object({}).strict().default({}), output: IntegrityReport },
} as const;

export const recordsEvents = {
  /** A full check finished (in the background after start-up, or on demand). */
  integrityChecked: IntegrityReport,
} as const;
