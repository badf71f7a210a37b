import type { MandateEventKind } from '../../shared/mandate/journal';
import type { Mandate } from '../../shared/mandate/schema';

/** A generated person and their mandates, which their sessions are then held under. */
export interface PersonPlan {
  id: string;
  name: string;
  createdMs: number;
  mandates: Mandate[];
}

/** A mandate-journal row waiting to be chained (the journal is written in time order at the end). */
export interface JournalEntry {
  kind: MandateEventKind;
  mandateId: string | null;
  personId: string;
  at: string;
  payload: Record<string, unknown>;
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
