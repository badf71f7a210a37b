import { useTranslation } from 'react-i18next';

type Translate = (french: string) => string;

let english: Translate | null = null;

/** Set when the English catalogue is read (i18n/index.ts), so its table stays out of the first chunk. */
export function registerEnglishMessages(translate: Translate) {
  english = translate;
}

/**
 * A message written in French by the shared domain or the main process (a field error, a
 * refusal, the mandate check, a scope-guard reason, a journal line) in the UI language.
 */
export function domainText(text: string, language: string): string {
  return language.startsWith('en') && english ? english(text) : text;
}

export function useDomainText(): (text: string) => string {
  const { i18n } = useTranslation();
  return (text) => domainText(text, i18n.language);
}
