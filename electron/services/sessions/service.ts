import { parisDate } from '../../../shared/mandate/dates';
import type { sessionCalls, SessionSummary, SessionView } from '../../../shared/session/calls';
import { SessionCommand } from '../../../shared/session/commands';
import { compileMandate, judge } from '../../../shared/scope-guard';
import { planCandidates, type PlanCandidate } from '../../../shared/session/plan';
import { buildRecap } from '../../../shared/session/recap';
import { parseStoredEvents, type SessionEvent } from '../../../shared/session/session-events';
import { normalizeCode } from '../../../shared/session/spelling';
import { applyCommand } from '../../../shared/session/steps';
import { codeStatusAt, foldEvents, initialSessionState, type SessionState } from '../../../shared/session/state';
import type { WritableDB } from '../db/types';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { FollowupStore } from '../followups/store';
import type { HandlersFor } from '../handler-map';
import type { HelpersService } from '../helpers/service';
import { newId } from '../ids';
import type { MandatesService } from '../mandates/service';
import type { PersonsService } from '../persons/service';
import type { RecordJournal } from '../records/record-journal';
import { createSessionRecorder } from '../records/session-record';
import type { SettingsService } from '../settings';
import type { EventStore } from './event-store';
import { createCodeMemory } from './code-memory';
import { createSessionLog } from './log';
import { sessionMandate } from './mandate-view';
import type { NamedSessionRow, SessionRow, SessionStore } from './session-store';

/**
 * The guided session service: every command is checked by the pure step machine against
 * the state folded from the stored log, its events are committed, and only then is the
 * new view returned. The renderer therefore never shows as done what the log lacks.
 */

/** The renderer's clock may run ahead of ours by a little; the code is not expired before its deadline by ours. */
const EXPIRY_TOLERANCE_MS = 2_000;

export interface SessionsDeps {
  db: WritableDB;
  stores: { sessions: SessionStore; events: EventStore; followups: FollowupStore; records: RecordJournal };
  bus: EventBus;
  persons: PersonsService;
  settings: SettingsService;
  mandates: MandatesService;
  helpers: HelpersService;
  now?: () => Date;
  /** Called after a session's closing is committed (rolling backup). */
  onClosed?: (sessionId: string) => void;
  /** The profile that unlocked the app (lock/service.ts): its sessions are recorded under it. */
  unlockedHelperId?: () => string | null;
}

export function createSessionsService({ db, stores, bus, persons, settings, mandates, helpers, now = () => new Date(), onClosed, unlockedHelperId = () => null }: SessionsDeps) {
  const log = createSessionLog(db, stores.sessions, stores.events, createSessionRecorder(stores));
  const clock = () => now().getTime();
  const codes = createCodeMemory(clock);

  function load(sessionId: string) {
    const row = stores.sessions.get(sessionId);
    if (!row) throw new AppError('not_found', 'sessions.notFound');
    const parsed = parseStoredEvents(stores.events.events(sessionId));
    if (!parsed.ok) throw AppError.fromValue(parsed.error);
    return { row, state: foldEvents(parsed.events) };
  }

  /**
   * The person's mandate as the session sees it at `at`. Checked once per call and handed
   * to whatever the call needs it for (the trusted status, the recap, the view).
   */
  const mandateAt = (personId: string, at: number) => {
    const day = parisDate(at);
    return { ...mandates.checkForPerson(personId, day), day };
  };
  type FoundMandate = ReturnType<typeof mandateAt>;

  /**
   * What may be planned today (shared/session/plan.ts): the actions in force, and the requests of
   * earlier sessions, still waiting, noted before this mandate was drawn up, that it now covers
   * (the scope guard judges them against the actions in force, as it judges a request in a call).
   */
  function candidatesFor(sessionId: string, personId: string, found: FoundMandate): PlanCandidate[] {
    const mandate = sessionMandate(found);
    if (!mandate.canStart || found.mandate === null) return [];
    const drawnUp = Date.parse(found.mandate.createdAt);
    const requests = stores.followups
      .list(personId, true)
      .filter((f) => (f.status === 'pending' || f.status === 'planned') && f.sessionId !== sessionId && f.requestedAt < drawnUp);
    const items = found.mandate.scopeItems.map((i) => ({ id: i.id, label: i.label }));
    let compiled: ReturnType<typeof compileMandate> | null = null;
    const covering = (text: string) => {
      compiled ??= compileMandate(mandate.guardScope, mandate.exclusions);
      const verdict = judge(compiled, text);
      return verdict.verdict === 'in_scope' ? verdict.matchedScope : null;
    };
    return planCandidates(items, requests, covering);
  }

  function view(row: SessionRow, state: SessionState, found: FoundMandate): SessionView {
    return {
      id: row.id,
      personId: row.person_id,
      personName: persons.get(row.person_id).name,
      helperName: state.helper?.name ?? row.helper_name,
      state,
      mandate: sessionMandate(found),
      // Offered at preparation only, where the plan is chosen.
      planCandidates: state.step === 'preparation' && !state.closed ? candidatesFor(row.id, row.person_id, found) : [],
      serverNow: clock(),
      dictationCode: state.code?.status === 'pending' && state.code.noted && !state.closed ? codes.get(row.id) : null,
    };
  }

  function start(personId: string): SessionView {
    persons.get(personId);
    if (stores.sessions.openCountOf(personId) > 0) {
      throw new AppError('conflict', 'sessions.alreadyOpen');
    }
    const at = clock();
    const found = mandateAt(personId, at);
    const { check } = found;
    // The helper who unlocked the app; without a lock, the one last used (preparation lets the helper choose another).
    const unlocked = unlockedHelperId();
    const helper = unlocked ? helpers.asSessionHelper(unlocked) : helpers.lastUsed();
    const started = { type: 'start' as const, mandateStatus: check.status, mandateId: check.mandateId, ...(helper ? { helper } : {}) };
    const result = applyCommand(initialSessionState(), started, at);
    if (!result.ok) throw AppError.fromValue(result.error);
    const id = newId();
    log.create(
      { id, personId, mandateId: check.mandateId ?? null, helperId: helper?.id ?? null, helperName: helper?.name ?? '', startedAt: at, currentStep: 'preparation' },
      result.events,
    );
    bus.emit('sessionChanged', { sessionId: id, personId });
    const { row, state } = load(id);
    return view(row, state, found);
  }

  const commit = db.transaction((sessionId: string, personId: string, events: SessionEvent[], state: SessionState, found: FoundMandate, stepChanged: boolean) => {
    // The recap the person heard (same scope as the recap view) is kept with the closing, in the same
    // transaction; the closing is this call's, so the mandate checked for it is the one of its day.
    const recap = state.closed ? buildRecap(state, sessionMandate(found).scopeItems.map((i) => i.label)).text : undefined;
    const chosen = events.findLast((e) => e.type === 'helper_chosen');
    const helper = chosen?.type === 'helper_chosen' ? { id: chosen.helper.id, name: chosen.helper.name } : undefined;
    const summary = stepChanged || state.closed || helper ? { currentStep: state.step, closedAt: state.closedAt, outcome: state.outcome, recap, helper } : undefined;
    log.append(sessionId, events, summary);
    if (helper) helpers.markUsed(helper.id);
    for (const e of events) {
      if (e.type === 'followup_requested') stores.followups.insert({ id: newId(), personId, sessionId, text: e.text, requestedAt: e.at, status: 'pending' });
    }
  });

  function command(sessionId: string, raw: SessionCommand): SessionView {
    const { row, state } = load(sessionId);
    if (state.closed) throw new AppError('read_only', 'sessions.closed');
    const at = clock();
    const found = mandateAt(row.person_id, at);
    const cmd = trusted(raw, state, at, found, row);
    const result = applyCommand(state, cmd, at);
    if (!result.ok) throw AppError.fromValue(result.error);
    // A new code while the old one is past its deadline: its expiry goes in the log first.
    const expired: SessionEvent[] =
      cmd.type === 'generate_code' && state.code?.status === 'pending' && at >= state.code.deadline ? [{ type: 'code_expired', at }] : [];
    const events = [...expired, ...result.events];
    const next = events.length === 0 ? state : foldEvents(events, state);
    // IMMEDIATE: the log and the follow-up row commit together, under the write lock.
    if (events.length > 0) commit.immediate(sessionId, row.person_id, events, next, found, next.step !== state.step);
    holdCode(sessionId, cmd, next);
    if (events.length === 0) return view(row, state, found);
    bus.emit('sessionChanged', { sessionId, personId: row.person_id });
    if (next.closed) onClosed?.(sessionId);
    return view(row, next, found);
  }

  /** The typed code goes to memory only, once what the command logged has committed. */
  function holdCode(sessionId: string, cmd: SessionCommand, next: SessionState) {
    const pending = next.code?.status === 'pending' && !next.closed ? next.code : null;
    const typed = (cmd.type === 'generate_code' || cmd.type === 'note_code') && cmd.code ? normalizeCode(cmd.code) : null;
    if (pending && typed?.ok) codes.remember(sessionId, typed.code, pending.deadline);
    else if (!pending || cmd.type === 'generate_code') codes.forget(sessionId);
  }

  /** Replaces what the renderer cannot be trusted with by the service's own answer. */
  function trusted(cmd: SessionCommand, state: SessionState, at: number, found: FoundMandate, row: SessionRow): SessionCommand {
    const { check } = found;
    // A helper or a plan outside preparation is refused by the step machine, in its own words.
    if ((cmd.type === 'choose_helper' || cmd.type === 'set_plan') && state.step !== 'preparation') return cmd;
    switch (cmd.type) {
      case 'choose_helper': {
        // Unlocked as one profile, the record names that profile: another helper unlocks as themself.
        const unlocked = unlockedHelperId();
        if (unlocked && unlocked !== cmd.helperId) throw new AppError('forbidden', 'lock.otherHelper', { name: helpers.get(unlocked).displayName });
        return { type: 'choose_helper', helperId: cmd.helperId, helper: helpers.asSessionHelper(cmd.helperId) };
      }
      case 'set_plan': {
        const candidates = new Map(candidatesFor(row.id, row.person_id, found).map((c) => [c.id, c]));
        const items = cmd.items.map(({ id }) => {
          const c = candidates.get(id);
          if (!c) throw new AppError('invalid_input', 'steps.planItemUnknown');
          return c.followupId ? { id: c.id, label: c.label, followupId: c.followupId } : { id: c.id, label: c.label };
        });
        return { type: 'set_plan', items };
      }
      case 'start':
        throw new AppError('conflict', 'sessions.alreadyStarted');
      case 'recheck_mandate':
        return { type: 'recheck_mandate', mandateStatus: check.status, mandateId: check.mandateId };
      case 'generate_code':
        return { ...cmd, durationMinutes: settings.get().codeDurationMinutes };
      case 'expire_code':
        if (state.code?.status === 'pending' && at + EXPIRY_TOLERANCE_MS < state.code.deadline) {
          throw new AppError('invalid_input', 'sessions.codeStillValid');
        }
        return cmd;
      default:
        return cmd;
    }
  }

  function read(sessionId: string): SessionView {
    const { row, state } = load(sessionId);
    return view(row, state, mandateAt(row.person_id, clock()));
  }

  const handlers: HandlersFor<typeof sessionCalls> = {
    startSession: ({ personId }) => start(personId),
    getSession: ({ sessionId }) => read(sessionId),
    sessionCommand: ({ sessionId, command: cmd }) => command(sessionId, cmd),
    listOpenSessions: () => stores.sessions.open().map(summary),
    getOpenSession() {
      const first = stores.sessions.open()[0];
      return first ? read(first.id) : null;
    },
    listPersonSessions({ personId }) {
      persons.get(personId);
      return stores.sessions.ofPerson(personId).map(summary);
    },
  };

  /**
   * The open session whose security code is counting down: the lock screen keeps its panel in
   * sight, since the person may be typing that code while the helper is away from the keyboard.
   */
  function withRunningCode(): string | null {
    const at = clock();
    for (const row of stores.sessions.open()) {
      const parsed = parseStoredEvents(stores.events.events(row.id));
      if (parsed.ok && codeStatusAt(foldEvents(parsed.events), at) === 'pending') return row.id;
    }
    return null;
  }

  return {
    handlers,
    withRunningCode,
    /** The services are closing: the codes held for the dictation aid go with them. */
    close: () => codes.clear(),
  };
}

function summary(r: NamedSessionRow): SessionSummary {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    startedAt: r.started_at,
    closedAt: r.closed_at,
    outcome: r.outcome,
    currentStep: r.current_step,
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
