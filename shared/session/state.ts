import type { ChecklistStatus, MandateCheckStatus, Outcome, PlanEntry, ScopeVerdict, SessionEvent, SessionHelper, StepVia } from './session-events';
import type { MessageKey } from '../messages/message';
import { FIRST_STEP, stepIndex, type StepId } from './step-ids';

/**
 * The state of a guided session, derived only from its log. Plain JSON data (no Map, no
 * class) so that it crosses the IPC bridge and compares with toEqual after a restart.
 * Nothing here depends on the clock: time-dependent views (countdown, elapsed time,
 * « code still valid? ») take `now` and read the stored instants.
 */

export interface StepVisit {
  step: StepId;
  at: number;
  /** 'start' is the entry into preparation that session_started implies. */
  via: StepVia | 'start';
  reason?: string;
}

export interface SkippedStep {
  step: StepId;
  at: number;
  reason: string;
}

export type CodeStatus = 'pending' | 'expired' | 'cleared';

export interface CodeState {
  /** The helper typed it for the dictation aid (the code itself is never in the log). */
  noted: boolean;
  generatedAt: number;
  deadline: number;
  /** 'pending' may still be past its deadline: see codeStatusAt() for the clock-aware answer. */
  status: CodeStatus;
  /** When it expired or was cleared. */
  endedAt: number | null;
}

export interface ControlState {
  active: boolean;
  /** Start of the current grant, null when inactive. */
  since: number | null;
  /** Once control was given, the hygiene checklist is due even for an aborted session. */
  everGranted: boolean;
  grants: number;
}

export interface ChecklistEntry {
  itemId: string;
  scopeLabel: string;
  status: ChecklistStatus;
  note?: string;
  at: number;
}

export interface NoteEntry {
  text: string;
  at: number;
  step: StepId;
}

export interface SaidPoint {
  step: StepId;
  pointId: string;
  at: number;
}

export interface ScopeCheckEntry {
  request: string;
  verdict: ScopeVerdict;
  matchedScope?: string;
  decision?: string;
  at: number;
  step: StepId;
}

export interface FollowupEntry {
  text: string;
  at: number;
  step: StepId;
}

/** An event the fold could not apply (e.g. written after the close); kept visible, never silently dropped. */
export interface FoldAnomaly {
  index: number;
  type: SessionEvent['type'];
  /** Why it was set aside, keyed (shared/messages/fr/session.ts). */
  key: MessageKey;
}

export interface SessionState {
  started: boolean;
  startedAt: number | null;
  mandateStatus: MandateCheckStatus | null;
  mandateId: string | null;
  overrideReason: string | null;
  overriddenAt: number | null;
  /** Who helps; null in a log written before helper profiles, or when none was chosen yet. */
  helper: SessionHelper | null;
  /** Today's plan, latest choice; null when none was chosen (a log written before plans reads as the whole mandate). */
  plan: PlanEntry[] | null;
  /**
   * The person said the code box is in front of them: a code may be generated. Reconnecting after
   * the connection was made (back to the call or code step from the screen share on) asks again.
   */
  codeBoxReady: boolean;
  step: StepId;
  history: StepVisit[];
  skipped: SkippedStep[];
  /** The latest code; earlier codes stay in the log. */
  code: CodeState | null;
  codesGenerated: number;
  control: ControlState;
  /** One entry per item, latest status wins, in the order items were first touched. */
  checklist: ChecklistEntry[];
  notes: NoteEntry[];
  saidPoints: SaidPoint[];
  scopeChecks: ScopeCheckEntry[];
  followups: FollowupEntry[];
  hygiene: Record<string, boolean>;
  outcome: Outcome | null;
  /** Why the session was left before its end (abandon). */
  closeReason: string | null;
  closed: boolean;
  closedAt: number | null;
  lastEventAt: number | null;
  eventCount: number;
  anomalies: FoldAnomaly[];
}

export function initialSessionState(): SessionState {
  return {
    started: false,
    startedAt: null,
    mandateStatus: null,
    mandateId: null,
    overrideReason: null,
    overriddenAt: null,
    helper: null,
    plan: null,
    codeBoxReady: false,
    step: FIRST_STEP,
    history: [],
    skipped: [],
    code: null,
    codesGenerated: 0,
    control: { active: false, since: null, everGranted: false, grants: 0 },
    checklist: [],
    notes: [],
    saidPoints: [],
    scopeChecks: [],
    followups: [],
    hygiene: {},
    outcome: null,
    closeReason: null,
    closed: false,
    closedAt: null,
    lastEventAt: null,
    eventCount: 0,
    anomalies: [],
  };
}


/**
 * Applies one event. Total and pure: the log is the truth, so an event is never refused
 * here (applyCommand refuses commands). Only events that cannot belong to the session —
 * before its start, after its close — are set aside as anomalies, so a damaged or
 * hand-edited log still folds to something the helper can read.
 */
export function applyEvent(state: SessionState, event: SessionEvent): SessionState {
  const index = state.eventCount;
  const counted = { ...state, eventCount: index + 1 };
  const anomaly = (key: MessageKey): SessionState => ({
    ...counted,
    anomalies: [...state.anomalies, { index, type: event.type, key }],
  });

  if (state.closed) return anomaly('sessionLog.afterClose');
  if (!state.started && event.type !== 'session_started') return anomaly('sessionLog.beforeStart');

  const s: SessionState = { ...counted, lastEventAt: event.at };
  switch (event.type) {
    case 'session_started':
      if (state.started) return anomaly('sessionLog.restart');
      return {
        ...s,
        started: true,
        startedAt: event.at,
        mandateStatus: event.mandateStatus,
        mandateId: event.mandateId ?? null,
        overrideReason: event.overrideReason ?? null,
        overriddenAt: event.overrideReason ? event.at : null,
        helper: event.helper ?? null,
        step: FIRST_STEP,
        history: [{ step: FIRST_STEP, at: event.at, via: 'start' }],
      };
    case 'mandate_checked':
      return { ...s, mandateStatus: event.mandateStatus, mandateId: event.mandateId ?? s.mandateId };
    case 'mandate_overridden':
      return { ...s, overrideReason: event.reason, overriddenAt: event.at };
    case 'helper_chosen':
      return { ...s, helper: event.helper };
    case 'plan_set':
      return { ...s, plan: event.items };
    case 'code_box_ready':
      return { ...s, codeBoxReady: true };
    case 'step_entered': {
      const visit: StepVisit = { step: event.step, at: event.at, via: event.via };
      if (event.reason !== undefined) visit.reason = event.reason;
      const reconnecting = stepIndex(event.step) <= stepIndex('code') && stepIndex(s.step) >= stepIndex('share');
      return { ...s, step: event.step, history: [...s.history, visit], codeBoxReady: s.codeBoxReady && !reconnecting };
    }
    case 'step_skipped':
      return { ...s, skipped: [...s.skipped, { step: event.step, at: event.at, reason: event.reason }] };
    case 'code_generated':
      return {
        ...s,
        code: { noted: event.noted === true, generatedAt: event.at, deadline: event.deadline, status: 'pending', endedAt: null },
        codesGenerated: s.codesGenerated + 1,
      };
    case 'code_expired':
      if (!s.code || s.code.status !== 'pending') return s;
      return { ...s, code: { ...s.code, status: 'expired', endedAt: event.at } };
    case 'code_cleared':
      // A cleared code after an expiry is the person having connected just in time: connection wins.
      if (!s.code || s.code.status === 'cleared') return s;
      return { ...s, code: { ...s.code, status: 'cleared', endedAt: event.at } };
    case 'control_granted':
      if (s.control.active) return s;
      return { ...s, control: { active: true, since: event.at, everGranted: true, grants: s.control.grants + 1 } };
    case 'control_ended':
      if (!s.control.active) return s;
      return { ...s, control: { ...s.control, active: false, since: null } };
    case 'point_said':
      return { ...s, saidPoints: [...s.saidPoints, { step: event.step, pointId: event.pointId, at: event.at }] };
    case 'note_added':
      return { ...s, notes: [...s.notes, { text: event.text, at: event.at, step: s.step }] };
    case 'checklist_changed': {
      const entry: ChecklistEntry = { itemId: event.itemId, scopeLabel: event.scopeLabel, status: event.status, at: event.at };
      if (event.note !== undefined) entry.note = event.note;
      const existing = s.checklist.findIndex((e) => e.itemId === event.itemId);
      const checklist = existing === -1 ? [...s.checklist, entry] : s.checklist.map((e, i) => (i === existing ? entry : e));
      return { ...s, checklist };
    }
    case 'scope_checked': {
      const entry: ScopeCheckEntry = { request: event.request, verdict: event.verdict, at: event.at, step: s.step };
      if (event.matchedScope !== undefined) entry.matchedScope = event.matchedScope;
      if (event.decision !== undefined) entry.decision = event.decision;
      return { ...s, scopeChecks: [...s.scopeChecks, entry] };
    }
    case 'followup_requested':
      return { ...s, followups: [...s.followups, { text: event.text, at: event.at, step: s.step }] };
    case 'hygiene_checked':
      return { ...s, hygiene: { ...s.hygiene, [event.itemId]: event.checked } };
    case 'session_closed':
      // Control cannot outlive the session: applyCommand refuses to close while it is active,
      // and a log that says otherwise should not show a live control forever.
      return {
        ...s,
        outcome: event.outcome,
        closeReason: event.reason ?? null,
        closed: true,
        closedAt: event.at,
        control: { ...s.control, active: false, since: null },
      };
  }
}

/** The state after a whole log: what a restart shows. */
export function foldEvents(events: readonly SessionEvent[], from: SessionState = initialSessionState()): SessionState {
  return events.reduce(applyEvent, from);
}

/** The clock-aware status of the latest code: a pending code past its deadline is expired. */
export function codeStatusAt(state: Pick<SessionState, 'code'>, now: number): CodeStatus | 'none' {
  const code = state.code;
  if (!code) return 'none';
  if (code.status === 'pending' && now >= code.deadline) return 'expired';
  return code.status;
}

export function isPointSaid(state: Pick<SessionState, 'saidPoints'>, step: StepId, pointId: string): boolean {
  return state.saidPoints.some((p) => p.step === step && p.pointId === pointId);
}

export type StepProgress = 'current' | 'visited' | 'skipped' | 'upcoming';

/**
 * For a progress bar: what last happened to each step. A step counts as skipped when the
 * helper last left it with « Passer » — read from the order of the history, not from
 * timestamps, which two events of one command share.
 */
export function stepProgress(state: SessionState, steps: readonly StepId[]): { step: StepId; status: StepProgress }[] {
  return steps.map((step) => {
    if (state.started && step === state.step) return { step, status: 'current' };
    const last = state.history.findLastIndex((v) => v.step === step);
    if (last === -1) return { step, status: 'upcoming' };
    return { step, status: state.history[last + 1]?.via === 'skip' ? 'skipped' : 'visited' };
  });
}
