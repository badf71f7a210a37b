import { z } from 'zod';
import type { AppErrorValue } from '../ipc/result';
import { errorValue } from '../messages/error-value';
import {
  CHECKLIST_STATUSES,
  LIMITS,
  MANDATE_CHECK_STATUSES,
  MIN_OVERRIDE_REASON,
  OUTCOMES,
  SCOPE_VERDICTS,
  STEP_VIAS,
} from './event-values';
import { STEP_IDS } from './step-ids';

/**
 * (Not named events.ts: the layering lint forbids Node built-in names as import paths, and
 * its pattern matches any path segment called « events ».)
 *
 * The session log. Every change to a guided session is one of these events; the state is
 * a fold of them (state.ts), so a restart rebuilds exactly what the helper saw.
 *
 * Events are flat — `{ type, at, ...payload }` — because that is how the event store
 * splits them into columns (electron/services/sessions/event-store.ts). They are written
 * by `applyCommand` only, already trimmed and checked, so the schemas here guard the
 * reading side (a log from disk) rather than user input.
 */

// The plain values, for modules that already import the schemas (local names below take precedence).
export * from './event-values';

export const StepIdSchema = z.enum(STEP_IDS, { message: 'session.stepUnknown' });
export const MandateCheckStatus = z.enum(MANDATE_CHECK_STATUSES, { message: 'session.mandateStatusUnknown' });
export type MandateCheckStatus = z.infer<typeof MandateCheckStatus>;
export const StepVia = z.enum(STEP_VIAS);
export type StepVia = z.infer<typeof StepVia>;
export const ChecklistStatus = z.enum(CHECKLIST_STATUSES, { message: 'session.checklistStatusUnknown' });
export type ChecklistStatus = z.infer<typeof ChecklistStatus>;
export const ScopeVerdict = z.enum(SCOPE_VERDICTS, { message: 'session.verdictUnknown' });
export type ScopeVerdict = z.infer<typeof ScopeVerdict>;
export const Outcome = z.enum(OUTCOMES, { message: 'session.outcomeUnknown' });
export type Outcome = z.infer<typeof Outcome>;

const at = z.number().int().nonnegative();
const text = (max: number) => z.string().min(1).max(max);

/**
 * Who helps, as the record keeps it: the profile's id and its names at that time (a profile renamed
 * later does not rewrite what the person was told). `quickAssistName` may be blank: not filled in yet.
 */
export const SessionHelper = z.object({
  id: text(LIMITS.helperId),
  name: text(LIMITS.helperName),
  quickAssistName: z.string().max(LIMITS.helperName),
});
export type SessionHelper = z.infer<typeof SessionHelper>;

export const SessionStarted = z.object({
  type: z.literal('session_started'),
  at,
  mandateStatus: MandateCheckStatus,
  mandateId: text(LIMITS.mandateId).optional(),
  overrideReason: z.string().min(MIN_OVERRIDE_REASON).max(LIMITS.reason).optional(),
  /** The helper last used on this laptop; absent in logs written before profiles, or with none. */
  helper: SessionHelper.optional(),
});

/** The helper of this session, chosen (or changed) at preparation. */
export const HelperChosen = z.object({
  type: z.literal('helper_chosen'),
  at,
  helper: SessionHelper,
});

/** One line of today's plan: an action of the mandate in force, or a request of an earlier session it now covers. */
export const PlanEntry = z.object({
  id: text(LIMITS.itemId),
  label: text(LIMITS.scopeLabel),
  /** Set when the line is a request noted in an earlier session (its follow-up). */
  followupId: text(LIMITS.itemId).optional(),
});
export type PlanEntry = z.infer<typeof PlanEntry>;

/** What is planned today, chosen at preparation; the whole list each time (the latest wins). */
export const PlanSet = z.object({
  type: z.literal('plan_set'),
  at,
  items: z.array(PlanEntry).min(1).max(LIMITS.planItems),
});

/** The person says the code box is in front of them: only then is a code generated. */
export const CodeBoxReady = z.object({ type: z.literal('code_box_ready'), at });

/** The mandate was checked again during preparation (e.g. signed on the spot). */
export const MandateChecked = z.object({
  type: z.literal('mandate_checked'),
  at,
  mandateStatus: MandateCheckStatus,
  mandateId: text(LIMITS.mandateId).optional(),
});

/** The helper goes ahead without a valid mandate; the reason is what the record keeps. */
export const MandateOverridden = z.object({
  type: z.literal('mandate_overridden'),
  at,
  reason: z.string().min(MIN_OVERRIDE_REASON).max(LIMITS.reason),
});

export const StepEntered = z.object({
  type: z.literal('step_entered'),
  at,
  step: StepIdSchema,
  via: StepVia,
  reason: text(LIMITS.reason).optional(),
});

export const StepSkipped = z.object({
  type: z.literal('step_skipped'),
  at,
  step: StepIdSchema,
  reason: text(LIMITS.reason),
});

/**
 * A code was generated in Quick Assist. `noted` when the helper also typed it for the
 * dictation aid. The code itself is never logged: it is a one-time secret, kept in the
 * service's memory while it is valid (electron/services/sessions/code-memory.ts). Rows
 * written before that held it as `code`; migration 0011 redacted them (and the schema
 * drops any such field on reading).
 */
export const CodeGenerated = z.object({
  type: z.literal('code_generated'),
  at,
  noted: z.literal(true).optional(),
  deadline: at,
});

export const CodeExpired = z.object({ type: z.literal('code_expired'), at });

/** The person is connected: the countdown stops. */
export const CodeCleared = z.object({ type: z.literal('code_cleared'), at });

export const ControlGranted = z.object({ type: z.literal('control_granted'), at });

export const ControlEnded = z.object({ type: z.literal('control_ended'), at });

export const PointSaid = z.object({
  type: z.literal('point_said'),
  at,
  step: StepIdSchema,
  pointId: text(LIMITS.pointId),
});

export const NoteAdded = z.object({
  type: z.literal('note_added'),
  at,
  text: text(LIMITS.note),
});

export const ChecklistChanged = z.object({
  type: z.literal('checklist_changed'),
  at,
  itemId: text(LIMITS.itemId),
  scopeLabel: text(LIMITS.scopeLabel),
  status: ChecklistStatus,
  note: text(LIMITS.note).optional(),
});

export const ScopeChecked = z.object({
  type: z.literal('scope_checked'),
  at,
  request: text(LIMITS.request),
  verdict: ScopeVerdict,
  matchedScope: text(LIMITS.scopeLabel).optional(),
  /**
   * The one stored field that is a sentence rather than data: the decision's label as the helper
   * saw it (renderer's `scope.decision.*`, in the UI language of the day). Logged rows are
   * hash-chained and never rewritten, so it is read and shown as written; a decision id would be
   * the data to store if this event ever gets a new version.
   */
  decision: text(LIMITS.decision).optional(),
});

export const FollowupRequested = z.object({
  type: z.literal('followup_requested'),
  at,
  text: text(LIMITS.followup),
});

export const HygieneChecked = z.object({
  type: z.literal('hygiene_checked'),
  at,
  itemId: text(LIMITS.pointId),
  checked: z.boolean(),
});

export const SessionClosed = z.object({
  type: z.literal('session_closed'),
  at,
  outcome: Outcome,
  /** Why the session was left before its end (abandon, from any step); absent for a closing at « Clôture ». */
  reason: text(LIMITS.reason).optional(),
});

export const SessionEvent = z.discriminatedUnion('type', [
  SessionStarted,
  MandateChecked,
  MandateOverridden,
  HelperChosen,
  PlanSet,
  CodeBoxReady,
  StepEntered,
  StepSkipped,
  CodeGenerated,
  CodeExpired,
  CodeCleared,
  ControlGranted,
  ControlEnded,
  PointSaid,
  NoteAdded,
  ChecklistChanged,
  ScopeChecked,
  FollowupRequested,
  HygieneChecked,
  SessionClosed,
]);

export type SessionEvent = z.infer<typeof SessionEvent>;
export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

export const SESSION_EVENT_TYPES = SessionEvent.options.map((option) => option.shape.type.value) as SessionEventType[];

/** A row as the event store returns it: the payload apart from `type` and `at`. */
export interface StoredEventRow {
  type: string;
  at: number;
  payload: Record<string, unknown>;
}

export type ParsedLog = { ok: true; events: SessionEvent[] } | { ok: false; error: AppErrorValue; index: number };

/**
 * Reads a stored log back into typed events. A row that does not parse stops the reading
 * with its position: folding around a damaged row would show the helper a state the log
 * does not support.
 */
export function parseStoredEvents(rows: readonly StoredEventRow[]): ParsedLog {
  const events: SessionEvent[] = [];
  for (const [index, row] of rows.entries()) {
    const parsed = SessionEvent.safeParse({ ...row.payload, type: row.type, at: row.at });
    if (!parsed.success) {
      return { ok: false, index, error: errorValue('internal', 'sessionLog.unreadable', { number: index + 1 }) };
    }
    events.push(parsed.data);
  }
  return { ok: true, events };
}
