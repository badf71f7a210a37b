/**
 * A typed signature names its signer: what the person types must be their name as the mandate
 * prints it. Case, accents, hyphens, apostrophes and extra spaces do not count (« helene martin »
 * is « Hélène Martin », « Jean Pierre » is « Jean-Pierre »); the words and their order do
 * (« Hélène » alone is not « Hélène Martin »).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-‐‑–—'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameName(typed: string, expected: string): boolean {
  const key = nameKey(typed);
  return key !== '' && key === nameKey(expected);
}
