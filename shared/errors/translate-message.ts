/**
 * Looks a French message up in a translation memory (French text → English, with `{0}`, `{1}`…
 * for the parts a template fills in). The filled-in parts are looked up too, since some are
 * French fragments themselves (« de la personne », a nested refusal). Unknown text comes back
 * unchanged: a user's own words, a date, or a message added without its English.
 */
export function createTranslator(table: Readonly<Record<string, string>>): (text: string) => string {
  const templates = Object.entries(table)
    .filter(([french]) => /\{\d+\}/.test(french))
    .map(([french, english]) => ({ pattern: templatePattern(french), english }))
    // The most specific template first: « {0} imprimé » must not swallow a longer match.
    .sort((a, b) => b.pattern.source.length - a.pattern.source.length);

  function translate(text: string, depth: number): string {
    const exact = table[text];
    if (exact !== undefined) return exact;
    if (depth > 2) return text;
    for (const { pattern, english } of templates) {
      const match = pattern.exec(text);
      if (!match) continue;
      return english.replace(/\{(\d+)\}/g, (_, index: string) => translate(match.groups?.[`p${index}`] ?? '', depth + 1));
    }
    return text;
  }
  return (text) => translate(text, 0);
}

/** `Tapez le nom {0}.` → /^Tapez le nom (?<p0>[\s\S]+?)\.$/ */
function templatePattern(french: string): RegExp {
  const parts = french.split(/(\{\d+\})/);
  const source = parts
    .map((part) => {
      const slot = /^\{(\d+)\}$/.exec(part);
      return slot ? `(?<p${slot[1]}>[\\s\\S]*?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}
