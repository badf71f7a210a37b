import { parisDate, type IsoDate } from './dates';
import type { Consent } from './schema';

/** The day the consent was given, as printed beside the signatures; null before consent. */
export function consentDate(consent: Consent | null): IsoDate | null {
  if (!consent) return null;
  switch (consent.method) {
    case 'drawn':
    case 'typed':
      return parisDate(consent.signedAt);
    case 'paper':
      return consent.signedOn;
    case 'oral':
      return parisDate(consent.recordedAt);
  }
}
