import type { AppErrorValue } from '../ipc/result';
import { zodToAppError } from '../ipc/zod-errors';
import { errorValue } from '../messages/error-value';
import { msg, type Message, type MessageKey } from '../messages/message';
import { SessionCommand, type ParsedSessionCommand } from './commands';
import { codeDurationMs, DEFAULT_CODE_DURATION_MINUTES } from './countdown';
import { MIN_ABANDON_REASON, MIN_OVERRIDE_REASON, STARTABLE_MANDATE_STATUSES, type MandateCheckStatus, type SessionEvent } from './session-events';
import { HYGIENE_ITEMS, isHygieneItemId, missingHygiene, QUICK_ASSIST_CLOSED } from './hygiene';
import { normalizeCode } from './spelling';
import { codeStatusAt, isPointSaid, type SessionState } from './state';
import { stepAfter, stepBefore, stepIndex, type StepId } from './step-ids';
import { shown } from './quick-assist-labels';
import { stepTitle } from './step-guides';

/**
 * The step machine. `applyCommand` checks a helper's command against the current state
 * and answers with the events to append — it never changes the state itself: the caller
 * persists the events (durably) and only then folds them in (state.ts), so what the
 * helper sees is always what the log holds.
 */

export { applyEvent, foldEvents, initialSessionState } from './state';

/** A refusal is a keyed error value (shared/messages/fr/session.ts), thrown as is by the service. */
export type CommandResult = { ok: true; events: SessionEvent[] } | { ok: false; error: AppErrorValue };

/** A skip needs a reason, but a short one (« déjà fait ») must do in the middle of a call. */
export const MIN_SKIP_REASON = 3;

type Refusal = Message | AppErrorValue;
const refuse = (why: Refusal): CommandResult => ({ ok: false, error: 'code' in why ? why : errorValue('invalid_input', why.key, why.params) });
const accept = (...events: SessionEvent[]): CommandResult => ({ ok: true, events });
/** A refusal naming a step: its title is a message of its own (step-guides.ts), in the UI language like the sentence. */
const atStep = (key: MessageKey, step: StepId): Message => msg(key, { step: stepTitle(step) });

export function isMandateStartable(status: MandateCheckStatus | null): boolean {
  return status !== null && STARTABLE_MANDATE_STATUSES.includes(status);
}

const MANDATE_PROBLEMS: Record<Exclude<MandateCheckStatus, 'valid' | 'expiring'>, MessageKey> = {
  upcoming: 'steps.mandateUpcoming',
  unsigned: 'steps.mandateUnsigned',
  revoked: 'steps.mandateRevoked',
  expired: 'steps.mandateExpired',
  none: 'steps.mandateNone',
};

function mandateRefusal(status: MandateCheckStatus | null): Message {
  const problem: MessageKey = status === null || status === 'valid' || status === 'expiring' ? 'steps.mandateNone' : MANDATE_PROBLEMS[status];
  return msg('steps.mandateRequired', { problem: msg(problem), minimum: MIN_OVERRIDE_REASON });
}

/** Why the session may not leave preparation, or null. */
function mandateGuard(state: SessionState): Message | null {
  if (isMandateStartable(state.mandateStatus) || state.overrideReason !== null) return null;
  return mandateRefusal(state.mandateStatus);
}

/**
 * Why `next` may not leave preparation beyond the mandate: the record must say who helps, and a
 * session under a mandate in force says what is planned today (the recap reports on it).
 */
function preparationGuard(state: SessionState): Message | null {
  const mandate = mandateGuard(state);
  if (mandate) return mandate;
  if (state.helper === null) return msg('steps.helperMissing');
  if (isMandateStartable(state.mandateStatus) && state.plan === null) return msg('steps.planMissing');
  return null;
}

/** Why `next` may not leave the current step, or null. Skip bypasses these except safety ones. */
function nextGuard(state: SessionState, now: number): Message | null {
  switch (state.step) {
    case 'preparation':
      return preparationGuard(state);
    case 'call':
      return state.codeBoxReady ? null : msg('steps.codeBoxFirst', { section: shown('getHelp') });
    case 'code': {
      const status = codeStatusAt(state, now);
      if (status === 'none') return msg('steps.codeMissing', { button: shown('helpSomeone') });
      if (status === 'cleared') return msg('steps.codeUsed');
      if (status === 'expired') return msg('steps.codeExpired');
      return null;
    }
    case 'control':
      return state.control.active ? null : msg('steps.controlNotGranted');
    default:
      return safetyGuard(state);
  }
}

/**
 * Guards that hold for skip as well: the mandate, never leaving control running, and never
 * leaving the end of the sharing before Quick Assist is closed: the next steps say the helper
 * sees nothing any more.
 */
function safetyGuard(state: SessionState): Message | null {
  if (state.step === 'preparation') return mandateGuard(state);
  if (state.step === 'end_control' && state.control.active) return msg('steps.controlStillActive');
  if (state.step === 'end_sharing' && state.control.active) return msg('steps.controlStillActive');
  if (state.step === 'end_sharing' && state.hygiene[QUICK_ASSIST_CLOSED] !== true) return msg('steps.sharingNotEnded', { item: msg('hygiene.quickAssistClosedShort') });
  return null;
}

/**
 * Going back to the screen share or before it means a new connection: the control goes (the log
 * must not show it still running) and Quick Assist will be open again, so its « closed » tick goes too.
 */
function reconnecting(state: SessionState, target: StepId, at: number): SessionEvent[] {
  if (stepIndex(target) > stepIndex('share')) return [];
  const events: SessionEvent[] = [];
  if (state.control.active) events.push({ type: 'control_ended', at });
  if (state.hygiene[QUICK_ASSIST_CLOSED] === true) events.push({ type: 'hygiene_checked', at, itemId: QUICK_ASSIST_CLOSED, checked: false });
  return events;
}

/** Leaving the code entry forward means the person is connected: the countdown stops. */
function leavingEntry(state: SessionState, now: number): SessionEvent[] {
  if (state.step !== 'entry' || !state.code || state.code.status === 'cleared') return [];
  return [{ type: 'code_cleared', at: now }];
}

const withReason = <T extends object>(event: T, reason: string | undefined): T & { reason?: string } =>
  reason ? { ...event, reason } : event;

/**
 * Validates a helper's command against the state and returns the events to append.
 * Pure: `now` is the only clock. Refusals carry a keyed sentence for the helper.
 */
export function applyCommand(state: SessionState, command: SessionCommand, now: number): CommandResult {
  // A closed session answers the same to everything, malformed or not.
  if (state.closed) return refuse(errorValue('read_only', 'sessions.closed'));
  if (!Number.isSafeInteger(now) || now < 0) return refuse(msg('steps.badClock'));
  const parsed = SessionCommand.safeParse(command);
  if (!parsed.success) return refuse(zodToAppError(parsed.error));
  const cmd = parsed.data;

  if (cmd.type === 'start') return start(state, cmd, now);
  if (!state.started) return refuse(msg('steps.notStarted'));
  return decide(state, cmd, now);
}

type Cmd<T extends ParsedSessionCommand['type']> = Extract<ParsedSessionCommand, { type: T }>;

function start(state: SessionState, cmd: Cmd<'start'>, now: number): CommandResult {
  if (state.started) return refuse(errorValue('conflict', 'sessions.alreadyStarted'));
  const event: SessionEvent = { type: 'session_started', at: now, mandateStatus: cmd.mandateStatus };
  if (cmd.mandateId) event.mandateId = cmd.mandateId;
  if (cmd.helper) event.helper = cmd.helper;
  const reason = cmd.overrideReason ?? '';
  // A reason given for a valid mandate would read in the record as if one was needed.
  if (reason !== '' && !isMandateStartable(cmd.mandateStatus)) {
    if (reason.length < MIN_OVERRIDE_REASON) return refuse(overrideTooShort());
    event.overrideReason = reason;
  }
  return accept(event);
}

const overrideTooShort = () => msg('steps.overrideTooShort', { minimum: MIN_OVERRIDE_REASON });

function decide(state: SessionState, cmd: Exclude<ParsedSessionCommand, { type: 'start' }>, now: number): CommandResult {
  const at = now;
  switch (cmd.type) {
    case 'recheck_mandate': {
      if (state.step !== 'preparation') return refuse(atStep('steps.recheckHere', 'preparation'));
      const event: SessionEvent = { type: 'mandate_checked', at, mandateStatus: cmd.mandateStatus };
      if (cmd.mandateId) event.mandateId = cmd.mandateId;
      return accept(event);
    }
    case 'override_mandate':
      if (state.step !== 'preparation') return refuse(atStep('steps.overrideHere', 'preparation'));
      if (isMandateStartable(state.mandateStatus)) return refuse(msg('steps.overrideNotNeeded'));
      if (cmd.reason.length < MIN_OVERRIDE_REASON) return refuse(overrideTooShort());
      return accept({ type: 'mandate_overridden', at, reason: cmd.reason });

    case 'next': {
      const target = stepAfter(state.step);
      if (!target) return refuse(msg('steps.lastStep'));
      const blocked = nextGuard(state, now);
      if (blocked) return refuse(blocked);
      return accept(...leavingEntry(state, now), { type: 'step_entered', at, step: target, via: 'next' });
    }
    case 'skip': {
      const target = stepAfter(state.step);
      if (!target) return refuse(msg('steps.closingNotSkippable'));
      if (cmd.reason.length < MIN_SKIP_REASON) return refuse(msg('steps.skipReason'));
      const blocked = safetyGuard(state);
      if (blocked) return refuse(blocked);
      return accept(
        { type: 'step_skipped', at, step: state.step, reason: cmd.reason },
        ...leavingEntry(state, now),
        { type: 'step_entered', at, step: target, via: 'skip', reason: cmd.reason },
      );
    }
    case 'back': {
      const target = stepBefore(state.step);
      if (!target) return refuse(msg('steps.firstStep'));
      return accept(...reconnecting(state, target, at), withReason({ type: 'step_entered' as const, at, step: target, via: 'back' as const }, cmd.reason || undefined));
    }
    case 'jump': {
      if (cmd.to === state.step) return accept();
      if (stepIndex(cmd.to) > stepIndex(state.step)) {
        return refuse(msg('steps.onlyBack'));
      }
      return accept(...reconnecting(state, cmd.to, at), withReason({ type: 'step_entered' as const, at, step: cmd.to, via: 'jump' as const }, cmd.reason || undefined));
    }

    case 'choose_helper': {
      if (state.step !== 'preparation') return refuse(atStep('steps.helperHere', 'preparation'));
      const helper = cmd.helper;
      if (!helper || helper.id !== cmd.helperId) return refuse(msg('steps.helperUnknown'));
      if (state.helper && state.helper.id === helper.id && state.helper.name === helper.name && state.helper.quickAssistName === helper.quickAssistName) return accept();
      return accept({ type: 'helper_chosen', at, helper });
    }
    case 'set_plan': {
      if (state.step !== 'preparation') return refuse(atStep('steps.planHere', 'preparation'));
      const items = cmd.items.map(({ id, label, followupId }) => (followupId ? { id, label: label ?? '', followupId } : { id, label: label ?? '' }));
      if (items.some((i) => i.label === '')) return refuse(msg('steps.planItemUnknown'));
      if (new Set(items.map((i) => i.id)).size !== items.length) return refuse(msg('steps.planItemTwice'));
      return accept({ type: 'plan_set', at, items });
    }
    case 'confirm_code_box':
      if (state.step !== 'call' && state.step !== 'code') return refuse(atStep('steps.codeBoxHere', 'call'));
      if (state.codeBoxReady) return accept();
      return accept({ type: 'code_box_ready', at });
    case 'abandon':
      return abandon(state, cmd, now);

    case 'generate_code': {
      if (state.step !== 'code' && state.step !== 'entry') return refuse(atStep('steps.codeHere', 'code'));
      if (!state.codeBoxReady) return refuse(msg('steps.codeBoxBeforeCode', { section: shown('getHelp') }));
      const deadline = now + codeDurationMs(cmd.durationMinutes ?? DEFAULT_CODE_DURATION_MINUTES);
      const typed = cmd.code?.trim() ?? '';
      if (typed === '') return accept({ type: 'code_generated', at, deadline });
      const normalized = normalizeCode(typed);
      if (!normalized.ok) return refuse(normalized.error);
      // The code stays with the caller (in memory); the log only says that it was noted.
      return accept({ type: 'code_generated', at, noted: true, deadline });
    }
    case 'note_code': {
      // Typed again for the dictation aid (after a restart the service no longer holds it):
      // nothing to log, the code is still the one generated.
      if (codeStatusAt(state, now) !== 'pending') return refuse(atStep('steps.noPendingCode', 'code'));
      const normalized = normalizeCode(cmd.code);
      if (!normalized.ok) return refuse(normalized.error);
      return accept();
    }
    case 'expire_code':
      if (state.code?.status !== 'pending') return refuse(atStep('steps.noPendingCode', 'code'));
      return accept({ type: 'code_expired', at });
    case 'clear_code':
      if (!state.code || state.code.status === 'cleared') return refuse(atStep('steps.noPendingCode', 'code'));
      return accept({ type: 'code_cleared', at });

    case 'grant_control':
      if (state.control.active) return refuse(msg('steps.controlAlreadyGranted'));
      if (state.step !== 'control' && state.step !== 'work') return refuse(atStep('steps.controlHere', 'control'));
      return accept({ type: 'control_granted', at });
    case 'stop_control':
      // Always allowed while active, whatever the step: stopping control is never wrong.
      if (!state.control.active) return refuse(msg('steps.controlNotActive'));
      return accept({ type: 'control_ended', at });

    case 'say_point':
      // Marking twice is a double click, not a second saying: nothing to record.
      if (isPointSaid(state, state.step, cmd.pointId)) return accept();
      return accept({ type: 'point_said', at, step: state.step, pointId: cmd.pointId });
    case 'add_note':
      return accept({ type: 'note_added', at, text: cmd.text });
    case 'set_checklist': {
      const event: SessionEvent = { type: 'checklist_changed', at, itemId: cmd.itemId, scopeLabel: cmd.scopeLabel, status: cmd.status };
      if (cmd.note) event.note = cmd.note;
      return accept(event);
    }
    case 'check_scope': {
      const event: SessionEvent = { type: 'scope_checked', at, request: cmd.request, verdict: cmd.verdict };
      if (cmd.matchedScope) event.matchedScope = cmd.matchedScope;
      if (cmd.decision) event.decision = cmd.decision;
      return accept(event);
    }
    case 'request_followup':
      return accept({ type: 'followup_requested', at, text: cmd.text });
    case 'check_hygiene':
      if (!isHygieneItemId(cmd.itemId)) return refuse(msg('steps.hygieneUnknown'));
      if ((state.hygiene[cmd.itemId] === true) === cmd.checked) return accept();
      return accept({ type: 'hygiene_checked', at, itemId: cmd.itemId, checked: cmd.checked });

    case 'close':
      return close(state, cmd, now);
    default: {
      const unknown: never = cmd;
      return refuse(msg('steps.unknownCommand', { type: String((unknown as { type?: unknown }).type) }));
    }
  }
}

function close(state: SessionState, cmd: Cmd<'close'>, now: number): CommandResult {
  if (state.control.active) return refuse(msg('steps.closeWithControl'));
  // An aborted session may end from any step (person unreachable, suspicion of fraud…);
  // a completed or partial one has gone through the recap and the questions.
  if (cmd.outcome !== 'aborted' && state.step !== 'closing') {
    return refuse(atStep('steps.closeTooEarly', 'closing'));
  }
  // Without any control the helper cannot have left anything open on the person's PC.
  const hygieneDue = cmd.outcome !== 'aborted' || state.control.everGranted;
  const missing = hygieneDue ? missingHygiene(state.hygiene, HYGIENE_ITEMS) : [];
  if (missing.length > 0) {
    return refuse(msg('steps.hygieneMissing', { items: missing.map((m) => msg('common.quoted', { text: msg(m.short) })) }));
  }
  return accept({ type: 'session_closed', at: now, outcome: cmd.outcome });
}

/**
 * Leaves the session from any step (the person hung up, felt unwell, a doubt about fraud, no
 * mandate after all): never a dead end. The closing checklist is not asked for — the person may be
 * gone — but a control still running is ended in the log first, as it must have been in fact.
 */
function abandon(state: SessionState, cmd: Cmd<'abandon'>, now: number): CommandResult {
  if (cmd.reason.length < MIN_ABANDON_REASON) return refuse(msg('steps.abandonReason', { minimum: MIN_ABANDON_REASON }));
  const lost: SessionEvent[] = state.control.active ? [{ type: 'control_ended', at: now }] : [];
  return accept(...lost, { type: 'session_closed', at: now, outcome: 'aborted', reason: cmd.reason });
}

/** Why a command would be refused, or null: lets the UI disable a button and say why. */
export function canApply(state: SessionState, command: SessionCommand, now: number): AppErrorValue | null {
  const result = applyCommand(state, command, now);
  return result.ok ? null : result.error;
}
