import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Tree = Record<string, unknown>;

/**
 * One JSON file per screen area and language (locales/fr/persons.json…), merged here so
 * that features add their strings without touching each other's files. Bundled: no network.
 */
const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

export function catalogue(language: Language): Tree {
  const merged: Tree = {};
  for (const [path, content] of Object.entries(files)) {
    if (!path.startsWith(`./locales/${language}/`)) continue;
    for (const [key, value] of Object.entries(content)) {
      if (key in merged) throw new Error(`Duplicate i18n key ${key} in ${path}`);
      merged[key] = value;
    }
  }
  return merged;
}

/** French first; English is complete but secondary. */
export function initI18n(language: Language = 'fr') {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: catalogue('fr') }, en: { translation: catalogue('en') } },
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
