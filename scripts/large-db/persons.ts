import { COMPUTER_TASKS } from '../../shared/mandate/catalogue';
import { recordConsent } from '../../shared/mandate/consent';
import { createMandate } from '../../shared/mandate/create';
import { addDaysTo, parisDate } from '../../shared/mandate/dates';
import { REHEARSAL_ITEM_IDS } from '../../shared/mandate/rehearsal';
import { revokeMandate } from '../../shared/mandate/revoke';
import { DEFAULT_EXPIRING_DAYS, mandateStatus } from '../../shared/mandate/status';
import { foldForSearch } from '../../shared/text/normalize';
import type { WritableDB } from '../../electron/services/db/types';
import type { Stores } from '../../electron/services/stores';
import type { GeneratedCounts, JournalEntry, PersonPlan } from './plan';
import { between, pick, uuid7, type Rng } from './random';
import { DAY_MS, FIRST_NAMES, HELPERS, LAST_NAMES, PERSON_NOTES, PLACES, REVOKE_REASONS } from './vocabulary';

/**
 * Persons, their mandates (built by createMandate / recordConsent / revokeMandate) and
 * rehearsals, written through the app's stores in one transaction. The journal rows they
 * call for are returned, to be chained in time order with everybody else's.
 */
export function writePersons(db: WritableDB, stores: Stores, rng: Rng, personCount: number, nowMs: number, counts: GeneratedCounts): { persons: PersonPlan[]; journal: JournalEntry[] } {
  const today = parisDate(nowMs);
  const journal: JournalEntry[] = [];
  const association = 'Les Binômes du quartier';
  // What the settings of that association hold: the mandates copy it when they are written.
  const terms = {
    association: { name: association, address: '12 rue des Lilas, 69003 Lyon', phone: '04 78 00 12 34', email: '', controller: '', rightsContact: '' },
    retentionMonths: 72,
  };
  const persons: PersonPlan[] = [];
  db.transaction(() => {
    for (let i = 0; i < personCount; i++) {
      const createdMs = nowMs - between(rng, 30, 3 * 365) * DAY_MS - between(rng, 0, DAY_MS);
      const name = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
      const id = uuid7(rng, createdMs);
      const phone = `0${pick(rng, [1, 4, 6, 6, 7])} ${Array.from({ length: 4 }, () => String(between(rng, 0, 99)).padStart(2, '0')).join(' ')}`;
      const createdAt = new Date(createdMs).toISOString();
      const notes = pick(rng, PERSON_NOTES);
      stores.persons.insert({ id, name, sortKey: foldForSearch(name), phone, notes, windowsVersion: 'unknown', quickAssist: 'unknown' }, createdAt);
      stores.records.personSaved({ id, name, phone, notes }, createdMs);
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
            scopeItems: tasks.map((t) => ({ catalogueId: t.id, label: t.label })),
            exclusions: ['Opérations bancaires', 'Démarches administratives en ligne'],
            tools: ['Assistance rapide (Quick Assist de Microsoft)'],
            validity: { kind: 'preset', preset, start: parisDate(mandateCreated.getTime()) },
            sessionMinutes: pick(rng, [30, 45, 60, 90]),
            place,
          },
          { id: uuid7(rng, mandateCreated.getTime()), personName: name, createdAt: createdIso, terms },
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
        stores.mandates.insert(m, m.consent ? signedIso : createdIso);
        for (const r of m.revocations) if (r.scope === 'item') stores.mandates.addItemRevocation(m.id, r.itemId, r.date, r.reason ?? '');
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
          stores.rehearsals.insert({ id: uuid7(rng, doneMs), personId: id, date, completed, personRepeatedAlone: alone, note: '', createdAt });
          journal.push({ kind: 'rehearsal_recorded', mandateId: null, personId: id, at: createdAt, payload: { date, completed, personRepeatedAlone: alone } });
          counts.rehearsals++;
        }
      }
    }
  })();
  return { persons, journal };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
