import type { Mandate } from './schema';

/** What the words of a mandate read: its content and consent, not its withdrawals (shown on top, see text.ts). */
export type MandateTextSource = Pick<
  Mandate,
  | 'version'
  | 'personName'
  | 'helperName'
  | 'associationName'
  | 'association'
  | 'retentionMonths'
  | 'scopeItems'
  | 'exclusions'
  | 'tools'
  | 'validity'
  | 'sessionMinutes'
  | 'place'
  | 'purpose'
  | 'dataSeen'
  | 'consent'
  | 'attestationHash'
  | 'textVersion'
>;
