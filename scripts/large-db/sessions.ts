import { buildRecap } from '../../shared/session/recap';
import type { WritableDB } from '../../electron/services/db/types';
import { createSessionRecorder } from '../../electron/services/records/session-record';
import type { Stores } from '../../electron/services/stores';
import type { GeneratedCounts, PersonPlan } from './plan';
import { pick, uuid7, type Rng } from './random';
import { buildSession } from './session';
import { DAY_MS, HELPERS } from './vocabulary';
import type { SessionHelper } from '../../shared/session/session-events';

/**
 * Sessions spread over the persons, in time order across them, each driven through the step
 * machine (session.ts) and written through the app's stores in batches of transactions.
 */
export function writeSessions(
  db: WritableDB,
  stores: Stores,
  rng: Rng,
  persons: PersonPlan[],
  target: { sessions: number; events: number; nowMs: number },
  counts: GeneratedCounts,
  progress: () => void,
): void {
  const { sessions: sessionCount, events: eventTarget, nowMs } = target;
  // As the session log does: the summary's digest when a session opens, its seal and digest when it closes.
  const recorder = createSessionRecorder(stores);
  const personCount = persons.length;
  // --- sessions, in time order across persons ------------------------------------------------
  // Some persons come often, most a few times: weights drawn once per person.
  const weights = persons.map(() => rng() ** 2 + 0.05);
  const total = weights.reduce((a, b) => a + b, 0);
  const perPerson = weights.map((w) => Math.floor((w / total) * sessionCount));
  for (let left = sessionCount - perPerson.reduce((a, b) => a + b, 0); left > 0; left--) perPerson[Math.floor(rng() * personCount)]! += 1;
  const plans: { person: PersonPlan; startMs: number }[] = [];
  persons.forEach((person, i) => {
    const from = person.createdMs + DAY_MS;
    const span = Math.max(nowMs - 2 * 60 * 60 * 1000 - from, 60 * 60 * 1000);
    for (let k = 0; k < perPerson[i]!; k++) plans.push({ person, startMs: Math.floor(from + rng() * span) });
  });
  plans.sort((a, b) => a.startMs - b.startMs);
  // The most recent session of a few persons is still open, as after an interrupted call.
  const lastOf = new Map<string, number>();
  plans.forEach((p, i) => lastOf.set(p.person.id, i));
  const openIndexes = new Set([...lastOf.values()].filter(() => rng() < 0.01));

  // The association's volunteers, as profiles: each session and its row name one.
  const firstMs = Math.min(...persons.map((p) => p.createdMs));
  const profiles = new Map<string, SessionHelper>();
  for (const name of HELPERS) {
    const [first, last] = name.split(' ');
    const profile = { id: uuid7(rng, firstMs), name, quickAssistName: `${first} ${last![0]}.` };
    stores.helpers.insert({ id: profile.id, displayName: name, quickAssistName: profile.quickAssistName, createdAt: firstMs });
    profiles.set(name, profile);
  }
  const profileOf = (name: string) => profiles.get(name) ?? profiles.get(HELPERS[0]!)!;

  // Each session as the app writes it: its row, its chained events, then the summary and the
  // recap (migration 0005's triggers index the notes and the recap under the session's rowid),
  // and what the record journal keeps of it.
  let eventsLeft = eventTarget;
  const BATCH = 500;
  for (let b = 0; b < plans.length; b += BATCH) {
    db.transaction(() => {
      for (let i = b; i < Math.min(b + BATCH, plans.length); i++) {
        const { person, startMs } = plans[i]!;
        const budget = Math.max(1, Math.round(eventsLeft / (plans.length - i)));
        const built = buildSession(rng, person, startMs, budget, openIndexes.has(i), profileOf);
        const sessionId = uuid7(rng, startMs);
        const s = built.state;
        const recap = s.closed ? buildRecap(s, built.scopeLabels).text : null;
        stores.sessions.insert({ id: sessionId, personId: person.id, mandateId: built.mandateId, helperId: built.helperId, helperName: built.helper, startedAt: startMs, currentStep: s.step });
        recorder.opened(sessionId, startMs);
        const rows = built.events.map((event, k) => {
          const { type, at, ...payload } = event;
          const row = { id: uuid7(rng, at), session_id: sessionId, seq: k + 1, type, at, payload: JSON.stringify(payload) };
          if (type === 'note_added') counts.notes++;
          if (event.type === 'followup_requested') {
            const status = rng() < 0.7 ? 'pending' : pick(rng, ['planned', 'dismissed'] as const);
            stores.followups.insert({ id: uuid7(rng, at), personId: person.id, sessionId, text: event.text, requestedAt: at, status });
            counts.followups++;
          }
          return row;
        });
        stores.events.chain.append(rows);
        stores.sessions.updateSummary(sessionId, { currentStep: s.step, closedAt: s.closedAt, outcome: s.outcome, recap: recap ?? undefined });
        if (s.closedAt !== null) recorder.closed(sessionId, s.closedAt);
        counts.sessions++;
        counts.sessionEvents += built.events.length;
        eventsLeft -= built.events.length;
      }
    })();
    if ((b / BATCH) % 8 === 7 || b + BATCH >= plans.length) progress();
  }
}
