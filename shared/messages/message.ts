import type { MessageKey } from './fr';

export type { MessageKey };

/**
 * A text meant for the helper, as data: a key of the catalogue (shared/messages/fr and en) and the
 * values its `{{name}}` placeholders take. The domain, the services and the bridge pass these; only
 * the renderer turns them into words, in the UI language (renderer/src/i18n/messages.ts), and the
 * main process into French where French is the point (an error's fallback text, an export file).
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** A calendar day 'YYYY-MM-DD', written the way the language writes dates (« 1er mars 2026 », "1 March 2026"). */
export interface DayParam {
  readonly day: string;
}

/**
 * A placeholder's value: a plain value (a user's own words, a count), a day, a message of its
 * own (a fragment said differently in each language), or a list of messages joined by commas.
 */
export type MessageParam = string | number | DayParam | Message | readonly Message[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

export function msg(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

export const day = (value: string): DayParam => ({ day: value });
