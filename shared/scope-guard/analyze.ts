import type { Lexicon, Phrase, Ref, SensitiveKind } from './lexicon';
import { matchProcedures, type ProcedureIndex, type ProcedureMatch } from './procedures';
import { tokens as tokenize, type Token } from './text';

/**
 * What a text (a request, a scope item or an exclusion) says, word by word: which action,
 * which thing, which procedure each word stands for, which words are chatter, which are
 * unknown, and whether anything in it is for the person alone (sensitive).
 */

export interface Analysis {
  text: string;
  tokens: readonly Token[];
  /** For each token, what the longest phrase it belongs to stands for. */
  refs: readonly (readonly Ref[])[];
  procedures: ProcedureMatch;
  sensitive: ReadonlyMap<SensitiveKind, readonly number[]>;
  actions: ReadonlySet<string>;
  /** Things named, in order of first mention. */
  things: readonly string[];
}

export interface Reader {
  lexicon: Lexicon;
  procedures: ProcedureIndex;
}

/** Longest phrase first: « carte grise » is not a bank card, « mot de passe » not a word. */
/** What a one-word phrase means for this spelling: an exact spelling beats a shared stem. */
function meanings(phrase: Phrase, word: string): readonly Ref[] {
  if (phrase.keys.length > 1) return phrase.refs;
  const exact = phrase.refs.filter((_, i) => phrase.spellings[i]!.includes(word));
  if (exact.length > 0) return exact;
  // A stem shared with a much longer word is another word (« opération » is not Opera, « commun » not « commune »
  // the other way round stays: « imprimantes » is « imprimante »).
  return phrase.refs.filter((ref, i) => ref.type !== 'thing' || phrase.spellings[i]!.some((s) => word.length - s.length < STEM_SLACK));
}
/** How much longer than a known spelling a word sharing its stem may be (plurals, feminines, « -ment »). */
const STEM_SLACK = 3;

/** The plain (not sensitive) actions a word names on its own. */
function actionsOf(token: Token, lexicon: Lexicon): Ref[] {
  const alone = (lexicon.phrases.get(token.key) ?? []).find((p) => p.keys.length === 1);
  return alone ? meanings(alone, token.word).filter((r) => r.type === 'action' && !lexicon.actions.get(r.id)!.sensitive) : [];
}

function lookup(tokens: readonly Token[], lexicon: Lexicon): { refs: Ref[][]; spans: (readonly string[])[] } {
  const refs: Ref[][] = tokens.map(() => []);
  const spans: (readonly string[])[] = tokens.map((t) => [t.key]);
  for (let i = 0; i < tokens.length; ) {
    let length = 1;
    for (const phrase of lexicon.phrases.get(tokens[i]!.key) ?? []) {
      if (phrase.keys.length === 1 && phrase.keys[0] === tokens[i]!.key) {
        refs[i]!.push(...meanings(phrase, tokens[i]!.word));
        break;
      }
      if (phrase.keys.every((k, j) => tokens[i + j]?.key === k)) {
        // A word inside a longer phrase of our vocabulary (« adresse » in « adresse Gmail ») only
        // supports procedure phrases that say it all; the procedures' own words do not restrict.
        // A document's words do not restrict (« attestation de droits » still says « attestation »),
        // nor do words kept from being sensitive; a site's do (« assurance maladie » is not « l'assurance »).
        const procedureWords = phrase.refs.every((r) => (r.type === 'thing' && r.id.startsWith('doc:')) || r.type === 'neutral' || r.type === 'filler');
        for (let j = 0; j < phrase.keys.length; j++) {
          refs[i + j]!.push(...phrase.refs);
          if (!procedureWords) spans[i + j] = phrase.keys;
          // « déclaration » in « déclaration de revenus » is also the act of declaring.
          else refs[i + j]!.push(...actionsOf(tokens[i + j]!, lexicon));
        }
        length = phrase.keys.length;
        break;
      }
    }
    i += length;
  }
  return { refs, spans };
}

export function isChatter(refs: readonly Ref[]): boolean {
  return refs.length > 0 && refs.every((r) => r.type === 'filler' || r.type === 'neutral' || r.type === 'session');
}

const REFUSED: readonly Ref[] = [{ type: 'filler' }];

/** `request`: the text is what the person asks for, and may say what they do not want (refusal.ts). */
export function analyze(text: string, reader: Reader, request = false): Analysis {
  const { lexicon } = reader;
  const tokens = tokenize(text, lexicon.language, true, request);
  const { refs, spans } = lookup(tokens, lexicon);
  // What the person says not to do is not asked for: it names nothing the guard must weigh.
  tokens.forEach((t, at) => {
    if (t.role === 'refused') refs[at] = [...REFUSED];
    // A state (« est bien installé ») checks the act; it does not ask for it.
    else if (t.state && refs[at]!.some((r) => r.type === 'action')) {
      const rest = refs[at]!.filter((r) => r.type !== 'action');
      refs[at] = rest.length > 0 ? rest : [...REFUSED];
    }
  });
  const sensitive = new Map<SensitiveKind, number[]>();
  const flag = (kind: SensitiveKind, at: number) => sensitive.set(kind, [...(sensitive.get(kind) ?? []), at]);
  const actions = new Set<string>();
  const things: string[] = [];
  refs.forEach((list, at) => {
    // « l'attestation … pour la banque »: whom a paper is for, not an operation on the bank.
    const neutral = list.some((r) => r.type === 'neutral') || (tokens[at]!.role === 'purpose' && tokens[at]!.governedBy === 'pour') || tokens[at]!.asker;
    for (const ref of list) {
      if (ref.type === 'sensitive' && !neutral) flag(ref.kind, at);
      if (ref.type === 'action') {
        actions.add(ref.id);
        const kind = lexicon.actions.get(ref.id)?.sensitive;
        if (kind && !neutral) flag(kind, at);
      }
      if (ref.type === 'thing' && !things.includes(ref.id)) things.push(ref.id);
    }
  });
  // A secret word inside a longer phrase (« identifiant » in « identifiant France Travail ») is still one.
  tokens.forEach((t, at) => {
    if (t.role === 'refused' || t.asker || refs[at]!.some((r) => r.type === 'neutral' || r.type === 'sensitive')) return;
    const alone = (lexicon.phrases.get(t.key) ?? []).find((p) => p.keys.length === 1);
    for (const ref of alone ? meanings(alone, t.word) : []) if (ref.type === 'sensitive') flag(ref.kind, at);
  });
  // Words that are sensitive only together ("régler" and "facture"); neutral phrases never make
  // one, but do rule one out (« commander la carte vitale »).
  const keys = new Map<string, number>();
  const every = new Set(tokens.filter((t) => t.role !== 'refused').map((t) => t.key));
  tokens.forEach((t, at) => {
    if (t.role !== 'refused' && !refs[at]!.some((r) => r.type === 'neutral')) keys.set(t.key, at);
  });
  const near = (a: number, key: string, window: number) => tokens.some((t, at) => t.key === key && Math.abs(at - a) <= window && t.role !== 'refused');
  for (const combo of lexicon.combos) {
    if (!combo.all.every((k) => keys.has(k))) continue;
    if (combo.any.length > 0 && !combo.any.some((k) => keys.has(k))) continue;
    if (combo.window !== null && !combo.any.some((k) => near(keys.get(combo.all[0]!)!, k, combo.window!))) continue;
    if (combo.none.some((k) => every.has(k))) continue;
    for (const k of combo.all) flag(combo.kind, keys.get(k)!);
  }
  const asked = tokens.some((t) => t.role === 'refused') ? tokens.map((t) => (t.role === 'refused' ? { ...t, key: '' } : t)) : tokens;
  const acts = refs.map((list, at) => (tokens[at]!.role === 'refused' || tokens[at]!.told ? [] : list.flatMap((r) => (r.type === 'action' ? [r.id] : []))));
  const procedures = matchProcedures(asked, spans, reader.procedures, acts);
  return { text, tokens, refs, procedures, sensitive, actions, things };
}
