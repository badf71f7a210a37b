import { z } from 'zod';
import { MessageKeySchema, MessageParamsSchema } from '../messages/schema';

/** The hash-chained tables (electron/services/db/chains.ts). */
export const ChainTable = z.enum(['session_events', 'mandate_journal', 'record_journal']);
export type ChainTable = z.infer<typeof ChainTable>;

/** Where a hash chain first breaks, named so a coordinator can find the row. */
export const BrokenLink = z.object({
  table: ChainTable,
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

/**
 * Tampering found other than a broken link, each named in a keyed sentence: a checkpoint
 * missing or changed, a tombstone no recorded run matches (or a run whose tombstone is
 * gone), a chain that went back or forked compared with the newest backup, a run the backup
 * does not know, the keyed seal over the heads not matching, a session summary, seal or
 * person's fields that no longer match the record journal or the log; a mandate row that
 * disagrees with its journal (attestation, content, withdrawals, dates), or whose row is gone;
 * the append-only triggers dropped or altered (put back at once); the newest backup, its
 * sidecar or the folder witness gone, older than the database says, or not sealed by its key.
 */
export const FindingKind = z.enum([
  'checkpoint_missing',
  'checkpoint_changed',
  'tombstone_unrecorded',
  'run_without_tombstone',
  'backup_behind',
  'backup_fork',
  'run_unknown_to_backup',
  'seal_mismatch',
  'seal_behind',
  'seal_key_changed',
  'summary_changed',
  'summary_contradicts_log',
  'session_seal_changed',
  'person_changed',
  'mandate_changed',
  'mandate_missing',
  'triggers_changed',
  'backup_missing',
  'backup_sidecar_missing',
  'witness_missing',
  'witness_broken',
]);
export type FindingKind = z.infer<typeof FindingKind>;

export const IntegrityFinding = z.object({
  kind: FindingKind,
  /** The chain it is about, when it is about one. */
  table: ChainTable.nullable(),
  /** The session or person it is about, when it is about one. */
  subjectId: z.string().nullable(),
  key: MessageKeySchema,
  params: MessageParamsSchema.optional(),
});
export type IntegrityFinding = z.infer<typeof IntegrityFinding>;

/** Which witnesses this check could call on: said in the report, so a missing layer is not mistaken for a sound one. */
export const IntegrityLayers = z.object({
  /**
   * The keyed seal over the chains' heads (a key derived from the data key, in both modes):
   * 'verified', 'sealed_now' (first start with a key, or a new key), 'failed' (see the
   * findings) or 'inactive' (no seal key given: only tests run so).
   */
  seal: z.enum(['verified', 'sealed_now', 'failed', 'inactive']),
  /** Rows written since the seal last followed a write (written without a seal key). */
  unsealedRows: z.number().int(),
  /** The newest backup whose heads were compared with the live chains, or null when there is none. */
  backupCreatedAt: z.number().int().nullable(),
  /** The last restore made by Binôme: backups made before it belong to the data it replaced. */
  restoredAt: z.number().int().nullable(),
  /** Session summaries, seals and persons' fields were checked against the record journal and the log (full checks). */
  summaries: z.boolean(),
});
export type IntegrityLayers = z.infer<typeof IntegrityLayers>;

export const IntegrityReport = z.object({
  ok: z.boolean(),
  checkedAt: z.number().int(),
  scope: IntegrityScope,
  /** Rows in each chain (for a start-up check: the checkpoint's count plus the rows after it). */
  sessionEvents: z.number().int(),
  mandateJournal: z.number().int(),
  recordJournal: z.number().int(),
  /** Rows whose hash this check recomputed. */
  recomputed: z.object({ sessionEvents: z.number().int(), mandateJournal: z.number().int(), recordJournal: z.number().int() }),
  /** quick_check's answer ('ok' when sound), or 'not_checked' for a start-up check. */
  sqlite: z.string(),
  broken: z.array(BrokenLink),
  findings: z.array(IntegrityFinding),
  layers: IntegrityLayers,
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
