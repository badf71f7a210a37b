/**
 * French typography for the texts the person reads: a no-break space (U+00A0) inside « » and
 * before a colon, a narrow no-break space (U+202F) before ; ! and ?, so that a line never starts
 * with a lone sign. Written as a tag, `fr`…``, it touches only the literal parts of a template:
 * a name or a label typed by the helper is printed as typed.
 */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`)
    .replace(/ :/g, `${NBSP}:`)
    .replace(/ ([;!?])/g, `${NNBSP}$1`);
}

export function fr(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, i) => out + frenchSpacing(part) + (i < values.length ? String(values[i]) : ''), '');
}
