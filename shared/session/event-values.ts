/**
 * The plain values of the session log (lists of statuses, limits, the code pattern), without zod:
 * the renderer's first chunk uses them, and the schemas in session-events.ts are built from them.
 */

/**
 * What the mandate check said when the session started. Same values as
 * `MandateCheckStatus` in shared/mandate/check.ts: only 'valid' and 'expiring' let the
 * helper leave the preparation step without an override reason.
 */
export const MANDATE_CHECK_STATUSES = ['valid', 'expiring', 'upcoming', 'unsigned', 'revoked', 'expired', 'none'] as const;
export type MandateCheckStatus = (typeof MANDATE_CHECK_STATUSES)[number];

export const STARTABLE_MANDATE_STATUSES: readonly MandateCheckStatus[] = ['valid', 'expiring'];

export const STEP_VIAS = ['next', 'back', 'jump', 'skip'] as const;
export type StepVia = (typeof STEP_VIAS)[number];

export const CHECKLIST_STATUSES = ['done', 'not_done', 'postponed'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** The scope guard's verdicts (shared/scope-guard/verdict.ts); 'check' and 'excluded' came later: old logs never hold them. */
export const SCOPE_VERDICTS = ['in_scope', 'check', 'out_of_scope', 'excluded', 'sensitive', 'unclear'] as const;
export type ScopeVerdict = (typeof SCOPE_VERDICTS)[number];

export const OUTCOMES = ['completed', 'partial', 'aborted'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Quick Assist's security code: 6 characters, capital letters and digits. */
export const SECURITY_CODE_PATTERN = /^[A-Z0-9]{6}$/;

/** Shared limits, so that commands (input) and events (log) agree on what fits. */
export const LIMITS = {
  reason: 500,
  note: 4000,
  request: 1000,
  followup: 1000,
  scopeLabel: 300,
  decision: 500,
  itemId: 200,
  pointId: 80,
  mandateId: 200,
  helperId: 64,
  helperName: 120,
  planItems: 60,
} as const;

/** An override must say something: a single word or "ok" is not a reason. */
export const MIN_OVERRIDE_REASON = 5;

/** Leaving a session needs a reason, but a short one (« a raccroché ») must do in the middle of a call. */
export const MIN_ABANDON_REASON = 3;
