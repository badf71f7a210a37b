import { dayInWords, type DayLanguage } from './day';
import { FRENCH, type MessageKey } from './fr';

/**
 * Turns keyed messages (message.ts) into text. One mechanism for every text the helper reads
 * that does not come from the renderer's own i18next catalogues: main-process errors, zod field
 * messages, refusals of the domain, the mandate check, journal lines, integrity reports, scope-guard
 * reasons. French is in shared/messages/fr, English in shared/messages/en, with the same keys and
 * the same `{{name}}` placeholders (test/lint/errors.test.ts); the renderer reads the English one
 * only when the UI is English.
 */

export type MessageLanguage = DayLanguage;

export interface Catalogue {
  readonly language: MessageLanguage;
  readonly texts: Readonly<Record<MessageKey, string>>;
}

export const FRENCH_CATALOGUE: Catalogue = { language: 'fr', texts: FRENCH };

/** A message as it arrives over the bridge: its key may be unknown to an older or newer build. */
export interface MessageLike {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(FRENCH, key);
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The text of `message` in the catalogue's language; an unknown key is shown as itself. */
export function formatMessage(message: MessageLike, catalogue: Catalogue = FRENCH_CATALOGUE): string {
  if (!isMessageKey(message.key)) return message.key;
  const params = message.params ?? {};
  return catalogue.texts[message.key].replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? paramText(params[name], catalogue) : whole,
  );
}

/** French text, for what stays French whatever the UI language: an error's fallback, an export file, a log line. */
export const frenchText = (message: MessageLike): string => formatMessage(message, FRENCH_CATALOGUE);

function paramText(value: unknown, catalogue: Catalogue): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => paramText(v, catalogue)).join(', ');
  if (typeof value === 'object' && value !== null) {
    if ('day' in value && typeof value.day === 'string') return dayInWords(value.day, catalogue.language);
    if ('key' in value && typeof value.key === 'string') return formatMessage(value as MessageLike, catalogue);
  }
  return '';
}

/** The `{{name}}` placeholders a text uses, sorted: French and English must agree. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
