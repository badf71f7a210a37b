import { wordKey } from './language';
import { contentTokens, correctTypo, THESAURUS, type CompiledThesaurus, type SensitiveKind, type Strength } from './thesaurus';

/**
 * Turns a short French text (a request, a scope item or an exclusion) into what the judge
 * compares: the concepts it names, the words the thesaurus does not know, and the restrictive
 * actions (install, delete, modify…) it mentions.
 */

export interface ConceptHit {
  strength: Strength;
  /** Rank of this concept among the text's strong concepts (0 = first named), -1 for weak ones. */
  rank: number;
}

export interface Analysis {
  concepts: Map<string, ConceptHit>;
  /** Keys of meaningful words the thesaurus does not know ("salon", "edf"…), in order. */
  unknown: string[];
  /** Keys of every meaningful word, known or not. */
  keys: Set<string>;
  actions: Set<string>;
  sensitive: Set<SensitiveKind>;
  /** Concepts first named right after a preposition: details of the text rather than its subject. */
  qualifiers: Set<string>;
}

interface ResolvedWord {
  word: string;
  key: string;
}

// Requests are re-judged on each keystroke: words resolve the same way every time, so remember them.
const wordCache = new Map<string, ResolvedWord>();
const WORD_CACHE_LIMIT = 5000;

function resolveWord(word: string, thesaurus: CompiledThesaurus): ResolvedWord {
  if (thesaurus === THESAURUS) {
    const cached = wordCache.get(word);
    if (cached) return cached;
  }
  let resolved: ResolvedWord = { word, key: wordKey(word) };
  if (!thesaurus.knownWords.has(word) && !thesaurus.knownKeys.has(resolved.key)) {
    // An elision typed without its apostrophe ("dimpots", "limprimante", "lordi").
    const elided = /^(?:qu|[dljnmst])(.{4,})$/.exec(word)?.[1];
    const unglued = elided && (thesaurus.knownWords.has(elided) || thesaurus.knownKeys.has(wordKey(elided))) ? elided : null;
    const corrected = unglued ?? correctTypo(word, thesaurus);
    if (corrected) resolved = { word: corrected, key: wordKey(corrected) };
  }
  if (thesaurus === THESAURUS) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, resolved);
  }
  return resolved;
}

export function analyze(text: string, thesaurus: CompiledThesaurus = THESAURUS): Analysis {
  const tokens = contentTokens(text, thesaurus);
  const words = tokens.map((t) => resolveWord(t.word, thesaurus));
  const keys = words.map((w) => w.key);
  const concepts = new Map<string, ConceptHit>();
  const unknown: string[] = [];
  const actions = new Set<string>();
  const sensitive = new Set<SensitiveKind>();
  const qualifiers = new Set<string>();
  let strongCount = 0;

  const record = (concept: string, strength: Strength, position = -1) => {
    // A concept after a preposition qualifies the one named before it ("l'attestation de la sécu");
    // after a word that names nothing ("une demande de carte grise") it is the subject itself.
    if (!concepts.has(concept) && position >= 0 && tokens[position]?.afterPreposition && concepts.size > 0) qualifiers.add(concept);
    const info = thesaurus.concepts.get(concept);
    if (info?.sensitive) sensitive.add(info.sensitive);
    const existing = concepts.get(concept);
    if (strength === 'strong' && (!existing || existing.strength === 'weak')) {
      concepts.set(concept, { strength, rank: strongCount++ });
    } else if (!existing) {
      concepts.set(concept, { strength, rank: -1 });
    }
  };

  for (const key of keys) {
    const action = thesaurus.actionByKey.get(key);
    if (action) actions.add(action);
  }

  for (let i = 0; i < words.length; ) {
    // Longest phrase first, so that "carte grise" is not read as a bank "carte" nor "mot de passe" as "mot".
    let matched = 0;
    for (const phrase of thesaurus.phrases.get(keys[i]!) ?? []) {
      if (phrase.keys.length < 2) continue;
      if (phrase.keys.every((k, j) => keys[i + j] === k)) {
        for (const entry of phrase.entries) record(entry.concept, entry.strength, i);
        matched = phrase.keys.length;
        break;
      }
    }
    if (matched === 0) {
      const word = words[i]!;
      // Exact spellings settle stem collisions before stems do: "pays" is not "payer", "abonnement" is not "s'abonner".
      const exact = thesaurus.surfaces.get(word.word);
      const genericSpelling = !exact && thesaurus.genericWords.has(word.word);
      const entries = exact ?? (genericSpelling ? undefined : thesaurus.phrases.get(word.key)?.find((p) => p.keys.length === 1)?.entries);
      if (entries) {
        for (const entry of entries) record(entry.concept, entry.strength, i);
      } else if (!genericSpelling && !thesaurus.genericKeys.has(word.key) && !thesaurus.actionByKey.has(word.key) && !unknown.includes(word.key)) {
        unknown.push(word.key);
      }
      matched = 1;
    }
    i += matched;
  }

  const keySet = new Set(keys);
  for (const combo of thesaurus.combos) {
    if (!combo.all.every((k) => keySet.has(k))) continue;
    if (combo.any.length > 0 && !combo.any.some((k) => keySet.has(k))) continue;
    if (combo.none.some((k) => keySet.has(k))) continue;
    record(combo.concept, 'strong');
  }

  return { concepts, unknown, keys: keySet, actions, sensitive, qualifiers };
}
