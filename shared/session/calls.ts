import { z } from 'zod';
import { MessageKeySchema, MessageParamsSchema } from '../messages/schema';
import { SessionCommand } from './commands';
import { SECURITY_CODE_PATTERN } from './event-values';
import type { SessionState } from './state';

/**
 * Calls of the guided session. The renderer never sends a mandate status nor a time:
 * the service checks the mandate and stamps every event with its own clock.
 */

const SessionId = z.string({ message: 'sessions.notFound' }).min(1, 'sessions.notFound').max(64, 'sessions.notFound');
const PersonRef = z.string({ message: 'input.personRequired' }).uuid({ message: 'input.personRequired' });

/** The fold is built by the service from the log, never from input: checked for shape only. */
const State = z.custom<SessionState>((v) => typeof v === 'object' && v !== null && 'step' in v);

export const SessionMandate = z.object({
  status: z.enum(['valid', 'expiring', 'upcoming', 'unsigned', 'revoked', 'expired', 'none']),
  mandateId: z.string().nullable(),
  /** The mandate check's sentence, keyed (shared/mandate/check.ts). */
  key: MessageKeySchema,
  params: MessageParamsSchema.optional(),
  canStart: z.boolean(),
  /** The actions in force today. */
  scopeItems: z.array(z.object({ id: z.string(), label: z.string() })),
  /** The actions withdrawn by today, with the day each withdrawal began: shown struck, never guarded. */
  withdrawn: z.array(z.object({ id: z.string(), label: z.string(), date: z.string() })),
  exclusions: z.array(z.string()),
  /**
   * What the scope guard compares requests against: the labels of the actions in force today,
   * none when the mandate itself is not in force (expired, revoked, not yet begun, unsigned).
   */
  guardScope: z.array(z.string()),
  /** Planned length of one session, from the mandate; null without one. */
  sessionMinutes: z.number().int().nullable(),
});
export type SessionMandate = z.infer<typeof SessionMandate>;

/** A line that may be planned today (shared/session/plan.ts). */
export const PlanCandidate = z.object({
  id: z.string(),
  label: z.string(),
  followupId: z.string().optional(),
  requestedAt: z.number().optional(),
  coveredBy: z.string().optional(),
});

export const SessionView = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  /** The helper's name at that time ('' when none was recorded). */
  helperName: z.string(),
  state: State,
  mandate: SessionMandate,
  /** What preparation offers for today's plan; empty at every other step. */
  planCandidates: z.array(PlanCandidate),
  /** The service's clock when the view was built, to show how far the renderer's clock drifts. */
  serverNow: z.number(),
  /**
   * The security code typed for the dictation aid, while it is valid: held in the service's
   * memory only (never in the log), so it survives a reload of the window but not a restart.
   */
  dictationCode: z.string().regex(SECURITY_CODE_PATTERN).nullable(),
});
export type SessionView = z.infer<typeof SessionView>;

export const SessionSummary = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  startedAt: z.number(),
  closedAt: z.number().nullable(),
  outcome: z.string().nullable(),
  currentStep: z.string(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const sessionCalls = {
  /** Checks the person's mandate and opens a session at « Préparation ». */
  startSession: { input: z.object({ personId: PersonRef }).strict(), output: SessionView },
  getSession: { input: z.object({ sessionId: SessionId }).strict(), output: SessionView },
  /** Answers only after the events are committed: the UI shows a thing as done on this answer. */
  sessionCommand: { input: z.object({ sessionId: SessionId, command: SessionCommand }).strict(), output: SessionView },
  /** Sessions not closed yet, oldest first: the app goes back to them on start. */
  listOpenSessions: { input: z.object({}).strict().default({}), output: z.array(SessionSummary) },
  /**
   * The session the app goes back to on start (the oldest left open), read whole, or null: one
   * round trip where listing then reading would be two in a row before the first screen.
   */
  getOpenSession: { input: z.object({}).strict().default({}), output: SessionView.nullable() },
  listPersonSessions: { input: z.object({ personId: PersonRef }).strict(), output: z.array(SessionSummary) },
} as const;

export const sessionEvents = {
  sessionChanged: z.object({ sessionId: z.string(), personId: z.string() }),
} as const;
