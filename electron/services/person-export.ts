import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  dossierRoute,
  exportFileName,
  type exportCalls,
  PERSON_EXPORT_FORMAT,
  PERSON_EXPORT_VERSION,
  PersonExport,
  type ExportedMandate,
  type ExportedSession,
} from '../../shared/export/calls';
import { associationFromSettings } from '../../shared/mandate/association';
import type { JournalBy } from '../../shared/mandate/journal';
import { parisDate } from '../../shared/mandate/dates';
import { activeScopeItems } from '../../shared/mandate/status';
import { buildRecap } from '../../shared/session/recap';
import { parseStoredEvents } from '../../shared/session/session-events';
import { foldEvents } from '../../shared/session/state';
import type { ReadableDB } from './db/types';
import { frenchText } from '../../shared/messages/format';
import type { MessageKey } from '../../shared/messages/message';
import { AppError } from './errors';
import type { HandlersFor } from './handler-map';
import { chooseFolder } from './paths';
import type { FollowupStore } from './followups/store';
import type { MandatesService } from './mandates/service';
import type { MandateStore, StoredMandate } from './mandates/store';
import { toView } from './mandates/view';
import type { PersonsService } from './persons/service';
import { pdfFileName, type Printer } from './printer';
import type { EventStore } from './sessions/event-store';
import type { SessionStore } from './sessions/session-store';
import type { SettingsService } from './settings';

export interface PersonExportDeps {
  /** Only for the snapshot's read transaction: the export writes nothing. */
  db: ReadableDB;
  /** The tables it reads, through their stores' reading side. */
  stores: {
    mandates: Pick<MandateStore, 'allOfPerson'>;
    sessions: Pick<SessionStore, 'get' | 'idsOfPerson'>;
    events: Pick<EventStore, 'events'>;
    followups: Pick<FollowupStore, 'list'>;
  };
  persons: Pick<PersonsService, 'get'>;
  /** The export itself goes in the person's journal, naming the helper who had unlocked the app. */
  mandates: Pick<MandatesService, 'journal' | 'listRehearsals' | 'recordExported' | 'unlockedBy'>;
  settings: SettingsService;
  printer?: Printer;
  now?: () => Date;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** What a failed write in the chosen folder means for the helper; nothing is left behind in any case. */
const WRITE_ERRORS: Record<string, MessageKey> = {
  ENOSPC: 'export.diskFull',
  EACCES: 'export.protected',
  EPERM: 'export.protected',
  EROFS: 'export.readOnly',
  ENOTDIR: 'export.notAFolder',
  EEXIST: 'export.notAFolder',
  EISDIR: 'export.nameTaken',
  ENOTEMPTY: 'export.nameTaken',
};

function writeError(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  const message = typeof code === 'string' ? WRITE_ERRORS[code] : undefined;
  return message ? new AppError('storage', message) : error;
}

/**
 * Right of access, a read model: everything about one person, read in one transaction so
 * that the document is a consistent snapshot even while a session is being logged. Each
 * part is read and decoded by the code that owns it (mandate store and view, journal, event
 * store, fold, recap), so the export says exactly what the app shows; it writes nothing.
 */
export function createPersonExportService({ db, stores, persons, mandates, settings, printer, now = () => new Date() }: PersonExportDeps) {

  function exportMandates(stored: StoredMandate[], today: string): ExportedMandate[] {
    const siblings = stored.map((s) => s.mandate);
    return stored.map((s) => {
      const view = toView(s, siblings, today, settings.get().expiringWarningDays);
      const m = view.mandate;
      const successors = siblings.filter((x) => x.supersedes === m.id).sort((a, b) => b.version - a.version);
      return {
        id: m.id,
        version: m.version,
        supersedes: m.supersedes,
        supersededBy: successors[0]?.id ?? null,
        status: view.status,
        attestation: view.attestation,
        attestationCode: view.code,
        consentMethod: m.consent?.method ?? null,
        itemRevocations: m.revocations.flatMap((r) =>
          r.scope === 'item'
            ? [
                {
                  itemId: r.itemId,
                  label: m.scopeItems.find((i) => i.id === r.itemId)?.label ?? r.itemId,
                  date: r.date,
                  ...(r.reason ? { reason: r.reason } : {}),
                  ...(r.channel ? { channel: r.channel } : {}),
                  ...(r.time ? { time: r.time } : {}),
                },
              ]
            : [],
        ),
        content: m,
        ...(view.problem ? { problem: view.problem } : {}),
      };
    });
  }

  function exportSession(id: string, mandatesById: Map<string, ExportedMandate>): ExportedSession {
    const row = stores.sessions.get(id)!;
    const stored = stores.events.events(id);
    const parsed = parseStoredEvents(stored);
    let recap: string | null = null;
    if (parsed.ok) {
      const state = foldEvents(parsed.events);
      const mandate = mandatesById.get(state.mandateId ?? row.mandate_id ?? '')?.content;
      // The labels the recap was read against: the mandate's actions still in force that day.
      const labels = mandate ? activeScopeItems(mandate, parisDate(row.started_at)).map((i) => i.label) : [];
      if (state.closed) recap = buildRecap(state, labels).text;
    }
    return {
      id: row.id,
      mandateId: row.mandate_id,
      helperName: row.helper_name,
      startedAt: iso(row.started_at),
      closedAt: row.closed_at === null ? null : iso(row.closed_at),
      outcome: row.outcome,
      currentStep: row.current_step,
      // From the raw rows, so that notes are given even when another row of the log is damaged.
      notes: stored.filter((e) => e.type === 'note_added' && typeof e.payload.text === 'string').map((e) => ({ at: iso(e.at), text: e.payload.text as string })),
      recap,
      logReadable: parsed.ok,
      events: stored.map((e) => ({ seq: e.seq, type: e.type, at: iso(e.at), data: e.payload })),
    };
  }

  const snapshot = db.transaction((personId: string): PersonExport => {
    const person = persons.get(personId);
    const at = now();
    // A mandate that no longer reads is given as stored, apart: the rest of the file still exports.
    const { stored, unreadable } = stores.mandates.allOfPerson(personId);
    const exported = exportMandates(stored, parisDate(at.getTime()));
    const byId = new Map(exported.map((m) => [m.id, m]));
    return {
      format: PERSON_EXPORT_FORMAT,
      version: PERSON_EXPORT_VERSION,
      exportedAt: at.toISOString(),
      association: associationFromSettings(settings.get()),
      person,
      mandates: exported,
      ...(unreadable.length > 0 ? { unreadableMandates: unreadable.map((u) => ({ id: u.id, createdAt: u.createdAt, storedText: u.content })) } : {}),
      mandateJournal: mandates.journal(personId).map((entry) => ({ ...entry, text: frenchText(entry) })),
      // Oldest first, like everything else in the document.
      rehearsals: mandates.listRehearsals(personId).reverse(),
      sessions: stores.sessions.idsOfPerson(personId).map((id) => exportSession(id, byId)),
      followups: stores.followups.list(personId, true).map((f) => ({ ...f, requestedAt: iso(f.requestedAt) })),
    };
  });

  function build(personId: string, by: JournalBy = mandates.unlockedBy()): { document: PersonExport; fileName: string } {
    // Parsed against its own schema: a document that does not match its declared version is a bug, never handed out.
    const document = PersonExport.parse({ ...snapshot(personId), exportedBy: 'helper' in by ? by.helper : 'recovery' in by ? { recovery: true } : null });
    return { document, fileName: exportFileName(document.person.name, parisDate(document.exportedAt)) };
  }

  /**
   * Writes the JSON into `folder` (created if needed), a place the helper chose (electron/services/paths.ts). The bytes go to a temporary file,
   * flushed to disk, then renamed: a USB key pulled out mid-way never holds a half file.
   * The same person exported twice the same day replaces the earlier file of that day.
   */
  function toFolder(personId: string, folder: string): { path: string } {
    const by = mandates.unlockedBy();
    const { document, fileName } = build(personId, by);
    const path = join(folder, fileName);
    const temp = `${path}.${process.pid}.tmp`;
    let started = false;
    try {
      mkdirSync(folder, { recursive: true });
      if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      const fd = openSync(temp, 'w');
      started = true;
      try {
        writeSync(fd, `${JSON.stringify(document, null, 2)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, path);
      mandates.recordExported(personId, 'json', by);
      return { path };
    } catch (error) {
      if (started) rmSync(temp, { force: true });
      throw writeError(error);
    }
  }

  const handlers: HandlersFor<typeof exportCalls> = {
    getPersonExport({ personId }) {
      const by = mandates.unlockedBy();
      const built = build(personId, by);
      // The readable view, its download and its PDF all read here: each is an access to the file.
      mandates.recordExported(personId, 'dossier', by);
      return built;
    },
    async exportPersonToFolder({ personId, folder }, caller) {
      // The person is checked first: a dialog is never opened for nothing.
      persons.get(personId);
      const chosen = await chooseFolder(folder, caller, 'export');
      return chosen === null ? null : toFolder(personId, chosen);
    },
    async printPersonExportToPdf({ personId }) {
      if (!printer?.printRouteToPdf) return { native: false, path: null };
      const name = pdfFileName(['dossier', persons.get(personId).name]);
      return { native: true, path: await printer.printRouteToPdf(dossierRoute(personId), name) };
    },
  };

  return { handlers };
}

export type PersonExportService = ReturnType<typeof createPersonExportService>;
