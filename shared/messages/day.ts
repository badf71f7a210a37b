/**
 * A calendar day in words. French as a French document writes it (« 1er mars 2026 »); English as
 * British English does ("1 March 2026"). Written here rather than with Intl so that the text is the
 * same on every machine and the renderer's first chunk loads no date library.
 */
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

export type DayLanguage = keyof typeof MONTHS;

/** The day in words, or the text unchanged when it is not a 'YYYY-MM-DD' day. */
export function dayInWords(value: string, language: DayLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = m ? MONTHS[language][Number(m[2]) - 1] : undefined;
  if (!m || !month) return value;
  const d = Number(m[3]);
  return `${language === 'fr' && d === 1 ? '1er' : d} ${month} ${m[1]}`;
}
