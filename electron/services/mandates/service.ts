import type { mandateCalls, MandateView, PrintTarget } from '../../../shared/mandate/calls';
import { amendMandate, startAmendment } from '../../../shared/mandate/amend';
import { checkMandates, checkMessage, type MandateCheck } from '../../../shared/mandate/check';
import { recordConsent } from '../../../shared/mandate/consent';
import { createMandate, termsFromSettings, updateDraft, withCurrentTerms } from '../../../shared/mandate/create';
import { parisDate } from '../../../shared/mandate/dates';
import type { Mandate, MandateDraftInput, Revocation, ScopeItem, ScopeItemInput } from '../../../shared/mandate/schema';
import { revokeMandate } from '../../../shared/mandate/revoke';
import { activeScopeItems } from '../../../shared/mandate/status';
import type { Result } from '../../../shared/ipc/result';
import { msg, type MessageKey } from '../../../shared/messages/message';
import type { WritableDB } from '../db/types';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import type { HelpersService } from '../helpers/service';
import { newId } from '../ids';
import type { PersonsService } from '../persons/service';
import { pdfFileName, type Printer } from '../printer';
import type { SettingsService } from '../settings';
import type { JournalBy } from '../../../shared/mandate/journal';
import type { MandateJournal } from './journal';
import { createRehearsals } from './rehearsals';
import type { RehearsalStore } from './rehearsal-store';
import { MANDATE_RECORD_PROBLEM_KEYS } from './record-check';
import type { MandateStore, StoredMandate } from './store';
import { contentHash, toView } from './view';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw AppError.fromValue(result.error);
  return result.value;
}

const PRINTED_DOC = { mandate: 'mandate', revocation: 'revocation_form', guide: 'large_print_guide' } as const;

export interface MandatesDeps {
  db: WritableDB;
  stores: { mandates: MandateStore; journal: MandateJournal; rehearsals: RehearsalStore };
  bus: EventBus;
  persons: PersonsService;
  settings: SettingsService;
  helpers: HelpersService;
  /** Print to PDF (Electron); browser mode has none and uses the browser's print dialog. */
  printer?: Printer;
  now?: () => Date;
  /** The profile that unlocked the app (lock/service.ts): signatures, withdrawals and exports name it. */
  unlockedHelperId?: () => string | null;
  /** True while the app is open through the association's recovery phrase: the journal says so. */
  unlockedByPhrase?: () => boolean;
}

export function createMandatesService({ db, stores, bus, persons, settings, helpers, printer, now = () => new Date(), unlockedHelperId = () => null, unlockedByPhrase = () => false }: MandatesDeps) {
  const { mandates: store, journal } = stores;
  const rehearsals = createRehearsals(db, stores.rehearsals, journal, now);
  const today = () => parisDate(now().getTime());
  const expiringDays = () => settings.get().expiringWarningDays;
  const terms = () => termsFromSettings(settings.get());
  /** A draft as it reads today (current words, current association details); anything agreed, as stored. */
  const live = (stored: StoredMandate): StoredMandate =>
    stored.mandate.consent === null ? { ...stored, mandate: withCurrentTerms(stored.mandate, terms()) } : stored;
  // Every write and its journal row commit together, under the write lock (see journal.ts).
  const write = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const tx = db.transaction(fn);
    return (...args: A): R => tx.immediate(...args);
  };

  function viewsOf(personId: string, day: string): MandateView[] {
    const stored = store.ofPerson(personId).map(live);
    const siblings = stored.map((s) => s.mandate);
    return stored.map((s) => toView(s, siblings, day, expiringDays()));
  }

  function view(id: string, day = today()): MandateView {
    const { mandate } = store.get(id);
    const found = viewsOf(mandate.personId, day).find((v) => v.mandate.id === id);
    if (!found) throw new AppError('not_found', 'mandates.notFound');
    return found;
  }

  /** The calendar is only noticed when someone looks: the first listing past the end journals it, once. */
  const appendExpiries = write((views: MandateView[]) => {
    const at = now().toISOString();
    // Checked again under the write lock: another window may have just written it.
    for (const v of views.filter((x) => !journal.has(x.mandate.id, 'expired'))) {
      journal.append('expired', { mandateId: v.mandate.id, personId: v.mandate.personId }, at, { endDate: v.mandate.validity.end });
    }
  });
  // Reading first keeps an ordinary listing free of write locks.
  const noteExpiries = (views: MandateView[]) => {
    const pending = views.filter((v) => v.status === 'expired' && !journal.has(v.mandate.id, 'expired'));
    if (pending.length > 0) appendExpiries(pending);
  };

  const insertNew = write((m: Mandate) => {
    store.insert(m, m.createdAt);
    journal.append('created', { mandateId: m.id, personId: m.personId }, m.createdAt, { version: m.version, supersedes: m.supersedes });
  });

  const saveConsent = write((previous: Mandate, m: Mandate, at: string, helper: { id: string; name: string } | undefined) => {
    store.update(m, at);
    const ids = { mandateId: m.id, personId: m.personId };
    const consent = m.consent!;
    const hash = m.attestationHash!;
    const by = helper ? { helper } : {};
    if (helper) helpers.markUsed(helper.id);
    if (consent.method === 'oral') {
      journal.append('consent_recorded', ids, at, { method: 'oral', recordedOn: parisDate(consent.recordedAt), attestationHash: hash, ...(consent.note ? { note: consent.note } : {}), ...by });
      return;
    }
    const signedOn = consent.method === 'paper' ? consent.signedOn : parisDate(consent.signedAt);
    journal.append('signed', ids, at, { method: consent.method, signedOn, attestationHash: hash, ...by });
    // The old version is superseded once its amendment is signed: say so on the old one.
    if (m.supersedes && previous.consent === null) {
      const old = store.get(m.supersedes).mandate;
      journal.append('amended', { mandateId: old.id, personId: old.personId }, at, { newMandateId: m.id, newVersion: m.version });
    }
  });

  /** The profile that unlocked the app, as the journal names it; undefined without one. */
  const unlockedHelper = () => {
    const id = unlockedHelperId();
    if (!id) return undefined;
    const h = helpers.get(id);
    return { id: h.id, name: h.displayName };
  };
  /** Who the journal names for what is done now: the unlocked profile, the association through its phrase, or nobody. */
  const unlockedBy = (): JournalBy => {
    const helper = unlockedHelper();
    return helper ? { helper } : unlockedByPhrase() ? { recovery: true } : {};
  };

  const saveRevocation = write((m: Mandate, r: Revocation, at: string, by: JournalBy) => {
    store.update(m, at);
    const ids = { mandateId: m.id, personId: m.personId };
    const how = { date: r.date, ...(r.reason ? { reason: r.reason } : {}), ...(r.channel ? { channel: r.channel } : {}), ...(r.time ? { time: r.time } : {}), ...by };
    if (r.scope === 'whole') {
      journal.append('revoked', ids, at, how);
    } else {
      store.addItemRevocation(m.id, r.itemId, r.date, r.reason ?? '');
      const label = m.scopeItems.find((i) => i.id === r.itemId)!.label;
      journal.append('item_revoked', ids, at, { itemId: r.itemId, itemLabel: label, ...how });
    }
  });

  const saveExported = write((personId: string, format: 'json' | 'dossier', by: JournalBy) => {
    journal.append('exported', { mandateId: null, personId }, now().toISOString(), { format, ...by });
  });

  const savePrinted = write((ids: { mandateId: string | null; personId: string }, document: keyof typeof PRINTED_DOC, copies: number) => {
    journal.append('printed', ids, now().toISOString(), { document: PRINTED_DOC[document], copies });
  });

  function newMandate(input: MandateDraftInput, previous: Mandate | null): MandateView {
    const person = persons.get(input.personId);
    const meta = { id: newId(), personName: person.name, createdAt: now().toISOString(), terms: terms() };
    const m = unwrap(previous ? amendMandate(previous, input, meta) : createMandate(input, meta));
    insertNew(m);
    return view(m.id);
  }

  /**
   * What the session engine asks before a session: the check, the mandate it is about (as
   * stored, every action listed, so that a withdrawn one can be shown struck) and `inForce`,
   * its actions not withdrawn on that day (`activeScopeItems`, none when all are): the only
   * ones the scope guard is given, so a withdrawn action can never be matched. A mandate whose
   * attestation no longer matches never lets a session start.
   */
  function checkForPerson(personId: string, day: string): { check: MandateCheck; mandate: Mandate | null; inForce: ScopeItem[] } {
    const { stored: rows, unreadable } = store.allOfPerson(personId);
    const siblings = rows.map(live);
    const stored = siblings.map((s) => toView(s, siblings.map((x) => x.mandate), day, expiringDays()));
    const check = checkMandates(
      stored.map((v) => v.mandate),
      day,
      { expiringDays: expiringDays() },
    );
    // A mandate that disagrees with its journal is never used: no status a session could start
    // under, no scope for the guard, and the sentence names what was changed.
    const refused = (problem: MessageKey) => ({
      check: { status: 'none' as const, canStart: false, key: 'mandateCheck.recordChanged' as const, params: { problem: msg(problem), check: checkMessage(check) } },
      mandate: null,
      inForce: [],
    });
    if (unreadable.length > 0) return refused(MANDATE_RECORD_PROBLEM_KEYS.content_unreadable);
    const found = stored.find((v) => v.mandate.id === check.mandateId);
    if (!found) return { check, mandate: null, inForce: [] };
    if (found.problem !== null) return refused(found.problem);
    if (found.attestation === 'mismatch') return refused(MANDATE_RECORD_PROBLEM_KEYS.content_changed);
    return { check, mandate: found.mandate, inForce: activeScopeItems(found.mandate, day) };
  }

  const changed = (v: MandateView): MandateView => {
    bus.emit('mandatesChanged', { personId: v.mandate.personId });
    return v;
  };

  function recordPrinted(target: Required<PrintTarget>, copies: number): void {
    if (target.doc === 'guide') {
      persons.get(target.id);
      savePrinted({ mandateId: null, personId: target.id }, 'guide', copies);
      return;
    }
    const { mandate } = store.get(target.id);
    savePrinted({ mandateId: mandate.id, personId: mandate.personId }, target.doc, copies);
  }

  function pdfNameOf(target: Required<PrintTarget>): string {
    if (target.doc === 'guide') return pdfFileName(['guide-assistance-rapide', persons.get(target.id).name]);
    const { mandate } = view(target.id);
    return pdfFileName([target.doc === 'mandate' ? 'mandat' : 'formulaire-retrait', mandate.personName, `v${mandate.version}`]);
  }

  /** A new draft version of mandate `id`, listing `extraItems` too; its own transaction, nested as a savepoint when the caller has one. */
  function amend(id: string, extraItems: ScopeItemInput[] = []): MandateView {
    const { mandate } = store.get(id);
    return newMandate(startAmendment(mandate, { today: today(), extraItems }), mandate);
  }

  const handlers: HandlersFor<typeof mandateCalls> = {
    listMandates({ personId }) {
      persons.get(personId);
      const day = today();
      const mandates = viewsOf(personId, day);
      noteExpiries(mandates);
      return { mandates, check: checkForPerson(personId, day).check };
    },
    getMandate: ({ id }) => view(id),
    createMandateDraft: (input) => changed(newMandate(input, null)),
    updateMandateDraft({ id, draft }) {
      const { mandate } = store.get(id);
      const next = unwrap(updateDraft(mandate, draft));
      write(() => store.update(withCurrentTerms(next, terms()), now().toISOString()))();
      return changed(view(id));
    },
    recordMandateConsent({ id, consent, shownHash, helperId }) {
      const { mandate } = live(store.get(id));
      // What is signed is what was read: the content the screen showed, to the byte.
      if (contentHash(mandate) !== shownHash) throw new AppError('conflict', 'mandate.textChanged');
      const at = now().toISOString();
      const stamped = consent.method === 'oral' ? { ...consent, recordedAt: at } : consent.method === 'paper' ? consent : { ...consent, signedAt: at };
      // Unlocked as a profile, the signature names that profile and no other.
      const unlocked = unlockedHelperId();
      if (unlocked && helperId && helperId !== unlocked) throw new AppError('forbidden', 'lock.otherHelper', { name: helpers.get(unlocked).displayName });
      const presentId = unlocked ?? helperId;
      const present = presentId ? helpers.asSessionHelper(presentId) : undefined;
      saveConsent(mandate, unwrap(recordConsent(mandate, stamped)), at, present && { id: present.id, name: present.name });
      return changed(view(id));
    },
    revokeMandate({ id, revocation }) {
      const { mandate } = store.get(id);
      saveRevocation(unwrap(revokeMandate(mandate, revocation)), revocation, now().toISOString(), unlockedBy());
      return changed(view(id));
    },
    startMandateAmendment: ({ id, extraItems }) => changed(amend(id, extraItems)),
    recordMandatePrinted({ copies, ...target }) {
      recordPrinted(target, copies);
      return { recorded: true };
    },
    async printDocumentToPdf(target) {
      if (!printer) return { native: false, path: null };
      const path = await printer.printToPdf(target, pdfNameOf(target));
      if (path) recordPrinted(target, 1);
      return { native: true, path };
    },
    recordRehearsal(input) {
      persons.get(input.personId);
      const r = rehearsals.record(input);
      bus.emit('mandatesChanged', { personId: input.personId });
      return r;
    },
    listRehearsals: ({ personId }) => rehearsals.list(personId),
    listMandateJournal: ({ personId }) => journal.ofPerson(personId),
    checkMandateForPerson({ personId, today: day }) {
      persons.get(personId);
      return checkForPerson(personId, day ?? today());
    },
  };

  return {
    handlers,
    checkForPerson,
    /** Starts an amendment without announcing it: the caller emits once its own transaction has committed. */
    amend,
    /** Today in Paris, from the injected clock. */
    today,
    /** A right-of-access export, in the person's journal with the helper who had unlocked the app. */
    recordExported: (personId: string, format: 'json' | 'dossier', by: JournalBy) => saveExported(personId, format, by),
    unlockedBy,
    journal: (personId: string) => journal.ofPerson(personId),
    listRehearsals: rehearsals.list,
  };
}

export type MandatesService = ReturnType<typeof createMandatesService>;
