import { checkMandates } from '../../shared/mandate/check';
import { parisDate } from '../../shared/mandate/dates';
import { activeScopeItems, DEFAULT_EXPIRING_DAYS } from '../../shared/mandate/status';
import type { SessionCommand } from '../../shared/session/commands';
import { HYGIENE_ITEMS } from '../../shared/session/hygiene';
import type { Outcome, SessionEvent, SessionHelper } from '../../shared/session/session-events';
import { applyCommand, isMandateStartable } from '../../shared/session/steps';
import { foldEvents, initialSessionState, type SessionState } from '../../shared/session/state';
import { between, pick, type Rng } from './random';
import { CODE_CHARS, DECISIONS, HELPERS, NOTE_ENDINGS, NOTE_MIDDLES, NOTE_OPENINGS, OVERRIDE_REASONS, pointsOf, REQUESTS, SKIP_REASONS } from './vocabulary';
import type { PersonPlan } from './plan';

/**
 * One session driven through the step machine, like a helper clicking: the commands are
 * checked by applyCommand and only its events are kept. `budget` is the number of events
 * aimed for; the work step is filled (notes, checklist, scope checks) to reach it.
 */
export function buildSession(rng: Rng, person: PersonPlan, startMs: number, budget: number, leaveOpen: boolean, profileOf: (name: string) => SessionHelper) {
  let at = startMs;
  let state: SessionState = initialSessionState();
  const events: SessionEvent[] = [];
  const run = (command: SessionCommand, pause = between(rng, 5, 90) * 1000) => {
    at += pause;
    const r = applyCommand(state, command, at);
    if (!r.ok) throw new Error(`generator: ${command.type} refused at ${state.step}: ${r.error.message}`);
    events.push(...r.events);
    state = foldEvents(r.events, state);
  };
  const day = parisDate(startMs);
  const known = person.mandates.filter((m) => m.createdAt <= new Date(startMs).toISOString());
  const check = checkMandates(known, day, { expiringDays: DEFAULT_EXPIRING_DAYS });
  const mandate = known.find((m) => m.id === check.mandateId);
  const scope = mandate ? activeScopeItems(mandate, day) : [];
  const profile = profileOf(mandate?.helperName ?? pick(rng, HELPERS));
  const helper = profile.name;

  run(
    {
      type: 'start',
      mandateStatus: check.status,
      ...(check.mandateId ? { mandateId: check.mandateId } : {}),
      ...(isMandateStartable(check.status) ? {} : { overrideReason: pick(rng, OVERRIDE_REASONS) }),
      helper: profile,
    },
    0,
  );
  for (const id of pointsOf('preparation')) if (rng() < 0.8) run({ type: 'say_point', pointId: id });
  // Today's plan: one to three of the mandate's actions, as a helper ticks them.
  if (isMandateStartable(check.status) && scope.length > 0) {
    const planned = scope.filter(() => rng() < 0.5).slice(0, 3);
    run({ type: 'set_plan', items: (planned.length > 0 ? planned : [scope[0]!]).map((i) => ({ id: i.id, label: i.label })) });
  }
  // Some sessions end early: nobody answered, or the person preferred another day.
  const outcome: Outcome = rng() < 0.08 ? 'aborted' : rng() < 0.12 ? 'partial' : 'completed';
  if (outcome === 'aborted' && !leaveOpen) {
    if (rng() < 0.5) {
      run({ type: 'next' });
      run({ type: 'add_note', text: 'La personne n’a pas répondu : rappeler demain.' });
    }
    run({ type: 'abandon', reason: 'La personne n’a pas répondu' });
    return { events, state, mandateId: check.mandateId ?? null, helper, helperId: profile.id, scopeLabels: scope.map((s) => s.label) };
  }
  run({ type: 'next' }); // call
  for (const id of pointsOf('call')) if (rng() < 0.6) run({ type: 'say_point', pointId: id });
  run({ type: 'confirm_code_box' }, between(rng, 30, 240) * 1000);
  run({ type: 'next' }); // code
  const code = Array.from({ length: 6 }, () => pick(rng, [...CODE_CHARS])).join('');
  run({ type: 'generate_code', ...(rng() < 0.85 ? { code } : {}) }, 20_000);
  run({ type: 'next' }, 15_000); // entry
  run({ type: 'next' }, 40_000); // share (code cleared)
  run({ type: 'next' }); // control
  if (rng() < 0.9) run({ type: 'grant_control' });
  if (state.control.active) run({ type: 'next' });
  else run({ type: 'skip', reason: pick(rng, SKIP_REASONS) }); // work

  const tail = leaveOpen ? 0 : 6 + (state.control.active ? 1 : 0) + HYGIENE_ITEMS.length;
  while (events.length + tail < budget) {
    const roll = rng();
    if (roll < 0.5 || scope.length === 0) {
      run({ type: 'add_note', text: `${pick(rng, NOTE_OPENINGS)} ${pick(rng, NOTE_MIDDLES)}${pick(rng, NOTE_ENDINGS)}` }, between(rng, 30, 300) * 1000);
    } else if (roll < 0.85) {
      const item = pick(rng, scope);
      run({ type: 'set_checklist', itemId: item.id, scopeLabel: item.label, status: pick(rng, ['done', 'done', 'done', 'not_done', 'postponed'] as const) }, between(rng, 30, 300) * 1000);
    } else if (roll < 0.97) {
      const req = pick(rng, REQUESTS);
      run({ type: 'check_scope', request: req.text, verdict: req.verdict, decision: pick(rng, DECISIONS) });
    } else {
      run({ type: 'request_followup', text: pick(rng, REQUESTS).text });
    }
  }
  if (!leaveOpen) {
    run({ type: 'next' }); // end_control
    if (state.control.active) run({ type: 'stop_control' });
    run({ type: 'next' }); // end_sharing
    run({ type: 'check_hygiene', itemId: 'quick_assist_closed', checked: true }, 20_000);
    run({ type: 'next' }); // recap
    run({ type: 'next' }); // questions
    run({ type: 'next' }); // closing
    for (const item of HYGIENE_ITEMS) if (state.hygiene[item.id] !== true) run({ type: 'check_hygiene', itemId: item.id, checked: true }, 5_000);
    run({ type: 'close', outcome });
  }
  return { events, state, mandateId: check.mandateId ?? null, helper, helperId: profile.id, scopeLabels: scope.map((s) => s.label) };
}
