import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { registerEnglishMessages } from './messages';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Tree = Record<string, unknown>;

/**
 * One JSON file per screen area and language (locales/fr/persons.json…), merged here so
 * that features add their strings without touching each other's files. Bundled: no network.
 * French is in the first chunk; English, the second language, is read from the app's own
 * files when first chosen, which keeps the start-up script small.
 */
const french = import.meta.glob<Tree>('./locales/fr/*.json', { eager: true, import: 'default' });
const english = import.meta.glob<Tree>('./locales/en/*.json', { import: 'default' });

function merge(files: [string, Tree][]): Tree {
  const merged: Tree = {};
  for (const [path, content] of files) {
    for (const [key, value] of Object.entries(content)) {
      if (key in merged) throw new Error(`Duplicate i18n key ${key} in ${path}`);
      merged[key] = value;
    }
  }
  return merged;
}

async function loadCatalogue(language: Language): Promise<Tree> {
  if (language === 'fr') return merge(Object.entries(french));
  const [files, messages] = await Promise.all([
    Promise.all(Object.entries(english).map(async ([path, load]) => [path, await load()] as [string, Tree])),
    // The English of the keyed messages (errors, field messages, the domain's sentences) comes with the UI's.
    import('../../../shared/messages/en'),
  ]);
  registerEnglishMessages(messages.ENGLISH_CATALOGUE);
  return merge(files);
}

/** French first; English is complete but secondary. */
export function initI18n() {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: merge(Object.entries(french)) } },
    lng: 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Switches the UI language, reading its catalogue first if this is its first use. */
export async function setLanguage(language: Language) {
  // Changing to the current language would still re-render every translated component.
  if (i18next.language === language && document.documentElement.lang === language) return;
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
