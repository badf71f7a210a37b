import { PROCEDURES, type Procedure } from '../procedures/index';
import type { Lexicon } from './lexicon';
import { tokens, type Token } from './text';

/**
 * Recognises which procedure a text is about from how people name it: its spoken names, its
 * label, its sub-tasks and its documents (« le relevé de mes trimestres », « l'APL »). A
 * phrase counts when all its meaningful words are in the text, in any order; each word of
 * the text then weighs what the strongest phrase it belongs to weighs, so that a spoken name
 * outweighs a document several procedures share.
 */

const WEIGHT = { spoken: 3, label: 3, subtask: 2, document: 1 } as const;
/** Words a phrase must hold before its act may be worded otherwise. */
const MIN_WORDED = 3;
/** Below this a text names no procedure (one shared document word is not enough). */
const MIN_SCORE = 0.6;

interface BagPhrase {
  procedure: string;
  /** Keys that must all be in the text; `optional` ones only add to the weight. */
  keys: readonly string[];
  optional: readonly string[];
  weight: number;
  /** For a key that is an act (« changer »), the acts any word of which stands for it (« modifier »). */
  acts: ReadonlyMap<string, readonly string[]>;
}

export interface ProcedureIndex {
  /** Phrases by the rarest of their required keys: each is looked at once, only when that word is said. */
  byKey: ReadonlyMap<string, readonly BagPhrase[]>;
  /** 1/√(number of procedures using the word). */
  idf: ReadonlyMap<string, number>;
}

export interface ProcedureMatch {
  /** The procedures the text is most about (ties kept), empty when it names none. */
  best: readonly string[];
  /** For each procedure found, the token positions its phrases explain. */
  explained: ReadonlyMap<string, ReadonlySet<number>>;
}

/** Label parts: « Demander ou renouveler sa carte d'identité » says two things; what is in brackets only says what it concerns. */
function labelParts(label: string): [string, number][] {
  const bracketed = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  const main = label.replace(/\([^)]*\)/g, ' ');
  const split = (text: string) => text.split(/\s+ou\s+|[,;]|\s+et\s+/).filter((part) => part.trim().length > 0);
  // « Taxe foncière : consulter l'avis ou faire une réclamation »: each part is said of the head.
  const [head, rest] = main.includes(':') ? [main.slice(0, main.indexOf(':')), main.slice(main.indexOf(':') + 1)] : ['', main];
  const parts = [...(head ? [head] : []), ...split(rest).map((part) => `${head} ${part}`)];
  return [...parts.map((t): [string, number] => [t, WEIGHT.label]), ...bracketed.flatMap(split).map((t): [string, number] => [t, WEIGHT.document])];
}

export function compileProcedures(lexicon: Lexicon, procedures: readonly Procedure[] = PROCEDURES): ProcedureIndex {
  // What a word means on its own, as spelt in the phrase (« imprimer » is the action, « imprimante » the device).
  let spelling: ReadonlyMap<string, string> = new Map();
  const single = (key: string) => {
    const phrase = (lexicon.phrases.get(key) ?? []).find((p) => p.keys.length === 1);
    if (!phrase) return [];
    const word = spelling.get(key);
    const exact = phrase.refs.filter((_, i) => word !== undefined && phrase.spellings[i]!.includes(word));
    return exact.length > 0 ? exact : phrase.refs;
  };
  // A word that alone tells procedures apart: not chatter, not an action, not a vague thing.
  // A site's name says where, not which procedure (« dire à la CAF… » is not enough).
  const precise = (key: string) => {
    const refs = single(key);
    if (refs.length === 0) return true;
    return refs.some((r) => r.type === 'thing' && !lexicon.things.get(r.id)!.vague && !lexicon.things.get(r.id)!.implicit && !(r.id.startsWith('site:') && lexicon.things.get(r.id)!.procedures.size > 1));
  };
  // Light words (« faire », « demander », « mon ») may be left out when a procedure is named;
  // they are told by their spelling, not their stem (« passer » is light, « pass » is not).
  const raw: { procedure: string; keys: string[]; light: Set<string>; weight: number; spoken: boolean; spelling: Map<string, string> }[] = [];
  for (const p of procedures) {
    // « inscrire à la garderie ou au centre de loisirs » names two sub-tasks.
    const either = (text: string) => text.split(/\s+ou\s+/);
    const spoken = new Set(p.spokenNames.flatMap(either));
    const texts: [string, number][] = [
      ...[...spoken].map((t): [string, number] => [t, WEIGHT.spoken]),
      ...labelParts(p.label),
      ...p.subtasks.flatMap(either).map((t): [string, number] => [t, WEIGHT.subtask]),
      ...p.documents.map((t): [string, number] => [t, WEIGHT.document]),
    ];
    for (const [text, weight] of texts) {
      const words = tokens(text, lexicon.language, false);
      const light = new Set(words.filter((w) => lexicon.light.has(w.word)).map((w) => w.key));
      for (const w of words) if (!lexicon.light.has(w.word)) light.delete(w.key);
      raw.push({ procedure: p.id, keys: [...new Set(words.map((w) => w.key))], light, weight, spoken: spoken.has(text), spelling: new Map(words.map((w) => [w.key, w.word])) });
    }
  }
  // How many procedures use a word: a word many share tells them apart less.
  const users = new Map<string, Set<string>>();
  for (const r of raw) for (const k of r.keys) users.set(k, (users.get(k) ?? new Set()).add(r.procedure));
  const byKey = new Map<string, BagPhrase[]>();
  const idf = new Map<string, number>();
  for (const [k, set] of users) idf.set(k, 1 / Math.sqrt(set.size));
  for (const r of raw) {
    spelling = r.spelling;
    const meaningful = r.keys.filter((k) => !r.light.has(k));
    // « mes comptes », « le papier pour… »: without a precise word, the whole phrase must be said.
    const keys = meaningful.some(precise) ? meaningful : r.keys;
    // Without a precise word, two words that say something together (« l'aide au logement »,
    // « la déclaration d'impôts »), not a site and chatter (« dire à la CAF »).
    // Nor an action on a vague thing (« créer son compte », « changer d'adresse »).
    // (A site where one procedure only is done — Pronote, Parcoursup — names that procedure.)
    const site = (k: string) => single(k).some((ref) => ref.type === 'thing' && ref.id.startsWith('site:') && lexicon.things.get(ref.id)!.procedures.size > 1);
    const generic = (k: string) => single(k).some((ref) => ref.type === 'action' || (ref.type === 'thing' && lexicon.things.get(ref.id)!.vague));
    // A spoken name is how people name the procedure itself: it may be plain (« le tribunal »,
    // « le changement d'adresse »), but never only a site or only chatter.
    const thing = (k: string) => single(k).some((ref) => ref.type === 'thing');
    const named = r.spoken && meaningful.some(thing) && !meaningful.every(site);
    if (!keys.some(precise) && !named && (keys.length < 2 || meaningful.every(site) || meaningful.every(generic))) continue;
    // How an act is worded does not matter (« modifier l'adresse » says « changer l'adresse »).
    const acts = new Map<string, string[]>();
    // Only where the phrase says enough else (not a site) to name the procedure whatever the act's wording.
    const says = keys.filter((k) => !site(k) && !single(k).some((ref) => ref.type === 'action' || ref.type === 'filler' || ref.type === 'neutral')).length;
    for (const k of says >= MIN_WORDED ? r.keys : []) {
      const ids = single(k).flatMap((ref) => (ref.type === 'action' && !lexicon.actions.get(ref.id)!.sensitive ? [ref.id] : []));
      if (ids.length > 0) acts.set(k, ids);
    }
    const phrase: BagPhrase = { procedure: r.procedure, keys, optional: r.keys.filter((k) => !keys.includes(k)), weight: r.weight, acts };
    // Looked up by a word that must be said as it is (not an act, which may be worded otherwise).
    const worded = keys.filter((k) => !acts.has(k));
    const rarest = (worded.length > 0 ? worded : keys).reduce((a, b) => ((users.get(b)?.size ?? 0) < (users.get(a)?.size ?? 0) ? b : a));
    const list = byKey.get(rarest) ?? [];
    list.push(phrase);
    byKey.set(rarest, list);
  }
  return { byKey, idf };
}

/**
 * `spans` gives, for each token, the keys of the vocabulary phrase it belongs to: a word inside
 * a longer phrase (« adresse » in « adresse Gmail ») supports only procedure phrases that say
 * that whole phrase.
 */
export function matchProcedures(tokens: readonly Token[], spans: readonly (readonly string[])[], index: ProcedureIndex, acts: readonly (readonly string[])[] = []): ProcedureMatch {
  const positions = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.key) continue;
    add(tokens[i]!.key, i);
    for (const id of acts[i] ?? []) add(`act:${id}`, i);
  }
  // procedure -> token position -> weight of the strongest of its phrases containing that word
  const weights = new Map<string, Map<number, number>>();
  const found: number[] = [];
  for (const key of positions.keys()) {
    for (const phrase of index.byKey.get(key) ?? []) {
      found.length = 0;
      if (!phrase.keys.every((k) => collect(phrase, k, positions, spans, found))) continue;
      for (const k of phrase.optional) collect(phrase, k, positions, spans, found);
      let byToken = weights.get(phrase.procedure);
      if (!byToken) weights.set(phrase.procedure, (byToken = new Map()));
      for (const i of found) byToken.set(i, Math.max(byToken.get(i) ?? 0, phrase.weight * (index.idf.get(tokens[i]!.key) ?? 1)));
    }
  }
  let top = 0;
  const scores = new Map<string, number>();
  for (const [procedure, byToken] of weights) {
    let score = 0;
    for (const w of byToken.values()) score += w;
    scores.set(procedure, score);
    top = Math.max(top, score);
  }
  const best: string[] = [];
  if (top >= MIN_SCORE) for (const [procedure, score] of scores) if (score === top) best.push(procedure);
  const explained = new Map<string, ReadonlySet<number>>();
  for (const [procedure, byToken] of weights) explained.set(procedure, new Set(byToken.keys()));
  return { best, explained };
}

/** Adds the positions where the phrase's word `key` is said (and may count); false if nowhere. */
function collect(phrase: BagPhrase, key: string, positions: ReadonlyMap<string, number[]>, spans: readonly (readonly string[])[], into: number[]): boolean {
  let any = false;
  for (const at of positions.get(key) ?? []) {
    if (spans[at]!.every((k) => phrase.keys.includes(k) || phrase.optional.includes(k))) {
      into.push(at);
      any = true;
    }
  }
  if (any) return true;
  // The same act, worded otherwise (a phrase of our vocabulary is taken whole: « mettre à jour »).
  for (const id of phrase.acts.get(key) ?? []) {
    for (const at of positions.get(`act:${id}`) ?? []) {
      into.push(at);
      any = true;
    }
  }
  return any;
}
