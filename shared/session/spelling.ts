import { msg, type Message } from '../messages/message';

/**
 * The dictation aid for Quick Assist's security code: the helper reads it out on the
 * phone, and an older person types it. The failure modes are hearing the wrong letter
 * and typing a look-alike (O for 0, I for 1), so every character gets a word and the
 * look-alikes get an explicit « pas … ».
 */

export const CODE_LENGTH = 6;

// Spaces of every kind (a code pasted from elsewhere may carry non-breaking ones) and every dash.
const SEPARATORS = /[\s\u2010-\u2015\u2212-]/g;
const ALLOWED = /^[A-Za-z0-9]$/;

export type NormalizedCode = { ok: true; code: string } | { ok: false; error: Message };

/** Uppercases, drops spaces and dashes, and checks for 6 letters or digits. */
export function normalizeCode(input: string): NormalizedCode {
  const compact = input.replace(SEPARATORS, '');
  if (compact === '') return { ok: false, error: msg('code.empty') };
  // Checked before uppercasing: 'ß'.toUpperCase() is 'SS', which would turn a wrong
  // character into two valid ones.
  for (const ch of compact) {
    if (!ALLOWED.test(ch)) {
      return { ok: false, error: msg('code.badCharacter', { character: ch }) };
    }
  }
  if (compact.length !== CODE_LENGTH) {
    return { ok: false, error: msg('code.wrongLength', { length: CODE_LENGTH, typed: compact.length }) };
  }
  return { ok: true, code: compact.toUpperCase() };
}

/** « ABC 123 »: two groups of three are easier to read out and to check. */
export function groupCode(code: string): [string, string] {
  return [code.slice(0, 3), code.slice(3, 6)];
}

export function formatCode(code: string): string {
  return groupCode(code).join(' ');
}

/**
 * Our own word list. Chosen so the word's first sound is the letter's and does not sound
 * like another letter: « Castor » not « Cerise » (heard as S), « Gâteau » not « Girafe »
 * (heard as J), « William » not « Wagon » (heard as V), « Eugène » not « Escargot » (whose « es »
 * is not the sound of E).
 */
export const LETTER_WORDS: Readonly<Record<string, string>> = {
  A: 'Anatole',
  B: 'Bateau',
  C: 'Castor',
  D: 'Dimanche',
  E: 'Eugène',
  F: 'Fraise',
  G: 'Gâteau',
  H: 'Hibou',
  I: 'Igloo',
  J: 'Jardin',
  K: 'Kiwi',
  L: 'Lapin',
  M: 'Maison',
  N: 'Navire',
  O: 'Orange',
  P: 'Papillon',
  Q: 'Question',
  R: 'Renard',
  S: 'Soleil',
  T: 'Tomate',
  U: 'Usine',
  V: 'Vélo',
  W: 'William',
  X: 'Xylophone',
  Y: 'Yaourt',
  Z: 'Zèbre',
};

export const DIGIT_NAMES: readonly string[] = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];

/** Characters that look alike on screen or in handwriting, both ways. */
export const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  O: ['0'],
  '0': ['O'],
  I: ['1', 'L'],
  L: ['1', 'I'],
  '1': ['I', 'L'],
  S: ['5'],
  '5': ['S'],
  B: ['8'],
  '8': ['B'],
  Z: ['2'],
  '2': ['Z'],
  G: ['6'],
  '6': ['G'],
};

export interface SpelledChar {
  char: string;
  /** 1 to 6. */
  position: number;
  /** 1 for the first three characters, 2 for the last three. */
  group: 1 | 2;
  kind: 'letter' | 'digit';
  /** « A comme Anatole », « 7, le chiffre sept ». */
  aid: string;
  ambiguous: boolean;
  confusableWith: readonly string[];
  /** Only for look-alikes: « la lettre O, pas le chiffre zéro ». */
  hint?: string;
}

const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/** « la lettre O » / « le chiffre zéro »: how a character is named in a hint. */
function naming(ch: string): string {
  return isDigit(ch) ? `le chiffre ${DIGIT_NAMES[Number(ch)]}` : `la lettre ${ch}`;
}

function hintFor(ch: string, others: readonly string[]): string {
  return `${naming(ch)}, pas ${others.map(naming).join(' ni ')}`;
}

/** One character of a normalised code (A–Z or 0–9). */
export function spellCharacter(ch: string, position = 1): SpelledChar {
  const digit = isDigit(ch);
  const confusableWith = LOOK_ALIKES[ch] ?? [];
  const spelled: SpelledChar = {
    char: ch,
    position,
    group: position <= 3 ? 1 : 2,
    kind: digit ? 'digit' : 'letter',
    aid: digit ? `${ch}, le chiffre ${DIGIT_NAMES[Number(ch)]}` : `${ch} comme ${LETTER_WORDS[ch] ?? ch}`,
    ambiguous: confusableWith.length > 0,
    confusableWith,
  };
  if (confusableWith.length > 0) spelled.hint = hintFor(ch, confusableWith);
  return spelled;
}

export interface SpelledCode {
  ok: true;
  code: string;
  /** « ABC 123 ». */
  display: string;
  groups: [string, string];
  chars: SpelledChar[];
  /** The whole dictation as one French text, group by group. */
  text: string;
}

/** Normalises a typed code and spells it out; the failure carries the keyed reason. */
export function spellCode(input: string): SpelledCode | { ok: false; error: Message } {
  const normalized = normalizeCode(input);
  if (!normalized.ok) return normalized;
  const code = normalized.code;
  const chars = [...code].map((ch, i) => spellCharacter(ch, i + 1));
  const say = (c: SpelledChar) => (c.hint ? `${c.aid} (${c.hint})` : c.aid);
  const first = chars.filter((c) => c.group === 1).map(say).join(' ; ');
  const second = chars.filter((c) => c.group === 2).map(say).join(' ; ');
  return {
    ok: true,
    code,
    display: formatCode(code),
    groups: groupCode(code),
    chars,
    text: `Premier groupe : ${first}. Deuxième groupe : ${second}.`,
  };
}
