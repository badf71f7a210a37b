import data from './thesaurus.json';
import { allowedTypos, editDistance } from './fuzzy';
import { isStopword, wordKey } from './language';
import { tokenize } from './normalize';

/**
 * Compiles thesaurus.json (the vocabulary, kept as data) into the lookup tables the analyser
 * needs. Done once at module load: every term goes through the very pipeline the requests go
 * through, so a term written "pôle emploi" or "Wi-Fi" matches however the helper types it.
 */

export type SensitiveKind = 'password' | 'bank' | 'payment' | 'purchase';
export type Strength = 'strong' | 'weak';

interface ComboSpec {
  all: string[];
  any?: string[];
  none?: string[];
}

interface ConceptSpec {
  id: string;
  parent?: string;
  parents?: string[];
  terms?: string[];
  weak?: string[];
  combos?: ComboSpec[];
  sensitive?: SensitiveKind;
  procedure?: boolean;
  vague?: boolean;
  /** Concepts close enough that an item naming one covers most of a request naming the other ("agrandir l'affichage" / "texte trop petit"). */
  related?: string[];
  /** Its children are alternatives: a request about one of them is not about another ("Zoom" is not "WhatsApp"). */
  exclusive?: boolean;
}

export interface ThesaurusData {
  keepWords: string[];
  rewrites: Record<string, string>;
  generic: string[];
  actions: Record<string, string[]>;
  concepts: ConceptSpec[];
}

export interface ConceptInfo {
  id: string;
  /** Every concept above this one; a scope item naming one of them covers this concept. */
  ancestors: ReadonlySet<string>;
  sensitive: SensitiveKind | null;
  procedure: boolean;
  /** Too general to say what the person wants ("l'ordinateur"): alone, the request is unclear. */
  vague: boolean;
  /** Direct parents only. */
  parents: ReadonlySet<string>;
  /** Related concepts, both ways. */
  related: ReadonlySet<string>;
  exclusive: boolean;
}

export interface TermEntry {
  concept: string;
  strength: Strength;
}

interface Phrase {
  keys: string[];
  entries: TermEntry[];
}

interface Combo {
  concept: string;
  all: string[];
  any: string[];
  none: string[];
}

interface Rewrite {
  from: string[];
  to: string[];
}

export interface CompiledThesaurus {
  concepts: ReadonlyMap<string, ConceptInfo>;
  keepWords: ReadonlySet<string>;
  rewrites: ReadonlyMap<string, Rewrite[]>;
  /** Phrases (one or more keys) by their first key, longest first. */
  phrases: ReadonlyMap<string, Phrase[]>;
  /** One-word terms by their exact folded spelling: settles words whose stems collide ("zoom" vs "zoomer"). */
  surfaces: ReadonlyMap<string, TermEntry[]>;
  genericKeys: ReadonlySet<string>;
  genericWords: ReadonlySet<string>;
  actionByKey: ReadonlyMap<string, string>;
  combos: readonly Combo[];
  /** Every known folded word, by first letter, for typo correction. */
  vocabulary: ReadonlyMap<string, readonly string[]>;
  knownWords: ReadonlySet<string>;
  knownKeys: ReadonlySet<string>;
}

function applyRewrites(tokens: string[], rewrites: ReadonlyMap<string, Rewrite[]>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = rewrites.get(tokens[i]!);
    const hit = candidates?.find((r) => r.from.every((word, k) => tokens[i + k] === word));
    if (hit) {
      out.push(...hit.to);
      i += hit.from.length;
    } else {
      out.push(tokens[i]!);
      i += 1;
    }
  }
  return out;
}

// Words after which a concept only qualifies another one ("carte d'identité sur ANTS", "page d'accueil du navigateur").
const PREPOSITIONS = new Set(['sur', 'du', 'de', 'des', 'd', 'dans', 'avec', 'via', 'par', 'pour', 'en', 'au', 'aux', 'chez', 'depuis', 'vers']);
// Words that may stand between a preposition and its noun ("pour les appels", "sur son compte").
const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'ce', 'cet', 'cette', 'ces']);

function followsPreposition(tokens: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(tokens[j]!)) j -= 1;
  return j >= 0 && PREPOSITIONS.has(tokens[j]!);
}

export interface ContentWord {
  word: string;
  /** The word right before it (stop words included) is a preposition. */
  afterPreposition: boolean;
}

/** Folded words that carry meaning: rewrites applied, stop words (except kept ones), digits-only and one-letter words removed. */
export function contentTokens(text: string, thesaurus: Pick<CompiledThesaurus, 'rewrites' | 'keepWords'>): ContentWord[] {
  const tokens = applyRewrites(tokenize(text), thesaurus.rewrites);
  const out: ContentWord[] = [];
  tokens.forEach((word, i) => {
    if (word.length > 1 && !/^[0-9]+$/.test(word) && (thesaurus.keepWords.has(word) || !isStopword(word))) {
      out.push({ word, afterPreposition: followsPreposition(tokens, i) });
    }
  });
  return out;
}

export function contentWords(text: string, thesaurus: Pick<CompiledThesaurus, 'rewrites' | 'keepWords'>): string[] {
  return contentTokens(text, thesaurus).map((t) => t.word);
}

export function compileThesaurus(source: ThesaurusData): CompiledThesaurus {
  const keepWords = new Set(source.keepWords.flatMap((w) => tokenize(w)));
  const rewriteLists = new Map<string, Rewrite[]>();
  for (const [from, to] of Object.entries(source.rewrites)) {
    const fromTokens = tokenize(from);
    if (fromTokens.length === 0) continue;
    const list = rewriteLists.get(fromTokens[0]!) ?? [];
    list.push({ from: fromTokens, to: tokenize(to) });
    rewriteLists.set(fromTokens[0]!, list);
  }
  for (const list of rewriteLists.values()) list.sort((a, b) => b.from.length - a.from.length);
  const base = { rewrites: rewriteLists, keepWords };

  const knownWords = new Set<string>();
  const knownKeys = new Set<string>();
  const remember = (words: string[]) => {
    for (const word of words) {
      knownWords.add(word);
      knownKeys.add(wordKey(word));
    }
  };

  // Hierarchy first: ancestors are needed by the judge, and a typo in a parent id must fail loudly.
  const specs = new Map(source.concepts.map((c) => [c.id, c]));
  const parentsOf = (spec: ConceptSpec) => spec.parents ?? (spec.parent ? [spec.parent] : []);
  const concepts = new Map<string, ConceptInfo>();
  for (const spec of source.concepts) {
    const ancestors = new Set<string>();
    const stack = [...parentsOf(spec)];
    while (stack.length > 0) {
      const id = stack.pop()!;
      const parent = specs.get(id);
      if (!parent) throw new Error(`scope-guard thesaurus: unknown parent "${id}" of "${spec.id}"`);
      if (ancestors.has(id) || id === spec.id) continue;
      ancestors.add(id);
      stack.push(...parentsOf(parent));
    }
    concepts.set(spec.id, {
      id: spec.id,
      ancestors,
      sensitive: spec.sensitive ?? null,
      procedure: spec.procedure === true,
      vague: spec.vague === true,
      parents: new Set(parentsOf(spec)),
      related: new Set<string>(),
      exclusive: spec.exclusive === true,
    });
  }
  for (const spec of source.concepts) {
    for (const other of spec.related ?? []) {
      if (!specs.has(other)) throw new Error(`scope-guard thesaurus: unknown related concept "${other}" of "${spec.id}"`);
      (concepts.get(spec.id)!.related as Set<string>).add(other);
      (concepts.get(other)!.related as Set<string>).add(spec.id);
    }
  }

  const phraseMap = new Map<string, Map<string, Phrase>>();
  const surfaces = new Map<string, TermEntry[]>();
  const addEntry = (list: TermEntry[], entry: TermEntry) => {
    const existing = list.find((e) => e.concept === entry.concept);
    if (!existing) list.push(entry);
    else if (entry.strength === 'strong') existing.strength = 'strong';
  };
  const addTerm = (term: string, entry: TermEntry) => {
    const words = contentWords(term, base);
    if (words.length === 0) return;
    remember(words);
    const keys = words.map(wordKey);
    const byFirst = phraseMap.get(keys[0]!) ?? new Map<string, Phrase>();
    const signature = keys.join(' ');
    const phrase = byFirst.get(signature) ?? { keys, entries: [] };
    addEntry(phrase.entries, entry);
    byFirst.set(signature, phrase);
    phraseMap.set(keys[0]!, byFirst);
    if (words.length === 1) {
      const list = surfaces.get(words[0]!) ?? [];
      addEntry(list, entry);
      surfaces.set(words[0]!, list);
    }
  };
  const combos: Combo[] = [];
  const comboKeys = (words: string[] | undefined) => (words ?? []).flatMap((w) => contentWords(w, base)).map(wordKey);
  for (const spec of source.concepts) {
    for (const term of spec.terms ?? []) addTerm(term, { concept: spec.id, strength: 'strong' });
    for (const term of spec.weak ?? []) addTerm(term, { concept: spec.id, strength: 'weak' });
    for (const combo of spec.combos ?? []) {
      remember([...combo.all, ...(combo.any ?? [])].flatMap((w) => contentWords(w, base)));
      combos.push({ concept: spec.id, all: comboKeys(combo.all), any: comboKeys(combo.any), none: comboKeys(combo.none) });
    }
  }
  const phrases = new Map<string, Phrase[]>();
  for (const [first, byFirst] of phraseMap) phrases.set(first, [...byFirst.values()].sort((a, b) => b.keys.length - a.keys.length));

  const genericWords = source.generic.flatMap((w) => contentWords(w, base));
  remember(genericWords);
  const genericKeys = new Set(genericWords.map(wordKey));
  const actionByKey = new Map<string, string>();
  for (const [action, words] of Object.entries(source.actions)) {
    const folded = words.flatMap((w) => contentWords(w, base));
    remember(folded);
    for (const word of folded) actionByKey.set(wordKey(word), action);
  }
  for (const rewriteList of rewriteLists.values()) for (const r of rewriteList) remember(r.to.filter((w) => !isStopword(w)));

  const vocabulary = new Map<string, string[]>();
  for (const word of knownWords) {
    if (word.length < 4) continue;
    const list = vocabulary.get(word[0]!) ?? [];
    list.push(word);
    vocabulary.set(word[0]!, list);
  }

  return { concepts, keepWords, rewrites: rewriteLists, phrases, surfaces, genericKeys, genericWords: new Set(genericWords), actionByKey, combos, vocabulary, knownWords, knownKeys };
}

export const THESAURUS: CompiledThesaurus = compileThesaurus(data as ThesaurusData);

/**
 * The known word a typo most likely stands for, or null. Only words of five letters or more are
 * corrected, and only towards words with the same first letter: typos rarely hit the first letter,
 * and short words are too close to each other to guess safely.
 */
export function correctTypo(word: string, thesaurus: CompiledThesaurus = THESAURUS): string | null {
  const max = allowedTypos(word.length);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of thesaurus.vocabulary.get(word[0]!) ?? []) {
    const limit = Math.min(max, allowedTypos(candidate.length));
    if (limit === 0 || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}
