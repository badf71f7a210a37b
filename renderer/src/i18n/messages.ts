import { useTranslation } from 'react-i18next';
import { FRENCH_CATALOGUE, formatMessage, type Catalogue, type MessageLike } from '../../../shared/messages/format';

/**
 * The one path from a keyed message (shared/messages: errors, field messages, refusals, the
 * mandate check, journal lines, integrity reports, scope-guard reasons) to the words on screen.
 * French is bundled; English is registered by i18n/index.ts when the English UI is first chosen,
 * so its texts stay out of the first chunk. Until then an English UI shows French.
 */
let english: Catalogue | null = null;

export function registerEnglishMessages(catalogue: Catalogue) {
  english = catalogue;
}

/** The text of `message` in `language` (an i18next language code). */
export function messageText(message: MessageLike, language: string): string {
  return formatMessage(message, language.startsWith('en') && english ? english : FRENCH_CATALOGUE);
}

/** `const text = useMessage(); … text(check)`: re-renders with the UI language. */
export function useMessage(): (message: MessageLike) => string {
  const { i18n } = useTranslation();
  return (message) => messageText(message, i18n.language);
}
