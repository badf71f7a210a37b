import { z } from 'zod';
import { Followup } from '../followups/calls';
import { AttestationState, JournalEntry, MANDATE_STATUSES, Rehearsal } from '../mandate/calls';
import { MessageKeySchema } from '../messages/schema';
import { AssociationSnapshot, IsoDate, Mandate, REVOCATION_CHANNELS } from '../mandate/schema';
import { Person } from '../persons/schema';
import { PathChoice } from '../paths/path-choice';
import { foldForSearch } from '../text/normalize';

/**
 * Right of access (RGPD art. 15): everything Binôme holds about one person, as one
 * self-describing JSON document. `format` and `version` let a reader years later know
 * what it is holding; a change of shape bumps `version`, never silently.
 *
 * Instants are ISO 8601 strings in UTC; calendar days are 'YYYY-MM-DD' (Paris calendar),
 * as on the mandate itself. Session events keep their stored data untouched.
 */
export const PERSON_EXPORT_FORMAT = 'binome-person-export';
/** 2: `association` (who keeps the data and how to reach them), withdrawals with how they were received. */
export const PERSON_EXPORT_VERSION = 2;

const Instant = z.iso.datetime({ offset: true });

export const ExportedMandate = z.object({
  id: z.string(),
  version: z.number().int(),
  /** The mandate this one amends, and the one that amends it: the chain of amendments. */
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  status: z.enum(MANDATE_STATUSES),
  /** Whether the stored content still matches the hash sealed at consent. */
  attestation: AttestationState,
  /** The short code printed for the person ('AB12-CD34-EF'); null on a draft. */
  attestationCode: z.string().nullable(),
  consentMethod: z.enum(['drawn', 'typed', 'paper', 'oral']).nullable(),
  itemRevocations: z.array(
    z.object({
      itemId: z.string(),
      label: z.string(),
      date: IsoDate,
      /** Absent when none was given: withdrawing needs no reason. */
      reason: z.string().optional(),
      channel: z.enum(REVOCATION_CHANNELS).optional(),
      time: z.string().optional(),
    }),
  ),
  /** The mandate exactly as stored, signatures (PNG data URLs or typed names) included. */
  content: Mandate,
  /** Why the stored row disagrees with its chained journal (changed outside Binôme), keyed; absent when it agrees. */
  problem: MessageKeySchema.optional(),
});
export type ExportedMandate = z.infer<typeof ExportedMandate>;

export const ExportedEvent = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: Instant,
  /** The event's stored payload, as written in the session log. */
  data: z.record(z.string(), z.unknown()),
});
export type ExportedEvent = z.infer<typeof ExportedEvent>;

export const ExportedSession = z.object({
  id: z.string(),
  mandateId: z.string().nullable(),
  helperName: z.string(),
  startedAt: Instant,
  closedAt: Instant.nullable(),
  outcome: z.string().nullable(),
  currentStep: z.string(),
  notes: z.array(z.object({ at: Instant, text: z.string() })),
  /** The recap read to the person at the close; null while the session is open or its log is unreadable. */
  recap: z.string().nullable(),
  /** False when a stored event does not parse: the raw events are still all given. */
  logReadable: z.boolean(),
  events: z.array(ExportedEvent),
});
export type ExportedSession = z.infer<typeof ExportedSession>;

export const ExportedFollowup = Followup.omit({ requestedAt: true }).extend({ requestedAt: Instant });

export const PersonExport = z.object({
  format: z.literal(PERSON_EXPORT_FORMAT),
  version: z.literal(PERSON_EXPORT_VERSION),
  exportedAt: Instant,
  /** The association that keeps these records (the data controller), from its settings on the day of the export. */
  association: AssociationSnapshot,
  /**
   * The helper profile that had unlocked the app (issue 16 §2), or the association itself when it
   * was opened with its recovery phrase; null without a lock.
   */
  exportedBy: z.union([z.object({ id: z.string(), name: z.string() }), z.object({ recovery: z.literal(true) })]).nullable().optional(),
  person: Person,
  mandates: z.array(ExportedMandate),
  /**
   * Mandates whose stored content no longer reads (changed outside Binôme): their stored text
   * as it is, so the right of access still gives everything kept. Absent when there is none.
   */
  unreadableMandates: z.array(z.object({ id: z.string(), createdAt: z.string(), storedText: z.string() })).optional(),
  /**
   * The mandate journal for this person, oldest first: each entry keyed (the readable view shows it
   * in the UI language) and with `text`, its plain French line, for whoever reads the file itself.
   */
  mandateJournal: z.array(JournalEntry.extend({ text: z.string() })),
  rehearsals: z.array(Rehearsal),
  /** Oldest first, events in log order. */
  sessions: z.array(ExportedSession),
  followups: z.array(ExportedFollowup),
});
export type PersonExport = z.infer<typeof PersonExport>;

/** « Hélène Martin » → « helene-martin »: a file name any USB key and any system accepts. */
export function nameSlug(name: string): string {
  const slug = foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'personne';
}

/** 'binome-export-helene-martin-20260302.json'; `day` is the Paris calendar day 'YYYY-MM-DD'. */
export function exportFileName(name: string, day: string): string {
  return `binome-export-${nameSlug(name)}-${day.replace(/-/g, '')}.json`;
}

/** The renderer's readable view, as a location hash (Electron prints it in a hidden window). */
export const dossierRoute = (personId: string) => `dossier/${encodeURIComponent(personId)}`;

const PersonRef = z.string({ message: 'input.personRequired' }).uuid({ message: 'input.personRequired' });

export const exportCalls = {
  /** The whole document, for the readable view and the browser-mode download. */
  getPersonExport: {
    input: z.object({ personId: PersonRef }).strict(),
    output: z.object({ document: PersonExport, fileName: z.string() }),
  },
  /**
   * Writes the JSON into a folder the helper chooses (a USB key, say: shared/paths/path-choice.ts);
   * answers the file's path, or null when the helper closed the dialog (nothing written).
   */
  exportPersonToFolder: {
    input: z.object({ personId: PersonRef, folder: PathChoice }).strict(),
    output: z.object({ path: z.string() }).nullable(),
  },
  /** Electron: the readable view to PDF in a folder the helper picks. Browser mode answers native:false (use window.print()). */
  printPersonExportToPdf: {
    input: z.object({ personId: PersonRef }).strict(),
    output: z.object({ native: z.boolean(), path: z.string().nullable() }),
  },
} as const;
