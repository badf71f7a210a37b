/**
 * Structured text the UI renders on screen and in print, so that wording lives in one place
 * and the layout (large print, high contrast, paper) stays the UI's business.
 */
export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'signatures'; slots: SignatureSlot[] };

/**
 * One line of a list. `id` ties a line of the scope to its action (withdrawals point at it);
 * `withdrawn` is set on an action withdrawn since the signature: the line stays, struck once
 * the withdrawal has begun (`struck`), with the note said in words (« retiré le 3 décembre
 * 2026 ») so that a reader, a screen reader and a photocopy all get it, not the strike alone.
 */
export interface ListItem {
  text: string;
  id?: string;
  withdrawn?: { note: string; struck: boolean };
}

export interface SignatureSlot {
  role: 'person' | 'helper';
  /** Caption under the signature, e.g. « La personne accompagnée ». */
  label: string;
  name: string;
  /** PNG data URL of a drawn signature, when there is one. */
  image?: string;
  /** The name typed as an electronic signature, when that was the method. */
  typedName?: string;
}

export interface TextSection {
  /** Stable key for the UI (anchors, tests), not shown. */
  id: string;
  title: string;
  blocks: TextBlock[];
}

export interface TextDocument {
  title: string;
  sections: TextSection[];
  /** Small print at the bottom: text version, attestation code. */
  footer: string[];
}

export const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });
export const list = (items: readonly (string | ListItem)[]): TextBlock => ({ kind: 'list', items: items.map((i) => (typeof i === 'string' ? { text: i } : i)) });
export const signatures = (slots: SignatureSlot[]): TextBlock => ({ kind: 'signatures', slots });

/** '45 minutes', '1 heure', '1 h 30', '2 heures'. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} minute${m > 1 ? 's' : ''}`;
  if (m === 0) return `${h} heure${h > 1 ? 's' : ''}`;
  return `${h} h ${String(m).padStart(2, '0')}`;
}

/** A blank to fill by hand when the document is printed before it is signed. */
export const BLANK = '…………………';
