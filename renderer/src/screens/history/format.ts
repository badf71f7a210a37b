/** Dates and times as a French helper reads them, in Paris time whatever the laptop's zone. */
export function formatWhen(at: number, language: string, style: 'date' | 'dateTime' | 'time' = 'dateTime'): string {
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const options: Intl.DateTimeFormatOptions =
    style === 'date'
      ? { timeZone: 'Europe/Paris', dateStyle: 'long' }
      : style === 'time'
        ? { timeZone: 'Europe/Paris', timeStyle: 'medium' }
        : { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' };
  return new Date(at).toLocaleString(locale, options);
}
