/**
 * Builds a large, realistic Binôme data folder for benchmarks and manual checks:
 *
 *   npm run generate:large -- --out /tmp/binome-large [--persons 2000] [--sessions 20000]
 *     [--events 1000000] [--seed 1] [--now 2026-11-28T12:00:00Z]
 *
 * Everything goes through the real schema (openDatabase runs the migrations) and the real
 * domain code: mandates are built by createMandate / recordConsent / revokeMandate, session
 * events come out of the step machine (applyCommand) so every log parses and folds, and
 * both hash chains are computed with chainHash over the same fields as the app. The same
 * seed and `--now` give the same database. At the end the folder is opened with
 * createAppServices and fully verified, which also records the chain checkpoints the way
 * the app's first background check would.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMPUTER_TASKS } from '../shared/mandate/catalogue';
import { recordConsent } from '../shared/mandate/consent';
import { createMandate } from '../shared/mandate/create';
import { addDaysTo, parisDate } from '../shared/mandate/dates';
import type { MandateEventKind } from '../shared/mandate/journal';
import { REHEARSAL_ITEM_IDS } from '../shared/mandate/rehearsal';
import { revokeMandate } from '../shared/mandate/revoke';
import { DEFAULT_EXPIRING_DAYS, mandateStatus } from '../shared/mandate/status';
import { buildRecap } from '../shared/session/recap';
import { foldForSearch } from '../shared/text/normalize';
import { createAppServices } from '../electron/services/context';
import { chainHash, GENESIS_HASH } from '../electron/services/db/chain';
import { openDatabase } from '../electron/services/db/open';
import { journalFields } from '../electron/services/mandates/journal';
import { eventFields } from '../electron/services/sessions/event-store';
import { mandateColumns } from './large-db/mandate-columns';
import { between, mulberry32, pick, uuid7 } from './large-db/random';
import { buildSession, type PersonPlan } from './large-db/session';
import { DAY_MS, FIRST_NAMES, HELPERS, LAST_NAMES, PERSON_NOTES, PLACES, REVOKE_REASONS } from './large-db/vocabulary';

/** Bumped whenever the output changes, so cached databases (benchmarks) are rebuilt. */
export const GENERATOR_VERSION = 1;

export interface GenerateOptions {
  out: string;
  persons?: number;
  sessions?: number;
  events?: number;
  seed?: number;
  /** The generation's "today": sessions and mandates lie before it. */
  now?: Date;
  log?: (line: string) => void;
  /** Run the full integrity check at the end (records the checkpoints); on by default. */
  verify?: boolean;
}

export interface GeneratedCounts {
  persons: number;
  mandates: number;
  mandateJournal: number;
  sessions: number;
  sessionEvents: number;
  notes: number;
  followups: number;
  rehearsals: number;
}

interface JournalEntry {
  kind: MandateEventKind;
  mandateId: string | null;
  personId: string;
  at: string;
  payload: Record<string, unknown>;
}

/** Builds the data folder; returns what it wrote. */
export async function generateLargeDb(options: GenerateOptions): Promise<GeneratedCounts> {
  const personCount = options.persons ?? 2_000;
  const sessionCount = options.sessions ?? 20_000;
  const eventTarget = options.events ?? 1_000_000;
  const rng = mulberry32(options.seed ?? 1);
  const nowMs = (options.now ?? new Date()).getTime();
  const today = parisDate(nowMs);
  const log = options.log ?? (() => {});
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  rmSync(options.out, { recursive: true, force: true });
  const db = openDatabase(options.out);
  // A generator, not the app: durability per commit is pointless here and costs minutes.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -200000');

  const counts: GeneratedCounts = { persons: 0, mandates: 0, mandateJournal: 0, sessions: 0, sessionEvents: 0, notes: 0, followups: 0, rehearsals: 0 };
  const journal: JournalEntry[] = [];

  // --- persons and mandates -------------------------------------------------------------
  const insertPerson = db.prepare('INSERT INTO persons (id, name, sort_key, phone, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertMandate = db.prepare(
    `INSERT INTO mandates (id, person_id, supersedes_id, version, content, text_version, start_date, end_date,
       consent, consent_method, signed_at, attestation, revoked_at, revoked_reason, created_at, updated_at)
     VALUES (@id, @personId, @supersedes, @version, @content, @textVersion, @start, @end,
       @consent, @consentMethod, @signedAt, @attestation, @revokedAt, @revokedReason, @createdAt, @updatedAt)`,
  );
  const insertItemRevocation = db.prepare('INSERT INTO mandate_item_revocations (mandate_id, item_id, revoked_at, reason) VALUES (?, ?, ?, ?)');
  const insertRehearsal = db.prepare('INSERT INTO rehearsals (id, person_id, done_on, checklist, note, created_at) VALUES (?, ?, ?, ?, ?, ?)');

  const association = 'Les Binômes du quartier';
  const persons: PersonPlan[] = [];
  db.transaction(() => {
    for (let i = 0; i < personCount; i++) {
      const createdMs = nowMs - between(rng, 30, 3 * 365) * DAY_MS - between(rng, 0, DAY_MS);
      const name = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
      const id = uuid7(rng, createdMs);
      const phone = `0${pick(rng, [1, 4, 6, 6, 7])} ${Array.from({ length: 4 }, () => String(between(rng, 0, 99)).padStart(2, '0')).join(' ')}`;
      const createdAt = new Date(createdMs).toISOString();
      insertPerson.run(id, name, foldForSearch(name), phone, pick(rng, PERSON_NOTES), createdAt, createdAt);
      counts.persons++;
      const plan: PersonPlan = { id, name, createdMs, mandates: [] };
      persons.push(plan);

      // Mandates one after the other from the person's first visit: the last one may be a
      // draft, an oral agreement only, revoked, or partly revoked.
      const helper = pick(rng, HELPERS);
      const place = pick(rng, PLACES);
      let startMs = createdMs;
      while (startMs <= nowMs && plan.mandates.length < 4) {
        const mandateCreated = new Date(startMs + 10 * 60 * 1000);
        const createdIso = mandateCreated.toISOString();
        const tasks = [...COMPUTER_TASKS].sort(() => rng() - 0.5).slice(0, between(rng, 1, 4));
        const preset = pick(rng, ['6m', '1y', '1y'] as const);
        const draft = createMandate(
          {
            personId: id,
            helperName: helper,
            associationName: association,
            scopeItems: tasks.map((t) => ({ catalogueId: t.id, label: t.label })),
            exclusions: ['Opérations bancaires', 'Démarches administratives en ligne'],
            tools: ['Assistance rapide (Quick Assist de Microsoft)'],
            validity: { kind: 'preset', preset, start: parisDate(mandateCreated.getTime()) },
            sessionMinutes: pick(rng, [30, 45, 60, 90]),
            place,
          },
          { id: uuid7(rng, mandateCreated.getTime()), personName: name, createdAt: createdIso },
        );
        if (!draft.ok) throw new Error(`mandate: ${draft.error.message}`);
        let m = draft.value;
        const ids = { mandateId: m.id, personId: id };
        journal.push({ kind: 'created', ...ids, at: createdIso, payload: { version: 1, supersedes: null } });
        const isLast = mandateCreated.getTime() + 400 * DAY_MS > nowMs;
        const fate = isLast ? rng() : 1;
        const signedIso = new Date(mandateCreated.getTime() + 15 * 60 * 1000).toISOString();
        if (fate < 0.06) {
          // Left as a draft.
        } else if (fate < 0.1) {
          m = unwrap(recordConsent(m, { method: 'oral', recordedAt: signedIso }));
          journal.push({ kind: 'consent_recorded', ...ids, at: signedIso, payload: { method: 'oral', recordedOn: parisDate(signedIso), attestationHash: m.attestationHash } });
        } else {
          const consent =
            rng() < 0.6
              ? { method: 'typed' as const, personTypedName: name, helperTypedName: helper, ticked: true as const, signedAt: signedIso }
              : { method: 'paper' as const, signedOn: parisDate(signedIso), originalKeptBy: `${association}, classeur « Mandats »` };
          m = unwrap(recordConsent(m, consent));
          journal.push({ kind: 'signed', ...ids, at: signedIso, payload: { method: consent.method, signedOn: parisDate(signedIso), attestationHash: m.attestationHash } });
          if (rng() < 0.5) journal.push({ kind: 'printed', ...ids, at: signedIso, payload: { document: 'mandate', copies: 2 } });
          const revokeDay = addDaysTo(m.validity.start, between(rng, 5, 60));
          if (fate > 0.93 && revokeDay <= today && revokeDay <= m.validity.end) {
            const reason = pick(rng, REVOKE_REASONS);
            m = unwrap(revokeMandate(m, { scope: 'whole', date: revokeDay, reason }));
            journal.push({ kind: 'revoked', ...ids, at: `${revokeDay}T09:30:00.000Z`, payload: { date: revokeDay, reason } });
          } else if (fate > 0.88 && m.scopeItems.length > 1 && revokeDay <= today) {
            const item = m.scopeItems[1]!;
            const reason = 'La personne sait maintenant le faire seule.';
            m = unwrap(revokeMandate(m, { scope: 'item', itemId: item.id, date: revokeDay, reason }));
            journal.push({ kind: 'item_revoked', ...ids, at: `${revokeDay}T09:30:00.000Z`, payload: { itemId: item.id, itemLabel: item.label, date: revokeDay, reason } });
          }
        }
        plan.mandates.push(m);
        insertMandate.run(mandateColumns(m, m.consent ? signedIso : createdIso));
        for (const r of m.revocations) if (r.scope === 'item') insertItemRevocation.run(m.id, r.itemId, r.date, r.reason);
        counts.mandates++;
        // The app journals an expiry the first time it lists the mandate after its end.
        const next = addDaysTo(m.validity.end, between(rng, 0, 20));
        startMs = Date.parse(`${next}T08:00:00.000Z`);
      }
      for (const m of plan.mandates) {
        if (mandateStatus(m, today, { expiringDays: DEFAULT_EXPIRING_DAYS, siblings: plan.mandates }) !== 'expired') continue;
        const noticed = Math.min(Date.parse(`${addDaysTo(m.validity.end, 1)}T09:00:00.000Z`), nowMs - 60_000);
        journal.push({ kind: 'expired', mandateId: m.id, personId: id, at: new Date(noticed).toISOString(), payload: { endDate: m.validity.end } });
      }
      if (rng() < 0.15) {
        const doneMs = createdMs + between(rng, 0, 20) * DAY_MS;
        if (doneMs < nowMs) {
          const date = parisDate(doneMs);
          const completed = REHEARSAL_ITEM_IDS.filter(() => rng() < 0.7);
          const alone = rng() < 0.5;
          const createdAt = new Date(doneMs).toISOString();
          insertRehearsal.run(uuid7(rng, doneMs), id, date, JSON.stringify({ completed, personRepeatedAlone: alone }), '', createdAt);
          journal.push({ kind: 'rehearsal_recorded', mandateId: null, personId: id, at: createdAt, payload: { date, completed, personRepeatedAlone: alone } });
          counts.rehearsals++;
        }
      }
    }
  })();
  log(`${counts.persons} persons, ${counts.mandates} mandates (${elapsed()})`);

  // --- the mandate journal, chained in time order ---------------------------------------------
  const insertJournal = db.prepare('INSERT INTO mandate_journal (id, mandate_id, person_id, kind, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  journal.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  db.transaction(() => {
    let prev = GENESIS_HASH;
    for (const e of journal) {
      const row = { id: uuid7(rng, Date.parse(e.at)), mandate_id: e.mandateId, person_id: e.personId, kind: e.kind, at: e.at, payload: JSON.stringify(e.payload) };
      const hash = chainHash(prev, journalFields(row));
      insertJournal.run(row.id, row.mandate_id, row.person_id, row.kind, row.at, row.payload, prev, hash);
      prev = hash;
      counts.mandateJournal++;
    }
  })();
  log(`${counts.mandateJournal} mandate journal rows (${elapsed()})`);

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

  // The session row is written whole, recap included, before its events. Its recap goes into
  // the search index directly: migration 0005's recap trigger fires on UPDATE and first
  // deletes by session_id, an unindexed FTS column — a scan of the whole index per session.
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, person_id, mandate_id, helper_name, started_at, closed_at, outcome, current_step, event_count, recap)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const indexRecap = db.prepare("INSERT INTO session_search (session_id, kind, body) VALUES (?, 'recap', ?)");
  const insertEvent = db.prepare('INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertFollowup = db.prepare('INSERT INTO followups (id, person_id, session_id, text, requested_at, status) VALUES (?, ?, ?, ?, ?, ?)');

  let prev = GENESIS_HASH;
  let eventsLeft = eventTarget;
  const BATCH = 500;
  for (let b = 0; b < plans.length; b += BATCH) {
    db.transaction(() => {
      for (let i = b; i < Math.min(b + BATCH, plans.length); i++) {
        const { person, startMs } = plans[i]!;
        const budget = Math.max(1, Math.round(eventsLeft / (plans.length - i)));
        const built = buildSession(rng, person, startMs, budget, openIndexes.has(i));
        const sessionId = uuid7(rng, startMs);
        const s = built.state;
        const recap = s.closed ? buildRecap(s, built.scopeLabels).text : null;
        insertSession.run(sessionId, person.id, built.mandateId, built.helper, startMs, s.closedAt, s.outcome, s.step, built.events.length, recap);
        if (recap !== null) indexRecap.run(sessionId, recap);
        built.events.forEach((event, k) => {
          const { type, at, ...payload } = event;
          const row = { id: uuid7(rng, at), session_id: sessionId, seq: k + 1, type, at, payload: JSON.stringify(payload) };
          const hash = chainHash(prev, eventFields(row));
          insertEvent.run(row.id, row.session_id, row.seq, row.type, row.at, row.payload, prev, hash);
          prev = hash;
          if (type === 'note_added') counts.notes++;
          if (event.type === 'followup_requested') {
            insertFollowup.run(uuid7(rng, at), person.id, sessionId, event.text, at, rng() < 0.7 ? 'pending' : pick(rng, ['planned', 'dismissed']));
            counts.followups++;
          }
        });
        counts.sessions++;
        counts.sessionEvents += built.events.length;
        eventsLeft -= built.events.length;
      }
    })();
    if ((b / BATCH) % 8 === 7 || b + BATCH >= plans.length) log(`${counts.sessions} sessions, ${counts.sessionEvents} events (${elapsed()})`);
  }
  db.close();

  if (options.verify !== false) {
    // Opened as the app opens it; the full check proves the chains and records the checkpoints.
    const services = createAppServices({ dataDir: options.out, settingsFile: { store: {} }, version: 'generator', log: () => {} });
    try {
      const report = await services.ctx.verifyIntegrity();
      log(`integrity: ${report.message} (${report.sessionEvents} events, ${report.mandateJournal} journal rows, ${elapsed()})`);
      if (!report.ok) throw new Error(`generated database does not verify: ${report.broken.map((x) => x.message).join('; ') || report.sqlite}`);
    } finally {
      services.close();
    }
  }
  return counts;
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// ---------------------------------------------------------------------------------------
// Command line

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const out = argValue(args, 'out');
  if (!out) {
    console.error('Usage: npm run generate:large -- --out DIR [--persons 2000] [--sessions 20000] [--events 1000000] [--seed 1] [--now ISO]');
    process.exit(2);
  }
  const num = (name: string) => {
    const v = argValue(args, name);
    return v === undefined ? undefined : Number(v);
  };
  const nowArg = argValue(args, 'now');
  const counts = await generateLargeDb({
    out,
    persons: num('persons'),
    sessions: num('sessions'),
    events: num('events'),
    seed: num('seed'),
    now: nowArg ? new Date(nowArg) : undefined,
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(counts));
}
