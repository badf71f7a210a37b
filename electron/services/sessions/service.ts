import { parisDate } from '../../../shared/mandate/dates';
import type { sessionCalls, SessionSummary, SessionView } from '../../../shared/session/calls';
import { SessionCommand } from '../../../shared/session/commands';
import { buildRecap } from '../../../shared/session/recap';
import { parseStoredEvents, type SessionEvent } from '../../../shared/session/session-events';
import { applyCommand } from '../../../shared/session/steps';
import { foldEvents, initialSessionState, type SessionState } from '../../../shared/session/state';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import { newId } from '../ids';
import type { MandatesService } from '../mandates/service';
import type { PersonsService } from '../persons';
import type { SettingsService } from '../settings';
import { createEventStore } from './event-store';
import { sessionMandate } from './mandate-view';

/**
 * The guided session service: every command is checked by the pure step machine against
 * the state folded from the stored log, its events are committed, and only then is the
 * new view returned. The renderer therefore never shows as done what the log lacks.
 */

/** The renderer's clock may run ahead of ours by a little; the code is not expired before its deadline by ours. */
const EXPIRY_TOLERANCE_MS = 2_000;

export interface SessionsDeps {
  db: Db;
  bus: EventBus;
  persons: PersonsService;
  settings: SettingsService;
  mandates: MandatesService;
  now?: () => Date;
  /** Called after a session's closing is committed (rolling backup). */
  onClosed?: (sessionId: string) => void;
}

export function createSessionsService({ db, bus, persons, settings, mandates, now = () => new Date(), onClosed }: SessionsDeps) {
  const store = createEventStore(db);
  const clock = () => now().getTime();
  const insertFollowup = db.prepare(
    'INSERT INTO followups (id, person_id, session_id, text, requested_at) VALUES (?, ?, ?, ?, ?)',
  );
  const openRows = db.prepare<[], SummaryRow>(
    `SELECT s.id, s.person_id, p.name AS person_name, s.started_at, s.closed_at, s.outcome, s.current_step
     FROM sessions s JOIN persons p ON p.id = s.person_id WHERE s.closed_at IS NULL ORDER BY s.started_at`,
  );
  const personRows = db.prepare<[string], SummaryRow>(
    `SELECT s.id, s.person_id, p.name AS person_name, s.started_at, s.closed_at, s.outcome, s.current_step
     FROM sessions s JOIN persons p ON p.id = s.person_id WHERE s.person_id = ? ORDER BY s.started_at DESC`,
  );

  function load(sessionId: string) {
    const row = store.session(sessionId);
    if (!row) throw new AppError('not_found', 'sessions.notFound');
    const parsed = parseStoredEvents(store.events(sessionId));
    if (!parsed.ok) throw AppError.fromValue({ code: 'internal', message: parsed.message });
    return { row, state: foldEvents(parsed.events) };
  }

  function view(sessionId: string, row = store.session(sessionId), state?: SessionState): SessionView {
    if (!row) throw new AppError('not_found', 'sessions.notFound');
    const current = state ?? load(sessionId).state;
    const at = clock();
    return {
      id: row.id,
      personId: row.person_id,
      personName: persons.get(row.person_id).name,
      helperName: row.helper_name,
      state: current,
      mandate: sessionMandate(mandates.checkForPerson(row.person_id, parisDate(at))),
      serverNow: at,
    };
  }

  function start(personId: string): SessionView {
    persons.get(personId);
    if (openRows.all().some((r) => r.person_id === personId)) {
      throw new AppError('conflict', 'sessions.alreadyOpen');
    }
    const at = clock();
    const { check } = mandates.checkForPerson(personId, parisDate(at));
    const result = applyCommand(initialSessionState(), { type: 'start', mandateStatus: check.status, mandateId: check.mandateId }, at);
    if (!result.ok) throw AppError.fromValue({ code: 'invalid_input', message: result.message });
    const id = newId();
    store.create(
      { id, personId, mandateId: check.mandateId ?? null, helperName: settings.get().helperName, startedAt: at, currentStep: 'preparation' },
      result.events,
    );
    bus.emit('sessionChanged', { sessionId: id, personId });
    return view(id);
  }

  const commit = db.transaction((sessionId: string, personId: string, events: SessionEvent[], state: SessionState) => {
    // The recap the person heard (same scope as the recap view) is kept with the closing, in the same transaction.
    const recap = state.closed ? buildRecap(state, sessionMandate(mandates.checkForPerson(personId, parisDate(state.closedAt ?? clock()))).scopeItems.map((i) => i.label)).text : undefined;
    store.append(sessionId, events, { currentStep: state.step, closedAt: state.closedAt, outcome: state.outcome, recap });
    for (const e of events) {
      if (e.type === 'followup_requested') insertFollowup.run(newId(), personId, sessionId, e.text, e.at);
    }
  });

  function command(sessionId: string, raw: SessionCommand): SessionView {
    const { row, state } = load(sessionId);
    if (state.closed) throw new AppError('read_only', 'sessions.closed');
    const at = clock();
    const cmd = trusted(raw, row.person_id, state, at);
    const result = applyCommand(state, cmd, at);
    if (!result.ok) throw AppError.fromValue({ code: 'invalid_input', message: result.message });
    // A new code while the old one is past its deadline: its expiry goes in the log first.
    const expired: SessionEvent[] =
      cmd.type === 'generate_code' && state.code?.status === 'pending' && at >= state.code.deadline ? [{ type: 'code_expired', at }] : [];
    const events = [...expired, ...result.events];
    if (events.length === 0) return view(sessionId, row, state);
    const next = foldEvents(events, state);
    // IMMEDIATE: the log and the follow-up row commit together, under the write lock.
    commit.immediate(sessionId, row.person_id, events, next);
    bus.emit('sessionChanged', { sessionId, personId: row.person_id });
    if (next.closed) onClosed?.(sessionId);
    return view(sessionId, store.session(sessionId), next);
  }

  /** Replaces what the renderer cannot be trusted with by the service's own answer. */
  function trusted(cmd: SessionCommand, personId: string, state: SessionState, at: number): SessionCommand {
    switch (cmd.type) {
      case 'start':
        throw new AppError('conflict', 'sessions.alreadyStarted');
      case 'recheck_mandate': {
        const { check } = mandates.checkForPerson(personId, parisDate(at));
        return { type: 'recheck_mandate', mandateStatus: check.status, mandateId: check.mandateId };
      }
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

  const handlers: HandlersFor<typeof sessionCalls> = {
    startSession: ({ personId }) => start(personId),
    getSession: ({ sessionId }) => view(sessionId),
    sessionCommand: ({ sessionId, command: cmd }) => command(sessionId, cmd),
    listOpenSessions: () => openRows.all().map(summary),
    listPersonSessions({ personId }) {
      persons.get(personId);
      return personRows.all(personId).map(summary);
    },
  };

  return { handlers };
}

interface SummaryRow {
  id: string;
  person_id: string;
  person_name: string;
  started_at: number;
  closed_at: number | null;
  outcome: string | null;
  current_step: string;
}

function summary(r: SummaryRow): SessionSummary {
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
