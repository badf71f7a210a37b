import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** French first; English is complete but secondary. Resources are bundled: no network. */
export function initI18n(language: Language = 'fr') {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function setLanguage(language: Language) {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
